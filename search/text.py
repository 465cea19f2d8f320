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
