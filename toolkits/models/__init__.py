from .case_studies import (
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyRelatedPage,
    CaseStudyTheme,
    CaseStudyThemeTag,
    case_studies_illustrating,
)
from .directory import SupportDirectoryPage
from .services import Audience, Charge, ServiceDistrict, SupportCategory, SupportService
from .toolkits import ToolkitChapterPage, ToolkitDownload, ToolkitIndexPage, ToolkitPage

__all__ = [
    "Audience",
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "CaseStudyRelatedPage",
    "CaseStudyTheme",
    "CaseStudyThemeTag",
    "Charge",
    "ServiceDistrict",
    "SupportCategory",
    "SupportDirectoryPage",
    "SupportService",
    "ToolkitChapterPage",
    "ToolkitDownload",
    "ToolkitIndexPage",
    "ToolkitPage",
    "case_studies_illustrating",
]
