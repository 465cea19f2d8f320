"""Editors work on toolkits, case studies and support services in the Wagtail admin."""

import pytest
from django.urls import reverse

from toolkits.factories import (
    CaseStudyPageFactory,
    SupportServiceFactory,
    ToolkitChapterPageFactory,
    ToolkitPageFactory,
)
from toolkits.models import (
    CaseStudyPage,
    ServiceDistrict,
    SupportCategory,
    SupportService,
    ToolkitChapterPage,
    ToolkitPage,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "a-long-password")
    client.force_login(user)
    return client


def make_toolkit_chapter_and_case_study():
    toolkit = ToolkitPageFactory(title="Test toolkit")
    return {
        ToolkitPage: toolkit,
        ToolkitChapterPage: ToolkitChapterPageFactory(parent=toolkit, title="Test chapter"),
        CaseStudyPage: CaseStudyPageFactory(title="Test case study"),
    }


@pytest.mark.parametrize("model", [ToolkitPage, ToolkitChapterPage, CaseStudyPage])
def test_editors_can_open_each_page_type(editor_client, model):
    page = make_toolkit_chapter_and_case_study()[model]

    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert response.status_code == 200


def test_the_case_study_editor_explains_the_links_to_toolkits(editor_client):
    page = CaseStudyPageFactory()

    html = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()

    assert "Toolkits and pages it illustrates" in html
    assert "Each one will link back to this case study." in html


def test_support_services_and_categories_have_admin_listings(editor_client):
    for name in ("supportservice", "supportcategory", "casestudytheme"):
        response = editor_client.get(reverse(f"wagtailsnippets_toolkits_{name}:list"))
        assert response.status_code == 200, name


def test_a_service_saved_as_a_draft_in_the_admin_is_not_shown_to_residents(editor_client, client):
    befriending = SupportCategory.objects.get(slug="befriending")
    data = {
        "name": "New befriending group",
        "description": "Weekly visits.",
        "categories": [befriending.pk],
        "districts": [ServiceDistrict.objects.get(slug="melton").pk],
    }

    response = editor_client.post(reverse("wagtailsnippets_toolkits_supportservice:add"), data)

    assert response.status_code == 302
    service = SupportService.objects.get(name="New befriending group")
    assert not service.live
    assert service.revisions.count() == 1
    chapter = ToolkitChapterPageFactory(
        parent=ToolkitPageFactory(), body=[("support_services", {"heading": "Find local support"})]
    )
    SupportServiceFactory(name="Published befriending group", districts=["melton"])
    page = client.get(chapter.url).content.decode()
    assert "Published befriending group" in page
    assert "New befriending group" not in page


def test_a_service_can_be_previewed_before_it_is_published(editor_client):
    service = SupportServiceFactory()
    url = reverse("wagtailsnippets_toolkits_supportservice:preview_on_edit", args=[service.pk])
    data = {
        "name": "Renamed service",
        "description": service.description,
        "categories": [c.pk for c in service.categories.all()],
        "districts": [d.pk for d in service.districts.all()],
    }

    assert editor_client.post(url, data).json()["is_valid"]
    preview = editor_client.get(url)

    assert "Renamed service" in preview.content.decode()


def test_a_new_chapter_and_a_new_case_study_can_be_previewed_before_saving(editor_client):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    toolkit = ToolkitPageFactory()
    case_studies = CaseStudyPageFactory().get_parent()
    cases = [
        (
            ToolkitChapterPage,
            toolkit,
            {"title": "A new chapter", "slug": "a-new-chapter", "body": streamfield([])},
        ),
        (
            CaseStudyPage,
            case_studies,
            {
                "title": "A new project",
                "slug": "a-new-project",
                "organisation": "A group",
                "body": streamfield([]),
                "related_pages-TOTAL_FORMS": 0,
                "related_pages-INITIAL_FORMS": 0,
            },
        ),
    ]
    for model, parent, data in cases:
        url = reverse(
            "wagtailadmin_pages:preview_on_add",
            args=[model._meta.app_label, model._meta.model_name, parent.pk],
        )
        response = editor_client.post(url, nested_form_data(data))
        assert response.json()["is_valid"], response.json()
        assert data["title"] in editor_client.get(url).content.decode()
