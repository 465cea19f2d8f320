"""Schemathesis drives the feed through the WSGI app with requests made up from the profile's
openapi.json: no request may cause a server error or an answer that breaks the profile's schemas.

Every check runs but three about what to refuse: the profile documents only 200 and leaves page and
per_page unbounded, but an unknown id is not found (404) and page 0 or per_page 0 get a 400 that says
why (test_openreferral.py pins both, and checks every real id against the schemas); and parameters the
feed does not know (the profile's own `format` or `modified_after`, say) are ignored, not refused.
"""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import (
    negative_data_rejection,
    positive_data_acceptance,
    status_code_conformance,
)

from tests.toolkits.openreferral_schemas import openapi

schema = schemathesis.openapi.from_dict(openapi())
wsgi_app = WSGIHandler()


@pytest.fixture
def same_database_connection(db):
    """Keeps the test's transaction open across requests, as Django's own test client does."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_feed_conforms_to_the_profile(case, same_database_connection):
    case.call_and_validate(
        app=wsgi_app,
        base_url="http://testserver/api/openreferral",
        excluded_checks=[status_code_conformance, positive_data_acceptance, negative_data_rejection],
    )
