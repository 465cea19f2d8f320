"""The demo loader builds the site from the seed documents and is safe to run again."""

import pytest
from django.core.management import call_command
from django.utils.module_loading import import_string
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, Revision

from home.demo import content
from home.models import SiteSettings

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": list(
            Page.objects.order_by("path").values_list("path", "slug", "live", "latest_revision_id")
        ),
        "revisions": Revision.objects.count(),
        "log_entries": PageLogEntry.objects.count(),
        "images": get_image_model().objects.count(),
    }


def test_running_the_loader_again_changes_nothing(capsys):
    before = snapshot()

    call_command("load_demo_content")

    assert snapshot() == before
    assert "nothing changed" in capsys.readouterr().out


def test_the_loader_builds_every_section_into_the_navigation(home_page):
    children = {page.slug: page for page in home_page.get_children().live()}

    for section in content.SECTIONS:
        assert children[section["slug"]].show_in_menus, section["slug"]
        assert type(children[section["slug"]].specific) is import_string(section["factory"])._meta.model
    assert {"about-us", "accessibility-statement", "privacy-notice"} <= children.keys()


def test_the_loader_restores_demo_text_an_editor_overwrote(home_page):
    about = home_page.get_children().get(slug="about-us").specific
    about.summary = "Changed by someone"
    about.save_revision().publish()

    call_command("load_demo_content")

    about.refresh_from_db()
    assert about.summary == next(p["summary"] for p in content.STANDARD_PAGES if p["slug"] == "about-us")


def test_reset_rebuilds_the_tree_without_pages_added_since(home_page):
    from home.factories import StandardPageFactory

    StandardPageFactory(parent=home_page, slug="added-later")

    call_command("load_demo_content", "--reset")

    slugs = set(home_page.get_children().values_list("slug", flat=True))
    assert "added-later" not in slugs
    assert {section["slug"] for section in content.SECTIONS} <= slugs
    assert get_image_model().objects.filter(collection__name="Demo content").count() == 1


def test_footer_settings_point_at_the_accessibility_statement_and_privacy_notice(home_page):
    site_settings = SiteSettings.for_site(home_page.get_site())

    assert site_settings.accessibility_page.slug == "accessibility-statement"
    assert site_settings.privacy_page.slug == "privacy-notice"


def test_demo_text_marks_illustrative_content_as_an_example(client):
    for slug in ("privacy-notice", "accessibility-statement"):
        assert b"example" in client.get(f"/{slug}/").content.lower(), slug
    assert "example" in content.SITE_SETTINGS["email"]
