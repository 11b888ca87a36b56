"""Settings for every environment.

Differences between development and production come from environment variables only
(see .env.example). Development needs none of them: SQLite under var/, mail printed on the
console, tasks run at once. With DEBUG=0 a missing SECRET_KEY or ALLOWED_HOSTS stops start-up.
"""

from pathlib import Path

import environ
from csp.constants import NONCE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "site"
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=True)

if DEBUG:
    SECRET_KEY = env("SECRET_KEY", default="insecure-development-key-never-use-in-production")
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
else:
    try:
        SECRET_KEY = env("SECRET_KEY")
        ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
    except ImproperlyConfigured as error:
        raise ImproperlyConfigured(f"Production (DEBUG=0) needs {error}") from error
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "citizens_site.core",
    "home",
    "complaints",
    "publications",
    "campaigns",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "phonenumber_field",
    "django_countries",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Django's widget templates, for FORM_RENDERER below.
    "django.forms",
]

MIDDLEWARE = [
    # First, so that its response hook runs last and also gives the policy to what the
    # middleware below answers on its own: redirects, the 400 for an unknown host, and the
    # error pages for exceptions raised in them (a 500 when the database is down).
    "citizens_site.core.security.middleware.PortalCSPMiddleware",
    # After it, so that the request's nonce exists when the admin's scripts are written.
    "citizens_site.core.security.middleware.AdminContentSecurityPolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "citizens_site.core.security.middleware.RequestBodyLimitMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "citizens_site.core.accounts.session_limits.SessionLimitsMiddleware",
    "citizens_site.core.security.middleware.StaffSecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "citizens_site.urls"
# Widgets render from TEMPLATES, so templates/wagtailadmin/widgets/ can give the admin's date
# pickers the nonce its content security policy asks for.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
WSGI_APPLICATION = "citizens_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Data ------------------------------------------------------------------------------------
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=0))
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several workers write to one file. Each transaction takes the write lock when it begins
    # (IMMEDIATE); otherwise one that began by reading and then writes cannot wait for another
    # writer and fails at once with "database is locked". Writers queue for up to `timeout`
    # seconds; WAL lets others read meanwhile. (The in-memory test database ignores WAL.)
    options = DATABASES["default"].setdefault("OPTIONS", {})
    options.setdefault("transaction_mode", "IMMEDIATE")
    options.setdefault("timeout", 20)
    options.setdefault("init_command", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if env("REDIS_URL", default=""):
    CACHES = {"default": env.cache_url("REDIS_URL")}
    if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
        # A Redis outage must not take the portal down: the cache fails open, and waits at
        # most a second for Redis (citizens_site.core.cache; README, "Faults").
        CACHES["default"]["BACKEND"] = "citizens_site.core.cache.FailOpenRedisCache"
        CACHES["default"].setdefault("OPTIONS", {})
        CACHES["default"]["OPTIONS"].setdefault("socket_connect_timeout", 1)
        CACHES["default"]["OPTIONS"].setdefault("socket_timeout", 1)
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_USER_MODEL = "core.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Accounts (django-allauth) ----------------------------------------------------------------
# Email and password chosen by the citizen; the address is verified by a link before the first
# submission; the password is never sent by email. Staff add a second factor (TOTP).
ACCOUNT_ADAPTER = "citizens_site.core.accounts.adapter.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "citizens_site.core.accounts.forms.CitizenDetailsSignupForm"
ACCOUNT_FORMS = {"signup": "citizens_site.core.accounts.signup_form.PortalSignupForm"}
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http" if DEBUG else "https"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
# A signed-in session is not proof enough to take an account: adding, removing or choosing an
# e-mail address and a new mobile number (core.views.profile) need the password again unless
# it was given in the last five minutes; a new number is confirmed by a code texted to it
# (15 minutes, 3 tries). The old address is told of every change, the old number by text.
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_REAUTHENTICATION_TIMEOUT = 5 * 60
ACCOUNT_PHONE_VERIFICATION_TIMEOUT = 15 * 60
ACCOUNT_PHONE_VERIFICATION_MAX_ATTEMPTS = 3
ACCOUNT_EMAIL_NOTIFICATIONS = True
# allauth's defaults, stated so nobody switches them off by accident: refused before hashing.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    # allauth calls adding, removing and choosing an address "manage_email"; a "change_email"
    # key was never read, so the limit did nothing.
    "manage_email": "5/m/user",
    "reauthenticate": "10/m/user",
}
LOGIN_URL = "account_login"
# A citizen signs in to see their requests (a URL name: reversed in the request's language).
LOGIN_REDIRECT_URL = "complaints:my_requests"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Citizen Government"
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False
# Staff change their e-mail address and password on the account pages, where allauth asks
# for the password again and tells the old address; the admin's own page would not.
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
# No avatars from gravatar.com: nothing loads from another host, and staff e-mail hashes stay here.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
PHONENUMBER_DEFAULT_REGION = "IQ"
PHONENUMBER_DB_FORMAT = "E164"
# Countries Iraqis abroad live in most, listed first in the residence form.
COUNTRIES_FIRST = ["TR", "JO", "IR", "AE", "DE", "SE", "GB", "US", "SY", "LB", "EG", "SA"]
COUNTRIES_FIRST_REPEAT = True

