from .banner import SiteBanner
from .base import BasePage, SectionIndexPage
from .network import CommunitiesNetworkPage, Network, NetworkMember, NetworkSignupPage
from .pages import HomePage, HomePageFeaturedPage, StandardPage
from .site_settings import SiteSettings
from .volunteers import REVIEW_INTERVAL, VolunteerEditedPage, VolunteerTeam

__all__ = [
    "BasePage",
    "CommunitiesNetworkPage",
    "Network",
    "NetworkMember",
    "NetworkSignupPage",
    "HomePage",
    "REVIEW_INTERVAL",
    "HomePageFeaturedPage",
    "SectionIndexPage",
    "SiteBanner",
    "SiteSettings",
    "StandardPage",
    "VolunteerEditedPage",
    "VolunteerTeam",
]
