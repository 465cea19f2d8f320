"""Create or update community managed library pages from a spreadsheet. See docs/libraries-spreadsheet.md."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from libraries import spreadsheet

EXTENSIONS = (".csv", ".xlsx")


def libraries(count):
    return "1 library" if count == 1 else f"{count} libraries"


class Command(BaseCommand):
    help = (
        "Create or update library pages from a .csv or .xlsx file, one row per library. "
        "Only reports what would change unless --apply is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The spreadsheet: a .csv or .xlsx file.")
        parser.add_argument(
            "--apply", action="store_true", help="Make the changes. Without it, nothing is changed."
        )

    def handle(self, *args, file, apply, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"There is no file at {path}.")
        if path.suffix.lower() not in EXTENSIONS:
            raise CommandError(
                f"{path.name} is not a .csv or .xlsx file. Save the spreadsheet as one of those."
            )

        try:
            plans = spreadsheet.plan_import(spreadsheet.read_rows(path))
        except spreadsheet.SpreadsheetError as error:
            for problem in error.errors:
                self.stderr.write(str(problem))
            count = len(error.errors)
            raise CommandError(
                f"{count} problem{'s' if count != 1 else ''} in {path.name}. "
                "Nothing was changed: put them right and run the import again."
            ) from None

        if not apply:
            self._describe(plans)
            self.stdout.write("Dry run: nothing was changed. Run again with --apply to make these changes.")
            return

        report = spreadsheet.apply(plans)
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {libraries(len(report.created))}, updated {libraries(len(report.updated))}; "
                f"{libraries(len(report.unchanged))} unchanged."
            )
        )
        for name in report.created:
            self.stdout.write(f"  Created: {name}")
        for name in report.updated:
            self.stdout.write(f"  Updated: {name}")

    def _describe(self, plans):
        to_create = [plan for plan in plans if plan.action == "create"]
        to_update = [plan for plan in plans if plan.action == "update"]
        unchanged = len(plans) - len(to_create) - len(to_update)

        self.stdout.write(f"Would create {libraries(len(to_create))}.")
        for plan in to_create:
            self.stdout.write(f"  Create: {plan.name} (row {plan.row_number})")
        self.stdout.write(f"Would update {libraries(len(to_update))}.")
        for plan in to_update:
            self.stdout.write(
                f"  Update: {plan.name} (row {plan.row_number}): changes {', '.join(plan.changes)}"
            )
            if plan.note:
                self.stdout.write(f"    {plan.note}")
        self.stdout.write(f"{libraries(unchanged)} already match the spreadsheet.")
