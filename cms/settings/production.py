"""Production: everything comes from the environment; refuse to start without the essentials."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, SECRET_KEY, STORAGES, WAGTAILADMIN_BASE_URL

if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Set the SECRET_KEY environment variable to a long random value "
        '(for example: python -c "import secrets; print(secrets.token_urlsafe(50))").'
    )
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS is not set. Set the ALLOWED_HOSTS environment variable to the site's host "
        "names, separated by commas (for example: ALLOWED_HOSTS=communities.example.gov.uk)."
    )
if not WAGTAILADMIN_BASE_URL:
    raise ImproperlyConfigured(
        "WAGTAILADMIN_BASE_URL is not set. Set it to the site's public address, which the links in "
        "invitation and password-reset emails start with (for example: "
        "WAGTAILADMIN_BASE_URL=https://communities.example.gov.uk)."
    )
if not WAGTAILADMIN_BASE_URL.startswith("https://") or "127.0.0.1" in WAGTAILADMIN_BASE_URL:
    raise ImproperlyConfigured(
        f"WAGTAILADMIN_BASE_URL must be the site's public https:// address, not {WAGTAILADMIN_BASE_URL!r}: "
        "the links in invitation and password-reset emails start with it."
    )

DEBUG = False

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# HTTPS is terminated by the load balancer in front of gunicorn.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# A public-sector site is HTTPS-only for good, subdomains included (as GOV.UK services are).
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Wagtail's live preview shows the page in a same-origin frame inside the admin, so DENY would break it.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
