from django.core.management.base import BaseCommand

from home.volunteers.provisioning import (
    ensure_communities_team,
    provision_volunteer_access,
    volunteer_page_models,
)


class Command(BaseCommand):
    help = (
        "Set up (or repair) the Communities Team group and every library's and planning group's volunteer "
        "team: group, collection, permissions and review workflow. Safe to run again."
    )

    def handle(self, *args, **options):
        ensure_communities_team()
        count = 0
        for model in volunteer_page_models():
            for page in model.objects.order_by("path"):
                provision_volunteer_access(page)
                count += 1
        self.stdout.write(self.style.SUCCESS(f"Volunteer access is set up for {count} pages."))
