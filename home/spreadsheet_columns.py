"""A spreadsheet column, declared once: its heading, its help, how its cells are read and written.

Sections build their columns from these (libraries/spreadsheet.py, neighbourhood/spreadsheet.py,
toolkits/spreadsheet.py); home/spreadsheet_sections.py reads, checks and writes every section with them.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ValidationError

from home.districts import District
from home.spreadsheets import CellError, cell_text, parse_district


def as_text(value):
    return (value or "").replace("\r\n", "\n")


@dataclass(frozen=True)
class Column:
    """One column: its heading, what it means to the Communities Team, how its cells are read and written."""

    header: str
    help: str
    parse: Callable = str  # a non-empty cell's text -> the value, or CellError saying what is wrong
    format: Callable = as_text  # a value -> what the spreadsheet shows (text, a number or a date)
    empty: object = ""  # the value of an empty cell
    required: bool = False
    read_only: bool = False  # worked out from other columns: in the download, ignored by the import

    def text(self, value):
        """The value as the cell reads back, so that a value and the same value written differently agree."""
        return cell_text(self.format(value))


def district_column(help_text):
    return Column("district", help_text, parse=parse_district, format=district_label, required=True)


def district_label(value):
    return dict(District.choices).get(value, value or "")


def model_field(model, field_name, friendly_message=""):
    """A parse for a column that fills a model field as it is, checked by the field's own rules."""
    return lambda text: checked_by_model_field(model, field_name, text, friendly_message)


def contact_columns(model, whose, email_example):
    """The phone, email and website columns, for a model with fields of those names."""

    def parse_website(text):
        return checked_by_model_field(
            model,
            "website",
            text if "://" in text else f"https://{text}",
            "Enter a web address, like https://www.example.org.uk.",
        )

    return [
        Column("phone", f"Phone number as {whose} should see it.", parse=model_field(model, "phone")),
        Column(
            "email",
            "Email address.",
            parse=model_field(model, "email", f"Enter an email address, like {email_example}."),
        ),
        Column("website", "Website. https:// is added if you leave it off.", parse=parse_website),
    ]


def checked_by_model_field(model, field_name, text, friendly_message=""):
    """The text, if the model field's length and validators accept it; else CellError in plain words."""
    model_field = model._meta.get_field(field_name)
    if model_field.max_length and len(text) > model_field.max_length:
        raise CellError(f"This is {len(text)} characters long. It can be at most {model_field.max_length}.")
    try:
        model_field.run_validators(text)
    except ValidationError as error:
        raise CellError(friendly_message or " ".join(error.messages)) from None
    return text
