from django.db import models
from django.utils.functional import SimpleLazyObject, cached_property
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import BodyBlock
from home.dates import local_now, local_today
from home.districts import District
from home.models import BasePage, SectionIndexPage, VolunteerEditedPage
from home.page_cache import fragments
from neighbourhood import stages
from neighbourhood.forms import NeighbourhoodPlanPageForm
from neighbourhood.status import headline_figures, status_filters, status_rows
from search import sections

STATUS_TABLE_FIELDS = ["title", "url_path", "path", "depth", "live", "area_name", "district"]


class NeighbourhoodPlanningIndexPage(RoutablePageMixin, SectionIndexPage):
    """Guidance, the county figures and the status of every group's plan, downloadable as the status sheet."""

    search_section = sections.NEIGHBOURHOOD_PLANNING
    search_type_label = "Section"

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "neighbourhood.NeighbourhoodPlanPage",
        "neighbourhood.NetworkSignupPage",
        "home.StandardPage",
    ]
    children_listed_elsewhere = "neighbourhood.NeighbourhoodPlanPage"  # the status table lists them
    max_count = 1
    template = "neighbourhood/neighbourhood_planning_index_page.html"

    class Meta:
        verbose_name = "neighbourhood planning index"

    def plans(self):
        return NeighbourhoodPlanPage.objects.child_of(self).live().public().prefetch_related("milestones")

    def status_rows(self, request, plans=None):
        """The plans' rows for the filters and order in the address."""
        _form, filters = status_filters(request.GET)
        return status_rows(list(self.plans() if plans is None else plans), filters)

    @path("")
    def index_view(self, request):
        today = local_today()

        def listing():
            # The table and figures read a few of each plan's fields (reading only those halves the time
            # taken), kept until any page changes; each plan's stage is still worked out for today.
            plans = fragments.shared(
                request, f"status-plans:{self.pk}", lambda: list(self.plans().only(*STATUS_TABLE_FIELDS))
            )
            rows = self.status_rows(request, plans)
            return {
                "rows": rows,
                # A plan's stage moves on by the date alone: each day has its own rows.
                "row_markup": fragments.rendered_rows(
                    request,
                    "plan-status-row",
                    rows,
                    key=lambda row: f"{row.plan.pk}:{today.isoformat()}",
                    template_name="neighbourhood/includes/status_row.html",
                ),
                "figures": headline_figures(plans, today),
            }

        form, filters = status_filters(request.GET)
        return self.render(
            request,
            context_overrides={
                "status_form": form,
                "status_filters": filters,
                # The figures and table are drawn once a day for each filter and order (the template
                # keeps them), so this is worked out only when they are drawn.
                "status": SimpleLazyObject(listing),
                "status_key": f"{today.isoformat()}:{sorted(filters.items())}",
            },
        )

    @path("status-sheet/csv/", name="status_csv")
    def status_csv(self, request):
        from neighbourhood.spreadsheet import status_sheet_response

        return status_sheet_response([row.plan for row in self.status_rows(request)], "csv")

    @path("status-sheet/xlsx/", name="status_xlsx")
    def status_xlsx(self, request):
        from neighbourhood.spreadsheet import status_sheet_response

        return status_sheet_response([row.plan for row in self.status_rows(request)], "xlsx")


