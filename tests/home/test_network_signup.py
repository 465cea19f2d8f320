"""Joining a network (every network's sign-up page): double opt-in by an emailed link that works once and
expires, a link to leave in every message, clear errors, no duplicates, no spam, CSRF enforced."""

import re
import time

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.core import mail, signing
from django.core.cache import cache
from django.test import Client
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode

from home.models import NetworkMember, NetworkSignupPage
from home.network.forms import FORM_STAMP_SALT
from home.network.membership import CONFIRMATION_LINK_LIFETIME

pytestmark = pytest.mark.django_db

NETWORK_PAGE_TYPES = [model for model in apps.get_models() if issubclass(model, NetworkSignupPage)]
CHECK_EMAIL = b"Check your email"
DAY = 60 * 60 * 24


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(params=NETWORK_PAGE_TYPES, ids=lambda model: model.__name__)
def signup_page(request, db):
    return request.param.objects.get()


def stamp(seconds_ago=30):
    return signing.dumps(time.time() - seconds_ago, salt=FORM_STAMP_SALT)


def answers(**overrides):
    return {
        "name": "Ada Example",
        "email": "Ada@Example.org",
        "area": "Anstey",
        "interests": ["libraries", "grants"],
        "consent_to_contact": "on",
        "website": "",
        "form_stamp": stamp(),
        **overrides,
    }


def links_in(message):
    return re.findall(r"https?://\S+", message.body)


def confirm_link(message):
    return next(link for link in links_in(message) if "/confirm/" in link)


def leave_link(message):
    return next(link for link in links_in(message) if "/leave/" in link)


def path_of(link):
    return re.sub(r"^https?://[^/]+", "", link)


def encoded(signed):
    return urlsafe_base64_encode(signed.encode())


def decoded(token):
    return urlsafe_base64_decode(token).decode()


def form_values(response):
    page = BeautifulSoup(response.content, "html.parser")
    return {
        field["name"]: field.get("value", "")
        for field in page.select("form input[name]")
        if field.get("type") != "checkbox"
    }


def test_every_network_has_a_live_signup_page():
    assert {model.network for model in NETWORK_PAGE_TYPES} == {"communities", "neighbourhood-planning"}
    for model in NETWORK_PAGE_TYPES:
        assert model.objects.live().count() == 1, model.__name__


# Double opt-in ---------------------------------------------------------------------------------


def test_signing_up_emails_a_link_and_does_not_count_until_it_is_followed(client, signup_page):
    response = client.post(signup_page.url, answers())

    assert CHECK_EMAIL in response.content
    assert not NetworkMember.objects.confirmed().exists()
    (message,) = mail.outbox
    assert message.to == ["ada@example.org"]
    assert signup_page.get_network_display() in message.subject
    member = NetworkMember.objects.get()
    assert (member.network, member.name, member.area) == (signup_page.network, "Ada Example", "Anstey")
    assert member.interests == "Community managed libraries; Grants and funding"
    assert "news" in member.consent_purpose


@pytest.mark.parametrize(
    "name",
    [
        "Win a prize at https://prize.example.net",
        "Your council tax is overdue, ring 0800 000 0000",
        "Ada\nPlease also send your bank details",
    ],
)
def test_the_confirmation_email_carries_nothing_the_sign_up_form_was_given(client, signup_page, name):
    """Anyone can type anyone's address, so the first email, sent before the owner has said yes,
    must not carry words a stranger chose: not the name, nor the area."""
    client.post(signup_page.url, answers(name=name, area="Visit prize.example.net today"))

    (message,) = mail.outbox
    for chosen in (name, *name.split("\n"), "prize.example.net"):
        assert chosen not in message.body
        assert chosen not in message.subject
    assert confirm_link(message) and leave_link(message)


