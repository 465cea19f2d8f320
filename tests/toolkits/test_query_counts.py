"""The index pages and the local support list make the same number of queries for 5 items as for 20."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from toolkits.factories import CaseStudyPageFactory, SupportServiceFactory, ToolkitPageFactory
from toolkits.models import ToolkitChapterPage

pytestmark = pytest.mark.django_db

THEMES = ["loneliness", "food", "young-people", "dementia"]


def count_queries(client, url, params=None):
    client.get(url, params)  # warm caches shared by every page (site root, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


def add_case_studies(count, start=0):
    for n in range(start, start + count):
        CaseStudyPageFactory(title=f"Project {n}", themes=THEMES[: n % 4 + 1], district="melton")


@pytest.mark.parametrize("params", [None, {"theme": "food", "district": "melton"}])
def test_case_study_index_queries_do_not_grow_with_case_studies(client, only_test_case_studies, params):
    add_case_studies(5)
    with_five = count_queries(client, only_test_case_studies.url, params)

    add_case_studies(15, start=5)
    with_twenty = count_queries(client, only_test_case_studies.url, params)

    assert with_twenty == with_five


def test_toolkit_index_queries_do_not_grow_with_toolkits(client, toolkit_index):
    for n in range(5):
        ToolkitPageFactory(title=f"Toolkit {n}", audience="Everyone")
    with_five = count_queries(client, toolkit_index.url)

    for n in range(5, 20):
        ToolkitPageFactory(title=f"Toolkit {n}", audience="Everyone")
    with_twenty = count_queries(client, toolkit_index.url)

    assert with_twenty == with_five


@pytest.mark.parametrize("params", [None, {"district": "charnwood", "category": "befriending"}])
def test_local_support_queries_do_not_grow_with_services(client, make_toolkit, only_test_services, params):
    support = ("support_services", {"heading": "Find local support", "introduction": ""})
    toolkit = make_toolkit(chapters=["Local support"], chapter_bodies={"Local support": [support]})
    chapter = ToolkitChapterPage.objects.child_of(toolkit).get()

    def add_services(count):
        for _ in range(count):
            SupportServiceFactory(categories=["befriending", "carers"], districts=["charnwood", "melton"])

    add_services(5)
    with_five = count_queries(client, chapter.url, params)

    add_services(15)
    with_twenty = count_queries(client, chapter.url, params)

    assert with_twenty == with_five


def test_a_case_study_page_queries_do_not_grow_with_related_case_studies(client, only_test_case_studies):
    case_study = CaseStudyPageFactory(title="Main", themes=THEMES)
    add_case_studies(5)
    with_five = count_queries(client, case_study.url)

    add_case_studies(15, start=5)
    with_twenty = count_queries(client, case_study.url)

    assert with_twenty == with_five
