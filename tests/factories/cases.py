"""Cases, always registered through the workflow as the submission form does."""

import factory

from complaints.cases import workflow
from complaints.models import Case

from .agencies import AgencyFactory, CategoryFactory
from .people import CitizenFactory


class CaseFactory(factory.Factory):
    """A case submitted on the web by ``citizen`` (a new citizen by default)."""

    citizen = factory.SubFactory(CitizenFactory)
    agency = factory.SubFactory(AgencyFactory)
    category = factory.SubFactory(CategoryFactory)
    kind = "complaint"
    subject = "تأخر إصدار البطاقة الوطنية"
    details = "قدمت الطلب قبل شهرين ولم أستلم البطاقة."
    place = "baghdad"
    place_country = ""
    consent_to_publish = False
    files = factory.LazyFunction(list)

    class Meta:
        model = Case

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return workflow.submit_case(**kwargs).case
