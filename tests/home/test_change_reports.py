"""Report a change: a resident tells a page's volunteers something is wrong; they deal with it.

Built on tests/home/conftest.py: library A's volunteers are "ours", library B and plan B are another
team's. Routing, escalation and retention are tested at their boundaries."""

import logging
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone

from home.change_reports.routing import ESCALATE_AFTER
from home.models import ChangeReport, VolunteerEditedPage
from home.retention import delete_old_personal_data
from home.volunteers.provisioning import volunteer_page_models
from tests.page_types import live_example, page_types
from toolkits.models import SupportService

pytestmark = pytest.mark.django_db

WRONG_PHONE = "The phone number is wrong: it is now 0116 496 0999."


def answers(**changes):
    return {"what_is_wrong": WRONG_PHONE, "name": "Ada Lovelace", "email": "ada@example.org", **changes}


def form_url(page):
    return reverse("report_a_change", args=[page.pk])


def report_about(page, *, days_ago=0, **fields):
    report = ChangeReport.objects.create(page=page, what_is_wrong=WRONG_PHONE, **fields)
    ChangeReport.objects.filter(pk=report.pk).update(created_at=timezone.now() - timedelta(days=days_ago))
    report.refresh_from_db()
    return report


def form_values(response):
    soup = BeautifulSoup(response.content, "html.parser")
    values = {field["name"]: field.get("value", "") for field in soup.select("form input[name]")}
    values.update({area["name"]: area.get_text() for area in soup.select("form textarea")})
    return values


# The link and the form --------------------------------------------------------------------------


@pytest.mark.parametrize("label", [model._meta.label for model in volunteer_page_models()])
def test_every_volunteer_page_type_links_to_its_report_form(client, label):
    page = live_example(label)

    html = client.get(page.url).content.decode()

    assert f'href="{form_url(page)}"' in html
    form = client.get(form_url(page))
    assert form.status_code == 200
    assert f"Report a change to {page.title}" in form.content.decode()


@pytest.mark.parametrize(
    "label",
    [
        model._meta.label
        for model in page_types()
        if not issubclass(model, VolunteerEditedPage) and model.is_creatable
    ],
)
def test_other_page_types_take_no_reports(client, label):
    page = live_example(label)

    assert client.get(form_url(page)).status_code == 404
    assert client.post(form_url(page), answers()).status_code == 404
    assert not ChangeReport.objects.exists()


def test_a_page_not_published_takes_no_reports(client, library_a):
    library_a.unpublish()

    assert client.get(form_url(library_a)).status_code == 404
    assert client.post(form_url(library_a), answers()).status_code == 404
    assert not ChangeReport.objects.exists()


def test_a_report_is_kept_and_the_resident_thanked(client, library_a):
    response = client.post(form_url(library_a), answers(), follow=True)

    assert response.redirect_chain[-1][0] == form_url(library_a) + "sent/"
    assert "Thank you for your report" in response.content.decode()
    report = ChangeReport.objects.get()
    assert (report.page_id, report.what_is_wrong, report.email) == (
        library_a.pk,
        WRONG_PHONE,
        "ada@example.org",
    )


def test_name_and_email_are_optional(client, library_a):
    client.post(form_url(library_a), answers(name="", email=""))

    assert ChangeReport.objects.get().email == ""


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"what_is_wrong": ""}, "Tell us what is wrong or out of date"),
        ({"what_is_wrong": "x" * 2001}, "Keep it to 2000 characters or fewer (it has 2001)"),
        ({"email": "not-an-address"}, "Enter an email address in the correct format"),
    ],
    ids=["nothing said", "too long", "bad email"],
)
def test_bad_answers_are_explained_and_what_was_typed_is_kept(client, library_a, changes, message):
    typed = answers(**changes)

    response = client.post(form_url(library_a), typed)

    assert message in response.content.decode()
    kept = form_values(response)
    assert {field: kept[field] for field in ("what_is_wrong", "name", "email")} == {
        field: typed[field] for field in ("what_is_wrong", "name", "email")
    }
    assert not ChangeReport.objects.exists()
    assert not mail.outbox


def test_exactly_the_longest_report_is_accepted(client, library_a):
    client.post(form_url(library_a), answers(what_is_wrong="x" * 2000))

    assert ChangeReport.objects.count() == 1


def test_a_filled_in_honeypot_is_quietly_dropped(client, library_a):
    response = client.post(form_url(library_a), answers(website="http://spam.example"), follow=True)

    assert "Thank you for your report" in response.content.decode()
    assert not ChangeReport.objects.exists()
    assert not mail.outbox


