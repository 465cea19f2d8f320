"""The county status sheet: every group's plan, filtered and sorted, and the figures computed from it."""

from collections import Counter
from dataclasses import dataclass

from django import forms

from home.districts import District
from neighbourhood.stages import NOT_STARTED_LABEL, STAGE_ORDER, Stage, short_label, stage_index

SORTS = {
    "area": lambda row: row.plan.area_name.casefold(),
    "district": lambda row: (row.plan.get_district_display(), row.plan.area_name.casefold()),
    "stage": lambda row: (row.stage_position, row.plan.area_name.casefold()),
    "updated": lambda row: (row.latest_date is None, row.latest_date),
}


class StatusFilterForm(forms.Form):
    district = forms.ChoiceField(required=False, choices=[("", "All districts"), *District.choices])
    stage = forms.ChoiceField(
        required=False, choices=[("", "All stages"), ("not-started", NOT_STARTED_LABEL), *Stage.choices]
    )
    sort = forms.ChoiceField(required=False, choices=[(key, key) for key in SORTS])
    order = forms.ChoiceField(required=False, choices=[("asc", "asc"), ("desc", "desc")])


def status_filters(query):
    """The filter form for the address's query, and its valid filters (bad ones are ignored)."""
    form = StatusFilterForm(query or None)
    return form, form.cleaned_data if form.is_valid() else {}


@dataclass
class StatusRow:
    plan: object

    @property
    def milestones(self):
        return self.plan.milestone_list

    @property
    def stage(self):
        return self.plan.current_stage

    @property
    def stage_position(self):
        return -1 if self.stage is None else stage_index(self.stage)

    @property
    def stage_label(self):
        return NOT_STARTED_LABEL if self.stage is None else short_label(self.stage)

    @property
    def latest_date(self):
        return max((m.date for m in self.milestones), default=None)

    def date_of(self, stage):
        return next((m.date for m in self.milestones if m.stage == stage), None)

    @property
    def designated_date(self):
        return self.date_of(Stage.DESIGNATED)

    @property
    def referendum_date(self):
        return self.date_of(Stage.REFERENDUM)


def status_rows(plans, data):
    """Rows for the plans matching the filter, in the chosen order (area A-Z by default)."""
    rows = [StatusRow(plan) for plan in plans]
    if data.get("district"):
        rows = [row for row in rows if row.plan.district == data["district"]]
    if data.get("stage") == "not-started":
        rows = [row for row in rows if row.stage is None]
    elif data.get("stage"):
        rows = [row for row in rows if row.stage == data["stage"]]
    sort = data.get("sort") or "area"
    rows.sort(key=SORTS[sort], reverse=data.get("order") == "desc")
    return rows


@dataclass
class HeadlineFigures:
    active_groups: int
    designated_areas: int
    made_plans: int
    by_stage: list
    next_referendums: list


def headline_figures(plans, today):
    """Counts over the groups' own data: what the Communities Team used to total by hand."""
    plans = list(plans)
    stages = Counter(plan.current_stage for plan in plans)
    designated = sum(1 for plan in plans if any(m.stage == Stage.DESIGNATED for m in plan.milestone_list))
    referendums = sorted(
        (
            (milestone.date, plan)
            for plan in plans
            for milestone in plan.milestone_list
            if milestone.stage == Stage.REFERENDUM and milestone.date >= today
        ),
        key=lambda item: item[0],
    )
    return HeadlineFigures(
        active_groups=len(plans),
        designated_areas=designated,
        made_plans=stages[Stage.MADE],
        by_stage=[(short_label(stage), stages[stage], stage) for stage in STAGE_ORDER],
        next_referendums=referendums[:5],
    )
