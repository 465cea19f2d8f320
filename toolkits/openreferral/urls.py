from django.urls import path

from toolkits.openreferral import views

app_name = "openreferral"

urlpatterns = [
    path("", views.Root.as_view(), name="root"),
    path("services", views.Services.as_view(), name="services"),
    path("services/<str:id>", views.Service.as_view(), name="service"),
    path("service_at_locations", views.ServiceAtLocations.as_view(), name="service_at_locations"),
    path("service_at_locations/<str:id>", views.ServiceAtLocation.as_view(), name="service_at_location"),
    path("taxonomies", views.Taxonomies.as_view(), name="taxonomies"),
    path("taxonomies/<str:id>", views.Taxonomy.as_view(), name="taxonomy"),
    path("taxonomy_terms", views.TaxonomyTerms.as_view(), name="taxonomy_terms"),
    path("taxonomy_terms/<str:id>", views.TaxonomyTerm.as_view(), name="taxonomy_term"),
]
