"""Agencies (a treebeard tree) and request categories."""

import factory
from factory.django import DjangoModelFactory

from complaints.models import Agency, Category


class AgencyFactory(DjangoModelFactory):
    """A ministry at the top of the tree, or with ``parent=`` one of its formations."""

    code = factory.Sequence(lambda n: f"AG{n}")
    kind = Agency.AgencyKind.MINISTRY
    name_ar = factory.Sequence(lambda n: f"وزارة رقم {n}")
    name_ckb = factory.Sequence(lambda n: f"وەزارەتی ژمارە {n}")
    name_en = factory.Sequence(lambda n: f"Ministry number {n}")
    email = factory.LazyAttribute(lambda agency: f"{agency.code.lower()}@gov.example")

    class Meta:
        model = Agency
        django_get_or_create = ("code",)

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        existing = model_class.objects.filter(code=kwargs["code"]).first()
        if existing:
            return existing
        agency = model_class(**kwargs)
        if parent is not None:
            if agency.kind == Agency.AgencyKind.MINISTRY:
                agency.kind = Agency.AgencyKind.CENTRAL_FORMATION
            return parent.add_child(instance=agency)
        return model_class.add_root(instance=agency)


class CategoryFactory(DjangoModelFactory):
    """A category of every kind; ``agencies=[...]`` names who handles it, otherwise every
    agency does."""

    code = factory.Sequence(lambda n: f"CAT{n}")
    name_ar = factory.Sequence(lambda n: f"فئة {n}")
    name_ckb = factory.Sequence(lambda n: f"پۆل {n}")
    name_en = factory.Sequence(lambda n: f"Category {n}")
    accepts_requests = True
    accepts_complaints = True
    accepts_suggestions = True
    all_agencies = True

    class Meta:
        model = Category
        django_get_or_create = ("code",)
        skip_postgeneration_save = True

    @factory.post_generation
    def agencies(self, create, extracted, **kwargs):
        if create and extracted:
            self.all_agencies = False
            self.save(update_fields=["all_agencies"])
            self.agencies.set(extracted)
