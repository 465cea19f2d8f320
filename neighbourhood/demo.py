"""Example neighbourhood plans for the demonstration site, one at each stage.

The areas are invented (each says "(example)"), so nothing here is a claim about a real parish's
plan. The county's real figures (125 groups, 38 made plans in 2020/21) arrive with the
Communities Team's status sheet (manage.py import_np_status).
"""

from datetime import date

from home.demo.loader import ensure_child
from neighbourhood.factories import NeighbourhoodPlanPageFactory, NetworkSignupPageFactory
from neighbourhood.models import NeighbourhoodPlanningIndexPage
from neighbourhood.stages import Stage

EXAMPLE_NOTE = (
    "<p>This is an example neighbourhood plan for the demonstration site. The area, group and dates "
    "are invented to show each stage of a plan.</p>"
)

# (area, district, group, [(stage, start, end, turnout, yes %), ...])
DEMO_PLANS = [
    (
        "Millbrook",
        "harborough",
        "Millbrook Parish Council (example)",
        [
            (Stage.DESIGNATED, "2023-03-01", None, None, None),
            (Stage.PRE_SUBMISSION, "2024-05-01", "2024-06-15", None, None),
            (Stage.SUBMISSION, "2025-01-10", "2025-02-21", None, None),
            (Stage.EXAMINATION, "2025-04-01", "2025-06-30", None, None),
            (Stage.REFERENDUM, "2027-02-11", None, None, None),
        ],
    ),
    (
        "Sutton Fields",
        "harborough",
        "Sutton Fields Neighbourhood Plan Steering Group (example)",
        [
            (Stage.DESIGNATED, "2017-01-16", None, None, None),
            (Stage.PRE_SUBMISSION, "2018-04-09", "2018-05-21", None, None),
            (Stage.SUBMISSION, "2018-10-01", "2018-11-12", None, None),
            (Stage.EXAMINATION, "2019-01-07", "2019-03-29", None, None),
            (Stage.REFERENDUM, "2019-06-06", None, "34.1", "91.6"),
            (Stage.MADE, "2019-07-15", None, None, None),
        ],
    ),
    (
        "Kings Harrow",
        "hinckley-and-bosworth",
        "Kings Harrow Parish Council (example)",
        [
            (Stage.DESIGNATED, "2019-06-03", None, None, None),
            (Stage.PRE_SUBMISSION, "2020-09-01", "2020-10-15", None, None),
            (Stage.SUBMISSION, "2021-03-01", "2021-04-12", None, None),
            (Stage.EXAMINATION, "2021-06-01", "2021-08-31", None, None),
            (Stage.REFERENDUM, "2021-11-04", None, "32.5", "89.2"),
            (Stage.MADE, "2021-12-13", None, None, None),
        ],
    ),
    (
        "Thornby Cross",
        "charnwood",
        "Thornby Cross Parish Council (example)",
        [
            (Stage.DESIGNATED, "2022-02-01", None, None, None),
            (Stage.PRE_SUBMISSION, "2026-11-02", "2026-12-14", None, None),
        ],
    ),
    (
        "Ashwell Green",
        "north-west-leicestershire",
        "Ashwell Green Neighbourhood Forum (example)",
        [
            (Stage.DESIGNATED, "2021-05-04", None, None, None),
            (Stage.PRE_SUBMISSION, "2022-06-01", "2022-07-15", None, None),
            (Stage.SUBMISSION, "2023-02-01", "2023-03-17", None, None),
        ],
    ),
    (
        "Eastwell Magna",
        "melton",
        "Eastwell Magna Parish Meeting (example)",
        [(Stage.DESIGNATED, "2024-09-02", None, None, None)],
    ),
]

NETWORK_PAGE = {
    "slug": "join-the-network",
    "title": "Join the Neighbourhood Planning Network",
    "summary": "Get news, guidance and invitations to events about neighbourhood planning in Leicestershire.",
    "intro": (
        "<p>The Neighbourhood Planning Network brings together people writing neighbourhood plans across "
        "Leicestershire. In 2019/20 it had 250 members.</p>"
    ),
    "purpose": (
        "<p>Example wording: the Communities Team will use your name and email address only to send you "
        "news, guidance and invitations about neighbourhood planning. You can ask us to remove you at any "
        "time. See the privacy notice.</p>"
    ),
    "thank_you": "<p>We will email you with news about neighbourhood planning.</p>",
}


def plan_fields(area, district, group, milestones):
    from decimal import Decimal

    fields = {
        "slug": f"{area.lower().replace(' ', '-')}-neighbourhood-plan-example",
        "title": f"{area} Neighbourhood Plan (example)",
        "summary": f"Example plan: how {area} is shaping where new homes, green spaces and services go.",
        "area_name": f"{area} (example)",
        "district": district,
        "group_name": group,
        "contact_email": f"{area.lower().replace(' ', '.')}.plan@example.org.uk",
        "body": [{"type": "inset", "value": EXAMPLE_NOTE}],
    }
    relations = {
        "milestones": [
            {
                "stage": stage.value,
                "date": date.fromisoformat(start),
                "end_date": date.fromisoformat(end) if end else None,
                "turnout": Decimal(turnout) if turnout else None,
                "yes_percent": Decimal(yes) if yes else None,
                "sort_order": position,
            }
            for position, (stage, start, end, turnout, yes) in enumerate(milestones)
        ]
    }
    return fields, relations


def load_demo(home, report):
    index = NeighbourhoodPlanningIndexPage.objects.child_of(home).get()
    for area, district, group, milestones in DEMO_PLANS:
        fields, relations = plan_fields(area, district, group, milestones)
        ensure_child(index, NeighbourhoodPlanPageFactory, fields, report, relations)
    ensure_child(index, NetworkSignupPageFactory, dict(NETWORK_PAGE), report)
