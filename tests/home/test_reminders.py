"""`send_reminders`: volunteers hear when their page is due for a check and again 14 days later, with a
"still correct" link; the Communities Team gets a weekly summary. Safe to run twice."""

import re
import smtplib
from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from home import emails
from home.dates import local_today
from home.models import REVIEW_INTERVAL, ChangeReport

pytestmark = pytest.mark.django_db


def run(today=None):
    """The daily command, as cron runs it (on `today`, if given)."""
    if today is None:
        call_command("send_reminders", stdout=StringIO())
        return
    with time_machine.travel(f"{today.isoformat()} 07:00 +0000", tick=False):
        call_command("send_reminders", stdout=StringIO())


def reminders_about(page):
    return [message for message in mail.outbox if page.title in message.subject]


def checked(page, days_ago):
    type(page).objects.filter(pk=page.pk).update(last_reviewed=local_today() - timedelta(days=days_ago))
    return type(page).objects.get(pk=page.pk)


def still_correct_link(message):
    return re.search(r"http://testserver(/admin/still-correct/[^/\s]+/)", message.body).group(1)


# When reminders are sent ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days_since_checked", "reminded"),
    [(REVIEW_INTERVAL.days - 1, False), (REVIEW_INTERVAL.days, True), (REVIEW_INTERVAL.days + 40, True)],
    ids=["due tomorrow", "due today", "overdue"],
)
def test_volunteers_are_emailed_when_their_page_falls_due(
    library_a, volunteer_of, days_since_checked, reminded
):
    volunteer = volunteer_of(library_a, email="sam@example.org.uk")
    checked(library_a, days_since_checked)

    run()

    sent = reminders_about(library_a)
    assert bool(sent) is reminded
    if reminded:
        assert sent[0].to == ["sam@example.org.uk"]
        assert "/admin/still-correct/" in sent[0].body
        assert volunteer.first_name in sent[0].body or volunteer.username in sent[0].body


def test_every_volunteer_of_the_team_gets_their_own_link(library_a, volunteer_of):
    volunteer_of(library_a, email="sam@example.org.uk")
    volunteer_of(library_a, email="kim@example.org.uk")
    checked(library_a, REVIEW_INTERVAL.days)

    run()

    sent = reminders_about(library_a)
    assert sorted(message.to[0] for message in sent) == ["kim@example.org.uk", "sam@example.org.uk"]
    assert still_correct_link(sent[0]) != still_correct_link(sent[1])


def test_running_twice_the_same_day_sends_one_reminder(library_a, volunteer_of):
    volunteer_of(library_a)
    checked(library_a, REVIEW_INTERVAL.days)

    run()
    run()

    assert len(reminders_about(library_a)) == 1


@pytest.mark.parametrize(("days_later", "second"), [(13, False), (14, True)])
def test_a_second_reminder_follows_14_days_after_the_first(library_a, volunteer_of, days_later, second):
    volunteer_of(library_a)
    checked(library_a, REVIEW_INTERVAL.days)
    today = local_today()
    run(today)

    run(today + timedelta(days=days_later))

    sent = reminders_about(library_a)
    assert len(sent) == (2 if second else 1)
    if second:
        assert sent[1].subject.startswith("Reminder:")


def test_no_third_reminder(library_a, volunteer_of):
    volunteer_of(library_a)
    checked(library_a, REVIEW_INTERVAL.days)
    today = local_today()

    for days_later in (0, 14, 15, 28, 60):
        run(today + timedelta(days=days_later))

    assert len(reminders_about(library_a)) == 2


def test_a_page_checked_in_time_gets_no_reminder(library_a, volunteer_of):
    volunteer_of(library_a)
    checked(library_a, 10)

    run()

    assert not reminders_about(library_a)


def test_a_page_with_no_volunteers_sends_nothing_and_is_tried_again(library_b, volunteer_of):
    checked(library_b, REVIEW_INTERVAL.days)
    run()
    assert not reminders_about(library_b)

    volunteer_of(library_b)
    run()

    assert len(reminders_about(library_b)) == 1


def test_a_refused_address_is_tried_again_the_next_run_and_stops_no_other_reminder(
    library_a, library_b, volunteer_of, monkeypatch, caplog
):
    volunteer_of(library_a, email="no-such-volunteer@example.org.uk")
    volunteer_of(library_b)
    checked(library_a, REVIEW_INTERVAL.days)
    checked(library_b, REVIEW_INTERVAL.days)
    send_mail = emails.send_mail

    def refuse_one_address(subject, body, sender, to):
        if "no-such-volunteer@example.org.uk" in to:
            raise smtplib.SMTPRecipientsRefused({"no-such-volunteer@example.org.uk": (550, b"No such user")})
        return send_mail(subject, body, sender, to)

    with monkeypatch.context() as patched:
        patched.setattr(emails, "send_mail", refuse_one_address)
        run()
    assert reminders_about(library_a) == []
    assert len(reminders_about(library_b)) == 1
    assert "no-such-volunteer" not in caplog.text

    run()
    assert len(reminders_about(library_a)) == 1
    assert len(reminders_about(library_b)) == 1


def test_a_title_with_a_line_break_is_sent_with_a_one_line_subject(library_a, volunteer_of):
    volunteer_of(library_a)
    type(library_a).objects.filter(pk=library_a.pk).update(title="Riverside\nLibrary")
    checked(library_a, REVIEW_INTERVAL.days)

    run()

    assert [message.subject for message in mail.outbox if "Riverside Library" in message.subject]


