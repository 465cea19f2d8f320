from django.db import models
from django.db.models.functions import Lower
from django.template.response import TemplateResponse
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from home.models import BasePage
from search import sections


class NetworkSignup(models.Model):
    """Someone who joined the Neighbourhood Planning Network, and what they agreed to."""

    name = models.CharField(max_length=100)
    email = models.EmailField()
    group_or_parish = models.CharField("Group or parish", max_length=150, blank=True)
    consent_to_contact = models.BooleanField(default=False)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-joined_at"]
        verbose_name = "network member"
        constraints = [models.UniqueConstraint(Lower("email"), name="unique_network_signup_email")]

    def __str__(self):
        return f"{self.name} <{self.email}>"


class NetworkSignupPage(BasePage):
    """The Neighbourhood Planning Network's sign-up form, with the purpose of keeping the details."""

    search_section = sections.NEIGHBOURHOOD_PLANNING
    search_type_label = "Neighbourhood planning"

    parent_page_types = ["neighbourhood.NeighbourhoodPlanningIndexPage"]
    subpage_types = []
    max_count = 1
    template = "neighbourhood/network_signup_page.html"

    intro = RichTextField(
        blank=True, features=["bold", "link", "ul"], help_text="What the network is and does."
    )
    purpose = RichTextField(
        features=["bold", "link", "ul"],
        help_text="Why we keep these details and what we will send. Shown next to the consent box.",
    )
    thank_you = RichTextField(blank=True, features=["bold", "link"], help_text="Shown after someone joins.")

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("purpose"),
        FieldPanel("thank_you"),
    ]

    class Meta:
        verbose_name = "network sign-up page"

    def serve(self, request, *args, **kwargs):
        from neighbourhood.network import NetworkSignupForm, record_signup

        if request.method == "POST":
            form = NetworkSignupForm(request.POST)
            if form.is_valid() and form.has_expired():
                form = NetworkSignupForm.expired(request.POST)
            elif form.is_valid():
                if not form.is_spam():
                    record_signup(form.cleaned_data)
                context = self.get_context(request)
                context["joined"] = True
                return TemplateResponse(request, self.get_template(request), context)
        else:
            form = NetworkSignupForm()
        return self.render_form(request, form)

    def serve_expired_form(self, request):
        """For cms.views.csrf_failure: the form as sent, to check and send again with a new token."""
        from neighbourhood.network import NetworkSignupForm

        return self.render_form(request, NetworkSignupForm.expired(request.POST), status=403)

    def render_form(self, request, form, status=200):
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)
