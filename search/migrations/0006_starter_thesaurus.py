"""A starter thesaurus for the site's topics, from the words residents use for them.

Two-way groups are words for the same thing; in a one-way group only the first word brings in the
rest (a search for "anxiety" finds mental health pages; "mental health" is not widened to anxiety).
The Communities Team edits them in Settings > Search synonyms.
"""

from django.db import migrations

TWO_WAY = [
    "older people, elderly, pensioners, older residents, seniors, retired",
    "grief, bereavement, bereaved, grieving",
    "mental health, wellbeing, emotional wellbeing",
    "digital help, computers, computer, internet, digital skills",
    "food bank, foodbank, food parcels",
    "children, kids, families",
]
ONE_WAY = [
    "friendship, befriending, loneliness",
    "anxiety, mental health, wellbeing",
    "depression, mental health, wellbeing",
    "photocopying, printing",
    "tablet, digital help, computers",
]


def add_thesaurus(apps, schema_editor):
    SynonymGroup = apps.get_model("site_search", "SynonymGroup")
    for terms in TWO_WAY:
        SynonymGroup.objects.get_or_create(terms=terms, defaults={"one_way": False})
    for terms in ONE_WAY:
        SynonymGroup.objects.get_or_create(terms=terms, defaults={"one_way": True})


def remove_thesaurus(apps, schema_editor):
    apps.get_model("site_search", "SynonymGroup").objects.filter(terms__in=TWO_WAY + ONE_WAY).delete()


class Migration(migrations.Migration):
    dependencies = [("site_search", "0005_synonym_one_way")]

    operations = [migrations.RunPython(add_thesaurus, remove_thesaurus)]
