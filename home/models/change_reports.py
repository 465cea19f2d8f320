from django.conf import settings
from django.db import models
from django.utils import timezone

# What a visitor may write: enough for a wrong phone number and opening times, not an essay.
WHAT_IS_WRONG_MAX_LENGTH = 2000


class ChangeReportQuerySet(models.QuerySet):
    def open(self):
        return self.filter(done_at__isnull=True)

    def done(self):
        return self.filter(done_at__isnull=False)


class ChangeReport(models.Model):
    """A visitor's note that something on a volunteer page (or a support service) is wrong.

    It is about exactly one of the two. Its reporter's name and email are optional, and are deleted
    settings.REPORT_RETENTION_DAYS after the report is done (home/retention.py)."""

    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="change_reports"
    )
    support_service = models.ForeignKey(
        "toolkits.SupportService",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="change_reports",
    )
    what_is_wrong = models.TextField("What is wrong", max_length=WHAT_IS_WRONG_MAX_LENGTH)
    name = models.CharField(max_length=100, blank=True)
    email = models.EmailField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    # Set when the report went to the Communities Team because nobody acted on it in time.
    escalated_at = models.DateTimeField(null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reply = models.TextField(blank=True)

    objects = ChangeReportQuerySet.as_manager()

    class Meta:
        ordering = ["created_at"]
        verbose_name = "report of a change"
        verbose_name_plural = "reports of a change"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(page__isnull=False, support_service__isnull=True)
                | models.Q(page__isnull=True, support_service__isnull=False),
                name="change_report_about_one_thing",
            )
        ]

    def __str__(self):
        return f"Report about {self.subject_title}"

    @property
    def subject(self):
        return self.page.specific if self.page_id else self.support_service

    @property
    def subject_title(self):
        return self.page.title if self.page_id else self.support_service.name

    @property
    def is_done(self):
        return self.done_at is not None


class SentReminder(models.Model):
    """One reminder or summary email sent by `send_reminders`, so a second run the same day sends nothing.

    `key` names what it was about, e.g. a page and the day its check fell due, or a week."""

    kind = models.CharField(max_length=30)
    key = models.CharField(max_length=100)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    sent_on = models.DateField()

    class Meta:
        constraints = [models.UniqueConstraint("kind", "key", name="unique_sent_reminder")]

    def __str__(self):
        return f"{self.kind} {self.key}"
