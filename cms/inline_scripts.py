"""The one inline script public pages carry, and its hash for the Content-Security-Policy.

A hash rather than a per-response nonce: a page served from the cache is the same bytes for every
visitor, so it cannot carry a fresh nonce, and its script is allowed by what it is, not by a token.
"""

import base64
import hashlib

# Marks the page as scripted before it is drawn, so GOV.UK Frontend's styles do not jump.
JS_ENABLED = (
    "document.body.className += ' js-enabled' + "
    "('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');"
)


def csp_hash(script):
    digest = hashlib.sha256(script.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"
