"""Volunteers' changes wait for the Communities Team: submit, approve or send back, all through the admin."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page, PageLogEntry, WorkflowState

from home.volunteers.provisioning import set_trusted
from libraries.models import CommunityLibraryPage, LibraryIndexPage
from tests.admin_forms import resubmit

pytestmark = pytest.mark.django_db


@pytest.fixture
def riverside():
    """A published library page (its StreamFields empty, so the admin form can be resubmitted as drawn)."""
    index = LibraryIndexPage.objects.get()
    page = CommunityLibraryPage(
        title="Riverside Test Library",
        address="1 Test Street",
        town="Testtown",
        postcode="LE12 9AB",
        district="charnwood",
        summary="A library run by volunteers.",
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def volunteer(riverside, make_user):
    return make_user("riverside-volunteer", riverside.volunteer_team.group)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def submit_change(client, page, **changes):
    return resubmit(client, edit_url(page), action="action-submit", **changes)


def current_task_state(page):
    return (
        WorkflowState.objects.for_instance(page)
        .get(status=WorkflowState.STATUS_IN_PROGRESS)
        .current_task_state
    )


def test_a_volunteers_change_waits_for_review_and_the_team_is_told(client, riverside, volunteer, moderator):
    client.force_login(volunteer)
    response = submit_change(client, riverside, summary="Now open on Sunday mornings.")

    assert response.status_code == 302
    riverside.refresh_from_db()
    assert riverside.summary != "Now open on Sunday mornings."  # the public page is unchanged
    assert riverside.workflow_in_progress
    assert current_task_state(riverside).task.name == "Communities Team approval"
    notified = [message for message in mail.outbox if moderator.email in message.to]
    assert notified, "the moderators were not emailed about the submission"
    assert riverside.title in notified[0].subject + notified[0].body


def test_approving_publishes_the_volunteers_change(client, riverside, volunteer, moderator):
    client.force_login(volunteer)
    submit_change(client, riverside, summary="Now open on Sunday mornings.")

    client.force_login(moderator)
    task_state = current_task_state(riverside)
    url = reverse("wagtailadmin_pages:workflow_action", args=[riverside.pk, "approve", task_state.pk])
    assert client.post(url, {"comment": ""}).status_code == 302

    riverside.refresh_from_db()
    assert riverside.summary == "Now open on Sunday mornings."
    assert not riverside.workflow_in_progress
    assert client.get(riverside.url).content.decode().count("Now open on Sunday mornings.")


def test_sending_back_keeps_the_page_as_it_was_and_emails_the_comment(
    client, riverside, volunteer, moderator
):
    before = riverside.summary
    client.force_login(volunteer)
    submit_change(client, riverside, summary="Open every day, 24 hours.")
    mail.outbox.clear()

    client.force_login(moderator)
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[riverside.pk, "reject", current_task_state(riverside).pk]
    )
    client.post(url, {"comment": "Please check these hours with the library committee."})

    riverside.refresh_from_db()
    assert riverside.summary == before
    assert (
        riverside.get_latest_revision_as_object().summary == "Open every day, 24 hours."
    )  # the draft is kept
    to_volunteer = [message for message in mail.outbox if volunteer.email in message.to]
    assert to_volunteer
    assert "Please check these hours with the library committee." in to_volunteer[0].body


def test_a_volunteer_cannot_publish_by_posting_the_publish_button(client, riverside, volunteer):
    client.force_login(volunteer)
    resubmit(client, edit_url(riverside), action="action-publish", summary="Published without review?")

    riverside.refresh_from_db()
    assert riverside.summary != "Published without review?"
    assert not PageLogEntry.objects.filter(page=riverside, action="wagtail.publish", user=volunteer).exists()


def test_a_trusted_team_publishes_its_own_changes(client, riverside, volunteer, moderator):
    set_trusted(riverside.volunteer_team, True, moderator)
    client.force_login(volunteer)
    resubmit(client, edit_url(riverside), action="action-publish", summary="Trusted change.")

    riverside.refresh_from_db()
    assert riverside.summary == "Trusted change."


def test_approval_covers_one_change_and_the_next_is_a_draft_until_approved_again(
    client, riverside, volunteer, moderator
):
    client.force_login(volunteer)
    submit_change(client, riverside, summary="First change.")
    client.force_login(moderator)
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[riverside.pk, "approve", current_task_state(riverside).pk]
    )
    client.post(url, {"comment": ""})

    client.force_login(volunteer)
    resubmit(client, edit_url(riverside), summary="Second change, saved as a draft.")

    riverside.refresh_from_db()
    assert riverside.summary == "First change."
    assert riverside.has_unpublished_changes
    assert not riverside.workflow_in_progress
    submit_change(client, riverside, summary="Second change, submitted.")
    assert Page.objects.get(pk=riverside.pk).workflow_in_progress  # a fresh review starts


def test_the_audit_log_records_who_submitted_and_who_approved(client, riverside, volunteer, moderator):
    client.force_login(volunteer)
    submit_change(client, riverside, summary="Logged change.")
    client.force_login(moderator)
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[riverside.pk, "approve", current_task_state(riverside).pk]
    )
    client.post(url, {"comment": "Looks right."})

    entries = {(entry.action, entry.user_id) for entry in PageLogEntry.objects.filter(page=riverside)}
    assert ("wagtail.workflow.start", volunteer.pk) in entries
    assert ("wagtail.workflow.approve", moderator.pk) in entries
    assert ("wagtail.publish", moderator.pk) in entries
