"""What the engine itself does for residents: facet counts, suggestions, synonyms, plurals and spelling."""

import pytest
from django.core.cache import cache

from home.factories import StandardPageFactory
from libraries.factories import CommunityLibraryPageFactory
from search.engine import SiteSearch
from search.models import SynonymGroup
from search.query import parse
from tests.search.conftest import facet_counts, result_titles
from tests.search.test_places import DISTRICT_PAGE_FACTORIES
from toolkits.factories import CaseStudyPageFactory, SupportServiceFactory


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def orchards(es, home_page, indexed_during_test):
    """Results for "orchard" in several sections and districts, searchable in the engine."""
    CommunityLibraryPageFactory(title="Orchard Lane Library", district="melton")
    CommunityLibraryPageFactory(title="Orchard Green Library", district="blaby")
    CaseStudyPageFactory(title="Community orchard planting", district="melton")
    SupportServiceFactory(name="Orchard befriending walks", districts=["melton", "harborough"])
    StandardPageFactory(parent=home_page, title="Orchard news")
    es.refresh()


def test_section_counts_from_the_engine_are_the_results_each_section_gives(client, orchards):
    counts = facet_counts(client.get("/search/", {"query": "orchard"}), "filter-section-heading")

    assert counts["Community managed libraries"] == 2
    assert counts["Case studies"] == 1
    assert counts["Local support services"] == 1
    assert counts["Other pages"] == 1
    assert "Toolkits" not in counts  # no results there, so no option
    for section, slug in [("Community managed libraries", "libraries"), ("Other pages", "other")]:
        response = client.get("/search/", {"query": "orchard", "section": slug})
        assert len(result_titles(response)) == counts[section]


def test_district_counts_come_from_the_engine_and_apply_the_chosen_section(client, orchards):
    everywhere = facet_counts(client.get("/search/", {"query": "orchard"}), "filter-district-heading")
    libraries_only = facet_counts(
        client.get("/search/", {"query": "orchard", "section": "libraries"}), "filter-district-heading"
    )

    # Melton: a library, a case study and a service; Blaby: a library; Harborough: the service.
    assert (everywhere["Melton"], everywhere["Blaby"], everywhere["Harborough"]) == (3, 1, 1)
    assert (libraries_only["Melton"], libraries_only["Blaby"]) == (1, 1)
    assert "Harborough" not in libraries_only  # only the service is there
    melton = client.get("/search/", {"query": "orchard", "district": "melton"})
    assert sorted(result_titles(melton)) == [
        "Community orchard planting",
        "Orchard Lane Library",
        "Orchard befriending walks",
    ]


def test_the_engine_counts_a_districts_pages_by_section_and_the_other_districts(orchards, home_page):
    """With Melton chosen: its pages per section, and per district what choosing each would give."""
    search = SiteSearch(parse("orchard"), home_page, "", "melton")
    by_section, by_district = search.page_counts_by_facets(search.public_pages())

    assert by_section["libraries"] == 1
    assert by_section["case-studies"] == 1
    assert by_district == {"melton": 2, "blaby": 1}


def test_suggestions_complete_a_word_as_it_is_typed(client, es):
    for typed in ["lonel", "Lonel", "LONELINESS"]:
        suggestions = client.get("/search/suggestions/", {"query": typed}).json()["suggestions"]
        assert "Understanding loneliness" in [suggestion["title"] for suggestion in suggestions], typed


def test_suggestions_include_services_and_leave_out_drafts(client, es, home_page, indexed_during_test):
    service = SupportServiceFactory(name="Zephyrine lunch club")
    StandardPageFactory(parent=home_page, title="Zephyrine draft page", live=False)
    es.refresh()

    service_page = f"/find-local-support/{service.pk}-zephyrine-lunch-club/"
    assert client.get("/search/suggestions/", {"query": "zephyr"}).json() == {
        "suggestions": [{"title": "Zephyrine lunch club", "url": service_page}]
    }


def test_a_synonym_group_added_by_the_team_finds_pages_on_the_engine(
    client, es, home_page, indexed_during_test
):
    StandardPageFactory(parent=home_page, title="Quillworth knitting circle")
    es.refresh()
    assert result_titles(client.get("/search/", {"query": "yarncraft"})) == []

    SynonymGroup.objects.create(terms="yarncraft, knitting")

    assert "Quillworth knitting circle" in result_titles(client.get("/search/", {"query": "yarncraft"}))


