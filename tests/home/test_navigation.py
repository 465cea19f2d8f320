"""The header, main navigation, breadcrumbs and footer every page shares."""

import pytest
from bs4 import BeautifulSoup

from home.models import HomePageFeaturedPage

pytestmark = pytest.mark.django_db

SECTION_TITLES = [
    "Community managed libraries",
    "Neighbourhood planning",
    "Toolkits",
    "Case studies",
    "Find local support",
    "About the Communities Team",
    "What’s on",
    "News",
]


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_main_navigation_lists_each_section_in_tree_order(client):
    nav = soup(client.get("/")).select_one("nav[aria-label=Menu]")

    assert [link.get_text(strip=True) for link in nav.select("a")] == SECTION_TITLES


def test_main_navigation_marks_the_current_section(client, demo_page):
    demo_page("toolkits")
    page = soup(client.get("/toolkits/"))

    current = page.select("nav[aria-label=Menu] a[aria-current]")
    assert [link.get_text(strip=True) for link in current] == ["Toolkits"]
    assert current[0]["aria-current"] == "page"


def test_unpublished_sections_are_not_in_the_navigation(client, demo_page):
    demo_page("case-studies").unpublish()

    nav = soup(client.get("/")).select_one("nav[aria-label=Menu]")

    assert "Case studies" not in nav.get_text()


def test_skip_link_is_the_first_link_and_targets_main_content(client):
    page = soup(client.get("/about-us/"))

    first_link = page.select_one("body a")
    assert first_link.get_text(strip=True) == "Skip to main content"
    assert page.select_one(first_link["href"]).name == "main"


def test_breadcrumbs_lead_back_to_home(client, home_page):
    from home.factories import StandardPageFactory

    about = home_page.get_children().get(slug="about-us")
    child = StandardPageFactory(parent=about, title="Our volunteers")

    crumbs = soup(client.get(child.url)).select(".govuk-breadcrumbs a")

    assert [(a.get_text(strip=True), a["href"]) for a in crumbs] == [
        ("Home", "/"),
        ("About the Communities Team", "/about-us/"),
    ]


def test_home_page_has_no_breadcrumbs(client):
    assert not soup(client.get("/")).select(".govuk-breadcrumbs")


def test_header_search_box_submits_to_the_search_page(client):
    form = soup(client.get("/")).select_one("header form[role=search]")

    assert form["action"] == "/search/"
    assert form["method"] == "get"
    field = form.select_one("input[name=query]")
    assert form.select_one(f"label[for={field['id']}]") is not None


def test_footer_shows_contact_details_and_links_to_accessibility_and_privacy(client):
    footer = soup(client.get("/")).select_one("footer")

    assert "communities@example.gov.uk" in footer.get_text()
    links = {a.get_text(strip=True): a["href"] for a in footer.select("a")}
    assert links["Accessibility statement"] == "/accessibility-statement/"
    assert links["Privacy notice"] == "/privacy-notice/"


def test_home_page_links_into_each_section(client):
    cards = soup(client.get("/")).select("ul[aria-labelledby=sections-heading] .lc-card__link")

    assert [card.get_text(strip=True) for card in cards] == SECTION_TITLES


def test_home_page_shows_featured_case_studies_that_are_live(client, home_page):
    from toolkits.factories import CaseStudyPageFactory

    index = home_page.get_children().get(slug="case-studies")
    live = CaseStudyPageFactory(parent=index, title="Market Harborough Dementia Café (example)")
    draft = CaseStudyPageFactory(parent=index, title="Unfinished case study", live=False)
    HomePageFeaturedPage.objects.create(home_page=home_page, page=live, sort_order=0)
    HomePageFeaturedPage.objects.create(home_page=home_page, page=draft, sort_order=1)

    html = client.get("/").content.decode()

    assert "Featured case studies" in html
    assert "Market Harborough Dementia Café (example)" in html
    assert "Unfinished case study" not in html
