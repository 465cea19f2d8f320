"""Report a change: visitors tell a page's volunteers that something on it is wrong.

See docs/change-reports.md."""
