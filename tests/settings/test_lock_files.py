"""The lock files pin every dependency in pyproject.toml, with hashes, and are what gets installed.

A dependency added to pyproject.toml without `make lock` fails here rather than being installed at
whatever version is newest on the day.
"""

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
PIN = re.compile(r"^(?P<name>[A-Za-z0-9._-]+)(?:\[[^\]]*\])?==(?P<version>\S+)")


def pins(lock_name):
    """{name: (version, hashes)} for each package the lock file pins."""
    found = {}
    for block in re.split(r"\n(?=\S)", (ROOT / lock_name).read_text()):
        match = PIN.match(block)
        if match:
            found[canonicalize_name(match["name"])] = (match["version"], block.count("--hash=sha256:"))
    return found


LOCKS = {
    "requirements.lock": PYPROJECT["project"]["dependencies"],
    "requirements-dev.lock": [
        *PYPROJECT["project"]["dependencies"],
        *PYPROJECT["project"]["optional-dependencies"]["dev"],
    ],
}


@pytest.mark.parametrize(("lock_name", "requirement"), [(k, r) for k, rs in LOCKS.items() for r in rs])
def test_each_dependency_is_pinned_within_its_range(lock_name, requirement):
    requirement = Requirement(requirement)
    locked = pins(lock_name)

    assert canonicalize_name(requirement.name) in locked, f"{requirement.name}: run `make lock`"
    version, _ = locked[canonicalize_name(requirement.name)]
    assert requirement.specifier.contains(version, prereleases=True), (
        f"{lock_name} pins {requirement.name}=={version}, outside {requirement.specifier}: run `make lock`"
    )


@pytest.mark.parametrize("lock_name", LOCKS)
def test_every_pin_carries_hashes(lock_name):
    locked = pins(lock_name)

    assert len(locked) > len(LOCKS[lock_name])
    assert [name for name, (_, hashes) in locked.items() if hashes == 0] == []


def test_the_dev_lock_pins_the_site_at_the_same_versions():
    site, dev = pins("requirements.lock"), pins("requirements-dev.lock")

    assert {name: dev[name][0] for name in site} == {name: version for name, (version, _) in site.items()}


def test_the_site_lock_leaves_out_the_test_tools():
    assert "pytest" not in pins("requirements.lock")


def test_make_install_and_the_dockerfile_install_the_lock_files_with_their_hashes():
    makefile = (ROOT / "Makefile").read_text()
    dockerfile = (ROOT / "Dockerfile").read_text()

    assert "pip install --quiet --require-hashes --no-deps -r requirements-dev.lock" in makefile
    assert "pip install --no-cache-dir --require-hashes --no-deps -r /tmp/requirements.lock" in dockerfile
    assert "pyproject.toml" not in dockerfile.split("AS runtime")[0]
