from django.urls import path

from libraries import views

app_name = "libraries"

urlpatterns = [path("libraries.json", views.libraries_json, name="api")]