def test_emailed_links_point_to_the_site_whatever_host_the_request_named(client, signup_page, settings):
    settings.ALLOWED_HOSTS = ["testserver", "other-name.example"]

    client.post(signup_page.url, answers(), HTTP_HOST="other-name.example")

    assert links_in(mail.outbox[0])
    for link in links_in(mail.outbox[0]):
        assert link.startswith(signup_page.get_site().root_url), link


def test_following_the_link_asks_before_confirming_so_a_mail_scanner_cannot_join_anyone(client, signup_page):
    client.post(signup_page.url, answers())
    link = path_of(confirm_link(mail.outbox[0]))

    shown = client.get(link)

    assert shown.status_code == 200
    assert b"Confirm" in shown.content
    assert not NetworkMember.objects.confirmed().exists()


def test_confirming_makes_the_address_count_and_sends_a_welcome_with_a_leave_link(client, signup_page):
    client.post(signup_page.url, answers())
    link = path_of(confirm_link(mail.outbox[0]))

    response = client.post(link)

    assert b"Thank you for joining" in response.content
    member = NetworkMember.objects.confirmed().get()
    assert member.email == "ada@example.org"
    welcome = mail.outbox[1]
    assert welcome.to == ["ada@example.org"]
    assert leave_link(welcome)


def test_a_link_works_once(client, signup_page):
    client.post(signup_page.url, answers())
    link = path_of(confirm_link(mail.outbox[0]))
    client.post(link)

    again = client.post(link)

    assert again.status_code == 404
    assert b"This link no longer works" in again.content
    assert len(mail.outbox) == 2  # no second welcome


def forward_clock(monkeypatch, seconds):
    real_time = time.time
    monkeypatch.setattr(signing.time, "time", lambda: real_time() + seconds)


@pytest.mark.parametrize(
    ("seconds_later", "joins"),
    [
        (CONFIRMATION_LINK_LIFETIME.total_seconds() - 5, True),
        (CONFIRMATION_LINK_LIFETIME.total_seconds() + 5, False),
    ],
    ids=["just inside the lifetime", "just after it"],
)
def test_a_link_expires_after_its_lifetime(client, signup_page, monkeypatch, seconds_later, joins):
    client.post(signup_page.url, answers())
    link = path_of(confirm_link(mail.outbox[0]))
    forward_clock(monkeypatch, seconds_later)

    response = client.post(link)

    assert NetworkMember.objects.confirmed().exists() is joins
    assert (b"Thank you for joining" in response.content) is joins


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: encoded(decoded(token)[:-2] + ("AA" if not decoded(token).endswith("AA") else "BB")),
        lambda token: encoded(
            signing.TimestampSigner(salt="home.network.leave").sign_object({"member": 1, "nonce": "x"})
        ),
        lambda token: "not-a-token",
    ],
    ids=["altered signature", "signed for another purpose", "made up"],
)
def test_a_forged_link_confirms_nobody(client, signup_page, tamper):
    client.post(signup_page.url, answers())
    link = path_of(confirm_link(mail.outbox[0]))
    token = link.rstrip("/").rsplit("/", 1)[1]

    response = client.post(link.replace(token, tamper(token)))

    assert response.status_code == 404
    assert not NetworkMember.objects.confirmed().exists()


def test_a_link_for_one_network_does_not_join_the_other(client):
    pages = [model.objects.get() for model in NETWORK_PAGE_TYPES]
    client.post(pages[0].url, answers())
    link = path_of(confirm_link(mail.outbox[0]))

    response = client.post(link.replace(pages[0].url, pages[1].url))

    assert response.status_code == 404
    assert not NetworkMember.objects.confirmed().exists()


def test_signing_up_again_before_confirming_sends_a_new_link_and_the_old_one_stops_working(
    client, signup_page
):
    client.post(signup_page.url, answers())
    client.post(signup_page.url, answers(name="Ada E."))
    first, second = (path_of(confirm_link(message)) for message in mail.outbox)

    assert client.post(first).status_code == 404
    assert b"Thank you for joining" in client.post(second).content
    assert NetworkMember.objects.get().name == "Ada E."


