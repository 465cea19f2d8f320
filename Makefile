# The README's two commands are `make run` and `make test`; everything else here serves them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: run test install lock frontend chromium services search-engine search-engine-stop lint check clean

## Install everything, build the front end, load the demo site and serve it at http://127.0.0.1:8000
run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) create_local_admin
	$(MANAGE) runserver 127.0.0.1:8000

## Run the whole test suite: unit, integration, browser and accessibility tests
test: install chromium
	$(BIN)/pytest -n auto $(PYTEST_ARGS)

install: $(VENV)/.installed frontend

# Exactly the versions in requirements-dev.lock, each checked against its hash. The site runs from this
# folder (as in the Dockerfile), so the project itself is not installed.
$(VENV)/.installed: requirements-dev.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements-dev.lock
	touch $@

# The lock files, compiled from pyproject.toml: requirements.lock (what the Dockerfile installs) and
# requirements-dev.lock (that and the test tools, what `make install` installs). After changing
# pyproject.toml, run `make lock`; `make lock UPGRADE=1` also moves every pin to the newest version allowed.
LOCK := $(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes --quiet \
	--custom-compile-command "make lock" $(if $(UPGRADE),--upgrade)
lock: $(VENV)/.installed
	$(LOCK) -o requirements.lock
	$(LOCK) --extra dev -o requirements-dev.lock

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

frontend: node_modules/.package-lock.json
	npm run build

## Debian's Chromium for the browser tests (Playwright cannot download its own browser here)
chromium:
	bash scripts/ensure-chromium.sh

## PostgreSQL and Redis on 127.0.0.1, installed from Debian's packages when missing
services:
	bash scripts/services.sh

## A real OpenSearch node on 127.0.0.1:9200, built from Maven Central (search-engine/)
search-engine:
	bash scripts/search-engine.sh start

search-engine-stop:
	bash scripts/search-engine.sh stop

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: install
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

clean:
	rm -rf $(VENV) node_modules cms/static/dist staticfiles
