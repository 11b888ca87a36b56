from django.urls import path

from complaints.backoffice import views as admin_views
from complaints.indicators import admin_views as admin_indicators

urlpatterns = [
    path("", admin_views.CaseIndexView.as_view(), name="index"),
    path("results/", admin_views.CaseIndexView.as_view(results_only=True), name="index_results"),
    path("new/", admin_views.new_case, name="new"),
    path("publications/", admin_views.publication_queue, name="publications"),
    path("indicators/", admin_indicators.indicators_view, name="indicators"),
    path("<int:pk>/", admin_views.case_view, name="case"),
    path("<int:pk>/action/<str:action>/", admin_views.case_action, name="action"),
    path("<int:pk>/case-file/", admin_views.case_file, name="case_file"),
    path("<int:pk>/case-file/<int:file_id>/", admin_views.case_file, name="case_file_download"),
    path("<int:pk>/files/<int:attachment_id>/", admin_views.attachment_view, name="attachment"),
]
