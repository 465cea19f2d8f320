"""Toolkits hold chapters; case studies live in their index; nothing else can go where it does not belong."""

import pytest
from django.core.exceptions import ValidationError

from home.models import HomePage, HomePageFeaturedPage, StandardPage
from toolkits.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    ToolkitChapterPage,
    ToolkitIndexPage,
    ToolkitPage,
)


def test_toolkits_live_under_the_toolkits_index():
    assert set(ToolkitIndexPage.allowed_subpage_models()) == {ToolkitPage, StandardPage}
    assert set(ToolkitPage.allowed_parent_page_models()) == {ToolkitIndexPage}


def test_chapters_live_only_in_a_toolkit_and_have_no_pages_under_them():
    assert set(ToolkitPage.allowed_subpage_models()) == {ToolkitChapterPage}
    assert set(ToolkitChapterPage.allowed_parent_page_models()) == {ToolkitPage}
    assert ToolkitChapterPage.allowed_subpage_models() == []


def test_case_studies_live_only_in_the_case_studies_index_and_have_no_pages_under_them():
    assert set(CaseStudyIndexPage.allowed_subpage_models()) == {CaseStudyPage, StandardPage}
    assert set(CaseStudyPage.allowed_parent_page_models()) == {CaseStudyIndexPage}
    assert CaseStudyPage.allowed_subpage_models() == []


def test_the_section_indexes_sit_under_the_home_page_once_each():
    for index in (ToolkitIndexPage, CaseStudyIndexPage):
        assert set(index.allowed_parent_page_models()) == {HomePage}
        assert index.max_count == 1


@pytest.mark.django_db
def test_a_chapter_cannot_be_added_outside_a_toolkit(home_page):
    toolkits = ToolkitIndexPage.objects.get()

    assert not ToolkitChapterPage.can_create_at(toolkits)
    assert not ToolkitChapterPage.can_create_at(home_page)
    assert not CaseStudyPage.can_create_at(toolkits)


@pytest.mark.django_db
def test_a_chapter_cannot_take_the_address_of_the_print_view(make_toolkit):
    toolkit = make_toolkit(chapters=["Only chapter"])
    chapter = ToolkitChapterPage.objects.child_of(toolkit).get()
    chapter.slug = "print"

    with pytest.raises(ValidationError) as error:
        chapter.full_clean()

    assert "slug" in error.value.message_dict


@pytest.mark.django_db
def test_home_page_features_only_case_studies(home_page, make_toolkit):
    toolkit = make_toolkit()
    case_study = CaseStudyPage.objects.live().first()

    with pytest.raises(ValidationError):
        HomePageFeaturedPage(home_page=home_page, page=toolkit).full_clean()
    HomePageFeaturedPage(home_page=home_page, page=case_study).full_clean()