def test_many_reports_from_one_connection_are_refused_with_what_was_typed_kept(client, library_a, library_b):
    for number in range(10):
        page = library_a if number % 2 else library_b
        assert client.post(form_url(page), answers(what_is_wrong=f"Report {number}")).status_code == 302

    response = client.post(form_url(library_a), answers(what_is_wrong="One too many"))

    assert response.status_code == 429
    assert "too many reports from your connection" in response.content.decode()
    assert form_values(response)["what_is_wrong"] == "One too many"
    assert ChangeReport.objects.count() == 10
    other_connection = client.post(form_url(library_a), answers(), REMOTE_ADDR="192.0.2.55")
    assert other_connection.status_code == 302


def test_reports_are_still_taken_while_the_cache_is_unreachable(client, library_a, settings):
    # Production's Redis cache answers nothing while it is down (IGNORE_EXCEPTIONS); so does this one.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}

    for number in range(3):
        assert client.post(form_url(library_a), answers(what_is_wrong=f"Report {number}")).status_code == 302

    assert ChangeReport.objects.count() == 3


# Who hears about it -----------------------------------------------------------------------------


def test_a_report_is_emailed_to_the_pages_volunteers(client, library_a, volunteer_of, moderator):
    volunteer_of(library_a, email="sam@example.org.uk")
    volunteer_of(library_a, email="kim@example.org.uk")

    client.post(form_url(library_a), answers())

    [message] = mail.outbox
    assert sorted(message.to) == ["kim@example.org.uk", "sam@example.org.uk"]
    assert WRONG_PHONE in message.body
    assert reverse("change_report", args=[ChangeReport.objects.get().pk]) in message.body


def test_a_report_about_a_page_nobody_looks_after_goes_to_the_communities_team(client, library_b, moderator):
    client.post(form_url(library_b), answers())

    [message] = mail.outbox
    assert message.to == [moderator.email]


def test_a_report_about_a_support_service_by_its_own_address(client, moderator):
    service = SupportService.objects.live().first()
    url = reverse("report_a_change_to_service", args=[service.pk])

    response = client.post(url, answers(), follow=True)

    assert response.redirect_chain[-1][0] == url + "sent/"
    report = ChangeReport.objects.get()
    assert (report.support_service, report.page) == (service, None)
    assert mail.outbox[0].to == [moderator.email]


def test_a_support_service_not_published_takes_no_reports(client):
    service = SupportService.objects.live().first()
    SupportService.objects.filter(pk=service.pk).update(live=False)

    assert client.post(reverse("report_a_change_to_service", args=[service.pk]), answers()).status_code == 404


def test_the_link_tag_works_for_a_support_service():
    service = SupportService.objects.live().first()

    html = Template("{% load change_report_tags %}{% report_a_change_link service %}").render(
        Context({"service": service})
    )

    assert f'href="{reverse("report_a_change_to_service", args=[service.pk])}"' in html
    assert f'Report a change<span class="govuk-visually-hidden"> to {service.name}' in html


def test_a_report_is_kept_when_its_email_cannot_be_sent_and_nothing_personal_is_logged(
    client, library_a, volunteer_of, monkeypatch, caplog
):
    volunteer_of(library_a)

    def fail(*args, **kwargs):
        raise OSError("mail server down")

    monkeypatch.setattr("home.emails.send_mail", fail)
    with caplog.at_level(logging.DEBUG):
        response = client.post(form_url(library_a), answers())

    assert response.status_code == 302
    assert ChangeReport.objects.count() == 1
    assert "Could not email report" in caplog.text
    assert "ada@example.org" not in caplog.text
    assert "Ada Lovelace" not in caplog.text


# The dashboard: seeing and dealing with reports -------------------------------------------------


def test_a_volunteer_sees_only_their_own_teams_open_reports(client, library_a, library_b, volunteer_of):
    ours = ChangeReport.objects.create(page=library_a, what_is_wrong="Our phone number is wrong")
    ChangeReport.objects.create(page=library_b, what_is_wrong="Their hours")
    client.force_login(volunteer_of(library_a))

    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "Our phone number is wrong" in dashboard
    assert "Their hours" not in dashboard
    assert reverse("change_report", args=[ours.pk]) in dashboard


def test_done_reports_leave_the_dashboard(client, library_a, volunteer_of):
    ChangeReport.objects.create(page=library_a, what_is_wrong="Already fixed", done_at=timezone.now())
    client.force_login(volunteer_of(library_a))

    assert "Already fixed" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_moderators_see_every_teams_reports(client, library_a, plan_b, moderator):
    ChangeReport.objects.create(page=library_a, what_is_wrong="Riverside's hours")
    ChangeReport.objects.create(page=plan_b, what_is_wrong="Millbrook's contact")
    client.force_login(moderator)

    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "Riverside&#x27;s hours" in dashboard
    assert "Millbrook&#x27;s contact" in dashboard


