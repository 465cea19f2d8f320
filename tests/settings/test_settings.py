"""Settings come from the environment: safe defaults locally, refusal in production without the essentials."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "x7Jq2-very-long-random-production-secret-for-tests-only-9fK3mZp8Lw0",
    "ALLOWED_HOSTS": "communities.example.gov.uk",
    "WAGTAILADMIN_BASE_URL": "https://communities.example.gov.uk",
}


def clean_environment():
    """This process's environment without the variables the settings read (nor the browser tests' flag)."""
    ours = {
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "WAGTAILADMIN_BASE_URL",
        "DATABASE_URL",
        "REDIS_URL",
        "SEARCH_BACKEND",
        "DJANGO_ALLOW_ASYNC_UNSAFE",
    }
    return {
        k: v for k, v in os.environ.items() if k not in ours and not k.startswith(("ELASTICSEARCH", "AWS_"))
    }


def run(args, env, settings="cms.settings.production"):
    return subprocess.run(
        [sys.executable, *args],
        cwd=PROJECT_ROOT,
        env={**clean_environment(), "DJANGO_SETTINGS_MODULE": settings, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def run_python(code, env, settings="cms.settings.production"):
    return run(["-c", code], env, settings)


def settings_as_json(env, settings="cms.settings.base"):
    code = (
        "import json, django; from django.conf import settings; django.setup();"
        "print(json.dumps({'db': settings.DATABASES['default']['ENGINE'],"
        "'search': settings.WAGTAILSEARCH_BACKENDS['default'],"
        "'cache': settings.CACHES['default']['BACKEND'],"
        "'media': settings.STORAGES['default']['BACKEND']}, default=str))"
    )
    result = run_python(code, env, settings)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("SECRET_KEY", "SECRET_KEY is not set"),
        ("ALLOWED_HOSTS", "ALLOWED_HOSTS is not set"),
        ("WAGTAILADMIN_BASE_URL", "WAGTAILADMIN_BASE_URL is not set"),
    ],
)
def test_production_refuses_to_start_without_its_essential_variables(missing, message):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}

    result = run_python("import django; django.setup()", env)

    assert result.returncode != 0
    assert message in result.stderr
    assert "ImproperlyConfigured" in result.stderr


@pytest.mark.parametrize("address", ["http://127.0.0.1:8000", "communities.example.gov.uk"])
def test_production_refuses_an_admin_address_that_emails_could_not_link_to(address):
    result = run_python("import django; django.setup()", {**PRODUCTION_ENV, "WAGTAILADMIN_BASE_URL": address})

    assert result.returncode != 0
    assert "WAGTAILADMIN_BASE_URL must be the site's public https:// address" in result.stderr


def test_production_emails_link_to_the_public_address():
    code = "import django; from django.conf import settings; django.setup();"
    code += " print(settings.WAGTAILADMIN_BASE_URL)"

    result = run_python(code, PRODUCTION_ENV)

    assert result.stdout.strip() == "https://communities.example.gov.uk"


def test_production_settings_pass_the_deployment_checklist():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], PRODUCTION_ENV)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_with_no_environment_the_site_uses_embedded_parts():
    chosen = settings_as_json({})

    assert chosen["db"] == "django.db.backends.sqlite3"
    assert chosen["search"]["BACKEND"] == "wagtail.search.backends.database"
    assert chosen["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert chosen["media"] == "django.core.files.storage.FileSystemStorage"


def test_environment_variables_switch_to_the_production_services():
    chosen = settings_as_json(
        {
            "DATABASE_URL": "postgres://communities:secret@db:5432/communities",
            "ELASTICSEARCH_URL": "http://elasticsearch:9200",
            "REDIS_URL": "redis://redis:6379/0",
            "AWS_STORAGE_BUCKET_NAME": "communities-media",
        }
    )

    assert chosen["db"] == "django.db.backends.postgresql"
    assert chosen["search"]["BACKEND"] == "search.backends.elasticsearch9"
    assert chosen["search"]["URLS"] == ["http://elasticsearch:9200"]
    assert chosen["search"]["ATOMIC_REBUILD"] is True
    assert chosen["search"]["INDEX_PREFIX"] == "leicscommunities_"
    assert chosen["cache"] == "django_redis.cache.RedisCache"
    assert chosen["media"] == "storages.backends.s3.S3Storage"


def test_production_static_files_collect_with_every_reference_present(tmp_path):
    # The manifest storage refuses a stylesheet whose url() references are missing; find that here,
    # not during a deploy.
    code = (
        "import django; django.setup();"
        "from django.core.management import call_command; from django.test.utils import override_settings;"
        f"override_settings(STATIC_ROOT={str(tmp_path)!r}).enable();"
        "call_command('collectstatic', '--noinput', verbosity=0)"
    )

    result = run_python(code, PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert (tmp_path / "staticfiles.json").exists()
    assert list(tmp_path.glob("dist/main.*.css"))


def test_in_s3_originals_and_documents_get_signed_links_and_renditions_plain_ones():
    code = (
        "import json, django; django.setup();"
        "from wagtail.images.models import Image, Rendition;"
        "from django.core.files.storage import default_storage;"
        "print(json.dumps({'original': Image._meta.get_field('file').storage.url('original_images/a.png'),"
        "'rendition': Rendition._meta.get_field('file').storage.url('images/a.fill-40x40.png'),"
        "'document': default_storage.url('documents/minutes.pdf')}))"
    )
    env = {
        "AWS_STORAGE_BUCKET_NAME": "communities-media",
        "AWS_S3_REGION_NAME": "eu-west-2",
        "AWS_S3_CUSTOM_DOMAIN": "media.example.org.uk",
        "AWS_ACCESS_KEY_ID": "AKIAEXAMPLEEXAMPLE",
        "AWS_SECRET_ACCESS_KEY": "not-a-real-secret",
    }
    result = run_python(code, env, "cms.settings.base")
    assert result.returncode == 0, result.stderr
    urls = json.loads(result.stdout)

    assert urls["rendition"] == "https://media.example.org.uk/images/a.fill-40x40.png"
    for name in ("original", "document"):
        assert "X-Amz-Signature=" in urls[name], urls[name]
        assert "media.example.org.uk" not in urls[name]
