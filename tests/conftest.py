import pytest
from django.core.cache import caches
from wagtail.models import Site

from home.demo.loader import load_demo_content


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every database test starts from the demo site, built once per test database."""
    with django_db_blocker.unblock():
        load_demo_content()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with no cached pages: the database under them is rolled back, not purged."""
    for name in ("default", "fragments"):
        caches[name].clear()


@pytest.fixture
def home_page(db):
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def demo_page(home_page):
    """A demo page found by its slug under the home page."""

    def find(slug):
        return home_page.get_children().get(slug=slug).specific

    return find
