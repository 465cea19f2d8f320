"""Now and today in the site's time zone (Europe/London), whatever the server's clock is set to."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings


def local_now():
    return datetime.now(ZoneInfo(settings.TIME_ZONE))


def local_today():
    return local_now().date()
