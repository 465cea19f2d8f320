"""The public "Report a change" form, for a volunteer page or a support service, and its thank-you page."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited
from wagtail.models import Page

from home.change_reports.emails import notify_new_report
from home.change_reports.forms import ChangeReportForm
from home.login_pauses import client_ip
from home.models import VolunteerEditedPage
from toolkits.models import SupportService

REPORTS_PER_CONNECTION = "10/h"
TOO_MANY_MESSAGE = (
    "We have had too many reports from your connection in a short time, so this one was not sent. "
    "What you wrote is still here: please try again in an hour."
)


def live_volunteer_page(page_id):
    page = get_object_or_404(Page.objects.live().public(), pk=page_id).specific
    if not isinstance(page, VolunteerEditedPage):
        raise Http404("Only library, neighbourhood plan and support service pages take reports.")
    return page


@require_http_methods(["GET", "POST"])
def report_page(request, page_id):
    page = live_volunteer_page(page_id)
    return report(request, {"page": page}, page.title, page.url)


@require_http_methods(["GET", "POST"])
def report_service(request, service_id):
    service = get_object_or_404(SupportService.objects.live(), pk=service_id)
    # A service has no page of its own yet: the support directory will add one.
    return report(request, {"support_service": service}, service.name, None)


def report(request, about, subject_title, subject_url):
    context = {"subject_title": subject_title, "subject_url": subject_url}
    if request.method != "POST":
        return render(request, ChangeReportForm(), context)
    form = ChangeReportForm(request.POST)
    if not form.is_valid():
        return render(request, form, context)
    if not form.is_spam():
        if too_many_reports(request):
            form.add_error(None, TOO_MANY_MESSAGE)
            return render(request, form, context, status=429)
        change_report = form.save(commit=False)
        for field, value in about.items():
            setattr(change_report, field, value)
        change_report.save()
        notify_new_report(change_report)
    # Spam is dropped quietly: the same page either way.
    return redirect(request.path + "sent/")


def too_many_reports(request):
    return is_ratelimited(
        request, group="change-report", key=lambda group, request: client_ip(request),
        rate=REPORTS_PER_CONNECTION, increment=True,
    )  # fmt: skip


def report_page_sent(request, page_id):
    page = live_volunteer_page(page_id)
    return sent(request, page.title, page.url)


def report_service_sent(request, service_id):
    service = get_object_or_404(SupportService.objects.live(), pk=service_id)
    return sent(request, service.name, None)


def sent(request, subject_title, subject_url):
    response = TemplateResponse(
        request,
        "home/change_reports/sent.html",
        {"subject_title": subject_title, "subject_url": subject_url},
    )
    response.headers["X-Robots-Tag"] = "noindex"
    return response


def render(request, form, context, status=200):
    response = TemplateResponse(
        request,
        "home/change_reports/form.html",
        {**context, "form": form, "retention_days": settings.REPORT_RETENTION_DAYS},
        status=status,
    )
    response.headers["X-Robots-Tag"] = "noindex"
    return response
