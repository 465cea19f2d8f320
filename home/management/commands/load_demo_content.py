from django.core.management.base import BaseCommand

from home.demo.loader import load_demo_content, reset_demo_content


class Command(BaseCommand):
    help = "Build the demo site from the council's documents. Safe to run again: it changes nothing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete every page under the home page and the demo images and documents first.",
        )

    def handle(self, *args, reset=False, **options):
        report = reset_demo_content() if reset else load_demo_content()
        if not report.changed:
            self.stdout.write("Demo content is already up to date: nothing changed.")
            return
        for title in report.created:
            self.stdout.write(f"Created: {title}")
        for title in report.updated:
            self.stdout.write(f"Updated: {title}")
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
