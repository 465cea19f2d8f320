from django.conf import settings
from django.core.management.base import BaseCommand

from home.retention import delete_old_personal_data


class Command(BaseCommand):
    help = (
        "Delete network sign-ups, invited accounts never signed in to, and search logs older than "
        "PERSONAL_DATA_RETENTION_DAYS, and the contact details of reports of a change done more than "
        "REPORT_RETENTION_DAYS ago. Run it daily (docs/retention.md)."
    )

    def handle(self, *args, **options):
        deleted = delete_old_personal_data()
        days = settings.PERSONAL_DATA_RETENTION_DAYS
        self.stdout.write(f"Deleted what was older than {days} days:")
        for what, count in deleted.items():
            self.stdout.write(f"  {count} {what}{'' if count == 1 else 's'}")
