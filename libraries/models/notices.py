from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

# A notice goes live without review, so it is for the short term; longer changes go on the page
# ("Closures and special opening hours"), which the Communities Team reviews.
LONGEST_NOTICE = timedelta(days=28)


class UrgentNoticeQuerySet(models.QuerySet):
    def not_ended(self, moment=None):
        """In force now or still to come: what a page needs to show it and to know when it changes."""
        return self.filter(ends_at__gt=moment or timezone.now()).order_by("starts_at", "pk")

    def in_force(self, moment=None):
        moment = moment or timezone.now()
        return self.not_ended(moment).filter(starts_at__lte=moment)


class UrgentNotice(models.Model):
    """A short notice a library's volunteers put on their page at once, without review:
    "Closed today: heating failure". Not part of the page, so never a page revision."""

    class Kind(models.TextChoices):
        CLOSED = "closed", "Closed"
        CHANGED_HOURS = "changed_hours", "Changed hours"
        OTHER = "other", "Other"

    library = models.ForeignKey(
        "libraries.CommunityLibraryPage", on_delete=models.CASCADE, related_name="urgent_notices"
    )
    kind = models.CharField(
        max_length=20,
        choices=Kind.choices,
        default=Kind.CLOSED,
        help_text="“Closed” shows the library as closed, in the finder too, while the notice is on.",
    )
    message = models.CharField(
        max_length=160,
        help_text="One short sentence for visitors, for example “Closed today: heating failure”.",
    )
    starts_at = models.DateTimeField("Show from", default=timezone.now)
    ends_at = models.DateTimeField(
        "Show until", help_text="UK time. The notice disappears by itself at this time."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = UrgentNoticeQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = "urgent notice"

    def __str__(self):
        return self.message

    def clean(self):
        if not (self.starts_at and self.ends_at):
            return
        if self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": "The notice must end after it starts."})
        if self.ends_at - self.starts_at > LONGEST_NOTICE:
            raise ValidationError(
                {
                    "ends_at": "An urgent notice can last up to 28 days. For a longer closure, add it to "
                    "the page’s “Closures and special opening hours”, which the Communities Team reviews."
                }
            )
        if self._state.adding and self.ends_at <= timezone.now():
            raise ValidationError({"ends_at": "This time has already passed: choose a time in the future."})

    @property
    def closes_the_library(self):
        return self.kind == self.Kind.CLOSED

    def is_in_force(self, moment=None):
        moment = moment or timezone.now()
        return self.starts_at <= moment < self.ends_at

    @property
    def state(self):
        """Where the notice is in its life, for the admin's list."""
        now = timezone.now()
        if self.ends_at <= now:
            return "Ended"
        return "Showing" if self.starts_at <= now else "Not started"

    def withdraw(self, moment):
        """End the notice now (a notice not yet started never starts)."""
        self.starts_at = min(self.starts_at, moment)
        self.ends_at = min(self.ends_at, moment)
        self.save(update_fields=["starts_at", "ends_at"])

    def changes_at(self, moment):
        """The next moment this notice appears or disappears."""
        return self.starts_at if moment < self.starts_at else self.ends_at
