"""The spreadsheet import commands (libraries, plan status, support services), kept for scripting.

Each names its section (a home.spreadsheet_sections.SpreadsheetSection); the admin's import runs the same
code. Nothing is written unless --apply is given, and nothing at all if any row has a problem.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from home.spreadsheets import READABLE_SUFFIXES, SpreadsheetError


class SpreadsheetImportCommand(BaseCommand):
    section = None  # the section's SpreadsheetSection
    file_help = "The spreadsheet: a .csv or .xlsx file."

    def add_arguments(self, parser):
        parser.add_argument("file", help=self.file_help)
        parser.add_argument(
            "--apply", action="store_true", help="Make the changes. Without it, nothing is changed."
        )

    def count(self, number):
        return f"1 {self.section.singular}" if number == 1 else f"{number} {self.section.plural}"

    def handle(self, *args, file, apply, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"There is no file at {path}.")
        if path.suffix.lower() not in READABLE_SUFFIXES:
            raise CommandError(
                f"{path.name} is not a .csv or .xlsx file. Save the spreadsheet as one of those."
            )

        try:
            plan = self.section.plan(self.section.read(path))
        except SpreadsheetError as error:
            self.refuse(path, error.errors)
        if plan.errors:
            self.refuse(path, plan.errors)

        if not apply:
            self.describe(plan)
            self.stdout.write("Dry run: nothing was changed. Run again with --apply to make these changes.")
            return

        report = self.section.apply(plan)
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

    def refuse(self, path, errors):
        for problem in errors:
            self.stderr.write(str(problem))
        count = len(errors)
        raise CommandError(
            f"{count} problem{'s' if count != 1 else ''} in {path.name}. "
            "Nothing was changed: put them right and run the import again."
        )

    def describe(self, plan):
        to_create, to_update = plan.with_action("create"), plan.with_action("update")
        self.stdout.write(f"Would create {self.count(len(to_create))}.")
        for row in to_create:
            self.stdout.write(f"  Create: {row.title} (row {row.row})")
            for note in row.notes:
                self.stdout.write(f"    {note}")
        self.stdout.write(f"Would update {self.count(len(to_update))}.")
        for row in to_update:
            self.stdout.write(
                f"  Update: {row.title} (row {row.row}): changes {', '.join(row.changed_columns)}"
            )
            for note in row.notes:
                self.stdout.write(f"    {note}")
        self.stdout.write(f"{self.count(len(plan.with_action('unchanged')))} already match the spreadsheet.")
