"""The lists editors choose from: the seven districts, kinds of support and case study themes.

The Communities Team can add to the categories and themes in the admin (Local support menu).
Reversing removes only the rows this migration added, and only if nothing uses them.
"""

from django.db import migrations

DISTRICTS = [
    ("blaby", "Blaby"),
    ("charnwood", "Charnwood"),
    ("harborough", "Harborough"),
    ("hinckley-and-bosworth", "Hinckley & Bosworth"),
    ("melton", "Melton"),
    ("north-west-leicestershire", "North West Leicestershire"),
    ("oadby-and-wigston", "Oadby & Wigston"),
]

CATEGORIES = [
    ("befriending", "Befriending", "Someone to talk to, by phone or in person, on a regular basis."),
    ("lunch-clubs", "Lunch clubs and social groups", "A meal or an activity in good company."),
    ("carers", "Carers", "Support for people who look after a relative, partner or friend."),
    ("mental-health", "Mental health", "Support with feeling low, anxious or overwhelmed."),
    ("bereavement", "Bereavement", "Support after someone close to you has died."),
    ("digital-help", "Digital help", "Help to get online and stay in touch using a phone or computer."),
    ("transport", "Transport", "Help to get to appointments, shops and activities."),
    ("young-people", "Young people", "Groups and support for children and young people."),
    ("older-people", "Older people", "Groups and support for people in later life."),
    ("volunteering", "Volunteering", "Ways to give your time and meet people."),
]

THEMES = [
    ("loneliness", "Loneliness"),
    ("libraries", "Libraries"),
    ("young-people", "Young people"),
    ("older-people", "Older people"),
    ("dementia", "Dementia"),
    ("carers", "Carers"),
    ("food", "Food"),
    ("transport", "Transport"),
    ("volunteering", "Volunteering"),
    ("community-buildings", "Community buildings"),
    ("parish-and-town-councils", "Parish and town councils"),
    ("rural-communities", "Rural communities"),
    ("grants-and-funding", "Grants and funding"),
]


def seed(apps, schema_editor):
    ServiceDistrict = apps.get_model("toolkits", "ServiceDistrict")
    SupportCategory = apps.get_model("toolkits", "SupportCategory")
    CaseStudyTheme = apps.get_model("toolkits", "CaseStudyTheme")
    for slug, name in DISTRICTS:
        ServiceDistrict.objects.update_or_create(slug=slug, defaults={"name": name})
    for order, (slug, name, description) in enumerate(CATEGORIES):
        SupportCategory.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description, "sort_order": (order + 1) * 10}
        )
    for slug, name in THEMES:
        CaseStudyTheme.objects.get_or_create(slug=slug, defaults={"name": name})


def unseed(apps, schema_editor):
    apps.get_model("toolkits", "CaseStudyTheme").objects.filter(
        slug__in=[slug for slug, _ in THEMES], tagged_case_studies__isnull=True
    ).delete()
    apps.get_model("toolkits", "SupportCategory").objects.filter(
        slug__in=[slug for slug, *_ in CATEGORIES], services__isnull=True
    ).delete()
    apps.get_model("toolkits", "ServiceDistrict").objects.filter(
        slug__in=[slug for slug, _ in DISTRICTS], services__isnull=True
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("toolkits", "0002_toolkits_case_studies_and_support_services")]

    operations = [migrations.RunPython(seed, unseed)]
