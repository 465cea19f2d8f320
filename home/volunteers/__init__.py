"""Delegated editing: volunteer teams that edit only their own page, and the Communities Team that moderates.

See docs/permissions.md.
"""
