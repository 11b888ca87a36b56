"""The apps that have demo data, in the order their data can be loaded.

Each app's ``demo`` module declares the apps whose demo data it needs, by label
(``DEPENDS_ON = ["core", "home"]``), and the loader follows these declarations, not the order
of INSTALLED_APPS, which says nothing about the demo. Apps that need nothing of each other come
in the order of their labels, so the order is the same however INSTALLED_APPS is arranged.
"""

from dataclasses import dataclass
from graphlib import TopologicalSorter
from importlib import import_module
from pathlib import Path
from types import ModuleType

from django.apps import apps
from django.conf import settings
from django.utils.module_loading import module_has_submodule


@dataclass(frozen=True)
class DemoApp:
    label: str
    name: str
    module: ModuleType

    @property
    def depends_on(self):
        return list(getattr(self.module, "DEPENDS_ON", []))


def _is_ours(app_config):
    path = Path(app_config.path)
    return path.is_relative_to(settings.BASE_DIR) and "site-packages" not in path.parts


def demo_apps(app_configs=None):
    """The project's apps with a ``demo`` module, in load order."""
    found = {
        config.label: DemoApp(config.label, config.name, import_module(f"{config.name}.demo"))
        for config in (apps.get_app_configs() if app_configs is None else app_configs)
        if _is_ours(config) and module_has_submodule(config.module, "demo")
    }
    return [
        found[label]
        for label in load_order({label: app.depends_on for label, app in found.items()})
    ]


def load_order(depends_on):
    """Labels ordered so that each comes after those it depends on (``{label: [labels]}``).

    Raises ``ValueError`` for a dependency on an app without demo data (a misspelt label) and
    ``graphlib.CycleError`` for a cycle.
    """
    sorter = TopologicalSorter()
    for label in sorted(depends_on):
        unknown = set(depends_on[label]) - set(depends_on)
        if unknown:
            missing = ", ".join(sorted(unknown))
            raise ValueError(f"{label} depends on {missing}, which has no demo data")
        sorter.add(label, *sorted(depends_on[label]))
    return list(sorter.static_order())
