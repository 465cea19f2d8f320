"""Starter synonyms from the words residents use; the Communities Team edits them in Settings > Search synonyms."""

from django.db import migrations

STARTER_SYNONYMS = [
    "lonely, loneliness, isolation, isolated, alone",
    "np, neighbourhood plan, neighborhood plan",
    "cafe, café, cafes, cafés",
    "befriending, befriend, befriender",
    "library, libraries",
    "carer, carers, caring",
    "referendum, vote",
    "dementia, alzheimers, memory loss",
    "wifi, wi-fi, internet",
    "youth, young people, teenagers",
    "transport, driver, drivers, car scheme",
]


def add_synonyms(apps, schema_editor):
    SynonymGroup = apps.get_model("site_search", "SynonymGroup")
    for terms in STARTER_SYNONYMS:
        SynonymGroup.objects.get_or_create(terms=terms)


def remove_synonyms(apps, schema_editor):
    apps.get_model("site_search", "SynonymGroup").objects.filter(terms__in=STARTER_SYNONYMS).delete()


class Migration(migrations.Migration):
    dependencies = [("site_search", "0001_synonyms_and_unanswered_searches")]

    operations = [migrations.RunPython(add_synonyms, remove_synonyms)]
