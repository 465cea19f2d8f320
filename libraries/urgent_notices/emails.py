"""Telling the Communities Team that a notice went live without review, with a link to withdraw it."""

import logging

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse

from home.emails import MAIL_ERRORS, log_failure, send_plain
from home.permissions import communities_team

logger = logging.getLogger(__name__)


def tell_moderators(notice, user, *, changed):
    recipients = [moderator.email for moderator in communities_team.users_with_permission("moderate")]
    recipients = [email for email in recipients if email]
    if not recipients:
        return
    context = {
        "notice": notice,
        "library": notice.library,
        "author": user.get_full_name() or user.get_username(),
        "changed": changed,
        "page_url": notice.library.full_url,
        "withdraw_url": settings.WAGTAILADMIN_BASE_URL + reverse("urgent_notices:withdraw", args=[notice.pk]),
    }
    subject = f"Urgent notice {'changed' if changed else 'posted'} for {notice.library.title}"
    body = render_to_string("libraries/urgent_notices/moderators_email.txt", context)
    try:
        send_plain(subject, body, recipients)
    except MAIL_ERRORS as error:  # the notice is live whatever happens to the email
        log_failure(logger, f"Could not email the Communities Team about urgent notice {notice.pk}", error)
