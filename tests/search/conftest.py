import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_cache():
    """Synonyms and the spelling vocabulary are cached; a test's rolled-back data must not leak."""
    cache.clear()
    yield
    cache.clear()


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def result_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select("ol.lc-search-results h3 a")]


def facet_counts(response, heading_id):
    """{label: count} of the filter options under a heading ("filter-section-heading"...)."""
    nav = soup(response).find("nav", attrs={"aria-labelledby": heading_id})
    counts = {}
    for item in nav.select("li"):
        text = (item.find("a") or item.find("strong")).get_text(" ", strip=True)
        if item.find("strong"):
            text = item.find("strong").get_text(" ", strip=True)
        label, _, count = text.rpartition(" (")
        counts[label] = int(count.rstrip(")"))
    return counts


@pytest.fixture
def staff_user(django_user_model):
    """Someone who can use the Wagtail admin, with the given permissions ("app_label.codename")."""

    def make(*permissions, username="team-member"):
        user = django_user_model.objects.create_user(
            username, f"{username}@example.org.uk", "a-long-password"
        )
        group = Group.objects.create(name=f"group for {username}")
        for permission in ("wagtailadmin.access_admin", *permissions):
            app_label, codename = permission.split(".")
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        user.groups.add(group)
        return user

    return make
