"""A form whose security token is missing or stale (CSRF) gets a page in the site's own style that says
what happened and what to do, never Django's bare "CSRF verification failed" page."""

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_stale_sign_in_form_explains_itself_in_the_sites_style():
    browser = Client(enforce_csrf_checks=True)

    response = browser.post(reverse("wagtailadmin_login"), {"username": "someone", "password": "secret"})

    assert response.status_code == 403
    text = response.content.decode()
    assert "CSRF verification failed" not in text
    assert "This form was open for too long, so it was not sent" in text
    assert "govuk-template" in text and "Leicestershire Communities" in text
    assert "secret" not in text
