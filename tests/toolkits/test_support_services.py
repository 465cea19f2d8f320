"""Residents filter the local support list by district and kind of support; only published services show."""

import pytest
from bs4 import BeautifulSoup

from home.districts import District
from toolkits.factories import SupportServiceFactory
from toolkits.models import SupportDirectoryPage, SupportService, ToolkitChapterPage

pytestmark = pytest.mark.django_db

SUPPORT_BLOCK = ("support_services", {"heading": "Find local support", "introduction": ""})


@pytest.fixture
def support_chapter(make_toolkit, only_test_services):
    toolkit = make_toolkit(chapters=["Local support"], chapter_bodies={"Local support": [SUPPORT_BLOCK]})
    return ToolkitChapterPage.objects.child_of(toolkit).get()


def listed(client, chapter, **params):
    response = client.get(chapter.url, params)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in page.select(".lc-service-list__item h3")], page


def test_filter_by_district_shows_services_covering_it(client, support_chapter):
    SupportServiceFactory(name="Charnwood only", districts=["charnwood"])
    SupportServiceFactory(name="Whole county", districts=District.values)
    SupportServiceFactory(name="Melton only", districts=["melton"])

    names, page = listed(client, support_chapter, district="charnwood")

    assert names == ["Charnwood only", "Whole county"]
    assert "2 services of 3" in page.select_one("#support-results").get_text()
    assert "in Charnwood" in page.select_one("#support-results").get_text()


def test_filter_by_kind_of_support(client, support_chapter):
    SupportServiceFactory(name="Befriending calls", categories=["befriending"])
    SupportServiceFactory(name="Lunch club", categories=["lunch-clubs"])
    SupportServiceFactory(name="Lunch and a chat", categories=["lunch-clubs", "befriending"])

    names, _ = listed(client, support_chapter, category="befriending")

    assert names == ["Befriending calls", "Lunch and a chat"]


def test_district_and_kind_of_support_combine(client, support_chapter):
    SupportServiceFactory(name="Charnwood befriending", categories=["befriending"], districts=["charnwood"])
    SupportServiceFactory(name="Charnwood lunch", categories=["lunch-clubs"], districts=["charnwood"])
    SupportServiceFactory(name="Melton befriending", categories=["befriending"], districts=["melton"])

    names, page = listed(client, support_chapter, district="charnwood", category="befriending")

    assert names == ["Charnwood befriending"]
    assert page.select_one("#id_district option[selected]")["value"] == "charnwood"
    assert page.select_one("#id_category option[selected]")["value"] == "befriending"


def test_a_service_never_published_is_never_listed(client, support_chapter):
    SupportServiceFactory(name="Published")
    SupportServiceFactory(name="Still a draft", published=False)

    names, _ = listed(client, support_chapter)

    assert names == ["Published"]


def test_an_unpublished_service_disappears_from_the_list(client, support_chapter):
    service = SupportServiceFactory(name="Closed down")
    service.unpublish()

    names, _ = listed(client, support_chapter)

    assert names == []


def test_draft_changes_to_a_live_service_are_not_shown_until_published(client, support_chapter):
    service = SupportServiceFactory(name="Lunch club", description="Fridays at noon.")
    service.description = "Draft: moving to Mondays."
    service.save_revision()

    _, page = listed(client, support_chapter)

    assert "Fridays at noon." in page.get_text()
    assert "moving to Mondays" not in page.get_text()


def test_unknown_filter_values_are_ignored(client, support_chapter):
    SupportServiceFactory(name="Befriending calls")

    names, _ = listed(client, support_chapter, district="atlantis", category="<script>")

    assert names == ["Befriending calls"]


def test_a_service_shows_its_contact_details_cost_and_how_to_start(client, support_chapter):
    SupportServiceFactory(
        name="Befriending calls",
        phone="0116 000 0101",
        email="calls@example.org",
        cost="Free",
        how_to_refer="Call to refer yourself.",
        opening_times="Weekdays, 10am to 4pm",
        who_it_is_for="Adults who live alone",
    )

    _, page = listed(client, support_chapter)
    item = page.select_one(".lc-service-list__item")

    assert item.select_one('a[href="tel:01160000101"]').get_text() == "0116 000 0101"
    assert item.select_one('a[href="mailto:calls@example.org"]')
    for text in ("Free", "Call to refer yourself.", "Weekdays, 10am to 4pm", "Adults who live alone"):
        assert text in item.get_text()
    assert "Charnwood" in item.get_text()


def test_a_service_covering_all_seven_districts_says_all_of_leicestershire():
    service = SupportServiceFactory(districts=District.values)

    assert service.district_names == "All of Leicestershire"


def test_the_print_view_lists_every_service_without_the_filter_form(client, support_chapter):
    SupportServiceFactory(name="Charnwood befriending", districts=["charnwood"])
    SupportServiceFactory(name="Melton lunch", districts=["melton"], categories=["lunch-clubs"])

    page = BeautifulSoup(
        client.get(support_chapter.get_parent().url + "print/?district=melton").content, "html.parser"
    )

    assert [h.get_text(strip=True) for h in page.select(".lc-service-list__item h4")] == [
        "Charnwood befriending",
        "Melton lunch",
    ]
    assert not page.select(".lc-filter-form")


def test_published_services_can_be_found_by_search():
    SupportServiceFactory(name="Knit and natter", description="A knitting circle that meets weekly.")
    SupportServiceFactory(name="Secret knitting", description="A knitting group.", published=False)

    results = SupportService.objects.live().search("knitting")

    assert [service.name for service in results] == ["Knit and natter"]


@pytest.mark.parametrize(
    ("place", "district_label"),
    [("Quorn", "Charnwood"), ("LE12 9AB", "Charnwood"), ("melton mowbray", "Melton"), ("LE13", "Melton")],
)
def test_a_town_village_or_postcode_shows_the_services_covering_its_district(
    client, support_chapter, place, district_label
):
    SupportServiceFactory(name="Charnwood only", districts=["charnwood"])
    SupportServiceFactory(name="Melton only", districts=["melton"])
    SupportServiceFactory(name="Whole county", districts=District.values)

    names, page = listed(client, support_chapter, near=place)

    assert names == [f"{district_label} only", "Whole county"]
    assert f"in {district_label}" in page.select_one("#support-results").get_text()
    assert page.select_one("#id_near")["value"] == place


@pytest.mark.parametrize("place", ["Atlantis", "SW1A 1AA", "Leicester"])
def test_a_place_outside_the_districts_says_so_and_lists_every_service(client, support_chapter, place):
    SupportServiceFactory(name="Charnwood only", districts=["charnwood"])
    SupportServiceFactory(name="Melton only", districts=["melton"])

    names, page = listed(client, support_chapter, near=place)

    assert names == ["Charnwood only", "Melton only"]
    assert f"We could not find “{place}” in Leicestershire's districts" in page.get_text()


def test_a_chosen_district_wins_over_a_typed_place(client, support_chapter):
    SupportServiceFactory(name="Charnwood only", districts=["charnwood"])
    SupportServiceFactory(name="Melton only", districts=["melton"])

    names, _ = listed(client, support_chapter, near="Quorn", district="melton")

    assert names == ["Melton only"]


def test_each_service_in_the_chapter_links_to_its_page_in_the_directory(client, support_chapter):
    service = SupportServiceFactory(name="Knit and natter")

    _, page = listed(client, support_chapter)

    link = page.select_one(".lc-service-list__item h3 a")
    assert link["href"] == SupportDirectoryPage.objects.get().service_url(service)
    assert client.get(link["href"]).status_code == 200
