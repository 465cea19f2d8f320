"""The demo toolkits, services and case studies come from the seed documents and mark what is an example."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from toolkits.demo_content import CASE_STUDIES, ENGAGEMENT_CHAPTERS, LONELINESS_CHAPTERS
from toolkits.models import (
    CaseStudyPage,
    CaseStudyTheme,
    CaseStudyThemeTag,
    SupportCategory,
    SupportService,
    ToolkitChapterPage,
    ToolkitPage,
)

pytestmark = pytest.mark.django_db


def test_the_two_toolkits_have_their_chapters_in_order():
    loneliness = ToolkitPage.objects.get(slug="tackling-loneliness")
    engagement = ToolkitPage.objects.get(slug="community-engagement-toolkit")

    assert [c.slug for c in loneliness.chapters()] == [c["slug"] for c in LONELINESS_CHAPTERS]
    assert [c.slug for c in engagement.chapters()] == [c["slug"] for c in ENGAGEMENT_CHAPTERS]
    assert [c.slug for c in loneliness.chapters()] == [
        "get-help-now",
        "understanding-loneliness",
        "looking-after-yourself",
        "local-support",
        "getting-involved",
        "for-professionals",
        "downloads",
    ]


def test_every_demo_support_service_is_published_and_marked_as_an_example():
    services = SupportService.objects.all()

    assert services.count() >= 8
    for service in services:
        assert service.live, service.name
        assert "(example)" in service.name
        assert "example" in service.description.lower()


def test_the_loneliness_toolkit_offers_the_booklet_and_summary_as_example_files(client):
    toolkit = ToolkitPage.objects.get(slug="tackling-loneliness")

    titles = [document.title for document in toolkit.download_documents()]

    assert len(titles) == 2
    assert all("example" in title for title in titles)
    items = BeautifulSoup(client.get(toolkit.url).content, "html.parser").select(".lc-download-list__meta")
    assert [item.get_text(strip=True).split(",")[0] for item in items] == ["PDF", "PDF"]


def test_national_helplines_are_labelled_national_and_local_numbers_as_examples(client):
    chapter = ToolkitChapterPage.objects.get(slug="get-help-now")

    panel = BeautifulSoup(client.get(chapter.url).content, "html.parser").select_one(".lc-help-panel")
    lines = {line.select_one("a").get_text(): line.get_text(" ", strip=True) for line in panel.select("li")}

    assert "national" in lines["116 123"].lower()
    assert "example" in lines["0116 000 0000"].lower()


def test_each_seed_case_study_is_published_with_its_themes():
    for data in CASE_STUDIES:
        page = CaseStudyPage.objects.live().get(slug=data["slug"])
        assert {tag.slug for tag in page.theme_list()} == set(data["themes"]), data["slug"]


def test_the_rural_coffee_van_shows_its_shire_grant(client):
    page = CaseStudyPage.objects.get(slug="rcc-rural-coffee-connect")

    facts = BeautifulSoup(client.get(page.url).content, "html.parser").select_one(".lc-facts").get_text()

    assert "£10,000" in facts
    assert "SHIRE Community Grant" in facts
    assert "Across Leicestershire" in facts


def test_the_home_page_features_three_demo_case_studies(client):
    cards = BeautifulSoup(client.get("/").content, "html.parser").select(".lc-case-study-card__link")
    titles = [card.get_text(strip=True) for card in cards]

    assert "Market Harborough Dementia Café" in titles
    assert "Long Clawson Good Neighbour Scheme" in titles
    assert "RCC Rural Coffee Connect" in titles


def test_chapters_show_the_demo_case_studies_that_illustrate_them(client):
    chapter = ToolkitChapterPage.objects.get(slug="getting-involved")

    page = BeautifulSoup(client.get(chapter.url).content, "html.parser")

    titles = [
        a.get_text(strip=True) for a in page.select("#case-studies ~ .lc-card-list .lc-case-study-card__link")
    ]
    assert "Long Clawson Good Neighbour Scheme" in titles


def test_the_loader_restores_a_demo_service_an_editor_changed():
    service = SupportService.objects.get(name="Harborough Friday lunch club (example)")
    service.cost = "Changed by someone"
    service.categories = [SupportCategory.objects.get(slug="transport")]
    service.save_revision().publish()

    call_command("load_demo_content")

    service = SupportService.objects.get(pk=service.pk)
    assert service.cost == "£4 for lunch (example)"
    assert {category.slug for category in service.categories.all()} == {"lunch-clubs", "older-people"}


def test_the_loader_restores_the_themes_of_a_demo_case_study():
    page = CaseStudyPage.objects.get(slug="birstall-youth-cafe")
    page.tagged_items = [CaseStudyThemeTag(tag=CaseStudyTheme.objects.get(slug="food"))]
    page.save_revision().publish()

    call_command("load_demo_content")

    page = CaseStudyPage.objects.get(pk=page.pk)
    assert {tag.slug for tag in page.theme_list()} == {
        "young-people",
        "community-buildings",
        "parish-and-town-councils",
    }
