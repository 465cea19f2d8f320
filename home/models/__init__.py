from .base import BasePage, SectionIndexPage
from .pages import HomePage, HomePageFeaturedPage, StandardPage
from .site_settings import SiteSettings

__all__ = [
    "BasePage",
    "HomePage",
    "HomePageFeaturedPage",
    "SectionIndexPage",
    "SiteSettings",
    "StandardPage",
]
