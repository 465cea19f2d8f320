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


@register()
def image_folders_match_home_media_views(app_configs, **kwargs):
    """home/media_views.py keeps originals private by their folder: if Wagtail moved them (say, next
    to the public renditions), originals in private collections would be served to anyone."""
    from wagtail.images import get_image_model

    from home.media_views import ORIGINALS_FOLDER, RENDITIONS_FOLDER

    image_model = get_image_model()
    original = image_model(collection_id=None).get_upload_to("check.png")  # no default: no database
    rendition = image_model.get_rendition_model()().get_upload_to("check.png")
    if original != f"{ORIGINALS_FOLDER}/check.png" or rendition != f"{RENDITIONS_FOLDER}/check.png":
        return [
            Error(
                f"Wagtail now stores original images as {original!r} and renditions as {rendition!r}: "
                "update ORIGINALS_FOLDER / RENDITIONS_FOLDER in home/media_views.py, the media URL in "
                "cms/urls.py and the S3 bucket policy (docs/deployment.md).",
                id="home.E002",
            )
        ]
    return []


@register()
def communities_team_views_declare_known_actions(app_configs, **kwargs):
    """A view asking the Communities Team policy for an action it does not know would refuse everyone."""
    from home.permissions import CommunitiesTeamView, communities_team

    return [
        Error(
            f"{view.__module__}.{view.__qualname__} requires {view.permission_required!r}, which is not "
            f"one of the Communities Team's actions ({', '.join(communities_team.actions)}).",
            hint="home/permissions.py lists the actions.",
            id="home.E003",
        )
        for view in _subclasses(CommunitiesTeamView)
        if view.permission_required not in communities_team.actions
    ]


def _subclasses(cls):
    for subclass in cls.__subclasses__():
        yield subclass
        yield from _subclasses(subclass)
