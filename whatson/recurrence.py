"""When an event happens: its dates, repeated by rule (python-dateutil's rrule), less the cancelled ones.

Repeats are worked out in local wall-clock time (Europe/London) and then given the time zone, so a
class at 19:00 stays at 19:00 when the clocks change, as people expect.
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from itertools import takewhile
from zoneinfo import ZoneInfo

from dateutil import rrule
from django.conf import settings
from django.db import models

# Beyond this, a repeating event with no last date is not looked for (listings look 1 year ahead at most).
HORIZON = timedelta(days=400)


class Repeats(models.TextChoices):
    NEVER = "", "Does not repeat"
    WEEKLY = "weekly", "Every week"
    FORTNIGHTLY = "fortnightly", "Every two weeks"
    MONTHLY = "monthly", "Every month on the same weekday (for example the second Tuesday)"


@dataclass(frozen=True)
class Occurrence:
    start: datetime
    end: datetime


def local_zone():
    return ZoneInfo(settings.TIME_ZONE)


def nth_weekday(day):
    """1 for the first Tuesday of its month ... 4; -1 for a fifth one, which not every month has."""
    n = (day.day - 1) // 7 + 1
    return -1 if n == 5 else n


def _rule(start, repeats, until):
    if repeats == Repeats.WEEKLY:
        return rrule.rrule(rrule.WEEKLY, dtstart=start, until=until)
    if repeats == Repeats.FORTNIGHTLY:
        return rrule.rrule(rrule.WEEKLY, interval=2, dtstart=start, until=until)
    if repeats == Repeats.MONTHLY:
        weekday = rrule.weekday(start.weekday())(nth_weekday(start))
        return rrule.rrule(rrule.MONTHLY, byweekday=weekday, dtstart=start, until=until)
    return None


def occurrences(start, end, repeats="", repeat_until=None, cancelled=(), after=None, before=None, limit=None):
    """The event's occurrences, in order, that have not ended by `after` and start before `before`: the
    first `limit` of them if given (the rule is followed only that far).

    `start` and `end` are the first occurrence's; `cancelled` holds dates on which it does not happen.
    """
    zone = local_zone()
    first = start.astimezone(zone).replace(tzinfo=None)
    length = end.astimezone(zone).replace(tzinfo=None) - first
    after = after or start
    before = before or (after + HORIZON)
    until = datetime.combine(repeat_until, time.max) if repeat_until else None
    rule = _rule(first, repeats, until)
    if rule is None:
        starts = [first]
    else:
        # A day's margin either side of the window, in case a clock change falls inside it.
        window_start = after.astimezone(zone).replace(tzinfo=None) - length - timedelta(days=1)
        window_end = before.astimezone(zone).replace(tzinfo=None) + timedelta(days=1)
        starts = takewhile(lambda local_start: local_start <= window_end, rule.xafter(window_start, inc=True))
    cancelled = set(cancelled)
    found = []
    for local_start in starts:
        if len(found) == limit:
            break
        if local_start.date() in cancelled:
            continue
        occurrence = Occurrence(local_start.replace(tzinfo=zone), (local_start + length).replace(tzinfo=zone))
        if occurrence.end > after and occurrence.start < before:
            found.append(occurrence)
    return found
