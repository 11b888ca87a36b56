"""Site search: published pages of the visitor's language, with a facet per page type.

Pages index a normalised copy of their text (``core.pages.NormalizedSearchMixin``) and the
query is normalised the same way, so hamza, diacritics, tatweel, ta marbuta and alef maqsura
spellings all find the same pages on SQLite and on PostgreSQL.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page

from citizens_site.core.content.pages import visible_pages

from .forms import SearchForm
from .query import query_words

RESULTS_PER_PAGE = 10


def _type_key(content_type):
    return f"{content_type.app_label}.{content_type.model}"


def _page_type(key):
    """The page type a ``type=app_label.model`` parameter names, or None for anything else."""
    app_label, _dot, model = (key or "").partition(".")
    try:
        content_type = ContentType.objects.get_by_natural_key(app_label, model)
    except ContentType.DoesNotExist:
        return None
    model_class = content_type.model_class()
    return content_type if model_class and issubclass(model_class, Page) else None


def search(request):
    form = SearchForm(request.GET)
    form.is_valid()
    raw = form.cleaned_data.get("q", "")
    words, was_cut = query_words(raw)
    chosen_type = form.cleaned_data.get("type", "")
    context = {
        "form": form,
        "search_query": raw[:200],
        "words": words,
        "was_cut": was_cut,
        "facets": [],
        "results": None,
        "chosen_type": chosen_type,
    }
    if words:
        pages = visible_pages(Page.objects.filter(locale=Locale.get_active()), request)
        query = " ".join(words)
        counts = pages.search(query, operator="and").facet("content_type_id")
        facets = []
        for content_type_id, count in counts.items():
            content_type = ContentType.objects.get_for_id(content_type_id)
            model = content_type.model_class()
            if model is None:
                continue
            facets.append(
                {
                    "key": _type_key(content_type),
                    "count": count,
                    "label": model._meta.verbose_name_plural,
                    "id": content_type_id,
                }
            )
        facets.sort(key=lambda facet: -facet["count"])
        chosen = _page_type(chosen_type)
        if chosen is not None:
            pages = pages.filter(content_type=chosen)
        results = pages.search(query, operator="and")
        found = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        context.update(
            facets=facets,
            chosen_type=_type_key(chosen) if chosen else "",
            results=found,
            elsewhere=[] if facets else _found_elsewhere(request, query, raw),
        )
    return render(request, "search/search.html", context)


def _search_url(language):
    with translation.override(language):
        return reverse("site_search:search")


def _found_elsewhere(request, query, raw):
    """When nothing matches in the visitor's language, the other languages whose pages do
    (an Arabic word typed on the English site finds the Arabic pages): a link to each."""
    offers = []
    active = Locale.get_active()
    for locale in Locale.objects.exclude(pk=active.pk).order_by("language_code"):
        count = (
            visible_pages(Page.objects.filter(locale=locale), request)
            .search(query, operator="and")
            .count()
        )
        if count:
            code = locale.language_code
            offers.append(
                {
                    "language": code,
                    "name": dict(settings.LANGUAGES).get(code, code),  # in itself: العربية
                    "count": count,
                    "url": f"{_search_url(code)}?{urlencode({'q': raw})}",
                }
            )
    return offers
