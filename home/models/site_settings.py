from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact details, social links and footer pages, shown on every page."""

    organisation_name = models.CharField(
        max_length=120, default="Leicestershire County Council Communities Team"
    )
    email = models.EmailField(blank=True, help_text="Where visitors can email the Communities Team.")
    phone = models.CharField(max_length=30, blank=True)
    phone_hours = models.CharField(
        max_length=120,
        blank=True,
        help_text='When the phone is answered, e.g. "Monday to Friday, 9am to 5pm".',
    )
    address = models.TextField(blank=True)

    facebook_url = models.URLField(blank=True, verbose_name="Facebook page")
    x_url = models.URLField(blank=True, verbose_name="X (Twitter) profile")
    instagram_url = models.URLField(blank=True, verbose_name="Instagram profile")
    youtube_url = models.URLField(blank=True, verbose_name="YouTube channel")

    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Accessibility statement",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Privacy notice",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("phone_hours"),
                FieldPanel("address"),
            ],
            heading="Contact details",
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("x_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
            ],
            heading="Social media",
        ),
        MultiFieldPanel(
            [FieldPanel("accessibility_page"), FieldPanel("privacy_page")], heading="Footer pages"
        ),
    ]

    class Meta:
        verbose_name = "Site settings"

    @property
    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("X (Twitter)", self.x_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]
