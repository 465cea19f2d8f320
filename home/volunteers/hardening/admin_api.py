"""Admin API (/admin/api/main/images/, /documents/): Wagtail lists every image and document in a
collection without view restrictions. Scoped to what the user may choose or change, as the choosers are."""

from wagtail import hooks
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet

from home.volunteers.hardening.bulk_actions import AFTER_WAGTAIL
from home.volunteers.hardening.visibility import usable_media


class ImagesTheUserMayUse(ImagesAdminAPIViewSet):
    def get_queryset(self):
        return super().get_queryset().filter(pk__in=usable_media(self.request.user, self.model).values("pk"))


class DocumentsTheUserMayUse(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        return super().get_queryset().filter(pk__in=usable_media(self.request.user, self.model).values("pk"))


@hooks.register("construct_admin_api", order=AFTER_WAGTAIL)
def scope_admin_api_media(router):
    router.register_endpoint("images", ImagesTheUserMayUse)
    router.register_endpoint("documents", DocumentsTheUserMayUse)
