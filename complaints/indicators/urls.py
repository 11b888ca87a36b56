from django.urls import path

from complaints.indicators import transparency

app_name = "transparency"

urlpatterns = [
    path("", transparency.transparency, name="index"),
    path("open-data.json", transparency.open_data_json, name="json"),
    path("open-data.csv", transparency.open_data_csv, name="csv"),
]
