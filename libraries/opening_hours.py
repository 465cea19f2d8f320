"""When is a library open? Plain functions over weekly sessions and dated exceptions.

Times are wall-clock times in the site's time zone (Europe/London), so a session "10:00 to 12:00"
means 10am whatever the clocks did that weekend. A session closing at 00:00 closes at midnight.
"""

from dataclasses import dataclass
from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings

from home.dates import local_now

MIDNIGHT = time(0, 0)
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# How far ahead to look for the next opening, so a long closure still gives a date.
LOOK_AHEAD_DAYS = 92


@dataclass(frozen=True)
class Session:
    opens: time
    closes: time

    @property
    def end_minutes(self):
        return 24 * 60 if self.closes == MIDNIGHT else self.closes.hour * 60 + self.closes.minute

    @property
    def start_minutes(self):
        return self.opens.hour * 60 + self.opens.minute

    def contains(self, moment_time):
        minutes = moment_time.hour * 60 + moment_time.minute
        return self.start_minutes <= minutes < self.end_minutes

    def overlaps(self, other):
        return self.start_minutes < other.end_minutes and other.start_minutes < self.end_minutes


@dataclass(frozen=True)
class WeeklySession(Session):
    weekday: int  # 0 = Monday


@dataclass(frozen=True)
class DateException:
    """Closed (no times) or open at special times, for every day from start to end inclusive."""

    start: date
    end: date
    opens: time | None = None
    closes: time | None = None
    reason: str = ""

    def covers(self, day):
        return self.start <= day <= self.end

    @property
    def session(self):
        return (
            Session(self.opens, self.closes) if self.opens is not None and self.closes is not None else None
        )


@dataclass(frozen=True)
class OpeningStatus:
    is_open: bool
    text: str
    by_notice: bool = False  # closed by a volunteer's urgent notice, whatever the hours say


def sessions_on(day, weekly_sessions, exceptions):
    """The sessions a library is open on a date, after dated exceptions."""
    for exception in exceptions:
        if exception.covers(day):
            return [exception.session] if exception.session else []
    return sorted(
        (Session(s.opens, s.closes) for s in weekly_sessions if s.weekday == day.weekday()),
        key=lambda s: s.start_minutes,
    )


def opening_status(weekly_sessions, exceptions, moment=None):
    """ "Open now, closes at 17:00", "Closed now. Opens Tuesday at 10:00" or "Closed now"."""
    moment = (moment or local_now()).astimezone(ZoneInfo(settings.TIME_ZONE))
    today = moment.date()

    for session in sessions_on(today, weekly_sessions, exceptions):
        if session.contains(moment.time()):
            closing = "midnight" if session.closes == MIDNIGHT else _clock(session.closes)
            return OpeningStatus(True, f"Open now, closes at {closing}")

    next_opening = _next_opening(moment, weekly_sessions, exceptions)
    if next_opening is None:
        return OpeningStatus(False, "Closed now")
    day, session = next_opening
    return OpeningStatus(False, f"Closed now. Opens {_day_phrase(day, today)} at {_clock(session.opens)}")


def _next_opening(moment, weekly_sessions, exceptions):
    today = moment.date()
    for offset in range(LOOK_AHEAD_DAYS + 1):
        day = today + timedelta(days=offset)
        for session in sessions_on(day, weekly_sessions, exceptions):
            if offset > 0 or session.start_minutes > moment.hour * 60 + moment.minute:
                return day, session
    return None


def _day_phrase(day, today):
    if day == today:
        return "today"
    if day == today + timedelta(days=1):
        return "tomorrow"
    if day < today + timedelta(days=7):
        return DAY_NAMES[day.weekday()]
    return f"{DAY_NAMES[day.weekday()]} {day.day} {day:%B}"


def _clock(value):
    return value.strftime("%H:%M")


def find_overlaps(sessions):
    """Pairs of sessions on the same weekday that overlap, in the order given."""
    clashes = []
    for index, session in enumerate(sessions):
        for earlier in sessions[:index]:
            if earlier.weekday == session.weekday and earlier.overlaps(session):
                clashes.append((earlier, session))
    return clashes


def next_change_today(weekly_sessions, exceptions, moment):
    """When, later today, a library opens or closes (and "Open now" becomes wrong), or None."""
    moment = moment.astimezone(ZoneInfo(settings.TIME_ZONE))
    now_minutes = moment.hour * 60 + moment.minute
    boundaries = [
        minutes
        for session in sessions_on(moment.date(), weekly_sessions, exceptions)
        for minutes in (session.start_minutes, session.end_minutes)
        if now_minutes < minutes < 24 * 60
    ]
    if not boundaries:
        return None
    start_of_day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return start_of_day + timedelta(minutes=min(boundaries))
