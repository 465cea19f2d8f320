"""An attacker's walk through every admin URL: one team's volunteer against another team's objects.

Every admin URL pattern that takes an object id (found by walking the URL resolver, so a view a
Wagtail upgrade adds is tried without editing this file) is requested with the ids of the other
team's pages, revisions, images, documents, workflow tasks and people, GET and then POST as a
browser would (the form the GET rendered, sent back). Every admin page without parameters is
requested too, searching for the other team. No response, redirect or message may name anything of
the other team's: everything of theirs carries MARK.
"""

from types import SimpleNamespace

import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import get_messages
from django.test import Client
from django.utils import timezone
from wagtail.admin.models import EditingSession
from wagtail.log_actions import log
from wagtail.models import Page, TaskState

from home.models import ChangeReport, VolunteerTeam
from home.volunteers.provisioning import set_trusted
from libraries.factories import CommunityLibraryPageFactory, UrgentNoticeFactory
from tests.admin_forms import rendered_form_data
from tests.admin_urls import admin_routes
from whatson.factories import event_page, news_page

pytestmark = pytest.mark.django_db

MARK = "quillfeather"
ROUTES = admin_routes()


@pytest.fixture(scope="module")
def other_team(built_once, django_db_blocker):
    """Team B's library (a pending draft retitles it), an unpublished news story, an event in review,
    an image and a document with tags, an urgent notice, and a volunteer who has been editing."""
    with django_db_blocker.unblock():
        return _other_team()


def _other_team():
    library = CommunityLibraryPageFactory(title=f"{MARK.title()} Library")
    team = VolunteerTeam.objects.get(page=library)
    volunteer = get_user_model().objects.create_user(
        f"{MARK}-volunteer", f"{MARK}@example.org.uk", "a-long-password", first_name=MARK.title()
    )
    volunteer.groups.add(team.group)
    library = _page(library)
    library.title = f"{MARK.title()} Library renamed in a draft"
    draft = library.save_revision(user=volunteer)
    news = news_page(library, title=f"{MARK.title()} news", summary=f"{MARK} news", live=False)
    news.save_revision(user=volunteer)
    in_review = event_page(library, title=f"{MARK.title()} event", summary=f"{MARK} event", live=False)
    in_review.save_revision(user=volunteer)
    workflow_state = in_review.get_workflow().start(in_review, volunteer)
    log(instance=_page(library), action="wagtail.edit", user=volunteer)
    image = wagtail_factories.ImageFactory(title=f"{MARK} image", collection=team.collection)
    image.tags.add(f"{MARK}-photo")
    document = wagtail_factories.DocumentFactory(
        title=f"{MARK} document", collection=team.collection, file__filename=f"{MARK}.txt"
    )
    document.tags.add(f"{MARK}-leaflet")
    notice = UrgentNoticeFactory(library=library, message=f"{MARK.title()} closed today")
    report = ChangeReport.objects.create(page=library, what_is_wrong=f"{MARK} phone number is wrong")
    editing = EditingSession.objects.create(
        user=volunteer,
        content_type=ContentType.objects.get_for_model(Page),
        object_id=str(library.pk),
        last_seen_at=timezone.now(),
    )
    return SimpleNamespace(
        notices=[notice],
        change_reports=[report],
        editing_sessions=[editing],
        pages=[library, news, in_review],
        revisions=[draft],
        images=[image],
        documents=[document],
        task_states=list(TaskState.objects.filter(workflow_state=workflow_state)),
        workflow_states=[workflow_state],
        tasks=[state.task_id for state in TaskState.objects.filter(workflow_state=workflow_state)],
        users=[volunteer],
        groups=[team.group],
        collections=[team.collection],
    )


@pytest.fixture
def attacker(attacker_and_own, db):
    """A volunteer of team A, trusted to publish (the most rights a volunteer can have), with a page
    and media of their own to mix with the other team's ids."""
    user, own = attacker_and_own
    # A crash is a 500 page, which names nothing: the walk goes on.
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return SimpleNamespace(client=client, own=own)


@pytest.fixture(scope="module")
def attacker_and_own(built_once, django_db_blocker):
    with django_db_blocker.unblock():
        return _attacker_and_own()