def test_a_member_signing_up_again_keeps_their_entry_gets_no_email_and_the_page_reveals_nothing(
    client, signup_page
):
    client.post(signup_page.url, answers())
    client.post(path_of(confirm_link(mail.outbox[0])))
    sent = len(mail.outbox)

    response = client.post(signup_page.url, answers(email="ADA@example.org", name="Someone Else"))

    assert CHECK_EMAIL in response.content
    assert len(mail.outbox) == sent
    assert NetworkMember.objects.get().name == "Ada Example"


# Leaving ---------------------------------------------------------------------------------------


def test_every_message_has_a_link_to_leave(client, signup_page):
    client.post(signup_page.url, answers())
    client.post(path_of(confirm_link(mail.outbox[0])))

    assert len(mail.outbox) == 2
    for message in mail.outbox:
        assert leave_link(message), message.subject


def test_leaving_deletes_the_member_after_they_press_the_button(client, signup_page):
    client.post(signup_page.url, answers())
    client.post(path_of(confirm_link(mail.outbox[0])))
    link = path_of(leave_link(mail.outbox[1]))

    assert b"Leave and delete my details" in client.get(link).content
    assert NetworkMember.objects.exists()  # opening the link alone deletes nothing
    response = client.post(link)

    assert b"You have left" in response.content
    assert not NetworkMember.objects.exists()


def test_someone_who_never_asked_can_remove_their_address_from_the_confirmation_email(client, signup_page):
    client.post(signup_page.url, answers())

    client.post(path_of(leave_link(mail.outbox[0])))

    assert not NetworkMember.objects.exists()


def test_a_forged_leave_link_deletes_nobody(client, signup_page):
    client.post(signup_page.url, answers())
    client.post(path_of(confirm_link(mail.outbox[0])))
    member = NetworkMember.objects.get()
    forged = encoded(
        signing.Signer(salt="home.network.leave").sign_object({"member": member.pk, "email": "x@example.org"})
    )

    response = client.post(f"{signup_page.url}leave/{forged}/")
    client.post(f"{signup_page.url}leave/{member.pk}/")

    assert b"You have left" in response.content  # says nothing about who is on the list
    assert NetworkMember.objects.filter(pk=member.pk).exists()


# The form --------------------------------------------------------------------------------------


def test_missing_answers_are_explained_and_what_was_typed_is_kept(client, signup_page):
    response = client.post(signup_page.url, answers(email="not-an-email", consent_to_contact=""))

    page = BeautifulSoup(response.content, "html.parser")
    summary = page.select_one(".govuk-error-summary").get_text(" ", strip=True)
    assert "Enter an email address in the correct format, like name@example.com" in summary
    assert "Tick the box to agree to be contacted" in summary
    assert page.select_one("input[name=name]")["value"] == "Ada Example"
    assert page.select_one("input[name=email]")["value"] == "not-an-email"
    assert page.select_one("input[name=area]")["value"] == "Anstey"
    assert {box["value"] for box in page.select("input[name=interests][checked]")} == {"libraries", "grants"}
    assert page.title.get_text().startswith("Error:")
    assert not NetworkMember.objects.exists()
    assert not mail.outbox


def test_the_form_states_the_purpose_beside_the_consent_box(client, signup_page):
    page = BeautifulSoup(client.get(signup_page.url).content, "html.parser")

    fieldset = page.select_one("#consent-purpose").find_parent("fieldset")
    assert "news" in fieldset.select_one("#consent-purpose").get_text()
    assert fieldset.select_one("input[name=consent_to_contact]")


