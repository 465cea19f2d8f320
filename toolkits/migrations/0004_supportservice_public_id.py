"""Give every support service its stable Open Referral id (made from its name, as new ones are)."""

import uuid

from django.db import migrations, models

from toolkits.openreferral.ids import support_service_id


def give_ids(apps, schema_editor):
    SupportService = apps.get_model("toolkits", "SupportService")
    given = set()
    for service in SupportService.objects.filter(public_id__isnull=True).order_by("pk"):
        from_name = support_service_id(service.name)
        service.public_id = uuid.uuid4() if from_name in given else from_name  # two of the same name
        given.add(service.public_id)
        service.save(update_fields=["public_id"])


class Migration(migrations.Migration):
    dependencies = [("toolkits", "0003_seed_districts_categories_and_themes")]

    operations = [
        migrations.AddField(
            model_name="supportservice",
            name="public_id",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(give_ids, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="supportservice",
            name="public_id",
            field=models.UUIDField(
                editable=False,
                help_text="The service's id in the Open Referral feed. It never changes, so partners can follow it.",
                unique=True,
            ),
        ),
    ]
