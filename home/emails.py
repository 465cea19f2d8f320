"""Sending the site's plain-text emails, and saying in the log that one failed without saying to whom."""

from django.core.mail import send_mail

# What sending can raise: the mail server refusing (SMTPException is an OSError) or a header Django
# will not send (BadHeaderError is a ValueError).
MAIL_ERRORS = (OSError, ValueError)


def one_line(subject):
    """A subject on one line: a page title typed into a spreadsheet cell can hold a line break, and Django
    refuses a header with one."""
    return " ".join(subject.split())


def send_plain(subject, body, to):
    send_mail(one_line(subject), body, None, to)


def log_failure(logger, what, error):
    """Only the kind of error: an SMTP error's text (and so its traceback) quotes the addresses."""
    logger.error("%s (%s)", what, type(error).__name__)
