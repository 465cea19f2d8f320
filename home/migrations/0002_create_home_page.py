"""Replace Wagtail's placeholder welcome page with the site's HomePage and point the default Site at it."""

from django.db import migrations

HOME_TITLE = "Leicestershire Communities"


def create_home_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")
    Locale = apps.get_model("wagtailcore.Locale")

    # Wagtail's own migration creates a "Welcome to your new Wagtail site!" page at /home/.
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()

    home_page_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    locale = Locale.objects.order_by("pk").first()
    home_page = HomePage.objects.create(
        title=HOME_TITLE,
        draft_title=HOME_TITLE,
        slug="home",
        content_type=home_page_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        hero_heading="Helping Leicestershire's communities help each other",
    )
    Page.objects.filter(depth=1).update(numchild=1)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "root_page": home_page, "site_name": HOME_TITLE, "port": 80},
    )


def remove_home_page(apps, schema_editor):
    apps.get_model("wagtailcore.Site").objects.filter(root_page__slug="home", root_page__depth=2).delete()
    apps.get_model("home.HomePage").objects.filter(slug="home", depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_home_page, remove_home_page)]
