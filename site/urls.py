"""URL configuration.

Machine endpoints and the admin live outside the language prefix; everything a citizen reads
lives under /ar/, /ckb/ or /en/.
"""

from allauth import urls as allauth_urls
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.decorators.cache import never_cache
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from citizens_site.core import views as core_views
from citizens_site.core.content import admin_pages, translation_views

handler500 = "citizens_site.core.views.server_error"

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("favicon.ico", core_views.favicon),
    path("sitemap.xml", core_views.sitemap, name="sitemap"),
    # Wagtail's own login checks the password alone; staff sign in through allauth (and its
    # second factor) like everyone else, so this door leads there.
    path("admin/login/", core_views.admin_login_redirect),
    path("admin/failwhale/", core_views.admin_error_test),
    # Three of wagtail-localize's views could publish without publish permission, and its
    # report shows draft titles to anyone in the admin; these versions keep to permissions
    # (core/translation_views.py) and answer before the admin's own.
    path(
        "admin/localize/",
        include(
            decorate_urlpatterns(
                decorate_urlpatterns(
                    [
                        path(
                            "submit/page/<int:page_id>/",
                            translation_views.SubmitPageTranslationView.as_view(),
                        ),
                        path(
                            "update/<int:translation_source_id>/",
                            translation_views.UpdateTranslationsView.as_view(),
                        ),
                        path(
                            "page/<int:page_id>/convert_to_alias/",
                            translation_views.convert_to_alias,
                        ),
                        path(
                            "reports/translations/",
                            translation_views.TranslationsReportView.as_view(),
                        ),
                        path(
                            "reports/translations/results/",
                            translation_views.TranslationsReportView.as_view(results_only=True),
                        ),
                    ],
                    require_admin_access,
                ),
                never_cache,
            )
        ),
    ),
    # Bulk actions on pages, for who holds a permission on pages (core/content/admin_pages.py).
    path(
        "admin/bulk/wagtailcore/page/<str:action>/",
        never_cache(require_admin_access(admin_pages.page_bulk_action)),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The root opens Arabic, the language of most users, whatever the browser says:
    # many Iraqi devices are set to English (README, decisions).
    path("", RedirectView.as_view(url=f"/{settings.LANGUAGE_CODE}/", permanent=False)),
]

urlpatterns += i18n_patterns(
    path("accounts/profile/", core_views.profile, name="account_profile"),
    path("accounts/profile/phone/", core_views.confirm_phone, name="account_confirm_phone"),
    # Account pages show e-mail addresses, authenticator secrets and recovery codes: no cache
    # may keep them (allauth marks only some of its views so).
    path("accounts/", include(decorate_urlpatterns(allauth_urls.urlpatterns, never_cache))),
    path("complaints/", include("complaints.citizen.urls")),
    path("search/", include("search.urls")),
    path("transparency/", include("complaints.indicators.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
