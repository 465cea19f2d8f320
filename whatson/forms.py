from wagtail.admin.forms import WagtailAdminPageForm

VENUE_NEEDED = "Choose the library, or give the address where it is held."


class EventPageForm(WagtailAdminPageForm):
    """An event needs a venue, unless it is posted under a library's page (then it is held there)."""

    def clean(self):
        data = super().clean()
        has_address = any(data.get(name) for name in ("venue_address", "venue_town", "venue_postcode"))
        parent = self.parent_page.specific if self.parent_page else None
        at_a_library = parent is not None and parent._meta.label == "libraries.CommunityLibraryPage"
        if not data.get("venue_library") and not has_address and not at_a_library:
            self.add_error("venue_library", VENUE_NEEDED)
        return data
