from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import views as cms_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", include("search.urls")),
    path("api/", include("libraries.urls")),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", cms_views.robots_txt, name="robots_txt"),
    path("health/", cms_views.health, name="health"),
]

if not settings.AWS_STORAGE_BUCKET_NAME:
    # Uploads kept on local disk (development, small single-server installs) are served by Django;
    # production normally keeps them in S3, which serves them itself.
    urlpatterns += [
        # Images only: documents are served by Wagtail's view, which checks collection privacy.
        re_path(
            r"^media/(?P<path>(?:images|original_images)/.*)$", serve, {"document_root": settings.MEDIA_ROOT}
        ),
    ]

# Wagtail serves every other address from the page tree; keep it last.
urlpatterns += [path("", include(wagtail_urls))]
