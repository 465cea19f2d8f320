from django.urls import path

from search import views

urlpatterns = [
    path("", views.search, name="search"),
    path("suggestions/", views.suggestions, name="search_suggestions"),
    path("support/<int:pk>/", views.support_service, name="support_service"),
]
