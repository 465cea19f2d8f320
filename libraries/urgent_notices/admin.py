"""The "Urgent notices" admin: list, post and change a library's notices, and withdraw them."""

from django import forms
from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.generic import TemplateView
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.log_actions import log

from home.permissions import is_moderator, refuse
from libraries.models import CommunityLibraryPage, UrgentNotice
from libraries.urgent_notices.emails import tell_moderators
from libraries.urgent_notices.policy import libraries_of, urgent_notice_policy

WITHDRAW_ACTION = "libraries.withdraw_urgent_notice"


class UrgentNoticeForm(WagtailAdminModelForm):
    library = forms.ModelChoiceField(
        queryset=CommunityLibraryPage.objects.none(),
        empty_label="Choose your library",
        help_text="The library whose page shows the notice.",
    )

    class Meta:
        model = UrgentNotice
        fields = ["library", "kind", "message", "starts_at", "ends_at"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        library = self.fields["library"]
        library.queryset = (
            CommunityLibraryPage.objects.order_by("title")
            if is_moderator(for_user)
            else libraries_of(for_user)
        )
        library.label_from_instance = lambda page: page.title
        if not self.instance.pk and len(library.queryset) == 1:
            self.initial["library"] = library.queryset[0].pk


class OwnNoticeOnly:
    """Another team's notice, or a POST naming another team's library, is refused (403) before the
    view reads or changes anything."""

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if "pk" in kwargs:
            notice = UrgentNotice.objects.filter(pk=kwargs["pk"]).first()
            action = "delete" if isinstance(self, generic.DeleteView) else "change"
            if notice is not None and not urgent_notice_policy.user_has_permission_for_instance(
                user, action, notice
            ):
                return refuse(request)
        library_id = request.POST.get("library", "")
        if library_id and not (library_id.isdigit() and urgent_notice_policy.may_post_on(user, library_id)):
            return refuse(request)
        return super().dispatch(request, *args, **kwargs)


class TellsTheTeam:
    """A notice is live without review: the Communities Team hears of each one posted or changed."""

    changes_a_notice = False

    def save_instance(self):
        notice = super().save_instance()
        user, changed = self.request.user, self.changes_a_notice
        transaction.on_commit(lambda: tell_moderators(notice, user, changed=changed))
        return notice


class NoticeIndexView(generic.IndexView):
    def get_base_queryset(self):
        notices = urgent_notice_policy.instances_user_has_permission_for(self.request.user, "change")
        return notices.select_related("library")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.ends_at > timezone.now():
            buttons.append(
                ListingButton(
                    "Withdraw",
                    url=reverse("urgent_notices:withdraw", args=[instance.pk]),
                    icon_name="cross",
                    priority=15,
                )
            )
        return buttons


class NoticeCreateView(OwnNoticeOnly, TellsTheTeam, generic.CreateView):
    def get_initial(self):
        # From the "Post an urgent notice" button on a library's page; the form offers only theirs.
        return {**super().get_initial(), "library": self.request.GET.get("library")}


class NoticeEditView(OwnNoticeOnly, TellsTheTeam, generic.EditView):
    changes_a_notice = True


class NoticeDeleteView(OwnNoticeOnly, generic.DeleteView):
    pass


class NoticeHistoryView(OwnNoticeOnly, HistoryView):
    pass


class NoticeUsageView(OwnNoticeOnly, UsageView):
    pass


class WithdrawForm(forms.Form):
    """Nothing to fill in: confirming by POST keeps it CSRF-safe."""


class WithdrawView(OwnNoticeOnly, WagtailAdminTemplateMixin, TemplateView):
    """End a notice now: it leaves the site at once, and the Wagtail log says who withdrew it."""

    model = UrgentNotice  # its registered permission policy (policy.py), checked by OwnNoticeOnly
    page_title = "Withdraw urgent notice"
    header_icon = "warning"
    template_name = "libraries/urgent_notices/withdraw.html"

    @cached_property
    def notice(self):
        return get_object_or_404(UrgentNotice.objects.select_related("library"), pk=self.kwargs["pk"])

    def get_page_subtitle(self):
        return self.notice.library.title

    def get_context_data(self, **kwargs):
        return super().get_context_data(notice=self.notice, **kwargs)

    def post(self, request, *args, **kwargs):
        with transaction.atomic():
            self.notice.withdraw(timezone.now())
            log(instance=self.notice, action=WITHDRAW_ACTION, user=request.user)
        messages.success(request, f"Withdrawn: “{self.notice.message}” is no longer shown.")
        return redirect("urgent_notices:index")


class UrgentNoticeViewSet(ModelViewSet):
    model = UrgentNotice
    form_fields = ["library", "kind", "message", "starts_at", "ends_at"]
    icon = "warning"
    menu_label = "Urgent notices"
    menu_order = 150
    add_to_admin_menu = True
    pk_path_converter = "int"
    inspect_view_enabled = False
    copy_view_enabled = False
    list_export = []
    index_view_class = NoticeIndexView
    add_view_class = NoticeCreateView
    edit_view_class = NoticeEditView
    delete_view_class = NoticeDeleteView
    history_view_class = NoticeHistoryView
    usage_view_class = NoticeUsageView
    list_display = [
        "message",
        Column("library", label="Library"),
        Column("get_kind_display", label="Kind"),
        DateColumn("starts_at", label="Show from"),
        DateColumn("ends_at", label="Show until"),
        Column("state", label="Now"),
    ]
    ordering = ["-starts_at"]

    def get_form_class(self, for_update=False):
        return UrgentNoticeForm

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("withdraw/<int:pk>/", WithdrawView.as_view(), name="withdraw"),
        ]


urgent_notice_viewset = UrgentNoticeViewSet("urgent_notices")
