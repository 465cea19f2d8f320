"""Settings shared by every environment.

Environment variables are read here, once. With none set, the site runs on SQLite, Wagtail's
database search backend, local media files and an in-memory cache.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF

from cms.inline_scripts import JS_ENABLED, csp_hash

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# Signs sessions and password-reset links. dev/test fall back to a fixed local key;
# production refuses to start without one.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
# Host names the site answers to, comma separated (e.g. "www.example.org.uk,example.org.uk").
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
# Origins allowed to POST forms over HTTPS, comma separated (defaults to https:// + each allowed host).
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS") or [
    f"https://{host.lstrip('.')}" for host in ALLOWED_HOSTS if host != "*"
]
# PostgreSQL in production, e.g. postgres://user:password@db:5432/communities. SQLite when unset.
DATABASE_URL = os.environ.get("DATABASE_URL", "")
# Elasticsearch (or OpenSearch) cluster, e.g. http://elasticsearch:9200. Database search when unset.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
# Which Wagtail search backend talks to that cluster: elasticsearch9, opensearch2 or opensearch3.
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "elasticsearch9")
# Prefix of the search index names, so several sites or environments can share one cluster.
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "leicscommunities_")
# Redis for the cache, e.g. redis://redis:6379/0. In-memory cache when unset.
REDIS_URL = os.environ.get("REDIS_URL", "")
# Longest time, in seconds, a page is kept in the page cache and by a CDN (docs/caching.md). Editors'
# changes purge it at once; pages whose words change with the clock ("Open now") expire sooner.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "3600"))
# A CDN in front of the site, purged whenever an editor changes what visitors see (docs/deployment.md).
# Cloudflare: the zone's id and an API token allowed to purge it.
FRONTEND_CACHE_CLOUDFLARE_ZONE_ID = os.environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONE_ID", "")
FRONTEND_CACHE_CLOUDFLARE_TOKEN = os.environ.get("FRONTEND_CACHE_CLOUDFLARE_TOKEN", "")
# Amazon CloudFront: the distribution's id (credentials from the standard AWS variables).
FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID = os.environ.get("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID", "")
# Varnish, Squid or another cache that accepts HTTP PURGE requests, e.g. http://varnish:8000.
FRONTEND_CACHE_PURGE_URL = os.environ.get("FRONTEND_CACHE_PURGE_URL", "")
# S3-compatible bucket for uploaded images and documents. Local media folder when unset.
# Credentials come from the standard AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY variables.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
# Endpoint of a non-AWS S3 service (MinIO, Ceph...), its region and an optional CDN domain (renditions only).
AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
# The public address of the site, e.g. https://communities.example.gov.uk: the links in emails sent from
# the admin (invitations, password resets, notifications) start with it. Production refuses to start
# without it; dev uses http://127.0.0.1:8000.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "")
# Map tiles for the library finder's map (an enhancement: the list works without it), and their credit.
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = os.environ.get(
    "MAP_TILE_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
)
# Outgoing email: SMTP server and the address messages come from. Console output when EMAIL_HOST is unset.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = True
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Leicestershire Communities <noreply@example.gov.uk>"
)

# Wrong passwords in a row (for one account from one computer) before signing in there is paused, and
# for how long. A pause never reaches another account, nor the same account on another computer.
LOGIN_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
LOGIN_LOCKOUT_MINUTES = int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "15"))
# How many proxies (load balancer, Caddy...) stand in front of gunicorn and add to X-Forwarded-For;
# 0 means REMOTE_ADDR is the visitor's own address.
NUMBER_OF_PROXIES = int(os.environ.get("NUMBER_OF_PROXIES", "0"))

# Days personal data is kept: network sign-ups, invited accounts never signed in to, and search logs
# older than this are deleted by `manage.py delete_old_personal_data` (docs/retention.md). The privacy
# notice states it.
# The Open Referral UK feed (docs/open-data.md): requests each client may make (DRF's "N/min" form),
# how long browsers and proxies may keep an answer, and the most results a page may hold.
OPENREFERRAL_THROTTLE_RATE = os.environ.get("OPENREFERRAL_THROTTLE_RATE", "120/min")
OPENREFERRAL_CACHE_SECONDS = int(os.environ.get("OPENREFERRAL_CACHE_SECONDS", "300"))
OPENREFERRAL_MAX_PER_PAGE = 100

PERSONAL_DATA_RETENTION_DAYS = int(os.environ.get("PERSONAL_DATA_RETENTION_DAYS", "365"))
# Days a "report a change" is kept with its reporter's name and email once it is done (docs/retention.md).
REPORT_RETENTION_DAYS = int(os.environ.get("REPORT_RETENTION_DAYS", "180"))
# Minutes an admin session may sit unused before its volunteer must sign in again; each request
# restarts the clock.
ADMIN_SESSION_IDLE_MINUTES = int(os.environ.get("ADMIN_SESSION_IDLE_MINUTES", "180"))

INSTALLED_APPS = [
    "home",
    "libraries",
    "neighbourhood",
    "toolkits",
    "search",
    "whatson",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "csp",
    "rest_framework",
    "corsheaders",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cms.security.ContentSecurityPolicyMiddleware",
    "cms.security.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag on every page and 304 Not Modified when the browser's copy is still right.
    "django.middleware.http.ConditionalGetMiddleware",
    # Before sessions and the database: a repeat anonymous view is answered from the cache alone.
    "home.page_cache.middleware.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Closes admin views that would show volunteers other teams' draft titles (docs/permissions.md).
    "home.volunteers.hardening.VolunteerBoundaryMiddleware",
    # Only administrators give the administration of sites, collections, workflows, groups or users.
    "home.volunteers.grants.AdministrationGrantsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a paused sign-in into the page that explains it.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # Refuses a sign-in while it is paused, before the password is even checked (docs/security.md).
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_LOCKOUT_MINUTES)
# Username and address together: a library's shared computer is not paused for its other volunteers.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "home.login_pauses.paused_response"
AXES_CLIENT_IP_CALLABLE = "home.login_pauses.client_ip"
# Keep wrong tries only (for the pause), not a record of every sign-in.
AXES_DISABLE_ACCESS_LOG = True

ROOT_URLCONF = "cms.urls"
# A form whose security token is missing or stale gets the site's own explanation, not Django's page.
CSRF_FAILURE_VIEW = "cms.views.csrf_failure"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
                "home.page_cache.fragments.context",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=600, conn_health_checks=True)
    if DATABASE_URL
    else {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            # A cache outage must not take the site down: treat it as a miss.
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
            "KEY_PREFIX": "leicscommunities",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The page cache's fragments (the menu, routes, listings' rows...) are kept in each server process's own
# memory: their keys carry the page cache's generation, which lives in the shared cache above, so a
# purge reaches every process at once, and a page built afresh reads one key over the network, not dozens.
CACHES["fragments"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "page-cache-fragments",
    "OPTIONS": {"MAX_ENTRIES": 20000},
}
# With Redis unreachable (IGNORE_EXCEPTIONS above) every count reads as nothing; django-ratelimit would
# then refuse every report and sign-up as over the limit. Let them through while the cache is down.
RATELIMIT_FAIL_OPEN = True

# Only signed-in people have sessions (the admin); saving on every request makes the age an idle limit.
SESSION_COOKIE_AGE = ADMIN_SESSION_IDLE_MINUTES * 60
SESSION_SAVE_EVERY_REQUEST = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# The front-end build (npm run build) writes to cms/static/dist.
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if AWS_STORAGE_BUCKET_NAME:
    _S3_OPTIONS = {
        "bucket_name": AWS_STORAGE_BUCKET_NAME,
        "endpoint_url": AWS_S3_ENDPOINT_URL,
        "region_name": AWS_S3_REGION_NAME,
        # Never overwrite a file with the same name; the bucket policy, not object ACLs, decides access.
        "file_overwrite": False,
        "default_acl": None,
    }
    STORAGES["default"] = {
        # Original images (original_images/) and documents (documents/) stay private in the bucket:
        # links to them are signed and expire after an hour (querystring_auth). Documents are streamed
        # by Wagtail's view, which checks collection privacy. No custom domain: it cannot sign.
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_S3_OPTIONS,
            "custom_domain": None,
            "querystring_auth": True,
            "querystring_expire": 3600,
        },
    }
    STORAGES["renditions"] = {
        # Renditions (images/), which pages show: public in the bucket, plain (CDN) links.
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_S3_OPTIONS,
            "custom_domain": AWS_S3_CUSTOM_DOMAIN,
            "querystring_auth": False,
            # A rendition's name changes with its image, focal point or size: browsers and CDNs keep it.
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }
    WAGTAILIMAGES_RENDITION_STORAGE = "renditions"

WAGTAILFRONTENDCACHE = {}
if FRONTEND_CACHE_CLOUDFLARE_ZONE_ID:
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": FRONTEND_CACHE_CLOUDFLARE_ZONE_ID,
        "BEARER_TOKEN": FRONTEND_CACHE_CLOUDFLARE_TOKEN,
    }
if FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID:
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID,
    }
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTEND_CACHE_PURGE_URL,
    }

if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Content-Security-Policy (django-csp, docs/security.md). Public pages run only scripts from this site,
# the one inline script every page carries (by its hash: cached pages are the same bytes for everyone)
# and inline scripts carrying the response's nonce; cms.security loosens scripts and styles for the
# admin, whose own templates have inline scripts and style attributes.
_map_tiles = urlsplit(MAP_TILE_URL)
_media_origins = [
    f"https://{AWS_S3_CUSTOM_DOMAIN}" if AWS_S3_CUSTOM_DOMAIN else None,
    AWS_S3_ENDPOINT_URL,
    f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com" if AWS_STORAGE_BUCKET_NAME else None,
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE, csp_hash(JS_ENABLED)],
        "style-src": [SELF],
        "img-src": [
            SELF,
            "data:",
            "blob:",
            f"{_map_tiles.scheme}://{_map_tiles.netloc}",
            *filter(None, _media_origins),
        ],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF, *filter(None, _media_origins)],
        # Video embeds in pages (Wagtail embeds) come from these.
        "frame-src": [
            SELF,
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        # Wagtail's live preview shows a page in a frame inside the admin.
        "frame-ancestors": [SELF],
    }
}
# Browser features no page needs are switched off; "libraries near me" asks for location on this site only.
PERMISSIONS_POLICY = {
    "accelerometer": "()",
    "camera": "()",
    "geolocation": "(self)",
    "gyroscope": "()",
    "interest-cohort": "()",
    "magnetometer": "()",
    "microphone": "()",
    "payment": "()",
    "usb": "()",
}

# Wagtail
WAGTAIL_SITE_NAME = "Leicestershire Communities"
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar: it would send a hash of each editor's email address to a third party (and the
# Content-Security-Policy refuses its images anyway).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Accounts' email addresses are changed by the Communities Team, not by their owners: invitations
# find existing accounts by email (docs/permissions.md).
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx"]
# Documents are served through Django so privacy settings on collections are respected.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
# The StreamField forms of long pages post many fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

DATABASE_SEARCH_BACKEND = {
    "BACKEND": "wagtail.search.backends.database",
    # PostgreSQL: naming the configuration (rather than using the server's default) lets the planner
    # parse a search once per query instead of once per matching row. SQLite ignores it.
    "SEARCH_CONFIG": "english",
}
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"search.backends.{SEARCH_BACKEND}",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": ELASTICSEARCH_INDEX_PREFIX,
            "TIMEOUT": 5,
            # Rebuild into a new index and switch an alias, so search keeps working during update_index.
            "ATOMIC_REBUILD": True,
            "OPTIONS": {"max_retries": 1, "retry_on_timeout": False},
            "INDEX_SETTINGS": {
                "settings": {
                    "index": {"number_of_shards": 1, "number_of_replicas": 0},
                    # Fields without an analyser of their own fold accents and plurals: "cafes" finds "Café".
                    # Only plurals: a stronger stemmer turns misspellings into stems no fuzzy match can
                    # reach ("lonliness" -> "lon"), while "lonely"/"loneliness" is the synonyms' job.
                    "analysis": {
                        "filter": {"plurals": {"type": "stemmer", "language": "minimal_english"}},
                        "analyzer": {
                            "default": {
                                "type": "custom",
                                "tokenizer": "standard",
                                "filter": ["lowercase", "asciifolding", "plurals"],
                            }
                        },
                    },
                }
            },
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH_BACKEND}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False}},
}

# The Open Referral feed is open to every web page (the profile asks for Access-Control-Allow-Origin: *);
# nothing else on the site is.
CORS_URLS_REGEX = r"^/api/openreferral/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "OPTIONS"]
REST_FRAMEWORK = {
    "NUM_PROXIES": NUMBER_OF_PROXIES,  # so throttling counts the visitor's address, not the proxy's
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}
