"""Admin views for the Communities Team: set up a page's volunteer access, invite a volunteer."""

import logging

from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from home.models import VolunteerEditedPage, VolunteerTeam
from home.permissions import CommunitiesTeamView, communities_team
from home.volunteers.invitations import InvitationRefused, invite_volunteer, send_invitation
from home.volunteers.provisioning import provision_volunteer_access

logger = logging.getLogger(__name__)


def can_manage_volunteers(user):
    return communities_team.user_has_permission(user, "manage_volunteers")


class SetUpAccessForm(forms.Form):
    """Nothing to fill in: the page comes from the address. Confirming by POST keeps it CSRF-safe."""


class SetUpAccessView(CommunitiesTeamView, WagtailAdminTemplateMixin, FormView):
    permission_required = "manage_volunteers"
    page_title = "Set up volunteer access"
    header_icon = "group"
    template_name = "home/volunteers/set_up_access.html"
    form_class = SetUpAccessForm

    @cached_property
    def page(self):
        # Looked up lazily, so only once CommunitiesTeamView has checked who is asking: the page's
        # title reaches no one else.
        page = get_object_or_404(Page, pk=self.kwargs["page_id"]).specific
        if not isinstance(page, VolunteerEditedPage):
            raise Http404("Only library and neighbourhood plan pages have volunteer teams.")
        return page

    def get_page_subtitle(self):
        return self.page.title

    def get_context_data(self, **kwargs):
        team = VolunteerTeam.objects.filter(page=self.page).first()
        return super().get_context_data(page=self.page, team=team, **kwargs)

    def form_valid(self, form):
        team = provision_volunteer_access(self.page, user=self.request.user)
        messages.success(
            self.request,
            f"Volunteer access for {self.page.title} is set up: group “{team.group.name}”, "
            f"collection “{team.collection.name}”. Now invite its volunteers.",
        )
        return redirect(f"{reverse('volunteer_invite')}?team={team.pk}")


class InviteVolunteerForm(forms.Form):
    email = forms.EmailField(label="Email address", help_text="The invitation is sent here.")
    first_name = forms.CharField(max_length=150)
    last_name = forms.CharField(max_length=150, required=False)
    team = forms.ModelChoiceField(
        queryset=VolunteerTeam.objects.select_related("page"),
        label="Page they will look after",
        empty_label="Choose a library or neighbourhood plan",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].label_from_instance = lambda team: team.page.title


class InviteVolunteerView(CommunitiesTeamView, WagtailAdminTemplateMixin, FormView):
    permission_required = "manage_volunteers"
    page_title = "Invite a volunteer"
    header_icon = "mail"
    template_name = "home/volunteers/invite.html"
    form_class = InviteVolunteerForm

    def get_initial(self):
        return {"team": self.request.GET.get("team")}

    def form_valid(self, form):
        team = form.cleaned_data["team"]
        try:
            user, created = invite_volunteer(
                email=form.cleaned_data["email"],
                first_name=form.cleaned_data["first_name"],
                last_name=form.cleaned_data["last_name"],
                team=team,
                invited_by=self.request.user,
            )
        except InvitationRefused as refusal:
            form.add_error("email", str(refusal))
            return self.form_invalid(form)
        account = "A new account was created" if created else "They already had an account"
        try:
            send_invitation(user, team)
        except OSError:
            logger.exception("Could not send the invitation email to %s", user.email)
            messages.warning(
                self.request,
                f"{account} for {user.email}, who can now edit {team.page.title}, but the invitation email "
                "could not be sent. Try inviting them again later: nothing will be duplicated.",
            )
        else:
            messages.success(
                self.request,
                f"{account} for {user.email}, who can now edit {team.page.title}. "
                "We have emailed them a link to choose their password.",
            )
        return redirect("volunteer_invite")
