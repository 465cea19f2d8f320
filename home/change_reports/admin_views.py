"""The admin page of one report: what was reported, and marking it done with a reply.

Only the page's own volunteers and the Communities Team may open it; anyone else is refused before
anything about the report is looked up for them (a missing report is refused the same way)."""

import logging

from django.contrib import messages
from django.shortcuts import redirect
from django.utils import timezone
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from home.change_reports.emails import send_reply
from home.change_reports.forms import MarkDoneForm
from home.change_reports.permissions import change_report_policy
from home.emails import MAIL_ERRORS, log_failure
from home.models import ChangeReport
from home.permissions import refuse

logger = logging.getLogger(__name__)


class ChangeReportView(WagtailAdminTemplateMixin, FormView):
    model = ChangeReport
    permission_policy = change_report_policy
    page_title = "Report a change"
    header_icon = "warning"
    template_name = "home/change_reports/admin/report.html"
    form_class = MarkDoneForm

    def dispatch(self, request, *args, **kwargs):
        self.report = (
            self.permission_policy.instances_user_has_permission_for(request.user, "change")
            .select_related("page", "support_service", "done_by")
            .filter(pk=kwargs["report_id"])
            .first()
        )
        if self.report is None:
            return refuse(request)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.report.subject_title

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.report}

    def get_context_data(self, **kwargs):
        return super().get_context_data(report=self.report, **kwargs)

    def form_valid(self, form):
        if self.report.is_done:
            messages.info(self.request, "This report was already marked as done.")
            return redirect("wagtailadmin_home")
        report = form.save(commit=False)
        report.done_at = timezone.now()
        report.done_by = self.request.user
        report.save(update_fields=["reply", "done_at", "done_by"])
        try:
            send_reply(report)
        except MAIL_ERRORS as error:
            log_failure(logger, f"Could not email the reply to report {report.pk}", error)
            messages.warning(self.request, "Marked as done, but the reply could not be emailed.")
        else:
            messages.success(self.request, f"The report about {report.subject_title} is marked as done.")
        return redirect("wagtailadmin_home")
