"""gunicorn's access log (the Dockerfile's server) never keeps what residents typed into the search box or
the library finder: the address is logged without its query string, and without the referring page."""

import gc
import runpy
import weakref
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from gunicorn.glogging import Logger

from tests.settings.test_settings import PROJECT_ROOT

CONFIG = PROJECT_ROOT / "gunicorn.conf.py"
TYPED = "query=jo%40example.org+LE12+9AB&near=52.7721,-1.2062"


def access_line(config):
    request = SimpleNamespace(
        headers=[], method="GET", path="/search/", query=TYPED, uri=f"/search/?{TYPED}", version=(1, 1)
    )
    environ = {
        "REQUEST_METHOD": "GET",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "PATH_INFO": "/search/",
        "QUERY_STRING": TYPED,
        "REMOTE_ADDR": "192.0.2.1",
        "HTTP_REFERER": f"https://communities.example.gov.uk/community-managed-libraries/?{TYPED}",
        "HTTP_USER_AGENT": "Firefox",
        "RAW_URI": f"/search/?{TYPED}",
    }
    response = SimpleNamespace(status="200 OK", sent=123, headers=[])
    logger = object.__new__(Logger)  # atoms() reads no configuration
    atoms = logger.atoms(response, request, environ, timedelta(seconds=0.01))
    return config["access_log_format"] % atoms


def test_the_dockerfile_starts_gunicorn_with_the_config_file():
    assert "gunicorn.conf.py" in (PROJECT_ROOT / "Dockerfile").read_text()


def test_the_access_log_keeps_the_path_but_not_what_was_typed():
    line = access_line(runpy.run_path(str(CONFIG)))

    assert "/search/" in line
    for typed in ("jo%40example.org", "LE12", "52.7721", "near="):
        assert typed not in line


def test_gunicorns_default_format_would_have_kept_it():
    from gunicorn.config import AccessLogFormat

    line = access_line({"access_log_format": AccessLogFormat.default})

    assert "LE12" in line


def test_the_config_file_is_real_python():
    assert Path(CONFIG).exists()


@pytest.fixture
def unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_a_worker_leaves_what_it_loaded_at_start_out_of_the_collectors_walks(unfrozen):
    config = runpy.run_path(str(CONFIG))

    config["post_worker_init"](SimpleNamespace(nr=0))

    assert gc.get_freeze_count() > 0


@pytest.mark.parametrize("served", [1, 999, 1001, 5000])
def test_a_worker_freezes_nothing_more_before_or_after_it_has_settled(unfrozen, served):
    config = runpy.run_path(str(CONFIG))

    config["post_request"](SimpleNamespace(nr=served), None, {}, None)

    assert gc.get_freeze_count() == 0


@pytest.mark.parametrize("when", ["at start", "at its thousandth request"])
def test_a_worker_frees_its_garbage_before_it_freezes_what_it_holds(unfrozen, when):
    config = runpy.run_path(str(CONFIG))

    class Cycle:
        pass

    garbage = Cycle()
    garbage.me = garbage
    freed = weakref.ref(garbage)
    del garbage
    if when == "at start":
        config["post_worker_init"](SimpleNamespace(nr=0))
    else:
        config["post_request"](SimpleNamespace(nr=config["SETTLED_AFTER_REQUESTS"]), None, {}, None)

    assert config["SETTLED_AFTER_REQUESTS"] == 1000
    assert gc.get_freeze_count() > 0
    assert freed() is None