class NeighbourhoodPlanPage(VolunteerEditedPage, BasePage):
    """One group's neighbourhood plan: where it has got to, its documents, consultations and meetings."""

    search_section = sections.NEIGHBOURHOOD_PLANNING
    search_type_label = "Neighbourhood plan"

    parent_page_types = ["neighbourhood.NeighbourhoodPlanningIndexPage"]
    subpage_types = ["whatson.EventPage", "whatson.NewsPage", "home.StandardPage"]
    template = "neighbourhood/neighbourhood_plan_page.html"
    base_form_class = NeighbourhoodPlanPageForm

    area_name = models.CharField(
        max_length=100,
        verbose_name="Parish or area",
        help_text="The neighbourhood area, e.g. “Barrow upon Soar”.",
    )
    district = models.CharField(max_length=40, choices=District.choices)
    group_name = models.CharField(
        max_length=150,
        blank=True,
        help_text="Who is writing the plan, e.g. the parish council or a steering group.",
    )
    contact_name = models.CharField(max_length=100, blank=True)
    contact_email = models.EmailField(blank=True)
    website = models.URLField(blank=True, help_text="The group's own website, if it has one.")
    body = StreamField(BodyBlock(), blank=True, help_text="Anything else residents should know.")

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("area_name"), FieldPanel("district"), FieldPanel("group_name")], heading="The plan"
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("website")],
            heading="Contact",
        ),
        FieldPanel("body"),
    ]
    progress_panels = [
        InlinePanel(
            "milestones",
            heading="Progress",
            label="Milestone",
            help_text="Add each stage as it happens. The latest stage is shown as the plan's current stage.",
        ),
        InlinePanel("documents", heading="Documents", label="Document"),
        InlinePanel("meetings", heading="Meetings", label="Meeting"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(progress_panels, heading="Progress and documents"),
            ObjectList(BasePage.promote_panels, heading="Promote"),
            ObjectList(VolunteerEditedPage.review_panels, heading="Up to date?"),
            ObjectList(BasePage.settings_panels, heading="Settings"),
        ]
    )
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("area_name", boost=5),
        index.SearchField("get_district_display", boost=2),  # "Charnwood", "Hinckley & Bosworth"
        index.SearchField("group_name"),
        index.SearchField("current_stage_label"),  # "Pre-submission consultation (Regulation 14)"
        index.SearchField("body"),
        index.FilterField("district"),
    ]

    class Meta:
        verbose_name = "neighbourhood plan"

    @cached_property
    def milestone_list(self):
        return sorted(self.milestones.all(), key=lambda m: (stages.stage_index(m.stage), m.date))

    @property
    def current_stage(self):
        return stages.current_stage(self.milestone_list, local_today())

    @property
    def current_stage_label(self):
        return stages.Stage(self.current_stage).label if self.current_stage else stages.NOT_STARTED_LABEL

    def timeline(self):
        """Every stage in order: its milestone if reached, and whether it is done, current or to come."""
        recorded = {m.stage: m for m in self.milestone_list}
        current = self.current_stage
        steps = []
        for stage in stages.STAGE_ORDER:
            if stage == current:
                state = "current"
            elif current and stages.stage_index(stage) < stages.stage_index(current):
                state = "done"
            else:
                state = "to-come"
            steps.append(
                {"stage": stage, "label": stage.label, "milestone": recorded.get(stage), "state": state}
            )
        return steps

    def open_consultations(self, today=None):
        today = today or local_today()
        return [
            {"milestone": m, "days_left": (m.end_date - today).days}
            for m in self.milestone_list
            if m.stage in stages.CONSULTATION_STAGES and m.is_open_on(today)
        ]

    def referendum(self):
        return next((m for m in self.milestone_list if m.stage == stages.Stage.REFERENDUM), None)

    def documents_by_stage(self):
        groups = {}
        for item in self.documents.select_related("document"):
            if item.document:
                groups.setdefault(item.get_stage_display(), []).append(item)
        order = [stage.label for stage in stages.STAGE_ORDER]
        return sorted(groups.items(), key=lambda group: order.index(group[0]))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["today"] = local_today()
        return context

    @cached_property
    def meeting_list(self):
        return list(self.meetings.all())

    def upcoming_meetings(self):
        return [meeting for meeting in self.meeting_list if meeting.starts_at >= local_now()]

    def content_changes_at(self, now):
        """Midnight (consultations' days left, the current stage) or the next meeting starting."""
        starts = [meeting.starts_at for meeting in self.meeting_list if meeting.starts_at >= now]
        return min([super().content_changes_at(now), *starts])
