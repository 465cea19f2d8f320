"""Guessing a password at the admin sign-in: paused after a few wrong tries, for that account on that
computer only, with a page that says what to do; the Communities Team can lift the pause."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.home.conftest import PASSWORD

pytestmark = pytest.mark.django_db

LIMIT = settings.AXES_FAILURE_LIMIT
LIBRARY_COMPUTER = "192.0.2.10"
HOME_COMPUTER = "198.51.100.7"


def sign_in(username, password, ip=LIBRARY_COMPUTER):
    """A fresh browser on the computer at `ip` trying to sign in; its client, signed in or not."""
    client = Client(REMOTE_ADDR=ip)
    client.response = client.post(reverse("wagtailadmin_login"), {"username": username, "password": password})
    return client


def signed_in(client):
    return client.get(reverse("wagtailadmin_home")).status_code == 200


def fail(username, times, ip=LIBRARY_COMPUTER):
    for _ in range(times):
        assert not signed_in(sign_in(username, "not-the-password", ip))


@pytest.fixture
def volunteer(volunteer_of, library_a):
    return volunteer_of(library_a)


def test_the_limit_is_a_handful_of_tries():
    assert 3 <= LIMIT <= 10


def test_one_wrong_try_short_of_the_limit_the_right_password_still_signs_in(volunteer):
    fail(volunteer.username, LIMIT - 1)

    assert signed_in(sign_in(volunteer.username, PASSWORD))


def test_at_the_limit_even_the_right_password_is_refused_with_what_to_do(volunteer):
    fail(volunteer.username, LIMIT)

    client = sign_in(volunteer.username, PASSWORD)

    assert not signed_in(client)
    assert client.response.status_code == 429
    text = client.response.content.decode()
    assert f"{LIMIT} wrong passwords" in text
    assert f"{settings.LOGIN_LOCKOUT_MINUTES} minutes" in text
    assert reverse("wagtailadmin_password_reset") in text
    assert "Communities Team" in text


def test_twenty_five_guesses_do_not_open_the_account(volunteer):
    fail(volunteer.username, 25)

    assert not signed_in(sign_in(volunteer.username, PASSWORD))


def test_one_volunteers_pause_does_not_stop_others_on_the_same_computer(volunteer, volunteer_of, library_a):
    colleague = volunteer_of(library_a)
    fail(volunteer.username, LIMIT)

    assert signed_in(sign_in(colleague.username, PASSWORD))


def test_a_pause_on_the_library_computer_does_not_stop_the_volunteer_at_home(volunteer):
    fail(volunteer.username, LIMIT)

    assert signed_in(sign_in(volunteer.username, PASSWORD, ip=HOME_COMPUTER))


def test_behind_the_proxy_the_visitors_own_address_is_the_key(volunteer, settings):
    settings.NUMBER_OF_PROXIES = 1
    proxy = "10.0.0.2"
    for _ in range(LIMIT):
        client = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=f"1.2.3.4, {LIBRARY_COMPUTER}")
        client.post(reverse("wagtailadmin_login"), {"username": volunteer.username, "password": "wrong"})

    home = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=HOME_COMPUTER)
    home.post(reverse("wagtailadmin_login"), {"username": volunteer.username, "password": PASSWORD})

    assert signed_in(home)


def test_the_communities_team_can_lift_a_pause(volunteer, moderator):
    fail(volunteer.username, LIMIT)
    team = Client()
    team.force_login(moderator)

    listing = team.get(reverse("login_pauses:index"))
    assert volunteer.username in listing.content.decode()
    [attempt] = listing.context["object_list"]
    lifted = team.post(reverse("login_pauses:delete", args=[attempt.pk]))

    assert lifted.status_code == 302
    assert signed_in(sign_in(volunteer.username, PASSWORD))


def test_volunteers_cannot_see_or_lift_pauses(volunteer, volunteer_of, library_a):
    fail(volunteer.username, LIMIT)
    client = Client()
    client.force_login(volunteer_of(library_a))

    assert client.get(reverse("login_pauses:index")).status_code in (302, 403)
    assert not signed_in(sign_in(volunteer.username, PASSWORD))
