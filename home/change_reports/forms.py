from django import forms

from home.models import ChangeReport


class ChangeReportForm(forms.ModelForm):
    # Hidden from people (and labelled so for screen readers); bots fill in every field.
    website = forms.CharField(required=False, label="Leave this field empty")

    class Meta:
        model = ChangeReport
        fields = ["what_is_wrong", "name", "email"]
        labels = {
            "what_is_wrong": "What is wrong or out of date?",
            "name": "Your name (optional)",
            "email": "Your email address (optional)",
        }
        help_texts = {
            "what_is_wrong": "For example, a phone number, opening time or address that has changed.",
            "email": "Only if you would like a reply. We use it for nothing else.",
        }
        error_messages = {
            "what_is_wrong": {
                "required": "Tell us what is wrong or out of date",
                "max_length": "Keep it to %(limit_value)d characters or fewer (it has %(show_value)d)",
            },
            "email": {"invalid": "Enter an email address in the correct format, like name@example.com"},
        }

    def is_spam(self):
        return bool(self.cleaned_data.get("website"))


class MarkDoneForm(forms.ModelForm):
    class Meta:
        model = ChangeReport
        fields = ["reply"]
        labels = {"reply": "Reply to the person who reported it (optional)"}
        help_texts = {
            "reply": "Emailed to them if they gave an address, e.g. “Thank you, we have updated it.”"
        }
