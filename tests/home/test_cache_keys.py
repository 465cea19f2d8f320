"""Every key the page cache and its fragments are kept under is one any cache backend accepts:
memcached refuses keys holding spaces or control characters, or longer than 250 characters, and Django
warns of them (CacheKeyWarning) whatever the backend. Filters, places typed in and long addresses go
into keys, so they are checked from every page type, with the filters of every listing at once."""

import warnings

import pytest
from django.core.cache.backends.base import CacheKeyWarning

from home.page_cache import store
from tests.page_types import live_example, page_type_labels

pytestmark = pytest.mark.django_db

# Every listing's filters, each with a value holding a space (what a resident types), and one that is
# not a choice at all.
FILTERS = (
    "?district=charnwood&service=cafe&open_now=1&type=talk&theme=dementia&stage=referendum&sort=stage"
    "&category=befriending&section=3&page=2&near=Market%20Harborough"
)
UNKNOWN_FILTERS = "?district=no%20such%20place&type=a%20b&page=x%20y&near=%20"


@pytest.mark.parametrize("label", page_type_labels())
def test_every_page_type_is_kept_under_keys_any_cache_accepts(client, label):
    url = live_example(label).url

    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)
        for address in (url, url + FILTERS, url + UNKNOWN_FILTERS, url):
            assert client.get(address).status_code in (200, 302)


@pytest.mark.parametrize(
    "address", ["/about us/", "/" + "a-very-long-address-" * 15 + "/"], ids=["a space", "300 characters"]
)
def test_an_address_with_a_space_or_too_long_for_a_key_is_answered(client, address):
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)
        assert client.get(address).status_code == 404


@pytest.mark.parametrize(
    "address",
    ["/caf\u00e9/", "/" + "caf\u00e9-" * 40 + "/", "/" + "\u0644" * 170 + "/"],
    ids=["an accent", "accents over 250 bytes", "Arabic letters"],
)
def test_a_key_naming_letters_beyond_ascii_is_ascii_and_fits_memcached(address):
    key = store.key("route", 1, address)

    assert key.isascii()
    assert len(key.encode()) <= 250
    assert key != store.key("route", 1, address + "x")
