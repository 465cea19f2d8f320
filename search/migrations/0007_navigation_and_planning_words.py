"""More starter synonyms: how residents name the site's own pages, documents and planning stages.

"About us" and "contact us" mean the Communities Team; "GDPR" means the privacy notice; a "booklet"
or a "pdf" is one of the downloads; the regulation numbers name the consultations of a neighbourhood
plan. The Communities Team edits them in Settings > Search synonyms.
"""

from django.db import migrations

TWO_WAY = [
    "gdpr, data protection, privacy",
]
ONE_WAY = [
    "about us, communities team",
    "contact us, communities team, contact",
    "booklet, downloads, printable",
    "pdf, downloads, printable",
    "regulation 14, pre-submission consultation",
    "regulation 16, submission, submitted",
    "examination, examiner",
]


def add_groups(apps, schema_editor):
    SynonymGroup = apps.get_model("site_search", "SynonymGroup")
    for terms in TWO_WAY:
        SynonymGroup.objects.get_or_create(terms=terms, defaults={"one_way": False})
    for terms in ONE_WAY:
        SynonymGroup.objects.get_or_create(terms=terms, defaults={"one_way": True})


def remove_groups(apps, schema_editor):
    apps.get_model("site_search", "SynonymGroup").objects.filter(terms__in=TWO_WAY + ONE_WAY).delete()


class Migration(migrations.Migration):
    dependencies = [("site_search", "0006_starter_thesaurus")]

    operations = [migrations.RunPython(add_groups, remove_groups)]
