"""The county-wide status table and its figures, counted from the groups' own pages."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.dates import local_today
from neighbourhood.models import NeighbourhoodPlanPage, PlanMilestone
from neighbourhood.stages import short_label

pytestmark = pytest.mark.django_db


def table_areas(client, index, **params):
    page = BeautifulSoup(client.get(index.url, params).content, "html.parser")
    return [row.th.get_text(strip=True) for row in page.select("#status-table tbody tr") if row.th], page


def figure(page, label):
    for card in page.select(".lc-figure-card"):
        if label in card.get_text():
            return int(card.select_one(".lc-figure-card__number").get_text())
    raise AssertionError(f"no figure {label!r}")


def test_headline_figures_equal_a_count_over_the_groups(client, np_index):
    plans = list(NeighbourhoodPlanPage.objects.child_of(np_index).live().prefetch_related("milestones"))

    page = BeautifulSoup(client.get(np_index.url).content, "html.parser")

    assert figure(page, "active group") == len(plans)
    assert figure(page, "designated area") == sum(
        1 for p in plans if any(m.stage == "designated" for m in p.milestones.all())
    )
    assert figure(page, "made (adopted) plan") == sum(1 for p in plans if p.current_stage == "made")
    counts = {
        row.th.get_text(strip=True): int(row.td.get_text())
        for row in page.select(".lc-stage-counts tbody tr")
    }
    assert sum(counts.values()) == sum(1 for p in plans if p.current_stage)


def test_figures_follow_the_data_when_a_plan_is_made(client, only_test_plans, make_plan):
    make_plan("Anstey", milestones=[("designated", "2020-01-01"), ("made", "2024-01-01")])
    make_plan("Barkby", milestones=[("designated", "2021-01-01")])
    make_plan("Cropston")

    page = BeautifulSoup(client.get(only_test_plans.url).content, "html.parser")

    assert figure(page, "active group") == 3
    assert figure(page, "designated area") == 2
    assert figure(page, "made (adopted) plan") == 1


def test_next_referendums_lists_only_future_ones(client, only_test_plans, make_plan):
    make_plan("Past Ref", milestones=[("referendum", "2020-01-01")])
    make_plan("Future Ref", milestones=[("referendum", "2099-06-01")])

    text = BeautifulSoup(client.get(only_test_plans.url).content, "html.parser").select_one(
        "#figures ~ ul.govuk-list"
    )

    assert "Future Ref" in text.get_text()
    assert "Past Ref" not in text.get_text()


def test_filter_by_district_and_stage(client, only_test_plans, make_plan):
    make_plan("Lutterworth", "harborough", [("designated", "2020-01-01")])
    make_plan("Broughton Astley", "harborough", [("designated", "2020-01-01"), ("examination", "2024-01-01")])
    make_plan("Quorn", "charnwood", [("designated", "2020-01-01")])

    assert table_areas(client, only_test_plans, district="harborough")[0] == [
        "Broughton Astley",
        "Lutterworth",
    ]
    assert table_areas(client, only_test_plans, district="harborough", stage="designated")[0] == [
        "Lutterworth"
    ]
    assert table_areas(client, only_test_plans, stage="examination")[0] == ["Broughton Astley"]


def test_sort_by_stage_both_ways_keeps_the_filter(client, only_test_plans, make_plan):
    make_plan("Alpha", milestones=[("made", "2020-01-01")])
    make_plan("Beta", milestones=[("designated", "2020-01-01")])
    make_plan("Gamma")

    areas, page = table_areas(client, only_test_plans, sort="stage", district="charnwood")
    assert areas == ["Gamma", "Beta", "Alpha"]
    assert page.select_one("th[aria-sort=ascending]").get_text(strip=True) == "Stage"
    reverse_link = page.select_one("th[aria-sort=ascending] a")["href"]
    assert "order=desc" in reverse_link and "district=charnwood" in reverse_link

    assert table_areas(client, only_test_plans, sort="stage", order="desc")[0] == ["Alpha", "Beta", "Gamma"]


def test_nonsense_filters_show_every_plan(client, only_test_plans, make_plan):
    make_plan("Still Here")

    assert table_areas(client, only_test_plans, district="nowhere", sort="<script>")[0] == ["Still Here"]


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_status_table_query_count_does_not_grow_with_the_number_of_groups(client, only_test_plans, make_plan):
    def add(count, start):
        for number in range(start, start + count):
            make_plan(
                f"Parish {number:03d}",
                milestones=[("designated", "2020-01-01"), ("referendum", "2099-01-01")],
            )

    add(10, 0)
    with_ten = count_queries(client, only_test_plans.url)
    add(90, 10)
    with_hundred = count_queries(client, only_test_plans.url)

    assert with_hundred == with_ten


def stage_of(client, index, area, **params):
    _, page = table_areas(client, index, **params)
    row = next(row for row in page.select("#status-table tbody tr") if row.th.get_text(strip=True) == area)
    return row.select("td")[1].get_text(strip=True)


# Filtered or sorted, the table is built for each request (the page cache keeps only the plain
# address); each plan's row is reused from the cache, and must still follow the plan and the date.
FILTERED = {"sort": "stage", "district": "charnwood"}


def test_a_plans_new_stage_is_in_the_table_at_once(client, only_test_plans, make_plan):
    plan = make_plan("Alpha", milestones=[("designated", "2020-01-01")])
    before = stage_of(client, only_test_plans, "Alpha", **FILTERED)

    plan = NeighbourhoodPlanPage.objects.get(pk=plan.pk)
    plan.milestones.add(PlanMilestone(stage="made", date=date(2021, 1, 1)))
    plan.save_revision().publish()

    assert stage_of(client, only_test_plans, "Alpha", **FILTERED) != before
    assert stage_of(client, only_test_plans, "Alpha", **FILTERED) == short_label("made")


def test_a_milestone_dated_tomorrow_moves_the_stage_on_at_midnight(client, only_test_plans, make_plan):
    today = local_today()
    tomorrow = today + timedelta(days=1)
    make_plan("Alpha", milestones=[("designated", "2020-01-01"), ("made", tomorrow.isoformat())])
    just_before = datetime.combine(tomorrow, time(0), tzinfo=ZoneInfo("Europe/London")) - timedelta(seconds=1)

    with time_machine.travel(just_before, tick=False) as clock:
        assert stage_of(client, only_test_plans, "Alpha", **FILTERED) == short_label("designated")
        clock.shift(timedelta(seconds=1))
        assert stage_of(client, only_test_plans, "Alpha", **FILTERED) == short_label("made")


@pytest.mark.parametrize("params", [{}, FILTERED])
def test_the_figures_move_on_at_midnight_too(client, only_test_plans, make_plan, params):
    tomorrow = local_today() + timedelta(days=1)
    make_plan("Alpha", milestones=[("designated", "2020-01-01"), ("made", tomorrow.isoformat())])
    just_before = datetime.combine(tomorrow, time(0), tzinfo=ZoneInfo("Europe/London")) - timedelta(seconds=1)

    with time_machine.travel(just_before, tick=False) as clock:
        assert figure(table_areas(client, only_test_plans, **params)[1], "made (adopted)") == 0
        clock.shift(timedelta(seconds=1))
        assert figure(table_areas(client, only_test_plans, **params)[1], "made (adopted)") == 1


def test_a_referendum_is_listed_until_the_end_of_its_day(client, only_test_plans, make_plan):
    tomorrow = local_today() + timedelta(days=1)
    make_plan("Voting Soon", milestones=[("referendum", tomorrow.isoformat())])
    end_of_its_day = datetime.combine(tomorrow, time(23, 59, 59), tzinfo=ZoneInfo("Europe/London"))

    def next_referendums():
        page = table_areas(client, only_test_plans)[1]
        listed = page.select_one("#figures ~ ul.govuk-list")
        return listed.get_text() if listed else ""

    with time_machine.travel(end_of_its_day, tick=False) as clock:
        assert "Voting Soon" in next_referendums()
        clock.shift(timedelta(seconds=1))
        assert "Voting Soon" not in next_referendums()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ""),
        ({"district": "nowhere", "utm_source": "<script>"}, ""),
        ({"district": "charnwood", "stage": "designated"}, "?district=charnwood&stage=designated"),
        ({"sort": "stage", "order": "desc", "other": "x"}, "?sort=stage&order=desc"),
    ],
)
def test_the_status_sheet_downloads_carry_only_the_filters_in_force(
    client, only_test_plans, params, expected
):
    page = table_areas(client, only_test_plans, **params)[1]

    links = [a["href"] for a in page.select("a[href*='status-sheet']")]

    assert sorted(links) == [
        f"{only_test_plans.url}status-sheet/{kind}/{expected}" for kind in ("csv", "xlsx")
    ]
