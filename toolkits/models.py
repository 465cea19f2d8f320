from home.models import SectionIndexPage


class ToolkitIndexPage(SectionIndexPage):
    """The toolkits section: step-by-step guides for residents, groups and parish councils."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.StandardPage"]
    max_count = 1
    template = "toolkits/toolkit_index_page.html"

    class Meta:
        verbose_name = "toolkits index"


class CaseStudyIndexPage(SectionIndexPage):
    """The case studies section: community projects that others can learn from."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.StandardPage"]
    max_count = 1
    template = "toolkits/case_study_index_page.html"

    class Meta:
        verbose_name = "case studies index"
