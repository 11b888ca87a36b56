"""Reading the authorisation matrix (authorization_matrix.toml) and walking the URL patterns.

A route is a URL pattern written out in full: the prefixes of the includes it sits in joined
to its own pattern, with ``<lang>/`` for the language prefix of ``i18n_patterns``
(``<lang>/complaints/case/<str:reference>/``, ``admin/pages/<int:page_id>/edit/``). The
matrix's entries name routes, or many routes at once with ``*`` (any text); a route takes the
expectations of the exact entry naming it, or else of the longest pattern that matches it.
"""

import dataclasses
import re
import tomllib
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

from django.contrib import messages
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern

MATRIX_FILE = Path(__file__).with_name("authorization_matrix.toml")

# What a response is, in the matrix's words.
OK = "ok"  # 2xx: the page, the file, the form (or its errors)
REDIRECT = "redirect"  # 3xx elsewhere than a sign-in page or the admin's refusal
LOGIN = "login"  # 3xx to a sign-in page: denied, "sign in first"
DENIED = "denied"  # the admin's refusal: to its dashboard, with an error message
OUTCOMES = {OK, REDIRECT, LOGIN, DENIED, "400", "403", "404", "405", "409", "429"}
DENIALS = {LOGIN, DENIED, "403", "404", "405"}
SKIP = "skip"  # a POST the role may make (it would change things): not sent
RELATIONS = ("own", "other", "missing")

_CONVERTER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def routes():
    """Every registered URL pattern, as a route (a set: the same route registered twice is
    one address, answered by the first)."""
    return set(_walk(get_resolver(), ""))


def _walk(resolver, prefix):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            own = (
                "<lang>/"
                if isinstance(pattern.pattern, LocalePrefixPattern)
                else str(pattern.pattern)
            )
            yield from _walk(pattern, prefix + own)
        else:
            yield prefix + str(pattern.pattern)


def not_found_elsewhere(response):
    """Whether this is Django's LocaleMiddleware answering a 404 outside the language prefix
    (the admin's, a document's): it sends the visitor to the same path under /ar/, where the
    public site's catch-all takes it and finds nothing either. (It answers nothing else so;
    "/" itself opens Arabic by a redirect of its own.)"""
    path = response.wsgi_request.path
    if response.status_code != 302 or path == "/":
        return False
    target = urlsplit(response["Location"]).path
    return re.fullmatch(r"/(ar|ckb|en)" + re.escape(path), target) is not None


def settle(client, response):
    """The page the visitor ends up with: LocaleMiddleware's redirect of a 404 followed."""
    if not_found_elsewhere(response):
        return client.get(response["Location"])
    return response


def classify(response):
    """The matrix's word for a response."""
    status = response.status_code
    if not_found_elsewhere(response):
        return "404"
    if 200 <= status < 300:
        return OK
    if 300 <= status < 400:
        target = urlsplit(response["Location"]).path
        if target == "/admin/login/" or re.fullmatch(r"/[a-z]+/accounts/login/", target):
            return LOGIN
        if target == "/admin/" and _with_error(response):
            return DENIED
        return REDIRECT
    return str(status)


def _with_error(response):
    """Whether the request left an error message (Wagtail's "no permission" is one; a
    success that returns to the dashboard leaves a success message)."""
    queued = getattr(getattr(response.wsgi_request, "_messages", None), "_queued_messages", [])
    return any(message.level == messages.ERROR for message in queued)


def _glob(pattern):
    """``*`` is any text; everything else stands for itself."""
    return re.compile(".*".join(re.escape(part) for part in pattern.split("*")))


@dataclasses.dataclass
class Entry:
    route: str  # a route, or a pattern with *
    object: str  # what the route's arguments name: "case", "page", "none"...
    expect: dict  # role or group -> outcome (a word, or {own, other, missing})
    post: dict | bool | None  # the same for POST; None: as GET for refused roles; False: none
    args: dict  # fixed values for some of the route's arguments
    url: str | None  # the address to request, when the route is a regular expression
    queries: list  # query strings requested too (exports), with the same expectations
    data: dict  # the POST's form data (by default none)
    compare: bool  # "not yours" must answer exactly as "does not exist"
    note: str

    @cached_property
    def regex(self):
        return _glob(self.route)

    def matches(self, route):
        return self.regex.fullmatch(route) is not None


