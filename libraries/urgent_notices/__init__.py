"""Urgent notices in the admin (docs/libraries.md): a library's volunteers post and withdraw their own,
live at once without review; the Communities Team is emailed and can withdraw any."""