# Made-up words, so that only the index's own folding can match them.
@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("zorbtab", "Zorbtabs and wifi for all."),  # singular finds plural
        ("zorbtabs", "Help with your zorbtab."),  # plural finds singular
        ("Zorbtabs", "Help with your ZORBTAB."),  # and case does not matter
        ("quillies", "Quilly lending."),  # -ies finds -y
    ],
)
def test_singular_and_plural_find_each_other(client, es, home_page, indexed_during_test, typed, written):
    StandardPageFactory(parent=home_page, title="Help desk", summary=written)
    es.refresh()

    response = client.get("/search/", {"query": typed})
    assert "Help desk" in result_titles(response)
    assert "spelt like yours" not in response.content.decode()  # found as written, not as a misspelling


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("xylocafe", "Xylocafé"),
        ("xylocafé", "Xylocafe"),
        ("XYLOCAFÉS", "xylocafé"),
        ("xylocafes", "XYLOCAFÉ"),
    ],
)
def test_accents_and_plurals_are_folded_by_the_index(
    client, es, home_page, indexed_during_test, typed, written
):
    StandardPageFactory(parent=home_page, title=f"Tea at the {written}")
    es.refresh()

    response = client.get("/search/", {"query": typed})
    assert f"Tea at the {written}" in result_titles(response)
    assert "spelt like yours" not in response.content.decode()


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("lonliness", "Understanding loneliness"),  # a letter missing
        ("loneliess", "Understanding loneliness"),  # a letter missing
        ("lonelyness", "Understanding loneliness"),  # a letter wrong
    ],
)
def test_a_misspelt_word_is_searched_as_the_closest_word_on_the_site(client, es, typed, title):
    response = client.get("/search/", {"query": typed})

    assert title in result_titles(response)
    assert f"Nothing matched “{typed}”" in response.content.decode()


@pytest.mark.parametrize(("typed", "written"), [("cfe", "cafe"), ("wfi", "wifi")])
def test_a_short_misspelling_is_matched_by_the_engine_itself(
    client, es, home_page, indexed_during_test, typed, written
):
    """Words under five letters are not corrected from the site's words; the engine allows one letter off."""
    StandardPageFactory(parent=home_page, title=f"Quillworth {written}")
    es.refresh()

    response = client.get("/search/", {"query": typed})

    assert f"Quillworth {written}" in result_titles(response)
    assert "spelt like yours" in response.content.decode()


def test_a_word_spelt_right_is_not_widened_to_look_alikes(client, es):
    response = client.get("/search/", {"query": "loneliness"})

    assert "spelt like yours" not in response.content.decode()


def test_a_result_with_every_word_searched_for_beats_one_word_in_a_name(client, es, indexed_during_test):
    SupportServiceFactory(
        name="Quillworth bereavement drop-in",
        description="A quiet space to talk.",
        categories=["bereavement"],
    )
    SupportServiceFactory(
        name="Walk and talk befriending group", description="Weekly walks from Quillworth village hall."
    )
    es.refresh()

    found = result_titles(client.get("/search/", {"query": "befriending Quillworth"}))

    assert found[0] == "Walk and talk befriending group"


def test_a_page_with_every_word_beats_a_service_with_one_word_in_its_name(
    client, es, home_page, indexed_during_test
):
    # Services have an index of their own, far smaller than the pages', so one word there ("club")
    # scores as highly as every word does on a page.
    SupportServiceFactory(name="Quillworth lunch club", description="A hot meal and company.")
    CommunityLibraryPageFactory(
        title="Yarrowfield Library", town="Yarrowfield", volunteering="Help at our work club on Mondays."
    )
    es.refresh()

    found = result_titles(client.get("/search/", {"query": "work club"}))

    assert found.index("Yarrowfield Library") < found.index("Quillworth lunch club")


@pytest.mark.parametrize("label", DISTRICT_PAGE_FACTORIES)
def test_a_page_is_found_by_its_districts_name_on_the_engine(client, es, indexed_during_test, label):
    page = DISTRICT_PAGE_FACTORIES[label]("oadby-and-wigston")
    es.refresh()

    assert page.title in result_titles(client.get("/search/", {"query": "Wigston"}))
