from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.utils.urlpatterns import decorate_urlpatterns

from complaints.citizen import views

app_name = "complaints"

# Every page here but the published answers shows a citizen's own data (a receipt shows the
# access code) or a form they fill in: no shared cache, and no back button, may keep it.
private_patterns = [
    path("submit/", views.submit, name="submit"),
    path("follow-up/", views.follow_up, name="follow_up"),
    path("mine/", views.my_requests, name="my_requests"),
    path("case/<str:reference>/", views.case_detail, name="case_detail"),
    path("case/<str:reference>/receipt/", views.receipt, name="receipt"),
    path("case/<str:reference>/receipt/pdf/", views.receipt_pdf, name="receipt_pdf"),
    path("case/<str:reference>/reply/", views.case_reply, name="case_reply"),
    path("case/<str:reference>/withdraw/", views.case_withdraw, name="case_withdraw"),
    path("case/<str:reference>/rate/", views.case_rate, name="case_rate"),
    path(
        "case/<str:reference>/files/<int:attachment_id>/",
        views.attachment_download,
        name="attachment_download",
    ),
    path("case/<str:reference>/contest/", views.case_contest, name="case_contest"),
    path("case/<str:reference>/case-file/", views.case_file, name="case_file"),
    path(
        "case/<str:reference>/case-file/<int:file_id>/", views.case_file, name="case_file_download"
    ),
    path("track/", views.track, name="track"),
    path("track/<str:reference>/", views.track_case, name="track_case"),
    path("phone/", views.phone_lookup, name="phone_lookup"),
    path("phone/code/", views.phone_code, name="phone_code"),
    path("phone/cases/", views.phone_cases, name="phone_cases"),
]

urlpatterns = [
    *decorate_urlpatterns(private_patterns, never_cache),
    path("answered/", views.answered, name="answered"),
]
