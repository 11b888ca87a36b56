"""Factories for the tests: pages (one per page type), agencies and categories, people, cases.

Tests build exactly what they need with these; the demo loader (`manage.py load_demo`) is
tested once, by tests/core/test_demo_loader.py, and is the fixture of no other test.
"""

from .agencies import AgencyFactory, CategoryFactory
from .cases import CaseFactory
from .pages import *  # noqa: F403 - every page factory, by name
from .pages import BasePageFactory
from .people import PASSWORD, CitizenFactory, StaffFactory, UserFactory

__all__ = [
    "PASSWORD",
    "AgencyFactory",
    "BasePageFactory",
    "CaseFactory",
    "CategoryFactory",
    "CitizenFactory",
    "StaffFactory",
    "UserFactory",
]