@pytest.mark.parametrize(
    "spam",
    [
        {"website": "http://spam.example"},
        {"form_stamp": "just now"},
        {"form_stamp": "forged"},
        {"form_stamp": None},
    ],
    ids=["honeypot filled in", "sent too fast", "forged stamp", "no stamp"],
)
def test_spam_is_quietly_dropped(client, signup_page, spam):
    data = answers(**spam)
    if spam.get("form_stamp") == "just now":
        data["form_stamp"] = stamp(seconds_ago=0)
    if "form_stamp" in spam and spam["form_stamp"] is None:
        del data["form_stamp"]

    response = client.post(signup_page.url, data)

    assert CHECK_EMAIL in response.content
    assert not NetworkMember.objects.exists()
    assert not mail.outbox


def test_many_signups_for_one_address_are_refused_with_the_answers_kept(client, signup_page):
    for _ in range(3):
        assert CHECK_EMAIL in client.post(signup_page.url, answers()).content

    response = client.post(signup_page.url, answers())

    assert b"too many sign-ups" in response.content
    assert form_values(response)["email"] == "Ada@Example.org"
    assert len(mail.outbox) == 3


def test_many_signups_from_one_connection_are_refused(client, signup_page):
    for number in range(10):
        assert (
            CHECK_EMAIL in client.post(signup_page.url, answers(email=f"person{number}@example.org")).content
        )

    response = client.post(signup_page.url, answers(email="one-more@example.org"))

    assert b"too many sign-ups" in response.content
    assert len(mail.outbox) == 10


def test_a_post_without_the_csrf_token_is_refused(signup_page):
    strict = Client(enforce_csrf_checks=True)

    response = strict.post(signup_page.url, answers())

    assert response.status_code == 403
    assert not NetworkMember.objects.exists()


def test_a_confirmation_without_the_csrf_token_is_refused(client, signup_page):
    client.post(signup_page.url, answers())
    link = path_of(confirm_link(mail.outbox[0]))

    response = Client(enforce_csrf_checks=True).post(link)

    assert response.status_code == 403
    assert not NetworkMember.objects.confirmed().exists()


def test_email_addresses_are_never_logged(client, signup_page, caplog):
    caplog.set_level("DEBUG")
    client.post(signup_page.url, answers())
    client.post(path_of(confirm_link(mail.outbox[0])))

    assert "ada@example.org" not in caplog.text.lower()


# A form left open too long, or whose security token has gone stale


def test_a_form_open_just_under_a_day_is_still_accepted(client, signup_page):
    response = client.post(signup_page.url, answers(form_stamp=stamp(seconds_ago=DAY - 60)))

    assert CHECK_EMAIL in response.content
    assert NetworkMember.objects.count() == 1


def test_a_form_open_over_a_day_says_so_keeps_the_answers_and_sends_nothing(client, signup_page):
    response = client.post(signup_page.url, answers(form_stamp=stamp(seconds_ago=DAY + 60)))

    assert "This form was open for too long" in response.content.decode()
    kept = form_values(response)
    assert (kept["name"], kept["email"], kept["area"]) == ("Ada Example", "Ada@Example.org", "Anstey")
    assert not NetworkMember.objects.exists()

    again = client.post(signup_page.url, answers(form_stamp=kept["form_stamp"]))
    assert CHECK_EMAIL in again.content


def test_a_stale_security_token_explains_itself_and_keeps_the_answers(signup_page):
    browser = Client(enforce_csrf_checks=True)
    browser.get(signup_page.url)
    browser.cookies["csrftoken"] = "stale" * 7  # a cookie from before, say, a browser restart

    response = browser.post(signup_page.url, {**answers(), "csrfmiddlewaretoken": "x" * 32})

    assert response.status_code == 403
    assert "This form was open for too long" in response.content.decode()
    assert form_values(response)["name"] == "Ada Example"
    assert not NetworkMember.objects.exists()

    again = browser.post(signup_page.url, form_values(response) | {"consent_to_contact": "on"})

    assert CHECK_EMAIL in again.content
    assert NetworkMember.objects.count() == 1
