"""iCalendar files of events (RFC 5545), with times in Asia/Baghdad."""

from zoneinfo import ZoneInfo

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

BAGHDAD = ZoneInfo("Asia/Baghdad")


def build_calendar(events, *, name, request):
    calendar = Calendar()
    calendar.add("prodid", "-//Citizen Government//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Baghdad")
    host = request.get_host().split(":")[0]
    for page in events:
        event = Event()
        # Stable per page and language: a calendar that subscribed updates the same entry.
        event.add("uid", f"event-{page.pk}@{host}")
        event.add("summary", page.title)
        event.add("dtstart", page.start.astimezone(BAGHDAD))
        event.add("dtend", page.end.astimezone(BAGHDAD))
        event.add("dtstamp", (page.last_published_at or timezone.now()).astimezone(BAGHDAD))
        if page.summary:
            event.add("description", page.summary)
        location = ", ".join(part for part in (page.venue, page.get_governorate_display()) if part)
        if location or page.online_url:
            event.add("location", location or page.online_url)
        event.add("url", page.get_full_url(request))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def calendar_response(events, *, name, filename, request):
    calendar = build_calendar(events, name=name, request=request)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