# The weekly summary -----------------------------------------------------------------------------


def summaries():
    return [message for message in mail.outbox if message.subject.startswith("This week:")]


def test_the_communities_team_gets_a_weekly_summary_of_overdue_pages_and_open_reports(
    library_a, plan_b, moderator
):
    checked(library_a, REVIEW_INTERVAL.days + 1)
    ChangeReport.objects.create(page=plan_b, what_is_wrong="The contact has moved")

    run()

    [summary] = summaries()
    assert summary.to == [moderator.email]
    assert library_a.title in summary.body
    assert plan_b.title in summary.body


def test_the_summary_is_sent_once_a_week(moderator):
    monday = local_today() - timedelta(days=local_today().weekday())

    for day in range(7):
        run(monday + timedelta(days=day))
    assert len(summaries()) == 1

    run(monday + timedelta(days=7))
    assert len(summaries()) == 2


# The "still correct" link -----------------------------------------------------------------------


@pytest.fixture
def reminded(library_a, volunteer_of, client):
    """Library A, due for a check, its volunteer signed in, and the link from their reminder."""
    volunteer = volunteer_of(library_a)
    page = checked(library_a, REVIEW_INTERVAL.days + 3)
    run()
    client.force_login(volunteer)
    return page, volunteer, still_correct_link(reminders_about(page)[0])


def test_following_the_link_asks_first_so_a_mail_scanner_records_nothing(client, reminded):
    page, _, link = reminded
    revisions = page.revisions.count()

    response = client.get(link)

    assert response.status_code == 200
    assert "Yes, everything is still correct" in response.content.decode()
    assert page.revisions.count() == revisions


def test_still_correct_publishes_a_revision_checked_today(client, reminded):
    page, volunteer, link = reminded
    revisions = page.revisions.count()

    response = client.post(link)

    assert response.status_code == 302
    page = type(page).objects.get(pk=page.pk)
    assert page.last_reviewed == local_today()
    assert page.revisions.count() == revisions + 1
    assert page.live_revision.user == volunteer
    assert not page.is_due_for_review
    assert f"Information checked on {local_today():%-d %B %Y}" in client.get(page.url).content.decode()


def test_still_correct_keeps_the_volunteers_draft(client, reminded, make_draft):
    page, _, link = reminded
    make_draft(page, summary="A draft summary not yet approved")

    client.post(link)

    page = type(page).objects.get(pk=page.pk)
    assert page.last_reviewed == local_today()
    assert page.summary != "A draft summary not yet approved"
    latest = page.get_latest_revision_as_object()
    assert (latest.summary, latest.last_reviewed) == ("A draft summary not yet approved", local_today())


def test_still_correct_leaves_a_review_in_progress_alone(client, reminded, make_draft):
    page, volunteer, link = reminded
    make_draft(page, summary="A draft waiting for the Communities Team")
    page = type(page).objects.get(pk=page.pk)
    page.get_workflow().start(page, volunteer)
    revisions = page.revisions.count()

    client.post(link)

    page = type(page).objects.get(pk=page.pk)
    assert page.workflow_in_progress
    assert page.last_reviewed == local_today()
    assert page.summary != "A draft waiting for the Communities Team"
    assert page.revisions.count() == revisions
    assert not page.is_due_for_review


def test_a_link_works_once(client, reminded):
    page, _, link = reminded
    client.post(link)
    revisions = page.revisions.count()

    again = client.post(link)

    assert again.status_code == 410
    assert "already been checked" in again.content.decode()
    assert page.revisions.count() == revisions


@pytest.mark.parametrize(("days_later", "works"), [(27, True), (29, False)])
def test_a_link_expires_after_28_days(client, reminded, days_later, works):
    page, volunteer, link = reminded

    with time_machine.travel(timedelta(days=days_later)):
        client.force_login(volunteer)  # the first session has long timed out
        response = client.get(link)

    assert response.status_code == (200 if works else 410)
    if not works:
        assert "This link has expired" in response.content.decode()


def test_a_forged_link_is_refused(client, reminded):
    page, _, link = reminded
    forged = link[:-6] + ("A" if link[-6] != "A" else "B") + link[-5:]

    response = client.post(forged)

    assert response.status_code == 400
    assert "This link is not valid" in response.content.decode()
    assert type(page).objects.get(pk=page.pk).is_due_for_review


def test_a_link_only_works_for_the_volunteer_it_was_sent_to(reminded, client_as, volunteer_of):
    page, _, link = reminded

    for attacker in (client_as("volunteer_plan_b"), client_as("volunteer_a")):
        assert attacker.post(link).status_code == 403

    assert type(page).objects.get(pk=page.pk).is_due_for_review


def test_an_anonymous_visitor_is_asked_to_sign_in(reminded):
    from django.test import Client

    page, _, link = reminded

    response = Client().post(link)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert type(page).objects.get(pk=page.pk).is_due_for_review


def test_a_volunteer_who_has_moved_to_another_team_cannot_use_their_old_link(client, reminded, plan_b):
    page, volunteer, link = reminded
    volunteer.groups.set([plan_b.volunteer_team.group])

    assert client.post(link).status_code == 403
    assert type(page).objects.get(pk=page.pk).is_due_for_review
