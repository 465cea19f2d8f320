"""A site-wide banner (emergencies, elections, severe weather) that the Communities Team shows between a
start and an end; volunteers cannot set one."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from home.models import SiteBanner

pytestmark = pytest.mark.django_db

SECOND = timedelta(seconds=1)
PAGES = ["/", "/community-managed-libraries/", "/neighbourhood-planning/", "/search/?query=library"]


@pytest.fixture
def banner():
    start = timezone.now() + timedelta(hours=1)
    return SiteBanner.objects.create(
        message="Severe weather: check before you travel to a library.",
        starts_at=start,
        ends_at=start + timedelta(hours=6),
    )


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        (lambda b: b.starts_at - SECOND, False),
        (lambda b: b.starts_at, True),
        (lambda b: b.ends_at - SECOND, True),
        (lambda b: b.ends_at, False),
    ],
    ids=["a second before the start", "at the start", "a second before the end", "at the end"],
)
def test_a_banner_shows_from_its_start_until_its_end(banner, moment, shown):
    assert (banner in SiteBanner.objects.showing(moment(banner))) is shown


@pytest.mark.parametrize("path", PAGES)
def test_a_showing_banner_is_on_every_public_page(client, banner, path):
    SiteBanner.objects.filter(pk=banner.pk).update(starts_at=timezone.now() - SECOND)

    page = BeautifulSoup(client.get(path).content, "html.parser")

    region = page.select_one("[aria-label='Important notice']")
    assert "Severe weather: check before you travel to a library." in region.get_text()


def test_a_banner_not_yet_started_is_not_shown(client, banner):
    assert b"Severe weather" not in client.get("/").content


def test_a_banner_must_end_after_it_starts():
    from django.core.exceptions import ValidationError

    now = timezone.now()
    with pytest.raises(ValidationError, match="after it starts"):
        SiteBanner(message="x", starts_at=now, ends_at=now).full_clean()


def test_a_moderator_adds_a_banner_in_the_admin(client, moderator):
    client.force_login(moderator)
    start = timezone.localtime() - timedelta(minutes=1)

    response = client.post(
        "/admin/site_banners/new/",
        {
            "message": "Polling day: some libraries are polling stations.",
            "starts_at": start.strftime("%Y-%m-%d %H:%M"),
            "ends_at": (start + timedelta(days=1)).strftime("%Y-%m-%d %H:%M"),
        },
    )

    assert response.status_code == 302
    assert b"Polling day" in client.get("/").content


def test_a_volunteer_cannot_add_or_see_banners(client, volunteer_of, demo_page):
    volunteer = volunteer_of(demo_page("community-managed-libraries").get_children().first().specific)
    client.force_login(volunteer)

    for url in ("/admin/site_banners/", "/admin/site_banners/new/"):
        assert client.get(url).status_code in (302, 403), url
    response = client.post("/admin/site_banners/new/", {"message": "x", "starts_at": "", "ends_at": ""})
    assert response.status_code in (302, 403)
    assert not SiteBanner.objects.exists()
