"""When repeating events happen: wall-clock times kept across clock changes, nth weekdays, exceptions."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from whatson.recurrence import Repeats, occurrences

LONDON = ZoneInfo("Europe/London")
UTC = ZoneInfo("UTC")


def at(*args):
    return datetime(*args, tzinfo=LONDON)


def starts(found):
    return [occurrence.start for occurrence in found]


def test_a_weekly_evening_class_stays_at_seven_when_the_clocks_go_back():
    # British Summer Time ends at 02:00 on Sunday 25 October 2026.
    found = occurrences(at(2026, 10, 14, 19), at(2026, 10, 14, 21), Repeats.WEEKLY, before=at(2026, 11, 5))

    assert [start.date() for start in starts(found)] == [
        date(2026, 10, 14),
        date(2026, 10, 21),
        date(2026, 10, 28),
        date(2026, 11, 4),
    ]
    assert {(o.start.astimezone(LONDON).hour, o.end.astimezone(LONDON).hour) for o in found} == {(19, 21)}
    # In UTC the class moves: 18:00 in summer time, 19:00 in winter.
    assert [start.astimezone(UTC).hour for start in starts(found)] == [18, 18, 19, 19]


def test_a_weekly_morning_group_stays_at_ten_when_the_clocks_go_forward():
    # British Summer Time starts at 01:00 on Sunday 28 March 2027.
    found = occurrences(at(2027, 3, 21, 10), at(2027, 3, 21, 11), Repeats.WEEKLY, before=at(2027, 4, 1))

    assert [start.astimezone(LONDON).hour for start in starts(found)] == [10, 10]
    assert [start.astimezone(UTC).hour for start in starts(found)] == [10, 9]


def test_an_event_over_the_night_the_clocks_change_lasts_its_wall_clock_hours():
    found = occurrences(at(2026, 10, 24, 22), at(2026, 10, 25, 6), Repeats.NEVER)

    assert found[0].end.astimezone(LONDON).hour == 6
    elapsed = found[0].end.astimezone(UTC) - found[0].start.astimezone(UTC)
    assert elapsed == timedelta(hours=9)  # the night has an extra hour


def test_a_fortnightly_event_skips_a_week():
    found = occurrences(at(2026, 1, 6, 10), at(2026, 1, 6, 11), Repeats.FORTNIGHTLY, before=at(2026, 2, 10))

    assert [start.day for start in starts(found)] == [6, 20, 3]


def test_a_monthly_event_keeps_to_the_second_tuesday():
    found = occurrences(at(2026, 1, 13, 14), at(2026, 1, 13, 16), Repeats.MONTHLY, before=at(2026, 5, 1))

    assert [start.date() for start in starts(found)] == [
        date(2026, 1, 13),
        date(2026, 2, 10),
        date(2026, 3, 10),
        date(2026, 4, 14),
    ]
    assert all(start.weekday() == 1 for start in starts(found))


def test_a_monthly_event_begun_on_a_fifth_weekday_keeps_to_the_last_one():
    # 29 January 2026 is the fifth Thursday; February has four, so its last is the 26th.
    found = occurrences(at(2026, 1, 29, 18), at(2026, 1, 29, 19), Repeats.MONTHLY, before=at(2026, 4, 1))

    assert [start.date() for start in starts(found)] == [
        date(2026, 1, 29),
        date(2026, 2, 26),
        date(2026, 3, 26),
    ]


def test_a_cancelled_date_is_left_out_and_the_weeks_either_side_are_not():
    found = occurrences(
        at(2026, 12, 2, 10),
        at(2026, 12, 2, 12),
        Repeats.WEEKLY,
        cancelled=[date(2026, 12, 23), date(2026, 12, 30)],
        before=at(2027, 1, 14),
    )

    assert [start.date() for start in starts(found)] == [
        date(2026, 12, 2),
        date(2026, 12, 9),
        date(2026, 12, 16),
        date(2027, 1, 6),
        date(2027, 1, 13),
    ]


def test_a_repeat_ends_on_its_last_date_inclusive():
    found = occurrences(
        at(2026, 1, 5, 9),
        at(2026, 1, 5, 10),
        Repeats.WEEKLY,
        repeat_until=date(2026, 1, 19),
        before=at(2027, 1, 1),
    )

    assert [start.day for start in starts(found)] == [5, 12, 19]


@pytest.mark.parametrize(
    ("ends_after_now", "listed"),
    [(timedelta(minutes=1), True), (timedelta(0), False), (timedelta(minutes=-1), False)],
    ids=["ends in a minute", "ends now", "ended a minute ago"],
)
def test_an_event_is_on_until_the_moment_it_ends(ends_after_now, listed):
    now = at(2026, 6, 1, 12)
    found = occurrences(now - timedelta(hours=2), now + ends_after_now, Repeats.NEVER, after=now)

    assert bool(found) is listed


def test_only_occurrences_not_yet_ended_are_given():
    now = at(2026, 3, 17, 10, 30)  # the third session is under way
    found = occurrences(
        at(2026, 3, 3, 10), at(2026, 3, 3, 11), Repeats.WEEKLY, after=now, before=at(2026, 4, 1)
    )

    assert [start.day for start in starts(found)] == [17, 24, 31]


@pytest.mark.parametrize("limit", [1, 2, 3, 4])
@pytest.mark.parametrize(
    "repeats",
    [Repeats.WEEKLY, Repeats.FORTNIGHTLY, Repeats.MONTHLY],
    ids=["weekly", "fortnightly", "monthly"],
)
def test_the_first_few_dates_are_the_first_of_all_of_them(repeats, limit):
    now = at(2026, 12, 16, 10, 30)  # under way, on a weekly event's third date
    dates = {
        "start": at(2026, 12, 2, 10),
        "end": at(2026, 12, 2, 12),
        "repeats": repeats,
        "cancelled": [date(2026, 12, 23), date(2027, 1, 6)],
        "after": now,
    }

    first_few = occurrences(**dates, limit=limit)

    assert first_few == occurrences(**dates)[:limit]
    assert len(first_few) == limit


def test_the_first_few_of_a_short_run_are_as_many_as_there_are():
    found = occurrences(
        at(2026, 1, 5, 9), at(2026, 1, 5, 10), Repeats.WEEKLY, repeat_until=date(2026, 1, 19), limit=6
    )

    assert [start.day for start in starts(found)] == [5, 12, 19]


def test_the_first_of_a_one_off_event_is_itself_until_it_ends():
    now = at(2026, 6, 1, 12)

    assert starts(occurrences(now - timedelta(hours=1), now + timedelta(seconds=1), after=now, limit=1)) == [
        now - timedelta(hours=1)
    ]
    assert occurrences(now - timedelta(hours=1), now, after=now, limit=1) == []


def test_none_of_the_dates_are_none_of_them():
    assert occurrences(at(2026, 12, 2, 10), at(2026, 12, 2, 12), Repeats.WEEKLY, limit=0) == []
