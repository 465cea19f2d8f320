import pytest

from toolkits.models import CaseStudyIndexPage, CaseStudyPage, SupportService, ToolkitIndexPage


@pytest.fixture
def toolkit_index(db):
    return ToolkitIndexPage.objects.get()


@pytest.fixture
def case_study_index(db):
    return CaseStudyIndexPage.objects.get()


@pytest.fixture
def make_toolkit(toolkit_index):
    """A published toolkit with published chapters, in the order given.

    make_toolkit("Guide", chapters=["One", "Two"], chapter_bodies={"Two": [("paragraph", "<p>Hi</p>")]})
    """
    from toolkits.factories import ToolkitChapterPageFactory, ToolkitPageFactory

    def make(title="Test toolkit", *, chapters=(), chapter_bodies=None, **fields):
        toolkit = ToolkitPageFactory(parent=toolkit_index, title=title, **fields)
        bodies = chapter_bodies or {}
        for chapter in chapters:
            ToolkitChapterPageFactory(parent=toolkit, title=chapter, body=bodies.get(chapter, []))
        return toolkit

    return make


@pytest.fixture
def only_test_case_studies(case_study_index):
    """Take the demo case studies out of the index, so each test sees just its own."""
    for case_study in CaseStudyPage.objects.child_of(case_study_index):
        case_study.unpublish()
    return case_study_index


@pytest.fixture
def only_test_services(db):
    """Unpublish the demo support services, so each test sees just its own."""
    for service in SupportService.objects.live():
        service.unpublish()
