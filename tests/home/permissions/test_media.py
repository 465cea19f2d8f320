"""Who may see, use, change and delete which images and documents, through real admin requests.

Objects: an image and a document in library A's collection ("a"), library B's ("b"), the shared
"Common" collection (volunteers may choose them for their pages, not change them) and "Demo content"
(the Communities Team's own). B's titles carry SECRET, which must never reach anyone outside B's team
but a moderator. Outcome words are those of test_pages.py.
"""

import pytest
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.home.conftest import ALLOWED, SECRET, outcome

pytestmark = pytest.mark.django_db

ROLES = ["volunteer_a", "trusted_a", "volunteer_plan_b", "moderator"]
Image = get_image_model()
Document = get_document_model()


def _model(kind):
    return Image if kind == "image" else Document


def _get(url):
    def act(client, obj, media):
        return client.get(url(obj)), None

    return act


def _still_there(obj):
    return type(obj).objects.filter(pk=obj.pk).exists()


def _title_changed(obj):
    return type(obj).objects.get(pk=obj.pk).title == "Forged title"


def edit_post(url, prefix=""):
    def act(client, obj, media):
        fields = {"title": "Forged title", "collection": obj.collection_id, "tags": ""}
        data = {f"{prefix}-{obj.pk}-{name}" if prefix else name: value for name, value in fields.items()}
        response = client.post(url(obj), data)
        return response, _title_changed(obj)

    return act


def delete_post(url):
    def act(client, obj, media):
        response = client.post(url(obj))
        return response, not _still_there(obj)

    return act


def bulk(kind, action, **data):
    def act(client, obj, media):
        app = "wagtailimages" if kind == "image" else "wagtaildocs"
        url = reverse("wagtail_bulk_action", args=[app, kind, action]) + f"?id={obj.pk}"
        before = _model(kind).objects.filter(pk=obj.pk).values("collection_id").first()
        data_with_own_collection = {
            key: value(media) if callable(value) else value for key, value in data.items()
        }
        response = client.post(url, data_with_own_collection)
        after = _model(kind).objects.filter(pk=obj.pk).values("collection_id").first()
        return response, after != before

    return act


def bulk_form(kind, action):
    app = "wagtailimages" if kind == "image" else "wagtaildocs"
    return _get(lambda obj: reverse("wagtail_bulk_action", args=[app, kind, action]) + f"?id={obj.pk}")


IMAGE_ACTIONS = {
    "edit_form": _get(lambda image: reverse("wagtailimages:edit", args=[image.pk])),
    "edit": edit_post(lambda image: reverse("wagtailimages:edit", args=[image.pk])),
    "edit_multiple": edit_post(
        lambda image: reverse("wagtailimages:edit_multiple", args=[image.pk]), "image"
    ),
    "delete_form": _get(lambda image: reverse("wagtailimages:delete", args=[image.pk])),
    "delete": delete_post(lambda image: reverse("wagtailimages:delete", args=[image.pk])),
    "delete_multiple": delete_post(lambda image: reverse("wagtailimages:delete_multiple", args=[image.pk])),
    "preview": _get(lambda image: reverse("wagtailimages:preview", args=[image.pk, "original"])),
    "url_generator": _get(lambda image: reverse("wagtailimages:url_generator", args=[image.pk])),
    "usage": _get(lambda image: reverse("wagtailimages:image_usage", args=[image.pk])),
    "chosen": _get(lambda image: reverse("wagtailimages_chooser:chosen", args=[image.pk])),
    "select_format": _get(lambda image: reverse("wagtailimages_chooser:select_format", args=[image.pk])),
    "chosen_multiple": _get(
        lambda image: reverse("wagtailimages_chooser:chosen_multiple") + f"?id={image.pk}"
    ),
    "api_detail": _get(lambda image: f"/admin/api/main/images/{image.pk}/"),
    "bulk_delete_form": bulk_form("image", "delete"),
    "bulk_delete": bulk("image", "delete"),
    "bulk_to_library_a": bulk(
        "image", "add_to_collection", collection=lambda media: media.collections["a"].pk
    ),
}

