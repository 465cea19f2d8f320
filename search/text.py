"""Plain text helpers for search: fold accents and case, split into words."""

import re
import unicodedata

WORD = re.compile(r"\w+")


def fold(text):
    """Lower case without accents: “Café” -> “cafe”."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def words(text):
    """The words in a text, lower case, accents kept; punctuation and symbols dropped."""
    return WORD.findall(unicodedata.normalize("NFKC", text).casefold().replace("_", " "))


def is_in_another_script(text):
    """Whether most letters typed are not Latin ("библиотека", "مكتبة"): the site is in English."""
    letters = [char for char in text if char.isalpha()]
    other = [char for char in letters if not unicodedata.name(char, "").startswith("LATIN")]
    return bool(letters) and len(other) * 2 > len(letters)
