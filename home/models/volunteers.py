from datetime import timedelta

from django.contrib.auth.models import Group
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Collection, PagePermissionTester

from home.dates import local_today
from home.permissions import is_moderator

# A volunteer page not checked for this long is listed for the Communities Team and flagged to its
# volunteers ("every six months").
REVIEW_INTERVAL = timedelta(days=183)


class VolunteerEditedPage(models.Model):
    """A page kept up to date by its own volunteers: a library's or a planning group's page.

    Each such page gets a volunteer team (a group and a collection) when it is created; see
    home/volunteers/provisioning.py.
    """

    last_reviewed = models.DateField(
        null=True,
        blank=True,
        verbose_name="Last checked",
        help_text="The day someone last checked everything on this page is still right.",
    )

    # Shown on the "Settings" tab; the page forms add a tick box that sets the date to today.
    review_panels = [
        MultiFieldPanel(
            [FieldPanel("last_reviewed", read_only=True), FieldPanel("confirm_reviewed")],
            heading="Is this page up to date?",
        )
    ]

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        return VolunteerPagePermissionTester(user, self)

    @property
    def review_due_on(self):
        """The day this page should next be checked, or None for a page never published."""
        reviewed = self.last_reviewed or (self.first_published_at and self.first_published_at.date())
        return reviewed + REVIEW_INTERVAL if reviewed else None

    @property
    def is_due_for_review(self):
        due = self.review_due_on
        return due is not None and due <= local_today()


class VolunteerPagePermissionTester(PagePermissionTester):
    """Even a team trusted to publish keeps its own page on the site: taking a library's or a planning
    group's page down, moving it or putting it behind a password is for the Communities Team."""

    def can_delete(self, ignore_bulk=False):  # moving asks this too
        return is_moderator(self.user) and super().can_delete(ignore_bulk=ignore_bulk)

    def can_unpublish(self):
        return is_moderator(self.user) and super().can_unpublish()

    def can_set_view_restrictions(self):
        return is_moderator(self.user) and super().can_set_view_restrictions()


class VolunteerTeam(models.Model):
    """The volunteers who look after one page: their group (page permissions) and their collection."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="volunteer_team")
    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="volunteer_team")
    collection = models.OneToOneField(Collection, on_delete=models.PROTECT, related_name="volunteer_team")
    trusted = models.BooleanField(
        default=False,
        verbose_name="Trusted to publish",
        help_text="A trusted team publishes its own changes without waiting for the Communities Team.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [FieldPanel("trusted")]

    class Meta:
        ordering = ["page__title"]
        verbose_name = "volunteer team"
        # Adding and removing teams is done by provisioning (they follow their pages), never by hand.
        default_permissions = ("change", "view")

    def __str__(self):
        return self.page.title
