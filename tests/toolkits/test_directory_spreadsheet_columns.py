"""The support services spreadsheet carries what the directory filters and shows: who it is for, free or
paid, where it meets and its accessibility."""

import pytest

from toolkits.models import SupportService
from toolkits.spreadsheet import section

pytestmark = pytest.mark.django_db

ROW = {
    "name": "Lunch club (test)",
    "description": "Hot lunches on Tuesdays.",
    "categories": "lunch-clubs",
    "districts": "Charnwood",
}


def test_directory_columns_import_by_label_or_value_and_export_back():
    row = ROW | {
        "audience": "carers",
        "charge": "Free",
        "address": "Village Hall, Quorn",
        "postcode": "le12 8aa",
        "accessibility": "Step-free entrance",
    }

    plan = section.plan([row])
    assert plan.errors == []
    section.apply(plan)

    service = SupportService.objects.get(name="Lunch club (test)")
    assert (service.audience, service.charge, service.postcode) == ("carers", "free", "LE12 8AA")
    assert (service.address, service.accessibility) == ("Village Hall, Quorn", "Step-free entrance")
    exported = dict(zip(section.headers, next(iter(section.rows([service]))), strict=True))
    assert (exported["audience"], exported["charge"]) == ("Carers", "Free")


def test_empty_directory_cells_mean_everyone_and_cost_unknown():
    section.apply(section.plan([ROW | {"audience": "", "charge": ""}]))

    service = SupportService.objects.get(name="Lunch club (test)")
    assert (service.audience, service.charge) == ("everyone", "")


@pytest.mark.parametrize(
    ("column", "text"), [("audience", "Aliens"), ("charge", "Gratis"), ("postcode", "XX")]
)
def test_a_bad_directory_cell_names_the_choices(column, text):
    plan = section.plan([ROW | {column: text}])

    assert [(error.column, bool(error.message)) for error in plan.errors] == [(column, True)]
    if column != "postcode":
        assert "Carers" in plan.errors[0].message or "Free" in plan.errors[0].message
