"""Recording a sign-up, the emailed confirmation link (works once, for CONFIRMATION_LINK_LIFETIME) and
the link to leave, which every message carries. Addresses are never written to the log."""

import logging
import secrets
from datetime import timedelta

from django.core import signing
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode
from django_ratelimit.core import is_ratelimited

from home.emails import MAIL_ERRORS, log_failure, send_plain
from home.login_pauses import client_ip
from home.models.network import NetworkMember

logger = logging.getLogger(__name__)

CONFIRMATION_LINK_LIFETIME = timedelta(days=3)
CONFIRM_SALT = "home.network.confirm"
LEAVE_SALT = "home.network.leave"
# Per connection, and per address so that nobody can fill someone else's inbox with confirmation emails.
SIGNUPS_PER_CONNECTION = "10/h"
SIGNUPS_PER_ADDRESS = "3/d"


def too_many_signups(request, email):
    by_connection = is_ratelimited(
        request, group="network-signup", key=lambda group, request: client_ip(request),
        rate=SIGNUPS_PER_CONNECTION, increment=True,
    )  # fmt: skip
    by_address = is_ratelimited(
        request, group="network-signup-address", key=lambda group, request: email,
        rate=SIGNUPS_PER_ADDRESS, increment=True,
    )  # fmt: skip
    return by_connection or by_address


def join(page, request, form):
    """Record the sign-up and email the confirmation link. Someone already confirmed keeps their entry and
    gets nothing; an unconfirmed entry takes the new details and a new link. The page shown is the same
    either way, so it reveals nothing about who is on the list."""
    data = form.cleaned_data
    details = {
        "name": data["name"],
        "area": data["area"],
        "interests": "; ".join(form.interest_labels()),
        "consent_purpose": page.purpose_text(),
        "confirmation_nonce": secrets.token_urlsafe(24),
        "confirmation_sent_at": timezone.now(),
    }
    with transaction.atomic():
        member = (
            NetworkMember.objects.select_for_update()
            .filter(network=page.network, email__iexact=data["email"])
            .first()
        )
        if member is not None and member.confirmed_at is not None:
            return
        if member is None:
            try:
                with transaction.atomic():
                    member = NetworkMember.objects.create(
                        network=page.network, email=data["email"], **details
                    )
            except IntegrityError:  # joined at the same moment from another request
                return
        else:
            NetworkMember.objects.filter(pk=member.pk).update(**details)
            member.refresh_from_db()
    _send(page, request, member, "confirm", confirm_url=page.confirm_url(request, confirmation_token(member)))


def confirmation_token(member):
    return _for_url(
        signing.TimestampSigner(salt=CONFIRM_SALT).sign_object(
            {"member": member.pk, "nonce": member.confirmation_nonce}
        )
    )


def member_to_confirm(network, token):
    """The unconfirmed member the link is for, or None if it is forged, expired or already used."""
    try:
        claim = signing.TimestampSigner(salt=CONFIRM_SALT).unsign_object(
            _from_url(token), max_age=CONFIRMATION_LINK_LIFETIME
        )
    except (signing.BadSignature, ValueError):
        return None
    if not isinstance(claim, dict) or not claim.get("nonce"):
        return None
    return (
        NetworkMember.objects.unconfirmed()
        .filter(network=network, pk=claim.get("member"), confirmation_nonce=claim["nonce"])
        .first()
    )


def confirm(page, request, member):
    member.confirmed_at = timezone.now()
    member.confirmation_nonce = ""
    member.save(update_fields=["confirmed_at", "confirmation_nonce"])
    _send(page, request, member, "welcome")


def leave_token(member):
    return _for_url(signing.Signer(salt=LEAVE_SALT).sign_object({"member": member.pk, "email": member.email}))


def member_leaving(network, token):
    """The member the leave link is for, or None (forged, or already gone)."""
    try:
        claim = signing.Signer(salt=LEAVE_SALT).unsign_object(_from_url(token))
    except (signing.BadSignature, ValueError):
        return None
    if not isinstance(claim, dict):
        return None
    return NetworkMember.objects.filter(
        network=network, pk=claim.get("member"), email=claim.get("email")
    ).first()


def _for_url(signed):
    # Wagtail serves page addresses made of letters, digits, "-" and "_" only; signatures contain ":".
    return urlsafe_base64_encode(signed.encode())


def _from_url(token):
    return urlsafe_base64_decode(token).decode()


def _send(page, request, member, message, **context):
    context = {
        "page": page,
        "member": member,
        "network": member.get_network_display(),
        "leave_url": page.leave_url(request, leave_token(member)),
        "link_days": CONFIRMATION_LINK_LIFETIME.days,
        **context,
    }
    subject = render_to_string(f"home/network/email/{message}_subject.txt", context).strip()
    body = render_to_string(f"home/network/email/{message}.txt", context)
    try:
        send_plain(subject, body, [member.email])
    except MAIL_ERRORS as error:  # the page says the same either way; joining again sends a new link
        log_failure(logger, f"Could not send the {message} email to network member {member.pk}", error)