DOCUMENT_ACTIONS = {
    "edit_form": _get(lambda doc: reverse("wagtaildocs:edit", args=[doc.pk])),
    "edit": edit_post(lambda doc: reverse("wagtaildocs:edit", args=[doc.pk])),
    "edit_multiple": edit_post(lambda doc: reverse("wagtaildocs:edit_multiple", args=[doc.pk]), "doc"),
    "delete_form": _get(lambda doc: reverse("wagtaildocs:delete", args=[doc.pk])),
    "delete": delete_post(lambda doc: reverse("wagtaildocs:delete", args=[doc.pk])),
    "delete_multiple": delete_post(lambda doc: reverse("wagtaildocs:delete_multiple", args=[doc.pk])),
    "usage": _get(lambda doc: reverse("wagtaildocs:document_usage", args=[doc.pk])),
    "chosen": _get(lambda doc: reverse("wagtaildocs_chooser:chosen", args=[doc.pk])),
    "chosen_multiple": _get(lambda doc: reverse("wagtaildocs_chooser:chosen_multiple") + f"?id={doc.pk}"),
    "api_detail": _get(lambda doc: f"/admin/api/main/documents/{doc.pk}/"),
    "bulk_delete_form": bulk_form("document", "delete"),
    "bulk_delete": bulk("document", "delete"),
    "bulk_to_library_a": bulk(
        "document", "add_to_collection", collection=lambda media: media.collections["a"].pk
    ),
}

# url_generator is 404 for everyone: it needs Wagtail's dynamic image serve view, which this site
# does not enable.
# Outcomes per collection, for each role: "a" is volunteer A's own collection, "b" another team's,
# "common" choose-only for every team, "team" the Communities Team's own.
# fmt: off
# kind      action            collection  volunteer_a  trusted_a  volunteer_plan_b  moderator
MATRIX = """
image     edit_form         a           allowed      allowed    dash              allowed
image     edit_form         b           dash         dash       dash              allowed
image     edit_form         common      dash         dash       dash              allowed
image     edit_form         team        dash         dash       dash              allowed
image     edit              a           allowed      allowed    dash              allowed
image     edit              b           dash         dash       dash              allowed
image     edit              common      dash         dash       dash              allowed
image     edit_multiple     b           dash         dash       dash              allowed
image     edit_multiple     common      dash         dash       dash              allowed
image     delete_form       b           dash         dash       dash              allowed
image     delete            a           allowed      allowed    dash              allowed
image     delete            b           dash         dash       dash              allowed
image     delete            common      dash         dash       dash              allowed
image     delete            team        dash         dash       dash              allowed
image     delete_multiple   b           dash         dash       dash              allowed
image     delete_multiple   common      dash         dash       dash              allowed
image     preview           a           allowed      allowed    dash              allowed
image     preview           b           dash         dash       dash              allowed
image     url_generator     b           404          404        404               404
image     usage             a           allowed      allowed    dash              allowed
image     usage             b           dash         dash       dash              allowed
image     usage             common      dash         dash       dash              allowed
image     chosen            a           allowed      allowed    dash              allowed
image     chosen            b           dash         dash       dash              allowed
image     chosen            common      allowed      allowed    allowed           allowed
image     chosen            team        dash         dash       dash              allowed
image     select_format     b           dash         dash       dash              allowed
image     select_format     common      allowed      allowed    allowed           allowed
image     chosen_multiple   b           allowed      allowed    allowed           allowed
image     api_detail        b           404          404        404               allowed
image     bulk_delete_form  b           allowed      allowed    allowed           allowed
image     bulk_delete       b           ignored      ignored    ignored           allowed
image     bulk_delete       common      ignored      ignored    ignored           allowed
image     bulk_to_library_a b           ignored      ignored    ignored           allowed
image     bulk_to_library_a common      ignored      ignored    ignored           allowed
document  edit_form         a           allowed      allowed    dash              allowed
document  edit_form         b           dash         dash       dash              allowed
document  edit_form         common      dash         dash       dash              allowed
document  edit              a           allowed      allowed    dash              allowed
document  edit              b           dash         dash       dash              allowed
document  edit              common      dash         dash       dash              allowed
document  edit_multiple     b           dash         dash       dash              allowed
document  delete_form       b           dash         dash       dash              allowed
document  delete            a           allowed      allowed    dash              allowed
document  delete            b           dash         dash       dash              allowed
document  delete            common      dash         dash       dash              allowed
document  delete            team        dash         dash       dash              allowed
document  delete_multiple   b           dash         dash       dash              allowed
document  usage             a           allowed      allowed    dash              allowed
document  usage             b           dash         dash       dash              allowed
document  chosen            a           allowed      allowed    dash              allowed
document  chosen            b           dash         dash       dash              allowed
document  chosen            common      allowed      allowed    allowed           allowed
document  chosen_multiple   b           allowed      allowed    allowed           allowed
document  api_detail        b           404          404        404               allowed
document  bulk_delete_form  b           allowed      allowed    allowed           allowed
document  bulk_delete       b           ignored      ignored    ignored           allowed
document  bulk_to_library_a b           ignored      ignored    ignored           allowed
"""
# fmt: on


