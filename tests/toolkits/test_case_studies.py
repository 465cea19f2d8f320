"""Case studies: filtered by theme and district, related by shared themes, linked both ways with toolkits."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.images import get_image_model

from toolkits.factories import CaseStudyPageFactory
from toolkits.models import CaseStudyPage, ToolkitChapterPage

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def listed(client, index, **params):
    page = soup(client.get(index.url, params))
    return [a.get_text(strip=True) for a in page.select(".lc-case-study-list__item h3 a")], page


def test_index_filters_by_theme(client, only_test_case_studies):
    CaseStudyPageFactory(title="Food bank", themes=["food"])
    CaseStudyPageFactory(title="Lunch club", themes=["food", "loneliness"])
    CaseStudyPageFactory(title="Youth café", themes=["young-people"])

    names, page = listed(client, only_test_case_studies, theme="food")

    assert names == ["Food bank", "Lunch club"]
    assert "2 case studies of 3" in page.select_one("#case-study-results").get_text()


def test_index_filters_by_district_or_county_wide(client, only_test_case_studies):
    CaseStudyPageFactory(title="In Melton", district="melton")
    CaseStudyPageFactory(title="In Charnwood", district="charnwood")
    CaseStudyPageFactory(title="Everywhere", district="", place="")

    assert listed(client, only_test_case_studies, district="melton")[0] == ["In Melton"]
    assert listed(client, only_test_case_studies, district="countywide")[0] == ["Everywhere"]
    assert listed(client, only_test_case_studies, district="nowhere")[0] == [
        "Everywhere",
        "In Charnwood",
        "In Melton",
    ]


def test_a_changed_case_study_is_listed_as_it_now_is_under_every_filter(client, only_test_case_studies):
    """Filtered lists are built for each request, from cards kept until anything changes."""
    study = CaseStudyPageFactory(title="Food bank", themes=["food"], district="melton")
    for params in ({}, {"theme": "food"}, {"district": "melton"}):
        assert listed(client, only_test_case_studies, **params)[0] == ["Food bank"]

    study = CaseStudyPage.objects.get(pk=study.pk)
    study.title = "Community larder"
    study.save_revision().publish()

    for params in ({}, {"theme": "food"}, {"district": "melton"}):
        assert listed(client, only_test_case_studies, **params)[0] == ["Community larder"]


@pytest.mark.parametrize(
    ("params", "names", "selected"),
    [
        ({}, ["Food bank", "In Melton"], {"theme": "", "district": ""}),
        ({"theme": "food"}, ["Food bank"], {"theme": "food", "district": ""}),
        ({"district": "melton"}, ["In Melton"], {"theme": "", "district": "melton"}),
        ({"district": "nowhere"}, ["Food bank", "In Melton"], {"theme": "", "district": ""}),
        ({"theme": "x" * 300}, ["Food bank", "In Melton"], {"theme": "", "district": ""}),
    ],
)
def test_each_request_gets_the_list_and_choices_it_asked_for(
    client, only_test_case_studies, params, names, selected
):
    CaseStudyPageFactory(title="Food bank", themes=["food"], district="charnwood")
    CaseStudyPageFactory(title="In Melton", themes=["loneliness"], district="melton")
    for earlier in ({}, {"theme": "food"}, {"district": "melton"}):  # drawn before, for other choices
        listed(client, only_test_case_studies, **earlier)

    shown, page = listed(client, only_test_case_studies, **params)

    assert shown == names
    chosen = {name: page.select_one(f"#id_{name} option[selected]") for name in selected}
    assert {name: option["value"] if option else "" for name, option in chosen.items()} == selected


def test_theme_filter_offers_only_themes_of_live_case_studies(client, only_test_case_studies):
    CaseStudyPageFactory(title="Food bank", themes=["food"])
    draft = CaseStudyPageFactory(title="Draft", themes=["dementia"])
    draft.unpublish()

    _, page = listed(client, only_test_case_studies)

    options = [option["value"] for option in page.select("#id_theme option")]
    assert options == ["", "food"]


def test_draft_case_studies_are_not_listed(client, only_test_case_studies):
    CaseStudyPageFactory(title="Published")
    CaseStudyPageFactory(title="Draft").unpublish()

    assert listed(client, only_test_case_studies)[0] == ["Published"]


def test_related_case_studies_share_the_most_themes_first(only_test_case_studies):
    case_study = CaseStudyPageFactory(title="Dementia café", themes=["dementia", "carers", "loneliness"])
    CaseStudyPageFactory(title="B one shared", themes=["loneliness"])
    CaseStudyPageFactory(title="A two shared", themes=["dementia", "carers"])
    CaseStudyPageFactory(title="C three shared", themes=["dementia", "carers", "loneliness", "food"])
    CaseStudyPageFactory(title="Nothing shared", themes=["food"])

    related = case_study.related_case_studies()

    assert [page.title for page in related] == ["C three shared", "A two shared", "B one shared"]


def test_related_case_studies_leave_out_drafts_and_the_page_itself(only_test_case_studies):
    case_study = CaseStudyPageFactory(title="Dementia café", themes=["dementia"])
    CaseStudyPageFactory(title="Draft", themes=["dementia"]).unpublish()

    assert case_study.related_case_studies() == []


def test_related_case_studies_take_one_query(only_test_case_studies, django_assert_num_queries):
    case_study = CaseStudyPageFactory(title="Dementia café", themes=["dementia", "carers"])
    for n in range(5):
        CaseStudyPageFactory(title=f"Other {n}", themes=["dementia"])
    case_study = CaseStudyPage.objects.prefetch_related("tagged_items").get(pk=case_study.pk)

    # One for the related pages, one for Wagtail's check of private sections (.public()).
    with django_assert_num_queries(2):
        related = case_study.related_case_studies()

    assert len(related) == 3


def test_a_case_study_without_themes_has_no_related_case_studies():
    assert CaseStudyPageFactory(themes=[]).related_case_studies() == []


def test_a_chapter_lists_the_case_studies_that_chose_it(client, make_toolkit, only_test_case_studies):
    body = [("heading", {"text": "Volunteering", "level": "h2"})]
    toolkit = make_toolkit(
        chapters=["Getting involved", "Other chapter"], chapter_bodies={"Getting involved": body}
    )
    chapter = ToolkitChapterPage.objects.child_of(toolkit).get(title="Getting involved")
    CaseStudyPageFactory(title="Good neighbours", illustrates=[chapter])
    CaseStudyPageFactory(title="Draft project", illustrates=[chapter]).unpublish()

    page = soup(client.get(chapter.url))
    other = soup(client.get(ToolkitChapterPage.objects.get(title="Other chapter").url))

    assert [
        a.get_text(strip=True) for a in page.select("#case-studies ~ .lc-card-list .lc-case-study-card__link")
    ] == ["Good neighbours"]
    on_this_page = [(a.get_text(strip=True), a["href"]) for a in page.select(".lc-on-this-page a")]
    assert on_this_page == [("Volunteering", "#volunteering"), ("Case studies", "#case-studies")]
    assert not other.select("#case-studies")


def test_a_toolkit_lists_case_studies_of_any_of_its_chapters(client, make_toolkit, only_test_case_studies):
    toolkit = make_toolkit(chapters=["One", "Two"])
    two = ToolkitChapterPage.objects.child_of(toolkit).get(title="Two")
    CaseStudyPageFactory(title="About the toolkit", illustrates=[toolkit])
    CaseStudyPageFactory(title="About chapter two", illustrates=[two])

    page = soup(client.get(toolkit.url))

    assert [
        a.get_text(strip=True) for a in page.select("#case-studies ~ .lc-card-list .lc-case-study-card__link")
    ] == [
        "About chapter two",
        "About the toolkit",
    ]


def test_a_case_study_links_to_the_toolkit_chapters_it_illustrates(client, make_toolkit):
    toolkit = make_toolkit("Loneliness guide", chapters=["Getting involved"])
    chapter = ToolkitChapterPage.objects.child_of(toolkit).get()
    draft = make_toolkit("Unfinished guide")
    draft.unpublish()
    case_study = CaseStudyPageFactory(title="Good neighbours", illustrates=[chapter, draft])

    page = soup(client.get(case_study.url))

    links = [(a.get_text(strip=True), a["href"]) for a in page.select("#related-toolkits + ul a")]
    assert links == [("Loneliness guide: Getting involved", chapter.url)]


def test_a_case_study_shows_where_who_and_funding(client):
    case_study = CaseStudyPageFactory(
        title="Footpath",
        organisation="Two parish councils",
        place="Anstey",
        district="charnwood",
        funding_amount=9311,
        funding_source="Leicestershire County Council",
        themes=["transport"],
    )

    facts = soup(client.get(case_study.url)).select_one(".lc-facts").get_text(" ", strip=True)

    assert "Two parish councils" in facts
    assert "Anstey, Charnwood" in facts
    assert "£9,311 from Leicestershire County Council" in facts
    assert "Transport" in facts


def test_a_photo_needs_a_description(home_page):
    image = get_image_model().objects.first()
    case_study = CaseStudyPage(title="With photo", organisation="A group", photo=image, photo_alt_text=" ")

    with pytest.raises(ValidationError) as error:
        case_study.clean()

    assert "photo_alt_text" in error.value.message_dict
