"""What the site assumes about Wagtail, checked at start-up: a breaking upgrade stops `manage.py check`."""

from django.core.checks import Error, register


@register()
def admin_exports_go_through_home_spreadsheets(app_configs, **kwargs):
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    from home.admin_exports import MIXIN_API, as_spreadsheet

    missing = [name for name in MIXIN_API if not hasattr(SpreadsheetExportMixin, name)]
    if missing or SpreadsheetExportMixin.as_spreadsheet is not as_spreadsheet:
        return [
            Error(
                "Wagtail's SpreadsheetExportMixin no longer matches home.admin_exports "
                f"(missing: {', '.join(missing) or 'none'}): admin downloads may run formulas.",
                id="home.E001",
            )
        ]
    return []