def test_a_volunteer_marks_a_report_done_and_the_reply_is_emailed(client, library_a, volunteer_of):
    volunteer = volunteer_of(library_a)
    report = report_about(library_a, email="ada@example.org")
    client.force_login(volunteer)

    response = client.post(reverse("change_report", args=[report.pk]), {"reply": "Thank you, it is updated."})

    assert response.status_code == 302
    report.refresh_from_db()
    assert report.is_done
    assert (report.done_by, report.reply) == (volunteer, "Thank you, it is updated.")
    [message] = mail.outbox
    assert message.to == ["ada@example.org"]
    assert "Thank you, it is updated." in message.body


def test_no_reply_is_sent_to_someone_who_gave_no_email(client, library_a, volunteer_of):
    report = report_about(library_a)
    client.force_login(volunteer_of(library_a))

    client.post(reverse("change_report", args=[report.pk]), {"reply": "Updated."})

    report.refresh_from_db()
    assert report.is_done
    assert not mail.outbox


@pytest.mark.parametrize("role", ["volunteer_plan_b", "trusted_a"])
def test_another_teams_volunteer_can_neither_see_nor_close_a_report(client_as, library_b, role):
    report = report_about(library_b, email="ada@example.org")
    attacker = client_as(role)
    url = reverse("change_report", args=[report.pk])

    seen = attacker.get(url)
    closed = attacker.post(url, {"reply": "Closed by someone else"})

    assert (seen.status_code, closed.status_code) == (403, 403)
    assert WRONG_PHONE not in seen.content.decode()
    report.refresh_from_db()
    assert not report.is_done
    assert not mail.outbox


def test_a_report_that_does_not_exist_is_refused_the_same_way(client_as):
    attacker = client_as("volunteer_a")

    assert attacker.get(reverse("change_report", args=[999999])).status_code == 403


def test_an_anonymous_visitor_is_sent_to_sign_in_and_nothing_changes(client, library_a):
    report = report_about(library_a)

    response = client.post(reverse("change_report", args=[report.pk]), {"reply": "Closed"})

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    report.refresh_from_db()
    assert not report.is_done


# Escalation, by the daily command ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("age", "escalated"),
    [(ESCALATE_AFTER - timedelta(minutes=1), False), (ESCALATE_AFTER, True)],
    ids=["13 days 23:59", "14 days"],
)
def test_a_report_nobody_has_dealt_with_for_14_days_goes_to_the_communities_team(
    library_a, volunteer_of, moderator, age, escalated
):
    volunteer_of(library_a)
    report = ChangeReport.objects.create(page=library_a, what_is_wrong=WRONG_PHONE)
    ChangeReport.objects.filter(pk=report.pk).update(created_at=timezone.now() - age)

    call_command("send_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115

    to_team = [message for message in mail.outbox if message.subject.startswith("Not yet dealt with")]
    assert bool(to_team) is escalated
    if escalated:
        assert to_team[0].to == [moderator.email]
        assert WRONG_PHONE in to_team[0].body
        report.refresh_from_db()
        assert report.escalated_at is not None


def test_a_report_is_escalated_once_however_often_the_command_runs(library_a, moderator):
    report_about(library_a, days_ago=20)

    for _ in range(2):
        call_command("send_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115

    escalations = [message for message in mail.outbox if "Not yet dealt with" in message.subject]
    assert len(escalations) == 1


def test_a_report_done_in_time_is_not_escalated(library_a, moderator):
    report_about(library_a, days_ago=20, done_at=timezone.now())

    call_command("send_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert not [message for message in mail.outbox if "Not yet dealt with" in message.subject]


# Retention ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("days", "forgotten"), [(179, False), (181, True)])
def test_a_done_reports_name_and_email_are_deleted_after_the_retention_period(
    library_a, settings, days, forgotten
):
    settings.REPORT_RETENTION_DAYS = 180
    report = report_about(
        library_a, name="Ada", email="ada@example.org", done_at=timezone.now() - timedelta(days=days)
    )

    delete_old_personal_data()

    report.refresh_from_db()
    assert (report.name == "" and report.email == "") is forgotten
    assert report.what_is_wrong == WRONG_PHONE


@pytest.mark.parametrize(("days", "forgotten"), [(364, False), (366, True)])
def test_an_open_reports_contact_details_are_kept_for_the_general_period(
    library_a, settings, days, forgotten
):
    settings.REPORT_RETENTION_DAYS = 180
    settings.PERSONAL_DATA_RETENTION_DAYS = 365
    report = report_about(library_a, days_ago=days, name="Ada", email="ada@example.org")

    delete_old_personal_data()

    report.refresh_from_db()
    assert (report.email == "") is forgotten
    assert not report.is_done
