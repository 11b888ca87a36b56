"""A URLconf with one view that fails, to see the 500 page as a visitor would."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from citizens_site.urls import handler500, urlpatterns  # noqa: F401


def boom(request):
    raise RuntimeError("deliberate failure for the 500-page test")


urlpatterns = [*i18n_patterns(path("boom/", boom)), *urlpatterns]
