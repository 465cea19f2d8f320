"""Joining the Neighbourhood Planning Network: the form, spam checks and duplicate handling."""

import time

from django import forms
from django.core import signing
from django.db import IntegrityError, transaction

from neighbourhood.models import NetworkSignup

# People take longer than this to read and fill in the form; scripts usually do not.
MINIMUM_SECONDS_TO_FILL_IN = 3
# A form open for longer than this is not sent: the visitor is asked to check it and send it again.
FORM_LIFETIME_SECONDS = 60 * 60 * 24
FORM_STAMP_SALT = "neighbourhood.network-signup"
EXPIRED_MESSAGE = (
    "This form was open for too long, so it was not sent. Your answers are still here: "
    "check them and press “Join the network” again."
)


def new_stamp(seconds_ago=0):
    return signing.dumps(time.time() - seconds_ago, salt=FORM_STAMP_SALT)


class NetworkSignupForm(forms.Form):
    name = forms.CharField(max_length=100, label="Your name", error_messages={"required": "Enter your name"})
    email = forms.EmailField(
        label="Email address",
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
    )
    group_or_parish = forms.CharField(max_length=150, required=False, label="Your group or parish (optional)")
    consent_to_contact = forms.BooleanField(
        label="I agree that the Communities Team may email me about neighbourhood planning",
        error_messages={
            "required": "Tick the box to agree to be contacted, or we cannot add you to the network"
        },
    )
    # Hidden from people (and labelled so for screen readers); bots fill in every field.
    website = forms.CharField(required=False, label="Leave this field empty")
    form_stamp = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["form_stamp"] = new_stamp()

    @classmethod
    def expired(cls, data):
        """The form as it was sent, with a fresh stamp (the visitor has filled it in once already) and
        EXPIRED_MESSAGE at the top."""
        data = data.copy()
        data["form_stamp"] = new_stamp(seconds_ago=MINIMUM_SECONDS_TO_FILL_IN)
        form = cls(data)
        form.full_clean()
        form.add_error(None, EXPIRED_MESSAGE)
        return form

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def has_expired(self):
        """A genuine stamp, but from a form left open longer than FORM_LIFETIME_SECONDS."""
        started = self._started()
        return started is not None and time.time() - started > FORM_LIFETIME_SECONDS

    def is_spam(self):
        """Filled-in honeypot, a forged stamp or a form sent faster than a person could: quietly drop it."""
        if self.cleaned_data.get("website"):
            return True
        started = self._started()
        return started is None or time.time() - started < MINIMUM_SECONDS_TO_FILL_IN

    def _started(self):
        """When the form was shown, from its signed stamp; None if the stamp is forged."""
        try:
            return float(signing.loads(self.cleaned_data["form_stamp"], salt=FORM_STAMP_SALT))
        except (signing.BadSignature, TypeError, ValueError):
            return None


def record_signup(data):
    """Add the person; someone already on the list keeps their entry, and is not told it existed."""
    try:
        with transaction.atomic():
            NetworkSignup.objects.create(
                name=data["name"],
                email=data["email"],
                group_or_parish=data["group_or_parish"],
                consent_to_contact=data["consent_to_contact"],
            )
    except IntegrityError:
        return False
    return True
