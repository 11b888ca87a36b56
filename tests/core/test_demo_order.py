"""The demo loads each app after the apps it declares it needs, whatever INSTALLED_APPS says."""

from graphlib import CycleError

import pytest
from django.apps import apps

from citizens_site.core.demo.order import demo_apps, load_order


def test_each_app_loads_after_every_app_it_depends_on():
    order = [app.label for app in demo_apps()]

    for position, app in enumerate(demo_apps()):
        assert set(app.depends_on) <= set(order[:position]), app.label
    # Campaigns link to complaint categories and to the publications' events and news.
    assert order.index("campaigns") > order.index("complaints")
    assert order.index("campaigns") > order.index("publications")


def test_reordering_installed_apps_does_not_change_the_order():
    configs = list(apps.get_app_configs())

    in_installed_order = [app.label for app in demo_apps(configs)]
    reversed_order = [app.label for app in demo_apps(reversed(configs))]

    assert reversed_order == in_installed_order
    assert set(in_installed_order) == {"core", "home", "complaints", "publications", "campaigns"}


def test_dependencies_come_first_and_independent_apps_in_label_order():
    declared = {
        "campaigns": ["home", "complaints"],
        "home": ["core"],
        "complaints": ["core"],
        "core": [],
    }

    assert load_order(declared) == ["core", "complaints", "home", "campaigns"]
    assert load_order(dict(reversed(declared.items()))) == [
        "core",
        "complaints",
        "home",
        "campaigns",
    ]


def test_a_misspelt_dependency_is_an_error():
    with pytest.raises(ValueError, match="publication, which has no demo data"):
        load_order({"campaigns": ["publication"], "publications": []})


def test_a_dependency_cycle_is_an_error():
    with pytest.raises(CycleError):
        load_order({"home": ["campaigns"], "campaigns": ["home"]})
