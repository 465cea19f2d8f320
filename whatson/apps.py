from django.apps import AppConfig


class WhatsOnConfig(AppConfig):
    name = "whatson"
    verbose_name = "News and events"
    default_auto_field = "django.db.models.BigAutoField"
