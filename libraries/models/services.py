from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index
from wagtail.snippets.models import register_snippet


@register_snippet
class LibraryService(index.Indexed, models.Model):
    """A service or facility a library can offer, from the list the Communities Team keeps."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True, help_text="Used in web addresses and spreadsheets.")
    description = models.CharField(max_length=250, blank=True, help_text="A short explanation for residents.")
    sort_order = models.PositiveSmallIntegerField(default=100, help_text="Lower numbers come first in lists.")

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name", boost=3), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "library service"

    def __str__(self):
        return self.name
