"""Demo publications in Arabic, Central Kurdish and English: the four listings under each
home page, bulletins, news of every kind, events (one with a registration form) and
monitoring reports with tables. Dates are relative to today, so "upcoming" stays upcoming."""

import datetime

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale

from citizens_site.core.demo_pages import ensure_child, stream
from home.models import HomePage

from . import demo_content as content
from .models import (
    BulletinIndexPage,
    BulletinPage,
    EventIndexPage,
    EventPage,
    MonitoringReportPage,
    NewsIndexPage,
    NewsPage,
    RegistrationField,
    ReportIndexPage,
)

DEPENDS_ON = ["core", "home"]

LISTINGS = {
    "bulletins": BulletinIndexPage,
    "news": NewsIndexPage,
    "events": EventIndexPage,
    "reports": ReportIndexPage,
}


def _days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


def _article(spec, code):
    text = spec[code]
    return {"title": text["title"], "search_description": text["summary"],
            "body": stream(text["body"])}


def ensure_listings(home):
    listings = {}
    for key, model in LISTINGS.items():
        spec = content.INDEXES[key]

        def listing_fields(code, spec=spec):
            return {"title": spec[code]["title"], "introduction": spec[code]["introduction"]}

        listings[key] = ensure_child(
            home, model, spec["slug"], {**listing_fields(home.locale.language_code),
                                        "show_in_menus": True},
            listing_fields,
        )
    return listings


def ensure_bulletins(listing, code):
    for spec in content.BULLETINS:
        ensure_child(
            listing, BulletinPage, spec["slug"],
            {**_article(spec, code), "issue_number": spec["issue_number"],
             "issue_date": _days_ago(spec["days_ago"])},
            lambda lang, spec=spec: _article(spec, lang),
        )


def ensure_news(listing, code):
    def fields(spec, lang):
        return {**_article(spec, lang), "outlet": spec[lang].get("outlet", ""),
                "programme": spec[lang].get("programme", "")}

    for spec in content.NEWS:
        ensure_child(
            listing, NewsPage, spec["slug"],
            {**fields(spec, code), "kind": spec["kind"], "date": _days_ago(spec["days_ago"]),
             "link": spec.get("link", "")},
            lambda lang, spec=spec: fields(spec, lang),
        )


def _event_times(spec):
    day = timezone.localdate() + datetime.timedelta(days=spec["days_from_today"])
    hour, minute = (int(part) for part in spec["start_time"].split(":"))
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))
    return start, start + datetime.timedelta(hours=spec["hours"])


def ensure_events(listing, code):
    for spec in content.EVENTS:
        start, end = _event_times(spec)

        def fields(lang, spec=spec):
            values = {**_article(spec, lang), "venue": spec[lang].get("venue", "")}
            if spec.get("registration"):
                values.update(_registration(spec, lang))
            return values

        ensure_child(
            listing, EventPage, spec["slug"],
            {**fields(code), "kind": spec["kind"], "start": start, "end": end,
             "governorate": spec["governorate"], "online_url": spec["online_url"],
             "takes_registrations": bool(spec.get("registration")),
             "to_address": "events@citizen.gov.iq" if spec.get("registration") else ""},
            fields,
        )


def _registration(spec, lang):
    text = spec[lang]["registration"]
    return {
        "registration_intro": text["intro"],
        "registration_thanks": f"<p>{text['thank_you']}</p>",
        "subject": text["title"],
        "form_fields": [
            RegistrationField(
                sort_order=number, label=question[lang], field_type=question["type"],
                required=question["required"], choices=question.get("choices", {}).get(lang, ""),
            )
            for number, question in enumerate(spec["registration_fields"])
        ],
    }


# The first report ends with a live chart of the transparency page's figures.
LIVE_CHART_TITLE = {
    "ar": "نسبة الأجوبة المقدَّمة في موعدها حسب الجهة",
    "ckb": "ڕێژەی ئەو وەڵامانەی لە کاتی خۆیدا دراون بەپێی لایەن",
    "en": "Answers given on time, by body",
}


def _report(spec, lang, *, live_chart):
    fields = _article(spec, lang)
    if live_chart:
        fields["body"] = [*fields["body"], {"type": "indicator_chart", "value": {
            "title": LIVE_CHART_TITLE[lang], "scope": "national",
            "metric": "answered_in_time_share", "period": "365"}}]
    return fields


def ensure_reports(listing, code):
    for number, spec in enumerate(content.REPORTS):
        live_chart = number == 0
        ensure_child(
            listing, MonitoringReportPage, spec["slug"],
            {**_report(spec, code, live_chart=live_chart), "date": _days_ago(spec["days_ago"]),
             "governorate": spec["governorate"]},
            lambda lang, spec=spec, live_chart=live_chart: _report(spec, lang,
                                                                 live_chart=live_chart),
        )


def load(*, with_users, stdout):
    home = HomePage.objects.get(locale=Locale.objects.get(language_code=settings.LANGUAGE_CODE))
    listings = ensure_listings(home)
    code = home.locale.language_code
    ensure_bulletins(listings["bulletins"], code)
    ensure_news(listings["news"], code)
    ensure_events(listings["events"], code)
    ensure_reports(listings["reports"], code)
    stdout.write("Bulletins, news, events and monitoring reports in ar, ckb and en.")
