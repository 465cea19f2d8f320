"""The emails a report sends. Nothing here logs the reporter's name or address."""

import logging

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from home.change_reports.routing import due_for_escalation, recipients
from home.emails import MAIL_ERRORS, log_failure, send_plain
from home.volunteers.teams import communities_team_emails

logger = logging.getLogger(__name__)


def admin_url(report):
    return settings.WAGTAILADMIN_BASE_URL + reverse("change_report", args=[report.pk])


def send(message, to, **context):
    subject = render_to_string(f"home/change_reports/email/{message}_subject.txt", context).strip()
    body = render_to_string(f"home/change_reports/email/{message}.txt", context)
    send_plain(subject, body, to)


def notify_new_report(report):
    """Tell the page's volunteers. A failed send leaves the report stored and on their dashboard."""
    try:
        send("new_report", recipients(report), report=report, admin_url=admin_url(report))
    except MAIL_ERRORS as error:
        log_failure(logger, f"Could not email report {report.pk} to its volunteers", error)


def send_reply(report):
    if report.email and report.reply:
        send("reply", [report.email], report=report, retention_days=settings.REPORT_RETENTION_DAYS)


def escalate_unanswered_reports(now=None):
    """Send the Communities Team each report nobody has acted on in time, once. Returns how many."""
    now = now or timezone.now()
    escalated = 0
    team = communities_team_emails()
    for report in due_for_escalation(now).select_related("page", "support_service"):
        try:
            send("escalated", team, report=report, admin_url=admin_url(report))
        except MAIL_ERRORS as error:  # not marked escalated, so tried again on the next run
            log_failure(logger, f"Could not escalate report {report.pk}", error)
            continue
        report.escalated_at = now
        report.save(update_fields=["escalated_at"])
        escalated += 1
    return escalated
