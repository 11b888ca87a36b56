"""A small portal for the tests that need one: the home page and the footer's general pages in
the three languages, the contact details, the staff groups and one person per role.

Built from the factories (never the demo loader), so a test sees only what is built here and
what it adds itself.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, Site

from citizens_site.core import roles
from citizens_site.core.models import ContactSettings
from complaints.cases import roles as case_roles
from complaints.models import Membership

from .agencies import AgencyFactory
from .pages import HomePageFactory, StandardPageFactory
from .people import CitizenFactory, StaffFactory

# The name of each page in each language; the slug is the same in every language.
HOME_TITLES = {
    "ar": "حكومة المواطن الإلكترونية",
    "ckb": "حکومەتی ئەلیکترۆنیی هاووڵاتی",
    "en": "Citizen E-Government",
}
GENERAL_PAGES = {
    "about": {"ar": "عن البوابة", "ckb": "دەربارەی دەروازەکە", "en": "About the portal"},
    "privacy": {"ar": "سياسة الخصوصية", "ckb": "سیاسەتی تایبەتمەندی", "en": "Privacy notice"},
    "terms": {"ar": "شروط الاستخدام", "ckb": "مەرجەکانی بەکارهێنان", "en": "Terms of use"},
    "contact": {"ar": "اتصل بنا", "ckb": "پەیوەندیمان پێوە بکە", "en": "Contact us"},
    "accessibility": {
        "ar": "بيان إمكانية الوصول",
        "ckb": "ڕاگەیەندراوی دەستپێگەیشتن",
        "en": "Accessibility statement",
    },
}
HOTLINE = "5599"

# One person per role: role -> (e-mail, group). Every password is tests.factories.PASSWORD;
# every staff member has the second factor (TOTP_SECRET) and a preferred language of Arabic.
TEAM = {
    "admin": ("admin@example.com", roles.ADMINISTRATORS),
    "moderator": ("moderator@example.com", case_roles.INTAKE_MODERATORS),
    "officer": ("officer@example.com", case_roles.AGENCY_OFFICERS),
    "supervisor": ("supervisor@example.com", case_roles.AGENCY_SUPERVISORS),
    "editor": ("editor@example.com", roles.PR_EDITORS),
    "publisher": ("publisher@example.com", roles.PR_PUBLISHERS),
    "citizen": ("citizen@example.com", None),
}
STAFF_EMAILS = [email for email, group in TEAM.values() if group]


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page, titles):
    """Publish a copy of ``page`` in each other language, titled from ``titles``."""
    for code, _name in settings.LANGUAGES:
        if code == page.locale.language_code:
            continue
        copy = page.copy_for_translation(Locale.objects.get(language_code=code))
        copy.title = titles[code]
        publish(copy)


def build_homes():
    """The home page of each language at the root of the default site, keyed by language."""
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    # Wagtail's migrations leave a plain "Welcome" page where the home page belongs.
    root.get_children().filter(content_type__model="page").delete()
    home = HomePageFactory(
        parent=root,
        slug="home",
        title=HOME_TITLES["ar"],
        locale=Locale.objects.get(language_code="ar"),
    )
    publish(home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page": home,
            "site_name": "Citizen Government",
        },
    )
    translate(home, HOME_TITLES)
    return {
        page.locale.language_code: page.specific for page in home.get_translations(inclusive=True)
    }


def build_general_pages(homes):
    """The footer's general pages under each home page, and the portal's contact details."""
    for slug, titles in GENERAL_PAGES.items():
        page = StandardPageFactory(
            parent=homes["ar"],
            slug=slug,
            title=titles["ar"],
            show_in_menus=True,
            show_contact_details=slug == "contact",
        )
        publish(page)
        translate(page, titles)
    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    contact.hotline = HOTLINE
    contact.email = "citizens@gov.example"
    contact.save()


def build_team():
    """TEAM's people, keyed by role; the officer and the supervisor belong to the Ministry of
    Interior (code MOI)."""
    interior = AgencyFactory(
        code="MOI",
        name_ar="وزارة الداخلية",
        name_ckb="وەزارەتی ناوخۆ",
        name_en="Ministry of Interior",
    )
    people = {}
    for role, (email, group) in TEAM.items():
        if group is None:
            people[role] = CitizenFactory(email=email)
            continue
        people[role] = StaffFactory(
            email=email,
            group=group,
            second_factor=True,
            language="ar",
            agency=interior if role in {"officer", "supervisor"} else None,
            role=Membership.Role.SUPERVISOR if role == "supervisor" else Membership.Role.OFFICER,
            is_staff=role == "admin",
            is_superuser=role == "admin",
        )
    return people


def team_member(role):
    return get_user_model().objects.get(email=TEAM[role][0])
