from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and shared content"

    def ready(self):
        from home.volunteers import checks, signals  # noqa: F401  (checks registers itself)

        signals.connect()
        post_migrate.connect(signals.set_up_communities_team, sender=self)
