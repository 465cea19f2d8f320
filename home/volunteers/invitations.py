"""Inviting a volunteer: an account in their team's group, and an emailed link to choose a password."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.log_actions import log

from home.permissions import is_moderator


class InvitationRefused(Exception):
    """The address can't be invited as a volunteer; the message says why, for the moderator."""


@transaction.atomic
def invite_volunteer(*, email, first_name, last_name, team, invited_by):
    """Create the volunteer's account (or find it, by email) and add it to the team. Returns (user, created).

    The account has no usable password until the volunteer sets one from the link `send_invitation`
    emails, so nobody else ever knows it.
    """
    User = get_user_model()
    user = _account_for(User, email)
    created = user is None
    if created:
        user = User(username=email.lower(), email=email.lower(), first_name=first_name, last_name=last_name)
        user.set_unusable_password()
        user.save()
    user.groups.add(team.group)
    log(
        instance=team.page.specific,
        action="home.volunteer_invited",
        user=invited_by,
        data={"email": user.email, "group": team.group.name},
    )
    return user, created


def _account_for(User, email):
    """The existing account with this address, if it is one a volunteer team may take in."""
    matches = list(User.objects.filter(email__iexact=email)[:2])
    if len(matches) > 1:
        raise InvitationRefused(
            "Several accounts use this email address. Ask an administrator to sort them out."
        )
    if not matches:
        if User.objects.filter(username__iexact=email).exists():
            raise InvitationRefused("Another account already uses this email address as its username.")
        return None
    user = matches[0]
    if user.is_superuser or is_moderator(user) or not user.is_active:
        raise InvitationRefused(
            "This address belongs to an administrator, a moderator or a deactivated account, "
            "which can't be added to a volunteer team."
        )
    return user


def password_link(user):
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_invitation(user, team):
    context = {
        "user": user,
        "has_password": user.has_usable_password(),
        "page_title": team.page.title,
        "password_link": password_link(user),
        "login_link": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_login"),
        "link_valid_days": settings.PASSWORD_RESET_TIMEOUT // (24 * 60 * 60),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    send_mail(
        subject=f"You're invited to edit {team.page.title} on {settings.WAGTAIL_SITE_NAME}",
        message=render_to_string("home/volunteers/invitation_email.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[user.email],
    )
