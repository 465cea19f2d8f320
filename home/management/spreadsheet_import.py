"""The shared shape of the spreadsheet import commands (import_libraries, import_np_status).

A section's spreadsheet module provides read_rows(path), plan_import(rows) -> planned rows, and
apply(planned rows) -> report with created, updated and unchanged. Each planned row has action
("create", "update" or "unchanged"), title, row (its row in the spreadsheet), changes and notes.
Nothing is written unless --apply is given, and nothing at all if any row has a problem.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from home.spreadsheets import READABLE_SUFFIXES, SpreadsheetError


class SpreadsheetImportCommand(BaseCommand):
    spreadsheet = None  # the section's spreadsheet module
    singular = "page"
    plural = "pages"
    file_help = "The spreadsheet: a .csv or .xlsx file."

    def add_arguments(self, parser):
        parser.add_argument("file", help=self.file_help)
        parser.add_argument(
            "--apply", action="store_true", help="Make the changes. Without it, nothing is changed."
        )

    def count(self, number):
        return f"1 {self.singular}" if number == 1 else f"{number} {self.plural}"

    def handle(self, *args, file, apply, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"There is no file at {path}.")
        if path.suffix.lower() not in READABLE_SUFFIXES:
            raise CommandError(
                f"{path.name} is not a .csv or .xlsx file. Save the spreadsheet as one of those."
            )

        try:
            planned = self.spreadsheet.plan_import(self.spreadsheet.read_rows(path))
        except SpreadsheetError as error:
            for problem in error.errors:
                self.stderr.write(str(problem))
            count = len(error.errors)
            raise CommandError(
                f"{count} problem{'s' if count != 1 else ''} in {path.name}. "
                "Nothing was changed: put them right and run the import again."
            ) from None

        if not apply:
            self.describe(planned)
            self.stdout.write("Dry run: nothing was changed. Run again with --apply to make these changes.")
            return

        report = self.spreadsheet.apply(planned)
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {self.count(len(report.created))}, updated {self.count(len(report.updated))}; "
                f"{self.count(len(report.unchanged))} unchanged."
            )
        )
        for title in report.created:
            self.stdout.write(f"  Created: {title}")
        for title in report.updated:
            self.stdout.write(f"  Updated: {title}")

    def describe(self, planned):
        to_create = [row for row in planned if row.action == "create"]
        to_update = [row for row in planned if row.action == "update"]
        unchanged = len(planned) - len(to_create) - len(to_update)

        self.stdout.write(f"Would create {self.count(len(to_create))}.")
        for row in to_create:
            self.stdout.write(f"  Create: {row.title} (row {row.row})")
        self.stdout.write(f"Would update {self.count(len(to_update))}.")
        for row in to_update:
            self.stdout.write(f"  Update: {row.title} (row {row.row}): changes {', '.join(row.changes)}")
            for note in row.notes:
                self.stdout.write(f"    {note}")
        self.stdout.write(f"{self.count(unchanged)} already match the spreadsheet.")