def _attacker_and_own():
    library = CommunityLibraryPageFactory(title="Ashwell Library")
    team = VolunteerTeam.objects.get(page=library)
    set_trusted(team, True, user=None)
    user = get_user_model().objects.create_user(
        "ashwell-volunteer", "ashwell@example.org.uk", "a-long-password"
    )
    user.groups.add(team.group)
    news = news_page(library, title="Ashwell news", summary="Ashwell news", live=False)
    news.save_revision(user=user).publish()
    event = event_page(library, title="Ashwell event", summary="Ashwell event", live=False)
    event.save_revision(user=user).publish()
    own = SimpleNamespace(
        pages=[library, news, event],
        revisions=[_page(library).latest_revision],
        images=[wagtail_factories.ImageFactory(title="Ashwell image", collection=team.collection)],
        documents=[wagtail_factories.DocumentFactory(title="Ashwell document", collection=team.collection)],
    )
    return user, own


def _page(page):
    return type(page.specific).objects.get(pk=page.pk)


def _ids(objects):
    return [getattr(obj, "pk", obj) for obj in objects]


def candidates_for(theirs, own):
    """The values to try for a URL parameter, chosen by what its name says it holds."""
    everything_of_theirs = [
        *theirs.pages,
        *theirs.revisions,
        *theirs.images,
        *theirs.documents,
        *theirs.task_states,
        *theirs.workflow_states,
        *theirs.users,
        *theirs.groups,
        *theirs.collections,
        *theirs.notices,
    ]
    models = {(obj._meta.app_label, obj._meta.model_name) for obj in everything_of_theirs}
    models |= {("wagtailcore", "page"), ("taggit", "tag")}

    def values(name, kind):
        if kind == "model":
            return sorted(models)
        if kind == "word":
            return {"action_name": ["approve", "reject", "cancel"], "filter_spec": ["original"]}.get(
                name, ["x"]
            )
        by_name = [
            ("report", theirs.change_reports),
            ("session", theirs.editing_sessions),
            ("revision", theirs.revisions + own.revisions),
            ("task_state", theirs.task_states),
            ("workflow_state", theirs.workflow_states),
            ("task", theirs.tasks),
            ("image", theirs.images + own.images),
            ("doc", theirs.documents + own.documents),
            ("page", theirs.pages + own.pages[:1]),
            ("destination", theirs.pages + own.pages[:1]),
            ("parent", theirs.pages + own.pages[:1]),
        ]
        for part, objects in by_name:
            if part in name:
                return _ids(objects)
        return _ids([*everything_of_theirs, *own.pages[:1]])

    return values


def leaks(response):
    """The places in a response where MARK appears: body, redirect, messages."""
    found = []
    if (
        not getattr(response, "streaming", False)
        and MARK in response.content.decode(errors="replace").lower()
    ):
        found.append("body")
    if MARK in response.headers.get("Location", "").lower():
        found.append("redirect")
    if any(MARK in str(message).lower() for message in get_messages(response.wsgi_request)):
        found.append("message")
    return found


def browser_post(client, url, get_response):
    """POST what a browser would: the form the GET rendered, or nothing when there was none."""
    data = {}
    if get_response.status_code == 200 and "text/html" in get_response.headers.get("Content-Type", ""):
        try:
            data = rendered_form_data(get_response)
        except AssertionError:
            data = {}
    return client.post(url, data)


@pytest.mark.parametrize(
    "route", [route for route in ROUTES if route.takes_an_id], ids=lambda route: route.route
)
def test_no_admin_url_with_an_id_shows_a_volunteer_another_teams_objects(route, attacker, other_team):
    own_ids = {str(pk) for pk in _ids(attacker.own.pages)}
    found = []
    for url, values in route.urls(candidates_for(other_team, attacker.own)):
        if {str(value) for name, value in values.items() if route.parameters[name] == "id"} <= own_ids:
            continue  # only their own ids: nothing of the other team's asked for
        response = attacker.client.get(url)
        found += [f"GET {url}: {place}" for place in leaks(response)]
        response = browser_post(attacker.client, url, response)
        found += [f"POST {url}: {place}" for place in leaks(response)]
    assert not found, "another team's objects named in:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "route", [route for route in ROUTES if not route.parameters], ids=lambda route: route.route
)
def test_no_admin_page_shows_a_volunteer_another_teams_objects_even_when_searched_for(
    route, attacker, other_team
):
    url = route.url({})
    collection = other_team.collections[0].pk
    # Searched for by the start of MARK, so that the search box showing the query is not a leak.
    for query in ("", f"?q={MARK[:5]}&term={MARK[:5]}", f"?collection_id={collection}"):
        response = attacker.client.get(url + query)
        assert not leaks(response), (url + query, leaks(response))