# --- Languages -------------------------------------------------------------------------------
# Arabic first (the default and the fallback), then Central Kurdish (Sorani) and English.
LANGUAGE_CODE = "ar"
LANGUAGES = [
    ("ar", "العربية"),
    ("ckb", "کوردی"),
    ("en", "English"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Wagtail, allauth and wagtail-localize ship no Central Kurdish catalogue, so the admin
# speaks Arabic or English.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ar", "العربية"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
# "Translate this page" makes a draft, whatever the source's state: wagtail-localize would
# otherwise publish the copy of a live page at once, untranslated, skipping PR review.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
USE_I18N = True
LOCALE_PATHS = [BASE_DIR / "locale"]
# Iraqi month names and Western digit conventions (Django's `ar` formats are Egyptian).
FORMAT_MODULE_PATH = ["citizens_site.formats"]
TIME_ZONE = "Asia/Baghdad"
USE_TZ = True

# --- Static and media ------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=str(BASE_DIR / "media"))
# In development whitenoise serves straight from the source folders, so a change to a CSS
# file shows without `collectstatic`.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=str(VAR_DIR / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Case attachments: outside MEDIA_ROOT and with no URL, so only a view can serve them.
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# --- Complaints ------------------------------------------------------------------------------
# Limits shown on the submission form; the proxy's body limit must be above the case total.
COMPLAINTS_MAX_FILE_SIZE = env.int("COMPLAINTS_MAX_FILE_SIZE", default=5 * 1024 * 1024)
COMPLAINTS_MAX_CASE_SIZE = env.int("COMPLAINTS_MAX_CASE_SIZE", default=20 * 1024 * 1024)
COMPLAINTS_MAX_FILES = env.int("COMPLAINTS_MAX_FILES", default=5)
# Cases one person may file in 24 hours.
COMPLAINTS_DAILY_QUOTA = env.int("COMPLAINTS_DAILY_QUOTA", default=10)
# Images declaring more pixels are refused before decoding; a 48-megapixel phone photo passes.
COMPLAINTS_MAX_IMAGE_PIXELS = env.int("COMPLAINTS_MAX_IMAGE_PIXELS", default=50_000_000)
# The web layer's caps (the proxy's body limit sits above them; see the README):
# form fields without files, files kept in memory before they spill to a temporary file, the
# number of files in one request, and the whole body of a request outside the admin (the
# case's files plus room for the text), checked from Content-Length before anything is read.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 50
MAX_REQUEST_BODY_SIZE = env.int(
    "MAX_REQUEST_BODY_SIZE", default=COMPLAINTS_MAX_CASE_SIZE + 2 * 1024 * 1024
)
ADMIN_MAX_REQUEST_BODY_SIZE = env.int("ADMIN_MAX_REQUEST_BODY_SIZE", default=100 * 1024 * 1024)
# A case this many working days past its due date goes to the parent agency.
COMPLAINTS_ESCALATE_AFTER_DAYS = env.int("COMPLAINTS_ESCALATE_AFTER_DAYS", default=5)
# New submissions not registered within this time go into the intake moderators' digest.
COMPLAINTS_INTAKE_TRIAGE_HOURS = env.int("COMPLAINTS_INTAKE_TRIAGE_HOURS", default=24)
# Days after the answer during which the citizen may contest it.
COMPLAINTS_GRIEVANCE_DAYS = env.int("COMPLAINTS_GRIEVANCE_DAYS", default=30)
# Finished cases go to the archive this many days after they were closed or answered (after
# the grievance window), and their personal data are removed this many years after that.
COMPLAINTS_ARCHIVE_AFTER_DAYS = env.int("COMPLAINTS_ARCHIVE_AFTER_DAYS", default=90)
COMPLAINTS_RETENTION_YEARS = env.int("COMPLAINTS_RETENTION_YEARS", default=5)
# Indicators: below this many cases in the period, an agency shows counts but no rates.
INDICATORS_MINIMUM_CASES = env.int("INDICATORS_MINIMUM_CASES", default=20)
# Following up by phone: the SMS code's life, tries, and where SMS go.
PHONE_CODE_TTL_SECONDS = 10 * 60
PHONE_CODE_MAX_ATTEMPTS = 5
PHONE_ACCESS_SECONDS = 30 * 60
SMS_BACKEND = env("SMS_BACKEND", default="citizens_site.core.sms.ConsoleBackend")
# For citizens_site.core.sms.HttpGatewayBackend: the endpoint, its token, the sender name.
SMS_GATEWAY_URL = env("SMS_GATEWAY_URL", default="")
SMS_GATEWAY_TOKEN = env("SMS_GATEWAY_TOKEN", default="")
SMS_SENDER = env("SMS_SENDER", default="CitizenGov")
SMS_GATEWAY_TIMEOUT = env.int("SMS_GATEWAY_TIMEOUT", default=10)

# --- Mail and background work ----------------------------------------------------------------
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
# A stalled mail server must never hang a worker: mail goes out from tasks, with a timeout.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=20)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="no-reply@citizen.gov.iq")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Immediate in development and tests; the database queue (`manage.py db_worker`) in production.
TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", default="django_tasks.backends.immediate.ImmediateBackend")
    }
}

