"""'Open now / Closed now / Opens Tuesday at 10:00', in Leicestershire's time, whatever the clocks do."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from libraries.opening_hours import DateException, WeeklySession, find_overlaps, opening_status, sessions_on

LONDON = ZoneInfo("Europe/London")
UTC = ZoneInfo("UTC")
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def at(*args, tz=LONDON):
    return datetime(*args, tzinfo=tz)


def weekly(weekday, opens, closes):
    return WeeklySession(opens=time.fromisoformat(opens), closes=time.fromisoformat(closes), weekday=weekday)


HOURS = [weekly(MON, "10:00", "13:00"), weekly(MON, "14:00", "17:00"), weekly(TUE, "10:00", "12:00")]


def test_open_during_a_session_says_when_it_closes():
    status = opening_status(HOURS, [], at(2026, 11, 23, 10, 30))  # a Monday

    assert status.is_open
    assert status.text == "Open now, closes at 13:00"


def test_closed_over_lunch_says_it_opens_again_today():
    status = opening_status(HOURS, [], at(2026, 11, 23, 13, 30))

    assert not status.is_open
    assert status.text == "Closed now. Opens today at 14:00"


def test_closing_time_itself_counts_as_closed():
    assert not opening_status(HOURS, [], at(2026, 11, 23, 17, 0)).is_open
    assert opening_status(HOURS, [], at(2026, 11, 23, 16, 59)).is_open


def test_after_closing_says_tomorrow():
    assert opening_status(HOURS, [], at(2026, 11, 23, 18, 0)).text == "Closed now. Opens tomorrow at 10:00"


def test_later_in_the_week_names_the_day():
    assert opening_status(HOURS, [], at(2026, 11, 25, 9, 0)).text == "Closed now. Opens Monday at 10:00"


def test_a_library_with_no_hours_is_simply_closed():
    assert opening_status([], [], at(2026, 11, 23, 12, 0)).text == "Closed now"


def test_a_session_closing_at_midnight_is_open_until_midnight():
    late = [weekly(FRI, "18:00", "00:00")]

    assert opening_status(late, [], at(2026, 11, 27, 23, 59)).text == "Open now, closes at midnight"
    assert opening_status(late, [], at(2026, 11, 28, 0, 0)).text == "Closed now. Opens Friday at 18:00"


def test_just_after_midnight_the_next_opening_is_that_morning():
    assert opening_status(HOURS, [], at(2026, 11, 24, 0, 5)).text == "Closed now. Opens today at 10:00"


def test_hours_follow_british_summer_time_on_the_day_the_clocks_go_forward():
    sunday = [weekly(SUN, "10:00", "12:00")]
    # 28 March 2027: clocks go forward at 01:00 GMT. 09:30 UTC is 10:30 BST, so the library is open.
    moment = at(2027, 3, 28, 9, 30, tz=UTC)

    assert opening_status(sunday, [], moment).is_open


def test_hours_follow_greenwich_time_on_the_day_the_clocks_go_back():
    sunday = [weekly(SUN, "10:00", "12:00")]
    # 25 October 2026: clocks go back at 02:00 BST. 11:30 UTC is 11:30 GMT: still open;
    # 12:00 UTC is midday GMT, closing time.
    assert opening_status(sunday, [], at(2026, 10, 25, 11, 30, tz=UTC)).is_open
    assert not opening_status(sunday, [], at(2026, 10, 25, 12, 0, tz=UTC)).is_open


def test_a_closure_overrides_the_usual_hours():
    bank_holiday = DateException(start=date(2026, 11, 23), end=date(2026, 11, 23), reason="Staff training")

    status = opening_status(HOURS, [bank_holiday], at(2026, 11, 23, 11, 0))  # a Monday, normally open

    assert not status.is_open
    assert status.text == "Closed now. Opens tomorrow at 10:00"


def test_a_long_closure_gives_the_date_it_reopens():
    christmas = DateException(start=date(2026, 12, 21), end=date(2026, 12, 29), reason="Christmas")

    status = opening_status(HOURS, [christmas], at(2026, 12, 21, 11, 0))

    assert status.text == "Closed now. Opens Monday 4 January at 10:00"


def test_special_hours_replace_the_usual_sessions_for_that_day():
    special = DateException(start=date(2026, 11, 28), end=date(2026, 11, 28), opens=time(9), closes=time(11))

    assert sessions_on(date(2026, 11, 28), HOURS, [special])[0].opens == time(9)
    assert opening_status(HOURS, [special], at(2026, 11, 28, 9, 30)).is_open


def test_overlapping_sessions_on_the_same_day_are_found():
    clashing = [weekly(MON, "10:00", "13:00"), weekly(MON, "12:30", "15:00"), weekly(TUE, "12:30", "15:00")]

    assert find_overlaps(clashing) == [(clashing[0], clashing[1])]


@pytest.mark.parametrize(
    ("first", "second"), [(("10:00", "12:00"), ("12:00", "14:00")), (("18:00", "00:00"), ("09:00", "18:00"))]
)
def test_back_to_back_sessions_do_not_overlap(first, second):
    assert find_overlaps([weekly(MON, *first), weekly(MON, *second)]) == []
