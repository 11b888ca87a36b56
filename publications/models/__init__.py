"""The public-relations publications: one module per kind, each with its listing page."""

from .bulletins import BulletinIndexPage, BulletinPage
from .events import EventIndexPage, EventPage, RegistrationField
from .news import NewsIndexPage, NewsPage
from .reports import MonitoringReportPage, ReportIndexPage

__all__ = [
    "BulletinIndexPage",
    "BulletinPage",
    "EventIndexPage",
    "EventPage",
    "MonitoringReportPage",
    "NewsIndexPage",
    "NewsPage",
    "RegistrationField",
    "ReportIndexPage",
]
