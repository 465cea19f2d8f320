from django.apps import AppConfig


class NeighbourhoodConfig(AppConfig):
    name = "neighbourhood"
    verbose_name = "Neighbourhood planning"
