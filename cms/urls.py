from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import views as cms_views
from home import media_views
from home.page_cache import routes

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", include("search.urls")),
    path("report-a-change/", include("home.change_reports.urls")),
    path("api/openreferral/", include("toolkits.openreferral.urls")),
    path("api/", include("libraries.urls")),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", cms_views.robots_txt, name="robots_txt"),
    path("health/", cms_views.health, name="health"),
]

if not settings.AWS_STORAGE_BUCKET_NAME:
    # Uploads kept on local disk (development, small single-server installs) are served by Django;
    # production normally keeps them in S3, which serves renditions itself (docs/deployment.md).
    urlpatterns += [
        # Images only: documents are served by Wagtail's view, which checks collection privacy.
        # Originals in a private collection only to those allowed (docs/permissions.md).
        re_path(
            r"^media/(?P<path>(?:images|original_images)/.*)$",
            media_views.serve_image_file,
            name="image_file",
        ),
    ]

# Wagtail serves every other address from the page tree; keep it last. Pages are served by Wagtail's own
# view, given the route the page cache remembers (home/page_cache/routes.py).
urlpatterns += [
    path(
        "",
        include(
            [
                *(p for p in wagtail_urls.urlpatterns if getattr(p, "name", None) != "wagtail_serve"),
                re_path(wagtail_urls.serve_pattern, routes.serve, name="wagtail_serve"),
            ]
        ),
    )
]
