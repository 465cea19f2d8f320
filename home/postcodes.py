"""UK postcodes: check the format, store them the way Royal Mail writes them ("LE12 9AB")."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import models

# The formats Royal Mail uses, plus GIR 0AA. A format check only: it cannot say the postcode exists.
POSTCODE_PATTERN = re.compile(r"^(GIR0AA|[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][ABD-HJLNP-UW-Z]{2})$")
OUTWARD_CODE_PATTERN = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?$")


def normalise_postcode(value):
    """Upper case, one space before the last three characters: " le12 9ab " -> "LE12 9AB"."""
    compact = re.sub(r"\s+", "", value or "").upper()
    if len(compact) < 5:
        return compact
    return f"{compact[:-3]} {compact[-3:]}"


def validate_postcode(value):
    if not POSTCODE_PATTERN.match(re.sub(r"\s+", "", value or "").upper()):
        raise ValidationError(
            "Enter a real UK postcode, like LE12 9AB.", code="invalid_postcode", params={"value": value}
        )


def outward_code(postcode):
    """The first half of a postcode, the postcode district: "LE12 9AB" -> "LE12"."""
    return normalise_postcode(postcode).split(" ")[0] if postcode else ""


def looks_like_outward_code(text):
    return bool(OUTWARD_CODE_PATTERN.match(re.sub(r"\s+", "", text or "").upper()))


class PostcodeFormField(forms.CharField):
    """Accepts a postcode typed any way ("le12  9ab"); the format check, not a length, decides."""

    def __init__(self, *, max_length=None, **kwargs):
        super().__init__(max_length=20, **kwargs)
        self.widget.attrs.update({"autocomplete": "postal-code", "spellcheck": "false"})

    def to_python(self, value):
        value = super().to_python(value)
        return normalise_postcode(value) if value else value


class PostcodeField(models.CharField):
    """A UK postcode, validated and stored normalised."""

    default_validators = [validate_postcode]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 8)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("max_length") == 8:
            del kwargs["max_length"]
        return name, path, args, kwargs

    def to_python(self, value):
        value = super().to_python(value)
        return normalise_postcode(value) if value else value

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": PostcodeFormField, **kwargs})

    def pre_save(self, model_instance, add):
        value = normalise_postcode(getattr(model_instance, self.attname) or "")
        setattr(model_instance, self.attname, value)
        return value
