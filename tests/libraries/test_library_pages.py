import json
import re

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.postcodes import normalise_postcode, validate_postcode
from libraries.models import CommunityLibraryPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("le12 9ab", "LE12 9AB"), (" LE129AB ", "LE12 9AB"), ("cv13  0aa", "CV13 0AA"), ("W1A 1AA", "W1A 1AA")],
)
def test_postcodes_are_stored_the_way_royal_mail_writes_them(typed, stored):
    validate_postcode(typed)
    assert normalise_postcode(typed) == stored


@pytest.mark.parametrize("typed", ["LE12", "12 9AB", "LE12 9ABC", "LE12 9CI", "hello", ""])
def test_malformed_postcodes_are_refused_with_an_example(typed):
    with pytest.raises(ValidationError, match="like LE12 9AB"):
        validate_postcode(typed)


def test_library_page_saves_its_postcode_normalised(make_library):
    library = make_library("Normalised", postcode="le11 3aa")

    library.refresh_from_db()
    assert library.postcode == "LE11 3AA"


def admin_post_data(index, **overrides):
    sessions = overrides.pop("sessions", [])
    return nested_form_data(
        {
            "title": "Anstey Community Library",
            "slug": "anstey-community-library",
            "summary": "",
            "photos": streamfield([]),
            "body": streamfield([]),
            "address": "1 The Nook",
            "town": "Anstey",
            "postcode": "le7 7ab",
            "district": "charnwood",
            "latitude": "52.67",
            "longitude": "-1.19",
            "opening_sessions": inline_formset(sessions),
            "date_exceptions": inline_formset([]),
            "accessibility": rich_text(""),
            "volunteering": rich_text(""),
            **overrides,
        }
    )


@pytest.fixture
def moderator_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("moderator", "moderator@example.com", "a-long-password")
    client.force_login(user)
    return client


def add_url(index):
    return f"/admin/pages/add/libraries/communitylibrarypage/{index.pk}/"


def test_overlapping_sessions_are_refused_on_the_row_at_fault_and_the_form_keeps_what_was_typed(
    moderator_client, library_index
):
    data = admin_post_data(
        library_index,
        sessions=[
            {"weekday": "0", "opens": "10:00", "closes": "13:00"},
            {"weekday": "0", "opens": "12:00", "closes": "15:00"},
        ],
    )

    response = moderator_client.post(add_url(library_index), data)

    assert response.status_code == 200
    assert not CommunityLibraryPage.objects.filter(slug="anstey-community-library").exists()
    html = response.content.decode()
    assert "This overlaps the 10:00 to 13:00 session on the same day." in html
    assert 'value="1 The Nook"' in html or "1 The Nook" in html
    assert 'value="Anstey"' in html


def test_closing_before_opening_is_refused(moderator_client, library_index):
    data = admin_post_data(library_index, sessions=[{"weekday": "2", "opens": "14:00", "closes": "10:00"}])

    response = moderator_client.post(add_url(library_index), data)

    assert "The closing time must be after the opening time." in response.content.decode()
    assert not CommunityLibraryPage.objects.filter(slug="anstey-community-library").exists()


def test_a_bad_postcode_is_refused_in_the_admin(moderator_client, library_index):
    response = moderator_client.post(
        add_url(library_index), admin_post_data(library_index, postcode="not a postcode")
    )

    assert "Enter a real UK postcode, like LE12 9AB." in response.content.decode()


def test_valid_hours_are_saved(moderator_client, library_index):
    data = admin_post_data(
        library_index,
        sessions=[
            {"weekday": "0", "opens": "10:00", "closes": "13:00"},
            {"weekday": "0", "opens": "13:00", "closes": "17:00"},
            {"weekday": "4", "opens": "18:00", "closes": "00:00"},
        ],
    )

    response = moderator_client.post(add_url(library_index), data)

    assert response.status_code == 302
    library = CommunityLibraryPage.objects.get(slug="anstey-community-library")
    assert library.postcode == "LE7 7AB"
    assert library.get_latest_revision_as_object().opening_sessions.count() == 3


def test_library_page_shows_status_hours_services_and_contact(client, make_library):
    library = make_library(
        "Shepshed Test Library",
        services=["cafe", "work-club"],
        hours={0: ["10:00-13:00"], 3: ["14:00-19:00"]},
        phone="0116 000 0009",
    )

    html = client.get(library.url).content.decode()
    page = BeautifulSoup(html, "html.parser")

    assert page.select_one(".lc-opening-status").get_text(strip=True).startswith(("Open now", "Closed now"))
    hours = {
        row.th.get_text(strip=True): row.td.get_text(" ", strip=True)
        for row in page.select("#opening-hours + table tr")
    }
    assert hours["Monday"] == "10:00 to 13:00"
    assert hours["Tuesday"] == "Closed"
    assert hours["Thursday"] == "14:00 to 19:00"
    assert "Café" in html and "Work club" in html
    assert "0116 000 0009" in html


def test_library_page_has_valid_schema_org_library_json_ld(client, make_library):
    library = make_library("JSON-LD Library", hours={1: ["09:30-12:30"]}, services=["cafe"])

    script = BeautifulSoup(client.get(library.url).content, "html.parser").find(
        "script", type="application/ld+json"
    )
    data = json.loads(script.string)

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Library"
    assert data["name"] == "JSON-LD Library"
    assert data["address"]["postalCode"] == "LE12 9AB"
    assert data["openingHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": "https://schema.org/Tuesday",
            "opens": "09:30",
            "closes": "12:30",
        }
    ]
    assert data["geo"]["latitude"] == pytest.approx(52.77)


def test_json_ld_cannot_be_broken_out_of_by_page_text(client, make_library):
    library = make_library("Evil </script><script>alert(1)</script> Library")

    html = client.get(library.url).content.decode()

    assert "</script><script>alert(1)" not in html


def test_open_data_endpoint_lists_live_libraries_with_hours_services_and_location(client, make_library):
    make_library("Open Data Library", services=["cafe"], hours={0: ["10:00-12:00"]})
    make_library("Draft Library", live=False)

    data = client.get("/api/libraries.json").json()
    by_name = {library["name"]: library for library in data["libraries"]}

    assert "Draft Library" not in by_name
    entry = by_name["Open Data Library"]
    assert entry["opening_hours"] == [{"day": "Monday", "opens": "10:00", "closes": "12:00"}]
    assert entry["services"] == [{"slug": "cafe", "name": "Café"}]
    assert entry["location"] == {"latitude": 52.77, "longitude": -1.2}
    assert isinstance(entry["open_now"], bool)
    assert re.match(r"^(Open now|Closed now)", entry["status"])
