"""Demo pages read from data files: one TOML file per page, its languages side by side.

A file is named after its page's slug, and a folder of the same name beside it holds the
page's children. In the file, ``type`` names the page model (``"app_label.ModelName"``) and
``order`` its place among its siblings (menus follow it); the other top-level keys are the
fields every language shares, and one table per language (``[ar]``, ``[ckb]``, ``[en]``) holds
that language's fields. The first language is the parent's; the others become its
translations (see ``demo_pages``), so the shared fields are given once and copied.

Keys are the model's field names and values go in as they are, except where TOML has no shape
for the field's value:

- a StreamField is a list of ``{type, value}`` blocks, and a ``table`` block's value (caption,
  header, rows, source) becomes a typed table (see ``stream``);
- a date is ``{days_from_today = N}`` and a date-time ``{days_from_today = N, time = "HH:MM"}``
  in the site's time zone: the demo is always seen "today", so upcoming events stay upcoming;
- a child relation (an event's form fields) is a list of tables, one object each.

A page type that needs more (looking up related objects, a list written out as HTML) gets a
``PageType`` from its own app, whose hooks finish the fields; site/core knows no app.
"""

import datetime
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone
from wagtail.fields import StreamField

from citizens_site.core.demo.pages import ensure_child


def _unchanged(values, _context):
    return values


@dataclass(frozen=True)
class PageType:
    """An app's hooks for one page type: ``shared(values, parent)`` gets the decoded top-level
    values and the parent page, ``translated(values, language_code)`` one language's decoded
    values; each returns the page's fields."""

    shared: Callable[[dict, object], dict] = _unchanged
    translated: Callable[[dict, str], dict] = _unchanged


@dataclass(frozen=True)
class PageData:
    """One data file, read."""

    path: Path
    model: type
    order: int
    shared: dict
    languages: dict = field(repr=False)

    @property
    def slug(self):
        return self.path.stem

    @property
    def label(self):
        return self.model._meta.label


def read_page(path):
    with Path(path).open("rb") as file:
        data = tomllib.load(file)
    codes = [code for code, _name in settings.LANGUAGES]
    missing = [code for code in codes if code not in data]
    if missing:
        raise ValueError(f"{path}: no table for {', '.join(missing)}")
    return PageData(
        path=Path(path),
        model=apps.get_model(data.pop("type")),
        order=data.pop("order", 0),
        languages={code: data.pop(code) for code in codes},
        shared=data,
    )


def pages_in(directory):
    """The pages of one folder, in their ``order``."""
    pages = [read_page(path) for path in Path(directory).glob("*.toml")]
    return sorted(pages, key=lambda page: (page.order, page.slug))


def page_tree(directory, parents=()):
    """Every page under ``directory`` in load order, with the slugs of the pages above it."""
    for page in pages_in(directory):
        yield parents, page
        children = Path(directory) / page.slug
        if children.is_dir():
            yield from page_tree(children, (*parents, page.slug))


def load_pages(directory, parent, page_types=None):
    """Create and publish what is missing of the pages under ``directory`` as children of
    ``parent``, each in every language; returns them all, descendants included. Idempotent,
    like ``ensure_child``."""
    page_types = page_types or {}
    created = []
    for data in pages_in(directory):
        page_type = page_types.get(data.label, PageType())

        def content_for(code, data=data, page_type=page_type):
            return page_type.translated(decode(data.model, data.languages[code]), code)

        fields = {
            **page_type.shared(decode(data.model, data.shared), parent),
            **content_for(parent.locale.language_code),
        }
        page = ensure_child(parent, data.model, data.slug, fields, content_for)
        created.append(page)
        children = Path(directory) / data.slug
        if children.is_dir():
            created.extend(load_pages(children, page, page_types))
    return created


def page_fields(data, code, page_type=None):
    """The fields of a page that is not placed by ``load_pages`` (a site's root page):
    shared and ``code``'s fields together."""
    page_type = page_type or PageType()
    return {
        **page_type.shared(decode(data.model, data.shared), None),
        **page_type.translated(decode(data.model, data.languages[code]), code),
    }


def decode(model, values):
    return {name: _decode(_field(model, name), value) for name, value in values.items()}


def _field(model, name):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None  # a value only a PageType hook reads


def _decode(model_field, value):
    if isinstance(model_field, StreamField):
        return stream(value)
    # A DateTimeField is a DateField too: test it first.
    if isinstance(model_field, models.DateTimeField) and isinstance(value, dict):
        time = datetime.time.fromisoformat(value["time"])
        return timezone.make_aware(datetime.datetime.combine(_day(value), time))
    if isinstance(model_field, models.DateField) and isinstance(value, dict):
        return _day(value)
    if model_field is not None and model_field.one_to_many and isinstance(value, list):
        related = model_field.related_model
        ordered = any(f.name == "sort_order" for f in related._meta.fields)
        return [
            related(**({"sort_order": number} if ordered else {}), **item)
            for number, item in enumerate(value)
        ]
    return value


def _day(value):
    return timezone.localdate() + datetime.timedelta(days=value["days_from_today"])


def stream(blocks):
    """StreamField data from the data files' ``{type, value}`` blocks.

    A ``table`` value (caption, header, rows, source) becomes a typed table whose columns are
    numbers when every cell of the column is one.
    """
    data = []
    for block in blocks:
        if block["type"] == "table":
            data.extend(_table(block["value"]))
        else:
            data.append({"type": block["type"], "value": block["value"]})
    return data


def _is_number(text):
    try:
        float(str(text).replace(",", ""))
    except ValueError:
        return False
    return True


def _table(value):
    rows = value["rows"]
    columns = [
        {
            "type": "number" if all(_is_number(row[i]) for row in rows) else "text",
            "heading": heading,
        }
        for i, heading in enumerate(value["header"])
    ]
    table = {
        "type": "table",
        "value": {
            "caption": value["caption"],
            "columns": columns,
            "rows": [
                {
                    "values": [
                        str(cell).replace(",", "") if column["type"] == "number" else cell
                        for cell, column in zip(row, columns, strict=True)
                    ]
                }
                for row in rows
            ],
        },
    }
    source = value.get("source")
    return [table, {"type": "paragraph", "value": f"<p><i>{source}</i></p>"}] if source else [table]
