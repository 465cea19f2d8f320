from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.dates import local_today
from neighbourhood.models import NeighbourhoodPlanPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator_client(client, django_user_model):
    client.force_login(
        django_user_model.objects.create_superuser("moderator", "m@example.com", "a-long-password")
    )
    return client


def post_plan(client, index, milestones):
    data = nested_form_data(
        {
            "title": "Anstey Neighbourhood Plan",
            "slug": "anstey-neighbourhood-plan",
            "summary": "",
            "area_name": "Anstey",
            "district": "charnwood",
            "body": streamfield([]),
            "milestones": inline_formset(milestones),
            "documents": inline_formset([]),
            "meetings": inline_formset([]),
        }
    )
    return client.post(f"/admin/pages/add/neighbourhood/neighbourhoodplanpage/{index.pk}/", data)


def milestone(stage, day, **extra):
    return {
        "stage": stage,
        "date": day,
        "end_date": "",
        "turnout": "",
        "yes_percent": "",
        "how_to_respond": rich_text("<p></p>"),
        **extra,
    }


def test_admin_refuses_a_referendum_before_the_examination_and_keeps_what_was_typed(
    moderator_client, np_index
):
    response = post_plan(
        moderator_client,
        np_index,
        [milestone("examination", "2025-04-01"), milestone("referendum", "2025-03-01")],
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Referendum cannot be before independent examination (1 April 2025)." in html
    assert 'value="Anstey"' in html
    assert not NeighbourhoodPlanPage.objects.filter(slug="anstey-neighbourhood-plan").exists()


def test_admin_saves_milestones_in_a_sensible_order(moderator_client, np_index):
    response = post_plan(
        moderator_client,
        np_index,
        [milestone("designated", "2024-01-10"), milestone("pre-submission", "2025-02-01")],
    )

    assert response.status_code == 302
    plan = NeighbourhoodPlanPage.objects.get(slug="anstey-neighbourhood-plan").get_latest_revision_as_object()
    assert plan.current_stage == "pre-submission"


def test_plan_page_shows_the_timeline_with_the_current_stage(client, make_plan):
    plan = make_plan("Rearsby", milestones=[("designated", "2023-01-01"), ("submission", "2024-03-01")])

    page = BeautifulSoup(client.get(plan.url).content, "html.parser")

    steps = page.select(".lc-timeline__step")
    assert len(steps) == 6
    current = page.select_one(".lc-timeline__step[aria-current=step]")
    assert "Submitted to the district council" in current.get_text()
    assert "Current stage: Submitted to the district council (Regulation 16)" in page.get_text(
        " ", strip=True
    )


def test_an_open_consultation_says_how_many_days_are_left(client, make_plan):
    today = local_today()
    plan = make_plan(
        "Sileby",
        milestones=[
            (
                "pre-submission",
                (today - timedelta(days=3)).isoformat(),
                (today + timedelta(days=9)).isoformat(),
            )
        ],
    )

    text = BeautifulSoup(client.get(plan.url).content, "html.parser").get_text(" ", strip=True)

    assert "Consultation open" in text
    assert "closes in 9 days" in text


def test_a_closed_consultation_has_no_notice(client, make_plan):
    plan = make_plan("Quorn", milestones=[("pre-submission", "2020-01-01", "2020-02-01")])

    assert b"Consultation open" not in client.get(plan.url).content


def test_a_referendum_result_is_shown(client, make_plan):
    plan = make_plan("Cossington", milestones=[("referendum", "2024-05-02")])
    milestone = plan.milestones.get()
    milestone.turnout, milestone.yes_percent = 31.5, 87.0
    milestone.save()

    assert "87.0% voted yes, on a turnout of 31.5%" in client.get(plan.url).content.decode()


def test_a_booked_referendum_shows_its_date_but_the_plan_is_still_at_examination(client, make_plan):
    future = (local_today() + timedelta(days=40)).isoformat()
    plan = make_plan("Syston", milestones=[("examination", "2025-01-01"), ("referendum", future)])

    page = BeautifulSoup(client.get(plan.url).content, "html.parser")

    assert "Current stage: Independent examination" in page.get_text(" ", strip=True)
    referendum_step = page.select(".lc-timeline__step")[4]
    assert "lc-timeline__step--to-come" in referendum_step["class"]
    assert "The referendum will be held on" in page.get_text(" ", strip=True)
