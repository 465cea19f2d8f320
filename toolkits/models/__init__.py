from .case_studies import (
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyRelatedPage,
    CaseStudyTheme,
    CaseStudyThemeTag,
    case_studies_illustrating,
)
from .services import ServiceDistrict, SupportCategory, SupportService
from .toolkits import ToolkitChapterPage, ToolkitDownload, ToolkitIndexPage, ToolkitPage

__all__ = [
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "CaseStudyRelatedPage",
    "CaseStudyTheme",
    "CaseStudyThemeTag",
    "ServiceDistrict",
    "SupportCategory",
    "SupportService",
    "ToolkitChapterPage",
    "ToolkitDownload",
    "ToolkitIndexPage",
    "ToolkitPage",
    "case_studies_illustrating",
]
