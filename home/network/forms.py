"""The sign-up form: clear errors, spam checks (honeypot and a signed time stamp) and a form kept open
too long sent back with what was typed."""

import time

from django import forms
from django.core import signing

# People take longer than this to read and fill in the form; scripts usually do not.
MINIMUM_SECONDS_TO_FILL_IN = 3
# A form open for longer than this is not sent: the visitor is asked to check it and send it again.
FORM_LIFETIME_SECONDS = 60 * 60 * 24
FORM_STAMP_SALT = "home.network-signup"
EXPIRED_MESSAGE = (
    "This form was open for too long, so it was not sent. Your answers are still here: "
    "check them and press “Join the network” again."
)
TOO_MANY_MESSAGE = (
    "We have had too many sign-ups from your connection or for this email address in a short time. "
    "Your answers are still here: please try again in an hour."
)

INTERESTS = [
    ("libraries", "Community managed libraries"),
    ("neighbourhood-planning", "Neighbourhood planning"),
    ("grants", "Grants and funding"),
    ("community-buildings", "Community buildings and assets"),
    ("volunteering", "Volunteering and social action"),
    ("events", "Events and training"),
]


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
    area = forms.CharField(max_length=150, required=False, label="Your town, village or parish (optional)")
    interests = forms.MultipleChoiceField(
        choices=INTERESTS,
        required=False,
        label="What would you like to hear about? (optional)",
        widget=forms.CheckboxSelectMultiple,
    )
    consent_to_contact = forms.BooleanField(
        label="I agree that the Communities Team may email me for the purpose above",
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
    def resent(cls, data, message):
        """The form as it was sent, with a fresh stamp (the visitor has filled it in once already) and
        message at the top."""
        data = data.copy()
        data["form_stamp"] = new_stamp(seconds_ago=MINIMUM_SECONDS_TO_FILL_IN)
        form = cls(data)
        form.full_clean()
        form.add_error(None, message)
        return form

    @classmethod
    def expired(cls, data):
        return cls.resent(data, EXPIRED_MESSAGE)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def interest_labels(self):
        chosen = set(self.cleaned_data.get("interests", []))
        return [label for value, label in INTERESTS if value in chosen]

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
