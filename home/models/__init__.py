from .base import BasePage, SectionIndexPage
from .pages import HomePage, HomePageFeaturedPage, StandardPage
from .site_settings import SiteSettings
from .volunteers import REVIEW_INTERVAL, VolunteerEditedPage, VolunteerTeam

__all__ = [
    "BasePage",
    "HomePage",
    "REVIEW_INTERVAL",
    "HomePageFeaturedPage",
    "SectionIndexPage",
    "SiteSettings",
    "StandardPage",
    "VolunteerEditedPage",
    "VolunteerTeam",
]
