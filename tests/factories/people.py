"""Citizens and staff, with a verified e-mail address as allauth keeps it."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from citizens_site.core.roles import ensure_role_groups
from complaints.models import Membership

PASSWORD = "a-long-test-password-2026"  # every factory user's, tests only


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"person{n}@example.com")
    full_name = "علي حسن كاظم"

    class Meta:
        model = get_user_model()
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        existing = model_class.objects.filter(email=kwargs["email"]).first()
        if existing:
            return existing
        user = model_class.objects.create_user(password=PASSWORD, **kwargs)
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        return user


class CitizenFactory(UserFactory):
    """A citizen with the mandatory details the submission form asks for."""

    phone = "+9647701234567"
    residence = "baghdad"


class StaffFactory(UserFactory):
    """A staff member in ``group`` (a name from citizens_site.core.roles); officers and
    supervisors also get a membership of ``agency``. ``second_factor=True`` sets up TOTP with
    TOTP_SECRET, as every staff account must have before it reaches the admin; ``language``
    sets the admin's language in the Wagtail profile."""

    full_name = factory.LazyAttribute(lambda user: user.email.split("@")[0])

    # Also accepted, by _create: group, agency, role, second_factor, language.

    @classmethod
    def _create(
        cls,
        model_class,
        *args,
        group=None,
        agency=None,
        role=Membership.Role.OFFICER,
        second_factor=False,
        language=None,
        **kwargs,
    ):
        from wagtail.users.models import UserProfile

        from citizens_site.core.accounts.totp import give_authenticator

        user = super()._create(model_class, *args, **kwargs)
        if group:
            ensure_role_groups()
            user.groups.add(Group.objects.get(name=group))
        if language:
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save(update_fields=["preferred_language"])
        if agency is not None:
            Membership.objects.get_or_create(user=user, agency=agency, defaults={"role": role})
        if second_factor:
            give_authenticator(user, TOTP_SECRET)
        return user


TOTP_SECRET = "JBSWY3DPEHPK3PXP"  # a test secret, base32
