"""Joining the Neighbourhood Planning Network: clear errors, no duplicates, no spam, CSRF enforced."""

import time

import pytest
from bs4 import BeautifulSoup
from django.core import signing
from django.test import Client

from neighbourhood.models import NetworkSignup, NetworkSignupPage
from neighbourhood.network import FORM_STAMP_SALT

pytestmark = pytest.mark.django_db


@pytest.fixture
def signup_page(np_index):
    return NetworkSignupPage.objects.child_of(np_index).get()


def stamp(seconds_ago=30):
    return signing.dumps(time.time() - seconds_ago, salt=FORM_STAMP_SALT)


def answers(**overrides):
    return {
        "name": "Ada Example",
        "email": "Ada@Example.org",
        "group_or_parish": "Anstey Parish Council",
        "consent_to_contact": "on",
        "website": "",
        "form_stamp": stamp(),
        **overrides,
    }


def test_joining_stores_the_member_and_confirms(client, signup_page):
    response = client.post(signup_page.url, answers())

    assert response.status_code == 200
    assert b"Thank you for joining" in response.content
    member = NetworkSignup.objects.get()
    assert (member.name, member.email, member.consent_to_contact) == ("Ada Example", "ada@example.org", True)


def test_missing_answers_are_explained_and_what_was_typed_is_kept(client, signup_page):
    response = client.post(signup_page.url, answers(email="not-an-email", consent_to_contact=""))

    page = BeautifulSoup(response.content, "html.parser")
    summary = page.select_one(".govuk-error-summary").get_text(" ", strip=True)
    assert "Enter an email address in the correct format, like name@example.com" in summary
    assert "Tick the box to agree to be contacted" in summary
    assert page.select_one("input[name=name]")["value"] == "Ada Example"
    assert page.select_one("input[name=email]")["value"] == "not-an-email"
    assert page.title.get_text().startswith("Error:")
    assert not NetworkSignup.objects.exists()


def test_joining_twice_keeps_one_entry_and_reveals_nothing(client, signup_page):
    client.post(signup_page.url, answers())

    response = client.post(signup_page.url, answers(email="ADA@example.org", name="Someone Else"))

    assert b"Thank you for joining" in response.content
    assert NetworkSignup.objects.count() == 1
    assert NetworkSignup.objects.get().name == "Ada Example"


@pytest.mark.parametrize(
    "spam",
    [{"website": "http://spam.example"}, {"form_stamp": "just now"}, {"form_stamp": "forged"}],
    ids=["honeypot filled in", "sent too fast", "forged stamp"],
)
def test_spam_is_quietly_dropped(client, signup_page, spam):
    if spam.get("form_stamp") == "just now":
        spam = {"form_stamp": stamp(seconds_ago=0)}

    response = client.post(signup_page.url, answers(**spam))

    assert b"Thank you for joining" in response.content
    assert not NetworkSignup.objects.exists()


def test_a_post_without_the_csrf_token_is_refused(signup_page):
    strict = Client(enforce_csrf_checks=True)

    response = strict.post(signup_page.url, answers())

    assert response.status_code == 403
    assert not NetworkSignup.objects.exists()


def test_the_form_states_the_purpose_beside_the_consent_box(client, signup_page):
    page = BeautifulSoup(client.get(signup_page.url).content, "html.parser")

    fieldset = page.select_one("fieldset")
    assert "news, guidance and invitations" in fieldset.select_one("#consent-purpose").get_text()
    assert fieldset.select_one("input[name=consent_to_contact]")


def test_the_team_can_export_and_delete_members(client, django_user_model, signup_page):
    member = NetworkSignup.objects.create(name="Ada", email="ada@example.org", consent_to_contact=True)
    client.force_login(django_user_model.objects.create_superuser("team", "t@example.com", "a-long-password"))

    export = client.get("/admin/network_members/?export=csv")
    assert export.status_code == 200
    assert b"ada@example.org" in b"".join(export.streaming_content if export.streaming else [export.content])

    response = client.post(f"/admin/network_members/delete/{member.pk}/")
    assert response.status_code == 302
    assert not NetworkSignup.objects.exists()


def test_an_ordinary_admin_user_cannot_see_the_members(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("editor", "e@example.com", "a-long-password")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    NetworkSignup.objects.create(name="Ada", email="ada@example.org", consent_to_contact=True)
    client.force_login(user)

    response = client.get("/admin/network_members/?export=csv")

    assert response.status_code in (302, 403)
    assert b"ada@example.org" not in response.content


def test_the_members_csv_cannot_carry_a_spreadsheet_formula(client, django_user_model):
    NetworkSignup.objects.create(name='=HYPERLINK("http://evil.example","x")', email="e@example.org")
    client.force_login(django_user_model.objects.create_superuser("team", "t@example.com", "a-long-password"))

    export = client.get("/admin/network_members/?export=csv")
    content = b"".join(export.streaming_content if export.streaming else [export.content]).decode()

    assert "'=HYPERLINK" in content
    assert ",=HYPERLINK" not in content and '"=HYPERLINK' not in content


def test_a_form_without_its_stamp_is_treated_as_spam_not_shown_as_an_error(client, signup_page):
    data = answers()
    del data["form_stamp"]

    response = client.post(signup_page.url, data)

    assert b"Thank you for joining" in response.content
    assert not NetworkSignup.objects.exists()


# A form left open too long, or whose security token has gone stale


DAY = 60 * 60 * 24
EXPIRED = "This form was open for too long, so it was not sent"


def form_values(response):
    page = BeautifulSoup(response.content, "html.parser")
    return {field["name"]: field.get("value", "") for field in page.select("form input[name]")}


def test_a_form_open_just_under_a_day_is_still_accepted(client, signup_page):
    response = client.post(signup_page.url, answers(form_stamp=stamp(seconds_ago=DAY - 60)))

    assert b"Thank you for joining" in response.content
    assert NetworkSignup.objects.count() == 1


def test_a_form_open_over_a_day_says_so_keeps_the_answers_and_sends_nothing(client, signup_page):
    response = client.post(signup_page.url, answers(form_stamp=stamp(seconds_ago=DAY + 60)))

    assert b"Thank you for joining" not in response.content
    assert EXPIRED in response.content.decode()
    kept = form_values(response)
    assert (kept["name"], kept["email"], kept["group_or_parish"]) == (
        "Ada Example",
        "Ada@Example.org",
        "Anstey Parish Council",
    )
    assert not NetworkSignup.objects.exists()


def test_sending_the_expired_form_again_joins(client, signup_page):
    expired = client.post(signup_page.url, answers(form_stamp=stamp(seconds_ago=DAY + 60)))

    response = client.post(signup_page.url, answers(form_stamp=form_values(expired)["form_stamp"]))

    assert b"Thank you for joining" in response.content
    assert NetworkSignup.objects.count() == 1


def test_a_stale_security_token_explains_itself_and_keeps_the_answers(signup_page):
    browser = Client(enforce_csrf_checks=True)
    browser.get(signup_page.url)
    browser.cookies["csrftoken"] = "stale" * 7  # a cookie from before, say, a browser restart

    response = browser.post(signup_page.url, {**answers(), "csrfmiddlewaretoken": "x" * 32})

    assert response.status_code == 403
    text = response.content.decode()
    assert EXPIRED in text
    assert "Join the network" in text  # the site's own form, not Django's bare page
    assert form_values(response)["name"] == "Ada Example"
    assert not NetworkSignup.objects.exists()

    again = browser.post(signup_page.url, form_values(response) | {"consent_to_contact": "on"})

    assert b"Thank you for joining" in again.content
    assert NetworkSignup.objects.count() == 1