def _matrix():
    for line in MATRIX.strip().splitlines():
        kind, action, collection, *expected = line.split()
        for role, word in zip(ROLES, expected, strict=True):
            yield pytest.param(
                role, kind, action, collection, word, id=f"{role}-{kind}_{action}-{collection}-{word}"
            )


def _kind(response, changed):
    result = outcome(response)
    if result == ALLOWED:
        return "ignored" if changed is False else ALLOWED
    return {
        "400": "400",
        "403": "403",
        "404": "404",
        "redirect to dashboard": "dash",
        "redirect to login": "login",
    }[result]


@pytest.mark.parametrize(("role", "kind", "action", "collection", "expected"), list(_matrix()))
def test_media_permission_matrix(role, kind, action, collection, expected, client_as, media):
    client = client_as(role)
    obj = getattr(media, f"{kind}_{collection}")
    actions = IMAGE_ACTIONS if kind == "image" else DOCUMENT_ACTIONS
    response, changed = actions[action](client, obj, media)

    assert _kind(response, changed) == expected, (
        response.status_code,
        response.headers.get("Location"),
        changed,
    )
    if expected != ALLOWED:
        assert not changed, "denied, yet the change was made"
    if role != "moderator" and not getattr(response, "streaming", False):
        assert SECRET not in response.content.decode(errors="replace"), (
            "another team's image or document leaked"
        )


# Listings: each role sees exactly the media it may work with ------------------------------------

LISTINGS = {
    "image_index": "/admin/images/",
    "image_index_search": "/admin/images/results/?q=Millbrook",
    "image_chooser": "/admin/images/chooser/",
    "image_chooser_search": "/admin/images/chooser/results/?q=Millbrook",
    "image_api": "/admin/api/main/images/",
    "document_index": "/admin/documents/",
    "document_chooser": "/admin/documents/chooser/",
    "document_chooser_search": "/admin/documents/chooser/results/?q=Millbrook",
    "document_api": "/admin/api/main/documents/",
}

# Titles each listing shows a volunteer of library A: their own, and in choosers also Common's.
SHOWN_TO_VOLUNTEER_A = {
    "image_index": {"a"},
    "image_index_search": set(),
    "image_chooser": {"a", "common"},
    "image_chooser_search": set(),
    "image_api": {"a", "common"},
    "document_index": {"a"},
    "document_chooser": {"a", "common"},
    "document_chooser_search": set(),
    "document_api": {"a", "common"},
}


@pytest.mark.parametrize("listing", list(LISTINGS))
def test_volunteer_a_lists_only_their_own_and_common_media(listing, client_as, media):
    client = client_as("volunteer_a")
    response = client.get(LISTINGS[listing])

    assert response.status_code == 200
    body = response.content.decode()
    kind = listing.split("_")[0]
    for collection in ("a", "b", "common", "team"):
        title = getattr(media, f"{kind}_{collection}").title
        assert (title in body) == (collection in SHOWN_TO_VOLUNTEER_A[listing]), (collection, title)
    assert SECRET not in body


@pytest.mark.parametrize("listing", ["image_index", "image_chooser", "document_index", "document_chooser"])
def test_moderators_list_every_collections_media(listing, client_as, media):
    body = client_as("moderator").get(LISTINGS[listing]).content.decode()
    kind = listing.split("_")[0]
    for collection in ("a", "b", "common", "team"):
        assert getattr(media, f"{kind}_{collection}").title in body


def test_a_volunteer_uploads_only_into_their_own_collection(client_as, media):
    """The upload form offers their own collection only; a forged choice of another one is ignored
    (with a single collection to choose from, Wagtail leaves the field out and uses that one)."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = client_as("volunteer_a")
    form = client.get(reverse("wagtaildocs:add")).content.decode()
    assert media.collections["b"].name not in form
    upload = {
        "title": "Forged upload",
        "collection": media.collections["b"].pk,
        "file": SimpleUploadedFile("forged.txt", b"forged"),
    }
    client.post(reverse("wagtaildocs:add"), upload)

    assert not Document.objects.filter(title="Forged upload", collection=media.collections["b"]).exists()
    assert set(Document.objects.filter(title="Forged upload").values_list("collection", flat=True)) <= {
        media.collections["a"].pk
    }


def test_anonymous_visitors_are_sent_to_log_in_for_media_admin(client, media):
    for url in (
        reverse("wagtailimages:edit", args=[media.image_b.pk]),
        reverse("wagtailimages:preview", args=[media.image_b.pk, "original"]),
        reverse("wagtaildocs_chooser:chosen", args=[media.document_b.pk]),
        "/admin/api/main/images/",
    ):
        response = client.get(url)
        assert response.status_code == 302 and response.headers["Location"].startswith("/admin/login/"), url
