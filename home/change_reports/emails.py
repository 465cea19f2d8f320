"""The emails a report sends. Nothing here logs the reporter's name or address."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from home.change_reports.routing import due_for_escalation, recipients
from home.volunteers.teams import communities_team_emails

logger = logging.getLogger(__name__)


def admin_url(report):
    return settings.WAGTAILADMIN_BASE_URL + reverse("change_report", args=[report.pk])


def send(message, to, **context):
    subject = render_to_string(f"home/change_reports/email/{message}_subject.txt", context).strip()
    body = render_to_string(f"home/change_reports/email/{message}.txt", context)
    send_mail(subject, body, None, to)


def notify_new_report(report):
    """Tell the page's volunteers. A failed send leaves the report stored and on their dashboard."""
    try:
        send("new_report", recipients(report), report=report, admin_url=admin_url(report))
    except OSError:
        logger.exception("Could not email report %s to its volunteers", report.pk)


def send_reply(report):
    if report.email and report.reply:
        send("reply", [report.email], report=report, retention_days=settings.REPORT_RETENTION_DAYS)


def escalate_unanswered_reports(now=None):
    """Send the Communities Team each report nobody has acted on in time, once. Returns how many."""
    now = now or timezone.now()
    escalated = 0
    team = communities_team_emails()
    for report in due_for_escalation(now).select_related("page", "support_service"):
        send("escalated", team, report=report, admin_url=admin_url(report))
        report.escalated_at = now
        report.save(update_fields=["escalated_at"])
        escalated += 1
    return escalated
