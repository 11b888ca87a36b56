"""Fixtures shared by the whole suite."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page


@pytest.fixture
def demo(db):
    """The demo site as `make run` builds it: three language trees, groups and users."""
    call_command("load_demo", "--with-users", stdout=io.StringIO())
    return Page.objects


@pytest.fixture
def languages():
    return ["ar", "ckb", "en"]
