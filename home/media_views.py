"""Image files kept on local disk, served by Django (development and single-server installs).

Renditions (`images/...`, what pages show) are public. An original (`original_images/...`) is served
only if its image's collection has no privacy restriction, or the requester passes it, or has image
rights over that collection; anyone else gets the same 404 as for a file that does not exist.
Production keeps media in S3 instead, where the bucket and signed URLs do this (docs/deployment.md).
"""

from django.conf import settings
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.views.static import serve
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

# The folders Wagtail writes originals and renditions to (AbstractImage / AbstractRendition.get_upload_to,
# checked at start-up by home/checks.py).
ORIGINALS_FOLDER = "original_images"
RENDITIONS_FOLDER = "images"

RENDITION_MAX_AGE = 60 * 60 * 24 * 365

# Any of these over the image's collection lets a signed-in user fetch the original.
IMAGE_ACTIONS = ["change", "delete", "choose"]


def serve_image_file(request, path):
    name = _plain_file_name(path)
    if name is None:
        raise Http404
    restricted = False
    if name.startswith(f"{ORIGINALS_FOLDER}/"):
        image = get_image_model().objects.select_related("collection").filter(file=name).first()
        if image is None:
            raise Http404
        restrictions = list(image.collection.get_view_restrictions())
        restricted = bool(restrictions)
        if restricted and not _may_see_restricted(request, image, restrictions):
            raise Http404
    # serve() joins the name to MEDIA_ROOT with safe_join; the name is already a plain relative path.
    response = serve(request, name, document_root=settings.MEDIA_ROOT)
    if restricted:
        # Served because of who asked: no shared cache may hand it to the next visitor.
        patch_cache_control(response, private=True)
    elif name.startswith(f"{RENDITIONS_FOLDER}/"):
        # A rendition's name changes whenever its image, focal point or size does: keep it for a year.
        patch_cache_control(response, public=True, max_age=RENDITION_MAX_AGE, immutable=True)
    return response


def _plain_file_name(path):
    """`path` if it names a file inside the originals or renditions folder and nothing else: no `..`,
    `.`, empty segment, backslash or NUL, so it can never point outside the folder it names."""
    if "\\" in path or "\x00" in path:
        return None
    parts = path.split("/")
    if len(parts) < 2 or parts[0] not in (ORIGINALS_FOLDER, RENDITIONS_FOLDER):
        return None
    if any(part in ("", ".", "..") for part in parts):
        return None
    return path


def _may_see_restricted(request, image, restrictions):
    if all(restriction.accept_request(request) for restriction in restrictions):
        return True
    policy = policy_registry.get_by_type(get_image_model())
    return policy.user_has_any_permission_for_instance(request.user, IMAGE_ACTIONS, image)
