"""A resident reports a wrong phone number on a library page; the library's volunteer deals with it.
The form is accessible, fits a 320px screen and works from the keyboard."""

import pytest
from django.core import mail
from playwright.sync_api import expect

from libraries.factories import published_library

pytestmark = pytest.mark.browser

PASSWORD = "a-long-password"
WRONG_PHONE = "The phone number is wrong: it is now 0116 496 0999."


@pytest.fixture
def riverside(db):
    return published_library(title="Riverside Library", town="Riverside", phone="0116 496 0000")


def test_a_resident_reports_a_wrong_phone_number_and_the_volunteer_marks_it_done(
    demo_site, browser, riverside, django_user_model, axe_violations
):
    volunteer = django_user_model.objects.create_user(
        "riverside-volunteer", "riverside@example.org.uk", PASSWORD, first_name="Sam"
    )
    volunteer.groups.add(riverside.volunteer_team.group)

    resident = browser.new_page()
    resident.goto(demo_site.url + riverside.url)
    resident.get_by_role("link", name="Report a change to Riverside Library").click()
    expect(resident.get_by_role("heading", level=1)).to_have_text("Report a change to Riverside Library")
    assert axe_violations(resident) == []

    resident.get_by_role("button", name="Send report").click()  # nothing typed yet
    expect(resident.get_by_role("alert")).to_contain_text("Tell us what is wrong or out of date")
    assert axe_violations(resident) == []

    resident.get_by_label("What is wrong or out of date?").fill(WRONG_PHONE)
    resident.get_by_label("Your email address (optional)").fill("ada@example.org")
    resident.get_by_role("button", name="Send report").click()
    expect(resident.get_by_role("heading", name="Thank you for your report")).to_be_visible()
    assert axe_violations(resident) == []
    assert mail.outbox[0].to == ["riverside@example.org.uk"]

    admin = browser.new_page()
    admin.goto(demo_site.url + "/admin/login/")
    admin.get_by_label("Username").fill("riverside-volunteer")
    admin.get_by_label("Password").fill(PASSWORD)
    admin.get_by_role("button", name="Sign in").click()
    reports = admin.get_by_role("region", name="Reports of a change")
    expect(reports.get_by_text(WRONG_PHONE)).to_be_visible()
    reports.get_by_role("link", name="Deal with it").click()
    admin.get_by_label("Reply to the person who reported it (optional)").fill("Thank you, it is corrected.")
    admin.get_by_role("button", name="Mark as done").click()

    expect(admin.get_by_text("is marked as done")).to_be_visible()
    expect(admin.get_by_role("region", name="Reports of a change")).to_have_count(0)
    assert mail.outbox[-1].to == ["ada@example.org"]
    assert "Thank you, it is corrected." in mail.outbox[-1].body


def test_the_form_fits_a_phone_and_works_from_the_keyboard(demo_site, browser, riverside):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    resident = context.new_page()
    resident.goto(f"{demo_site.url}/report-a-change/page/{riverside.pk}/")

    overflow = resident.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0

    resident.get_by_label("What is wrong or out of date?").focus()
    resident.keyboard.type("The Monday hours are wrong.")
    for _ in range(3):  # name, email, then the button: the honeypot is out of the tab order
        resident.keyboard.press("Tab")
    expect(resident.get_by_role("button", name="Send report")).to_be_focused()
    resident.keyboard.press("Enter")
    expect(resident.get_by_role("heading", name="Thank you for your report")).to_be_visible()
    context.close()
