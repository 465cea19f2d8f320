from django.urls import path

from home.change_reports import views

urlpatterns = [
    path("page/<int:page_id>/", views.report_page, name="report_a_change"),
    path("page/<int:page_id>/sent/", views.report_page_sent, name="report_a_change_sent"),
    path("service/<int:service_id>/", views.report_service, name="report_a_change_to_service"),
    path("service/<int:service_id>/sent/", views.report_service_sent, name="report_a_change_to_service_sent"),
]
