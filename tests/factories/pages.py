"""A factory per page type (tests/core/test_page_factories.py checks none is missing).

Pass ``parent=`` to place a page in the tree; listings go under a home page. Titles are
Arabic by default, as most content is.
"""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    RightPage,
    RightsLibraryPage,
)
from home.models import HomePage, StandardPage
from publications.models import (
    BulletinIndexPage,
    BulletinPage,
    EventIndexPage,
    EventPage,
    MonitoringReportPage,
    NewsIndexPage,
    NewsPage,
    ReportIndexPage,
)


def _today(days=0):
    return timezone.localdate() + datetime.timedelta(days=days)


class BasePageFactory(wagtail_factories.PageFactory):
    slug = factory.Sequence(lambda n: f"page-{n}")

    class Meta:
        abstract = True


class HomePageFactory(BasePageFactory):
    title = "الحكومة الإلكترونية للمواطن"

    class Meta:
        model = HomePage


class StandardPageFactory(BasePageFactory):
    title = "عن البوابة"

    class Meta:
        model = StandardPage


class ArticleFactory(BasePageFactory):
    search_description = "ملخص قصير للصفحة."

    class Meta:
        abstract = True


class BulletinIndexPageFactory(BasePageFactory):
    title = "النشرات"

    class Meta:
        model = BulletinIndexPage


class BulletinPageFactory(ArticleFactory):
    title = factory.Sequence(lambda n: f"النشرة رقم {n}")
    issue_number = factory.Sequence(lambda n: n + 1)
    issue_date = factory.LazyFunction(_today)

    class Meta:
        model = BulletinPage


class NewsIndexPageFactory(BasePageFactory):
    title = "الأخبار"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(ArticleFactory):
    title = factory.Sequence(lambda n: f"خبر {n}")
    date = factory.LazyFunction(_today)
    kind = "news"

    class Meta:
        model = NewsPage


class EventIndexPageFactory(BasePageFactory):
    title = "الفعاليات"

    class Meta:
        model = EventIndexPage


class EventPageFactory(ArticleFactory):
    title = factory.Sequence(lambda n: f"ندوة {n}")
    kind = "seminar"
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    end = factory.LazyAttribute(lambda page: page.start + datetime.timedelta(hours=3))
    venue = "قاعة المؤتمرات"
    governorate = "baghdad"

    class Meta:
        model = EventPage


class ReportIndexPageFactory(BasePageFactory):
    title = "تقارير الرصد"

    class Meta:
        model = ReportIndexPage


class MonitoringReportPageFactory(ArticleFactory):
    title = factory.Sequence(lambda n: f"تقرير {n}")
    date = factory.LazyFunction(_today)

    class Meta:
        model = MonitoringReportPage


class CampaignIndexPageFactory(BasePageFactory):
    title = "حملات التوعية"

    class Meta:
        model = CampaignIndexPage


class CampaignPageFactory(ArticleFactory):
    title = factory.Sequence(lambda n: f"حملة {n}")
    start_date = factory.LazyFunction(lambda: _today(-5))
    end_date = factory.LazyFunction(lambda: _today(30))
    audience = "المواطنون"
    goals = "التعريف بالحق\nتسهيل تقديم الشكوى"

    class Meta:
        model = CampaignPage


class RightsLibraryPageFactory(BasePageFactory):
    title = "حقوقك"

    class Meta:
        model = RightsLibraryPage


class RightPageFactory(ArticleFactory):
    title = factory.Sequence(lambda n: f"حق {n}")
    legal_basis = "دستور جمهورية العراق لسنة 2005، المادة 34"
    how_to_claim = "<ol><li>قدّم طلباً.</li></ol>"

    class Meta:
        model = RightPage
