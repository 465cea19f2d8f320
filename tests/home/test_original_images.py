"""Who may fetch an image's original file (/media/original_images/...) on a site keeping media on disk.

An original in a collection with a privacy restriction (Wagtail's CollectionViewRestriction) is served
only to someone with image rights over that collection or who passes the restriction; everyone else
gets a 404, exactly as for a file that does not exist. Renditions (/media/images/...) stay public.
Written from the attacker's side: each test is a request someone without rights might try.
"""

import os

import pytest
import wagtail_factories
from django.conf import settings
from django.test import Client
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import CollectionViewRestriction

from home.models import VolunteerTeam
from libraries.factories import CommunityLibraryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def team_a():
    return VolunteerTeam.objects.get(page=CommunityLibraryPageFactory(title="Thornfield Library"))


@pytest.fixture
def team_b():
    return VolunteerTeam.objects.get(page=CommunityLibraryPageFactory(title="Wrenbury Library"))


def image_in(collection, filename="photo.png"):
    return wagtail_factories.ImageFactory(
        title=filename, collection=collection, file=get_test_image_file(filename=filename)
    )


def restrict(collection, restriction_type, *, groups=(), password=""):
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=restriction_type, password=password
    )
    restriction.groups.set(groups)
    return restriction


@pytest.fixture
def private_image(team_b, moderator):
    """An image in team B's collection, which is private to the Communities Team."""
    restrict(team_b.collection, CollectionViewRestriction.GROUPS, groups=[moderator.groups.get()])
    return image_in(team_b.collection, "wrenbury-private.png")


def client_for(user=None):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def original_url(image):
    return settings.MEDIA_URL + image.file.name


# Refused: indistinguishable from a missing file ---------------------------------------------------


def test_anonymous_visitor_cannot_fetch_an_original_in_a_restricted_collection(private_image):
    assert client_for().get(original_url(private_image)).status_code == 404


def test_volunteer_of_another_team_cannot_fetch_an_original_in_a_restricted_collection(
    private_image, team_a, make_user
):
    volunteer_a = make_user("thornfield-volunteer", team_a.group)
    assert client_for(volunteer_a).get(original_url(private_image)).status_code == 404


def test_logged_in_user_without_image_rights_cannot_fetch_an_original_in_a_restricted_collection(
    private_image, make_user
):
    assert client_for(make_user("nobody-special")).get(original_url(private_image)).status_code == 404


def test_a_restriction_on_a_parent_collection_covers_the_originals_below_it(team_b):
    restrict(team_b.collection.get_parent(), CollectionViewRestriction.LOGIN)
    image = image_in(team_b.collection)
    assert client_for().get(original_url(image)).status_code == 404


def test_a_shared_password_restriction_refuses_a_visitor_who_has_not_entered_it(team_b):
    restrict(team_b.collection, CollectionViewRestriction.PASSWORD, password="open-sesame")
    image = image_in(team_b.collection)
    assert client_for().get(original_url(image)).status_code == 404


# Allowed -----------------------------------------------------------------------------------------


def test_owner_team_volunteer_can_fetch_their_own_restricted_original(private_image, team_b, make_user):
    volunteer_b = make_user("wrenbury-volunteer", team_b.group)
    response = client_for(volunteer_b).get(original_url(private_image))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")
    # Served because of who asked: no shared cache may keep it for the next visitor.
    assert "private" in response["Cache-Control"]


def test_moderator_can_fetch_a_restricted_original(private_image, moderator):
    assert client_for(moderator).get(original_url(private_image)).status_code == 200


def test_superuser_can_fetch_a_restricted_original(private_image, superuser):
    assert client_for(superuser).get(original_url(private_image)).status_code == 200


def test_logged_in_user_passes_a_login_restriction(team_b, make_user):
    restrict(team_b.collection, CollectionViewRestriction.LOGIN)
    image = image_in(team_b.collection)
    assert client_for(make_user("any-reader")).get(original_url(image)).status_code == 200


def test_visitor_who_entered_the_shared_password_can_fetch_the_original(team_b):
    restriction = restrict(team_b.collection, CollectionViewRestriction.PASSWORD, password="open-sesame")
    image = image_in(team_b.collection)
    client = client_for()
    session = client.session
    session[restriction.passed_view_restrictions_session_key] = [restriction.pk]
    session.save()
    assert client.get(original_url(image)).status_code == 200


def test_anyone_can_fetch_an_original_in_an_unrestricted_collection(team_a, django_assert_max_num_queries):
    image = image_in(team_a.collection, "thornfield-public.png")
    client = client_for()
    with django_assert_max_num_queries(2):
        response = client.get(original_url(image))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


def test_renditions_of_a_restricted_image_stay_public(private_image):
    rendition = private_image.get_rendition("fill-40x40")
    assert rendition.url.startswith(settings.MEDIA_URL + "images/")
    assert client_for().get(rendition.url).status_code == 200


def test_browsers_and_cdns_keep_a_rendition_for_a_year(team_a):
    rendition = image_in(team_a.collection, "thornfield-kept.png").get_rendition("fill-40x40")

    cache_control = client_for().get(rendition.url)["Cache-Control"]

    assert "public" in cache_control
    assert "immutable" in cache_control
    assert "max-age=31536000" in cache_control


def test_an_original_served_because_of_who_asked_is_never_kept_by_a_shared_cache(private_image, moderator):
    cache_control = client_for(moderator).get(original_url(private_image))["Cache-Control"]

    assert "private" in cache_control
    assert "immutable" not in cache_control


# Unknown files and path tricks -------------------------------------------------------------------


def test_unknown_files_are_not_found():
    client = client_for()
    assert client.get(settings.MEDIA_URL + "original_images/no-such-photo.png").status_code == 404
    assert client.get(settings.MEDIA_URL + "images/no-such-photo.fill-40x40.png").status_code == 404
    assert client.get(settings.MEDIA_URL + "original_images/").status_code == 404
    assert client.get(settings.MEDIA_URL + "images/").status_code == 404


def test_a_file_in_original_images_with_no_image_record_is_not_served():
    folder = settings.MEDIA_ROOT / "original_images"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "left-behind.png").write_bytes(get_test_image_file().file.getvalue())
    assert client_for().get(settings.MEDIA_URL + "original_images/left-behind.png").status_code == 404


@pytest.mark.parametrize(
    "trick",
    [
        "images/../{original}",
        "images/%2e%2e/{original}",
        "images/./../{original}",
        "images//../{original}",
        "original_images/../{original}",
        "images/..%2f{original}",
        "images/..\\{original}",
    ],
)
def test_a_restricted_original_cannot_be_reached_through_the_renditions_folder(private_image, trick):
    url = settings.MEDIA_URL + trick.format(original=private_image.file.name)
    assert client_for().get(url).status_code == 404


@pytest.mark.parametrize(
    "trick",
    [
        "images/../../manage.py",
        "original_images/../../manage.py",
        "images/%2e%2e/%2e%2e/manage.py",
        "images/../{document}",
        "original_images/../{document}",
    ],
)
def test_files_outside_the_image_folders_cannot_be_reached(team_b, trick):
    # A document in a restricted collection: only Wagtail's document view (which checks privacy) serves it.
    restrict(team_b.collection, CollectionViewRestriction.LOGIN)
    document = wagtail_factories.DocumentFactory(collection=team_b.collection, file__filename="minutes.txt")
    assert os.path.exists(document.file.path)
    url = settings.MEDIA_URL + trick.format(document=document.file.name)
    assert client_for().get(url).status_code == 404