class Matrix:
    def __init__(self, path=MATRIX_FILE):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        self.roles = list(data["roles"])
        self.groups = {name: list(members) for name, members in data["groups"].items()}
        self.cases = data["cases"]
        self.drafts = data["drafts"]["sees"]
        self.read_only = [_glob(pattern) for pattern in data["read_only"]]
        twins = dict(data["twins"])
        self.twin_routes = [_glob(pattern) for pattern in twins.pop("also")]
        self.twins = twins
        self.entries = [self._entry(raw, data) for raw in data["route"]]
        for name, members in self.groups.items():
            unknown = set(members) - set(self.roles)
            assert not unknown, f"group {name} names unknown roles {unknown}"

    def _entry(self, raw, data):
        known = {
            "route",
            "object",
            "expect",
            "post",
            "args",
            "url",
            "queries",
            "data",
            "compare",
            "note",
            "like",
        }
        assert set(raw) <= known, f"{raw.get('route')}: unknown keys {set(raw) - known}"
        if "like" in raw:
            model = next(r for r in data["route"] if r["route"] == raw["like"])
            assert model is raw or "like" not in model, f"{raw['route']}: like of a like"
            inherited = {k: v for k, v in model.items() if k not in ("route", "url", "like")}
            raw = {**inherited, **{k: v for k, v in raw.items() if k != "like"}}
        for table in ("expect", "post"):
            for key, outcome in (raw.get(table) or {}).items():
                assert key in self.roles or key in self.groups, (
                    f"{raw['route']}: {table} names {key!r}, neither a role nor a group"
                )
                words = outcome.values() if isinstance(outcome, dict) else [outcome]
                unknown = set(words) - OUTCOMES - {SKIP}
                assert not unknown, f"{raw['route']}: unknown outcomes {unknown}"
        return Entry(
            route=raw["route"],
            object=raw.get("object", "none"),
            expect=raw["expect"],
            post=raw.get("post"),
            args=raw.get("args", {}),
            url=raw.get("url"),
            queries=raw.get("queries", []),
            data=raw.get("data", {}),
            compare=raw.get("compare", False),
            note=raw.get("note", ""),
        )

    def entries_for(self, route):
        """The route's exact entries (several: the same route requested with other
        arguments), else the longest pattern that matches it; [] if none."""
        exact = [e for e in self.entries if e.route == route]
        if exact:
            return exact
        matching = [e for e in self.entries if "*" in e.route and e.matches(route)]
        return [max(matching, key=lambda e: len(e.route))] if matching else []

    def _pick(self, table, role, route):
        if role in table:
            return table[role]
        groups = [g for g in table if g in self.groups and role in self.groups[g]]
        assert groups, f"{route}: no expectation for {role}"
        return table[min(groups, key=lambda g: len(self.groups[g]))]

    def expected(self, entry, role, relation, method="GET", route=None):
        """The outcome expected when ``role`` requests the route with the object in
        ``relation``; SKIP for a POST the role may make."""
        get = self._relation(self._pick(entry.expect, role, entry.route), relation)
        if method == "GET":
            return get
        if entry.post is False:
            return SKIP
        if entry.post is None:
            read_only = any(glob.fullmatch(route or entry.route) for glob in self.read_only)
            return get if get in DENIALS and not read_only else SKIP
        return self._relation(self._pick(entry.post, role, entry.route), relation)

    @staticmethod
    def _relation(outcome, relation):
        if isinstance(outcome, dict):
            found = outcome.get(relation)
            if found is None and relation == "missing":
                found = "404"
            if found is None and relation == "other":
                found = outcome.get("missing", "404")
            assert found is not None, f"no outcome for {relation} in {outcome}"
            return found
        if relation == "missing" and outcome not in DENIALS and outcome != SKIP:
            return "404"
        return outcome


def argument_names(route):
    return [m["name"] for m in _CONVERTER.finditer(route) if m["name"] != "lang"]


def fill(route, values):
    """The address of ``route`` with each ``<converter:name>`` replaced by values[name]."""
    assert "(?" not in route, f"{route}: give its url in the matrix"
    assert "\\" not in route, f"{route}: give its url in the matrix"
    path = _CONVERTER.sub(lambda m: str(values[m["name"]]), route.replace("<lang>", "ar"))
    path = path.replace("^", "").replace("$", "")
    return "/" + path


def walked_by(matrix, role, entry, route):
    """Whether ``role`` requests ``route``: a twin (a role that differs from another only in
    which cases are its own) only where cases are taken or shown, or where the matrix expects
    of it something else than of its twin."""
    twin = matrix.twins.get(role)
    if twin is None or entry.object == "case":
        return True
    if any(glob.fullmatch(route) for glob in matrix.twin_routes):
        return True
    return any(
        matrix.expected(entry, role, relation, method, route)
        != matrix.expected(entry, twin, relation, method, route)
        for relation in RELATIONS
        for method in ("GET", "POST")
    )
