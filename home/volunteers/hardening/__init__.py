"""The boundary between volunteer teams, where Wagtail's own checks leave gaps.

The permission tests (tests/home/permissions/, whose test_boundary.py walks every admin URL) found
where a volunteer could read another team's unpublished drafts, images, documents, tags or volunteers.
Wagtail checks *actions* well; what leaks is *names*: the admin shows a page's `draft_title` wherever
it lists pages, some views name the page before checking who asks, and listing filters offer every
user and tag on the site.

- `visibility`: what a volunteer may see of the rest of the site (the one place that decides);
- `pages`: page views checked before they name the page (a page viewset for every page type);
- `guards`: other Wagtail views, keyed by the views themselves, guarded by a middleware;
- `choices`: listing filters narrowed to the users and tags a volunteer may see;
- `choosers`, `bulk_actions`, `admin_api`: choosers, bulk actions and the admin API scoped.

`home/volunteers/checks.py` fails `manage.py check` (and start-up) if an upgrade stops Wagtail routing
to any view named here.
"""

from home.volunteers.hardening import admin_api, bulk_actions, choosers  # noqa: F401  (register hooks)
from home.volunteers.hardening.guards import VolunteerBoundaryMiddleware

__all__ = ["VolunteerBoundaryMiddleware"]
