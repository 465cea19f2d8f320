"""Library news pages made before news and events become news stories and events, drafts included."""

import json
import os
import subprocess  # noqa: S404 - runs this repository's own script
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("library_news_migration_check.py")


def test_old_library_news_and_events_are_migrated_with_their_drafts(tmp_path):
    # Its own process and database file: migrating backwards cannot happen inside a test's transaction.
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'migration.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
    }
    completed = subprocess.run(  # noqa: S603
        [sys.executable, str(SCRIPT)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    pages = json.loads(completed.stdout.strip().splitlines()[-1])

    assert pages["old-news"] == {
        "type": "NewsPage",
        "summary": "old-news summary",
        "start": None,
        "end": None,
        "venue_library": False,
        "date": "2026-04-01",
        "draft_type": "NewsPage",
        "draft_summary": "old-news draft",
    }
    event = pages["old-event"]
    assert event["type"] == event["draft_type"] == "EventPage"
    assert event["start"] == "2027-05-01T18:00:00+00:00"
    assert event["end"] == "2027-05-01T19:00:00+00:00"  # an hour, as no end was given
    assert event["venue_library"] is True  # held at the library it was posted under
    assert event["draft_summary"] == "old-event draft"
