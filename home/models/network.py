from django.db import models
from django.db.models.functions import Lower
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from home.models.base import BasePage
from search import sections


class Network(models.TextChoices):
    """The mailing lists the Communities Team runs; each has its own sign-up page."""

    COMMUNITIES = "communities", "Communities Network"
    NEIGHBOURHOOD_PLANNING = "neighbourhood-planning", "Neighbourhood Planning Network"


class NetworkMemberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed(self):
        return self.filter(confirmed_at__isnull=True)


class NetworkMember(models.Model):
    """Someone who asked to join a network, what they agreed to, and whether they confirmed their address.

    An address counts only once its owner has followed the emailed link (confirmed_at is set)."""

    network = models.CharField(max_length=30, choices=Network.choices)
    name = models.CharField(max_length=100)
    email = models.EmailField()
    area = models.CharField("Town, village or parish", max_length=150, blank=True)
    interests = models.CharField(max_length=500, blank=True)
    consent_purpose = models.TextField(
        "What they agreed to",
        blank=True,
        help_text="The purpose shown beside the consent box when they joined.",
    )
    joined_at = models.DateTimeField(default=timezone.now)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    # Part of the emailed link; emptied when the link is used, so it works once.
    confirmation_nonce = models.CharField(max_length=64, blank=True, editable=False)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    objects = NetworkMemberQuerySet.as_manager()

    class Meta:
        ordering = ["-joined_at"]
        verbose_name = "network member"
        constraints = [
            models.UniqueConstraint("network", Lower("email"), name="unique_network_member_email"),
        ]

    def __str__(self):
        return self.name


class NetworkSignupPage(RoutablePageMixin, BasePage):
    """A network's sign-up form, the page its confirmation link opens, and the page its leave link opens.

    Each concrete page names its `network`."""

    network = None

    intro = RichTextField(
        blank=True, features=["bold", "link", "ul"], help_text="What the network is and does."
    )
    purpose = RichTextField(
        features=["bold", "link", "ul"],
        help_text="Why we keep these details and what we will send. Shown next to the consent box.",
    )
    thank_you = RichTextField(
        blank=True, features=["bold", "link"], help_text="Shown after someone confirms their address."
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("purpose"),
        FieldPanel("thank_you"),
    ]

    class Meta:
        abstract = True

    def purpose_text(self):
        return strip_tags(self.purpose).strip()

    # Emailed links are built from the Site's own address, never from the Host the request named.
    def confirm_url(self, request, token):
        return self.get_full_url(request) + self.reverse_subpage("confirm", args=[token])

    def leave_url(self, request, token):
        return self.get_full_url(request) + self.reverse_subpage("leave", args=[token])

    @path("")
    def signup(self, request):
        from home.network.forms import TOO_MANY_MESSAGE, NetworkSignupForm
        from home.network.membership import join, too_many_signups

        if request.method != "POST":
            return self.render_step(request, form=NetworkSignupForm())
        form = NetworkSignupForm(request.POST)
        if not form.is_valid():
            return self.render_step(request, form=form)
        if form.has_expired():
            return self.render_step(request, form=NetworkSignupForm.expired(request.POST))
        if not form.is_spam():
            if too_many_signups(request, form.cleaned_data["email"]):
                return self.render_step(
                    request, form=NetworkSignupForm.resent(request.POST, TOO_MANY_MESSAGE)
                )
            join(self, request, form)
        return self.render_step(request, step="check_email")

    @path("confirm/<str:token>/", name="confirm")
    def confirm(self, request, token):
        """A GET only shows the button: mail scanners open links, and must not confirm an address."""
        from home.network.membership import confirm, member_to_confirm

        member = member_to_confirm(self.network, token)
        if member is None:
            return self.render_step(request, step="link_not_valid", status=404)
        if request.method == "POST":
            confirm(self, request, member)
            return self.render_step(request, step="joined")
        return self.render_step(request, step="confirm")

    @path("leave/<str:token>/", name="leave")
    def leave(self, request, token):
        from home.network.membership import member_leaving

        if request.method == "POST":
            member = member_leaving(self.network, token)
            if member is not None:
                member.delete()
            return self.render_step(request, step="left")
        return self.render_step(request, step="leave")

    def serve_expired_form(self, request):
        """For cms.views.csrf_failure: the form as sent, to check and send again with a new token."""
        from home.network.forms import NetworkSignupForm

        if request.path.rstrip("/") != self.url.rstrip("/"):
            return self.render_step(request, step="expired_link", status=403)
        return self.render_step(request, form=NetworkSignupForm.expired(request.POST), status=403)

    def render_step(self, request, step="form", form=None, status=200):
        context = self.get_context(request)
        context.update(step=step, form=form, network=self.get_network_display())
        response = TemplateResponse(request, self.template, context, status=status)
        if step != "form":
            response.headers["X-Robots-Tag"] = "noindex"
        return response

    def get_network_display(self):
        return Network(self.network).label


class CommunitiesNetworkPage(NetworkSignupPage):
    """The Communities Network's sign-up page."""

    search_section = sections.OTHER
    search_type_label = "Page"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    template = "home/network_signup_page.html"
    network = Network.COMMUNITIES

    class Meta:
        verbose_name = "Communities Network sign-up page"
