"""Local development: debug on, a fixed key, every host on this machine."""

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, SECRET_KEY, WAGTAILADMIN_BASE_URL

DEBUG = True
SECRET_KEY = SECRET_KEY or "local-development-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]
WAGTAILADMIN_BASE_URL = WAGTAILADMIN_BASE_URL or "http://127.0.0.1:8000"

# WhiteNoise serves the front-end build straight from cms/static, without collectstatic.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
