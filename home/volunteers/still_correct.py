"""The "still correct" link in a reminder: a volunteer confirms their page is up to date in one click.

The link only works for the volunteer it was sent to, signed in (see docs/change-reports.md for why),
for STILL_CORRECT_LINK_LIFETIME, and once: it names the day the check fell due, which moves on as
soon as the page is checked. Following it shows a button; only pressing it (a POST) records the check,
so a mail scanner that opens links confirms nothing."""

from datetime import date, timedelta

from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views import View
from wagtail.models import Page, PageLogEntry

from home.dates import local_today
from home.models import VolunteerEditedPage
from home.page_cache.purge import purge_everything
from home.permissions import refuse
from home.volunteers.teams import own_pages_q

STILL_CORRECT_LINK_LIFETIME = timedelta(days=28)
SALT = "home.volunteers.still-correct"
# Logged when the check is recorded without a revision (a review or a scheduled publication is pending).
CHECKED_ACTION = "home.page_checked"


def still_correct_url(page, user):
    claim = {"page": page.pk, "user": user.pk, "due": page.review_due_on.isoformat()}
    token = signing.dumps(claim, salt=SALT, compress=True)
    return settings.WAGTAILADMIN_BASE_URL + reverse("still_correct", args=[token])


def record_still_correct(page, user):
    """Publish a new revision of the live page, changed only in being checked today, and keep any draft
    the volunteers were working on as the latest revision."""
    with transaction.atomic():
        live = type(page).objects.select_for_update().get(pk=page.pk)
        if live.workflow_in_progress or live.revisions.filter(approved_go_live_at__isnull=False).exists():
            # Publishing would cancel the review in progress, or a publication scheduled for later.
            type(page).objects.filter(pk=page.pk).update(last_reviewed=local_today())
            PageLogEntry.objects.log_action(live, CHECKED_ACTION, user=user)
            purge_everything()
            return
        draft = live.get_latest_revision_as_object() if live.has_unpublished_changes else None
        live.last_reviewed = local_today()
        # Publishing only the date is allowed even for a team whose changes wait for review: the content
        # is what the Communities Team already approved, and page_for() has checked the user's team.
        live.save_revision(user=user, log_action=True).publish(user=user, skip_permission_checks=True)
        if draft is not None:
            draft.last_reviewed = live.last_reviewed
            draft.save_revision(user=user)


class LinkNotValid(Exception):
    pass


def page_for(token, user):
    """The page the link confirms, or LinkNotValid saying why not."""
    try:
        claim = signing.loads(token, salt=SALT, max_age=STILL_CORRECT_LINK_LIFETIME)
    except signing.SignatureExpired as expired:
        raise LinkNotValid("expired") from expired
    except signing.BadSignature as forged:
        raise LinkNotValid("forged") from forged
    if claim.get("user") != user.pk:
        raise LinkNotValid("not_yours")
    page = Page.objects.live().filter(own_pages_q(user), pk=claim.get("page")).first()
    page = page and page.specific
    if not isinstance(page, VolunteerEditedPage) or not page.permissions_for_user(user).can_edit():
        raise LinkNotValid("not_yours")
    if page.review_due_on != date.fromisoformat(claim["due"]):
        raise LinkNotValid("used")
    return page


class StillCorrectView(View):
    # It publishes a page: Wagtail's page permission policy must let the user edit it (page_for()).
    model = Page
    template_name = "home/volunteers/still_correct.html"

    def dispatch(self, request, token):
        try:
            self.page = page_for(token, request.user)
        except LinkNotValid as refusal:
            reason = str(refusal)
            if reason == "not_yours":
                return refuse(request)
            status = 400 if reason == "forged" else 410
            return TemplateResponse(request, self.template_name, {"refused": reason}, status=status)
        return super().dispatch(request, token)

    def get(self, request, token):
        return TemplateResponse(request, self.template_name, {"page": self.page})

    def post(self, request, token):
        record_still_correct(self.page, request.user)
        messages.success(request, f"Thank you: {self.page.title} is recorded as checked today.")
        return redirect("wagtailadmin_home")
