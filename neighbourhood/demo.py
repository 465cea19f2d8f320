"""Example content for this section of the demonstration site (filled in by the section's issue)."""


def load_demo(home, report):
    """Add this section's examples under the home page; must change nothing when run again."""
