"""Stable Open Referral ids: the same thing keeps the same UUID through edits, imports and rebuilds.

Each id is a UUID5 of a fixed namespace and a natural key that volunteers and spreadsheets also use to
find the thing (a slug, a weekday and time); support services store theirs (see SupportService.public_id),
since their only natural key, the name, may be corrected in the admin.
"""

import uuid

# Fixed for ever: changing it would give every published record a new id.
NAMESPACE = uuid.UUID("2f8329d8-88d2-4d64-8c12-30c70ada3a50")


def stable_id(*parts):
    """The UUID for a natural key, e.g. stable_id("library", "anstey-library", "location")."""
    return str(uuid.uuid5(NAMESPACE, "/".join(str(part) for part in parts)))


def support_service_id(name):
    """What a new support service's stored id is made from: its name, so a re-imported one keeps it."""
    return uuid.uuid5(NAMESPACE, "support-service/" + " ".join(name.casefold().split()))
