from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone


class SiteBannerQuerySet(models.QuerySet):
    def showing(self, moment=None):
        moment = moment or timezone.now()
        return self.filter(starts_at__lte=moment, ends_at__gt=moment)

    def not_ended(self, moment=None):
        return self.filter(ends_at__gt=moment or timezone.now())


class SiteBanner(models.Model):
    """A notice at the top of every page for a while: an emergency, an election, severe weather."""

    message = models.CharField(max_length=250, help_text="One or two short sentences, shown on every page.")
    link = models.URLField(blank=True, help_text="Optional: a page with more information.")
    starts_at = models.DateTimeField("Show from", default=timezone.now)
    ends_at = models.DateTimeField("Show until", help_text="The banner disappears by itself at this time.")

    objects = SiteBannerQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at"]
        verbose_name = "site banner"

    def __str__(self):
        return self.message

    def is_showing(self, moment):
        return self.starts_at <= moment < self.ends_at

    def changes_at(self, moment):
        """The next moment this banner appears or disappears."""
        return self.starts_at if moment < self.starts_at else self.ends_at

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": "The banner must end after it starts."})