# --- Wagtail ---------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = _("Citizen Government")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # PostgreSQL's `arabic` configuration mangles Sorani; one normalisation for both.
        "SEARCH_CONFIG": "simple",
    }
}
# Video files and their WebVTT captions play from our own host (the video block).
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "csv", "txt", "mp4", "webm", "vtt"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = True

# --- Security --------------------------------------------------------------------------------
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# Event registrations one client may send an hour (each mails the organisers).
EVENT_REGISTRATIONS_PER_HOUR = env("EVENT_REGISTRATIONS_PER_HOUR", default="5/h")
# Staff sessions end after this long idle, or this long after signing in (core.session_limits).
STAFF_SESSION_IDLE_MINUTES = env.int("STAFF_SESSION_IDLE_MINUTES", default=30)
STAFF_SESSION_MAX_HOURS = env.int("STAFF_SESSION_MAX_HOURS", default=12)
CSRF_FAILURE_VIEW = "citizens_site.core.views.csrf_failure"
# Our TLS proxies, so that rate limits see the citizen's address, not the proxy's
# (citizens_site.core.security.client_ip): a list of networks, or how many proxies stand in front.
TRUSTED_PROXIES = env.list("TRUSTED_PROXIES", default=[])
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
RATELIMIT_IP_META_KEY = "citizens_site.core.security.client_ip.client_ip"
# The load balancer's health check speaks plain HTTP to the worker: never redirect it.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
if not DEBUG:
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True

# The public site: nothing inline, nothing from another host. Data reaches scripts through
# `json_script` (a non-executable JSON block), so no page ever needs 'unsafe-inline'.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The Wagtail admin's policy replaces these directives of the public one (core.middleware) and
# keeps the rest: default-src, object-src 'none', base-uri and form-action 'self'. Wagtail 8.0
# starts its choosers, date pickers and inline panels with inline scripts; they carry the
# request's nonce (core.script_nonce and our copies in templates/wagtailadmin/), so no other
# inline script runs, and nothing in the admin needs eval. Styles keep 'unsafe-inline': the
# page editor's bundled scripts insert <style> elements as it runs and Wagtail's templates
# write style attributes, which no nonce can cover; a style cannot run code.
ADMIN_CONTENT_SECURITY_POLICY = {
    "script-src": ["'self'", NONCE],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
}
ADMIN_URL_PREFIX = "/admin/"

# --- Logging: no personal data; requests are logged by the proxy, not here. -------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.server": {"level": "WARNING"},
        # Page titles in Wagtail's and django-tasks' INFO lines are noise, not an audit trail:
        # the audit trail is Wagtail's log entries in the database.
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        # WeasyPrint narrates each step of every PDF at INFO.
        "weasyprint": {"level": "WARNING"},
    },
}
