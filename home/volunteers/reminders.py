"""Reminder emails, sent by `manage.py send_reminders` once a day (docs/deployment.md).

Each email sent is recorded as a SentReminder under a key naming what it was about, and nothing is sent
twice for the same key, so running the command twice the same day sends nothing more."""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse

from home.change_reports.routing import ESCALATE_AFTER
from home.dates import local_today
from home.emails import MAIL_ERRORS, log_failure, send_plain
from home.models import ChangeReport, SentReminder
from home.volunteers.freshness import due_for_review
from home.volunteers.still_correct import STILL_CORRECT_LINK_LIFETIME, still_correct_url
from home.volunteers.teams import communities_team_emails, team_of_page

logger = logging.getLogger(__name__)

SECOND_REMINDER_AFTER = timedelta(days=14)
DUE = "check_due"
SECOND = "check_due_again"
WEEKLY_SUMMARY = "weekly_summary"


def send_check_reminders(today=None):
    """Email each page's volunteers when its check falls due, and again 14 days after. Returns how many
    emails were sent."""
    today = today or local_today()
    sent = 0
    for page in due_for_review(today).specific().order_by("path"):
        key = f"{page.pk}:{page.review_due_on.isoformat()}"
        first = SentReminder.objects.filter(kind=DUE, key=key).first()
        kind = DUE if first is None else SECOND
        if kind == SECOND and today < first.sent_on + SECOND_REMINDER_AFTER:
            continue
        try:
            sent += _send_once(kind, key, page, today)
        except MAIL_ERRORS as error:  # not recorded as sent, so tried again on the next run
            log_failure(logger, f"Could not send the {kind} reminder for page {page.pk}", error)
    return sent


def _send_once(kind, key, page, today):
    team = team_of_page(page)
    volunteers = list(team.group.user_set.filter(is_active=True).exclude(email="")) if team else []
    if not volunteers:
        return 0  # nobody to remind: the Communities Team sees the page in its weekly summary
    try:
        with transaction.atomic():
            SentReminder.objects.create(kind=kind, key=key, page=page, sent_on=today)
            for volunteer in volunteers:
                # Each volunteer gets their own link: it works only for them.
                _send(
                    "check_due",
                    [volunteer.email],
                    page=page,
                    volunteer=volunteer,
                    again=kind == SECOND,
                    still_correct_url=still_correct_url(page, volunteer),
                    edit_url=admin_url("wagtailadmin_pages:edit", page.pk),
                    link_days=STILL_CORRECT_LINK_LIFETIME.days,
                )
    except IntegrityError:  # another run sent it a moment ago
        return 0
    return len(volunteers)


def send_weekly_summary(today=None):
    """Once a week (the first run in each ISO week), tell the Communities Team what is overdue."""
    today = today or local_today()
    year, week, _ = today.isocalendar()
    team = communities_team_emails()
    if not team:
        return 0
    try:
        with transaction.atomic():
            SentReminder.objects.create(kind=WEEKLY_SUMMARY, key=f"{year}-W{week:02}", sent_on=today)
            _send(
                "weekly_summary",
                team,
                overdue_pages=due_for_review(today).order_by("title"),
                open_reports=ChangeReport.objects.open().select_related("page", "support_service"),
                escalate_days=ESCALATE_AFTER.days,
                report_url=admin_url("volunteer_pages_due_for_review"),
                dashboard_url=admin_url("wagtailadmin_home"),
            )
    except IntegrityError:
        return 0
    return 1


def admin_url(name, *args):
    return settings.WAGTAILADMIN_BASE_URL + reverse(name, args=args)


def _send(message, to, **context):
    subject = render_to_string(f"home/volunteers/email/{message}_subject.txt", context).strip()
    body = render_to_string(f"home/volunteers/email/{message}.txt", context)
    send_plain(subject, body, to)
