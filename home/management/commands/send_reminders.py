from django.core.management.base import BaseCommand

from home.change_reports.emails import escalate_unanswered_reports
from home.volunteers.reminders import send_check_reminders, send_weekly_summary


class Command(BaseCommand):
    help = (
        "Email volunteers whose pages are due for a check (and again 14 days later), send the "
        "Communities Team reports nobody has dealt with in 14 days and, once a week, a summary. "
        "Run it daily; running it twice sends nothing twice (docs/deployment.md)."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"{send_check_reminders()} reminder email(s) to volunteers")
        self.stdout.write(f"{escalate_unanswered_reports()} report(s) sent on to the Communities Team")
        self.stdout.write(f"{send_weekly_summary()} weekly summary sent to the Communities Team")
