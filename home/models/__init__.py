from .banner import SiteBanner
from .base import BasePage, SectionIndexPage
from .change_reports import ChangeReport, SentReminder
from .network import CommunitiesNetworkPage, Network, NetworkMember, NetworkSignupPage
from .pages import HomePage, HomePageFeaturedPage, StandardPage
from .site_settings import SiteSettings
from .volunteers import REVIEW_INTERVAL, VolunteerEditedPage, VolunteerTeam

__all__ = [
    "BasePage",
    "ChangeReport",
    "CommunitiesNetworkPage",
    "Network",
    "NetworkMember",
    "NetworkSignupPage",
    "HomePage",
    "REVIEW_INTERVAL",
    "HomePageFeaturedPage",
    "SectionIndexPage",
    "SentReminder",
    "SiteBanner",
    "SiteSettings",
    "StandardPage",
    "VolunteerEditedPage",
    "VolunteerTeam",
]
