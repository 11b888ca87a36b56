from django.urls import path

from . import views

app_name = "complaints"

urlpatterns = [
    path("submit/", views.submit, name="submit"),
    path("follow-up/", views.follow_up, name="follow_up"),
]
