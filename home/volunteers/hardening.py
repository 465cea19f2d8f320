"""Closing gaps in Wagtail's own checks that the permission tests (tests/home/test_volunteer_permissions.py) found."""
