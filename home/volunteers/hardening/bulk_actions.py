"""Bulk actions (/admin/bulk/<app>/<model>/<action>/?id=...) list only what the user may act on.

Wagtail's confirmation page lists, by title, every object asked for that the user may not act on.
Anyone can ask for any id, so ours list only the objects the user may act on (the others were never
acted on anyway). Registered after Wagtail's, under the same names, so they replace them;
`home/volunteers/checks.py` fails start-up if they stop being the ones registered.
"""

from wagtail import hooks
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction as PageDelete
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction as PageMove
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction as PagePublish
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction as PageUnpublish
from wagtail.documents.views.bulk_actions.add_tags import AddTagsBulkAction as DocumentAddTags
from wagtail.documents.views.bulk_actions.add_to_collection import (
    AddToCollectionBulkAction as DocumentAddToCollection,
)
from wagtail.documents.views.bulk_actions.delete import DeleteBulkAction as DocumentDelete
from wagtail.images.views.bulk_actions.add_tags import AddTagsBulkAction as ImageAddTags
from wagtail.images.views.bulk_actions.add_to_collection import (
    AddToCollectionBulkAction as ImageAddToCollection,
)
from wagtail.images.views.bulk_actions.delete import DeleteBulkAction as ImageDelete

# Run after Wagtail's own registrations (order 0), so that ours replace theirs.
AFTER_WAGTAIL = 100


class ListOnlyActionableItems:
    def get_actionable_objects(self):
        objects, context = super().get_actionable_objects()
        return objects, {**context, "items_with_no_access": []}


class PageDeleteListingActionable(ListOnlyActionableItems, PageDelete):
    pass


class PageMoveListingActionable(ListOnlyActionableItems, PageMove):
    pass


class PagePublishListingActionable(ListOnlyActionableItems, PagePublish):
    pass


class PageUnpublishListingActionable(ListOnlyActionableItems, PageUnpublish):
    pass


class ImageDeleteListingActionable(ListOnlyActionableItems, ImageDelete):
    pass


class ImageAddTagsListingActionable(ListOnlyActionableItems, ImageAddTags):
    pass


class ImageAddToCollectionListingActionable(ListOnlyActionableItems, ImageAddToCollection):
    pass


class DocumentDeleteListingActionable(ListOnlyActionableItems, DocumentDelete):
    pass


class DocumentAddTagsListingActionable(ListOnlyActionableItems, DocumentAddTags):
    pass


class DocumentAddToCollectionListingActionable(ListOnlyActionableItems, DocumentAddToCollection):
    pass


BULK_ACTIONS = [
    PageDeleteListingActionable,
    PageMoveListingActionable,
    PagePublishListingActionable,
    PageUnpublishListingActionable,
    ImageDeleteListingActionable,
    ImageAddTagsListingActionable,
    ImageAddToCollectionListingActionable,
    DocumentDeleteListingActionable,
    DocumentAddTagsListingActionable,
    DocumentAddToCollectionListingActionable,
]

for _action in BULK_ACTIONS:
    hooks.register("register_bulk_action", _action, order=AFTER_WAGTAIL)
