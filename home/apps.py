from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and shared content"

    def ready(self):
        from home import admin_exports, checks  # noqa: F401 (registers the checks)
        from home.page_cache import purge
        from home.volunteers import checks as volunteer_checks  # noqa: F401 (registers itself)
        from home.volunteers import signals

        admin_exports.install()

        signals.connect()
        purge.connect()
        post_migrate.connect(signals.set_up_communities_team, sender=self)
