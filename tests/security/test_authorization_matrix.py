"""The authorisation matrix (issue 13; OWASP ASVS V8): every URL pattern of the portal, the
Wagtail admin's included, for every role, as authorization_matrix.toml says.

- Every registered URL pattern has an entry in the matrix, and every entry names a pattern:
  a new view cannot ship without its row.
- Each role, signed in as the portal signs it in (staff with their second factor), requests
  every route: GET, then POST where the role is refused (and where a view that changes things
  quietly passes over what the role may not change). Each answer is compared with the
  matrix; no refused request and no POST the walk sends writes anything to the database; no
  answer shows the subject of a case the role may not see, or a page's draft title to a role
  that may not edit pages.
- "Not yours" answers exactly as "does not exist": another citizen's case, receipt,
  attachment or case file, another agency's case in the admin, give the status and the page
  a case that does not exist gives (and the same holds for an attachment of one's own case
  that is not one's own to see).

The world (tests/security/world.py) is built once for the module; each test runs in its own
transaction, rolled back.
"""

import re

import pytest
from django.test import Client

from .addresses import MISSING_ID, address, case_for
from .matrix import DENIALS, Matrix, routes, settle
from .walk import body_text, leaks, sign_in, walk

MATRIX = Matrix()
ROLES = MATRIX.roles
# The roles for whom some case is not theirs: citizens, and officers (of an agency's subtree).
OWNERS = MATRIX.groups["citizens"] + MATRIX.groups["officers"]


@pytest.fixture
def client(settings):
    """A browser whose messages live in a cookie the walk throws away after each answer
    (the session would otherwise grow with every refusal's message)."""
    settings.MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"
    return Client()


def test_every_url_pattern_has_a_row_and_every_row_a_pattern():
    registered = routes()
    without_row = sorted(route for route in registered if not MATRIX.entries_for(route))
    without_pattern = sorted(
        entry.route
        for entry in MATRIX.entries
        if not any(entry.matches(route) for route in registered)
    )
    assert without_row == [], "URL patterns missing from authorization_matrix.toml"
    assert without_pattern == [], "entries of authorization_matrix.toml that match no pattern"


@pytest.mark.django_db
def test_twins_hold_the_same_permissions(world):
    """A twin walks only where cases are concerned (authorization_matrix.toml, [twins]):
    everywhere else the portal must have nothing to tell it from its twin by."""
    from wagtail.models import GroupCollectionPermission, GroupPagePermission

    def grants(user):
        return (
            user.is_staff,
            user.is_superuser,
            frozenset(user.get_all_permissions()),
            frozenset(
                GroupPagePermission.objects.filter(group__user=user).values_list(
                    "page", "permission__codename"
                )
            ),
            frozenset(
                GroupCollectionPermission.objects.filter(group__user=user).values_list(
                    "collection", "permission__codename"
                )
            ),
            bool(user.phone) and bool(user.full_name),  # a citizen's details: may submit
        )

    for twin, model in MATRIX.twins.items():
        assert grants(world.people[twin]) == grants(world.people[model]), twin


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_what_the_matrix_says_at_every_url(client, world, role):
    sign_in(client, world, role)
    failures, requests = [], 0
    for answer in walk(client, MATRIX, world, role):
        requests += 1
        if answer.got != answer.expected:
            failures.append(str(answer))
        if answer.writes and (answer.method == "POST" or answer.expected in DENIALS):
            failures.append(f"{answer}: wrote to {sorted(set(answer.writes))}")
        shown = leaks(MATRIX, role, answer)
        if shown:
            failures.append(f"{answer}: shows {', '.join(shown)}")
    assert requests > (100 if role in MATRIX.twins else 300)
    assert failures == [], f"{len(failures)} of {requests} answers differ:\n" + "\n".join(failures)


@pytest.mark.django_db
@pytest.mark.parametrize("role", OWNERS)
def test_not_yours_answers_exactly_as_does_not_exist(client, world, role):
    sign_in(client, world, role)
    own = case_for(MATRIX, world, role, "own")
    other = case_for(MATRIX, world, role, "other")
    pairs = []
    for route in sorted(routes()):
        for entry in MATRIX.entries_for(route):
            if not entry.compare or not route.startswith(_side(role)):
                continue
            for method in ("GET", "POST"):
                if MATRIX.expected(entry, role, "other", method, route) not in DENIALS:
                    continue
                pairs.append(
                    (
                        method,
                        _fill(route, other, world, entry),
                        _fill(route, None, world, entry),
                    )
                )
    # An attachment or case file of another case, asked for under one's own case, and (for
    # the citizen) a file of one's own case that staff keep to themselves.
    key = _key(world, own)
    other_key = _key(world, other)
    crossed = {
        "attachment": world.attachments[other_key].pk,
        "file": world.case_files[(other_key, _audience(role))].pk,
    }
    if role.startswith("citizen"):
        crossed["staff case file"] = world.case_files[(key, "staff")].pk
        if key == "a":
            crossed["internal attachment"] = world.attachments["a-internal"].pk
    for what, number in crossed.items():
        pairs.append(
            ("GET", _own_path(role, own, what, number), _own_path(role, own, what, MISSING_ID))
        )
    assert len(pairs) >= 8
    for method, mine_not, missing in pairs:
        first, second = _answer(client, method, mine_not), _answer(client, method, missing)
        assert first.status_code == second.status_code, (method, mine_not, missing)
        assert first.status_code in (404, 405), (method, mine_not, first.status_code)
        assert _shape(first, mine_not) == _shape(second, missing), (method, mine_not, missing)


def _side(role):
    return "<lang>/" if role.startswith("citizen") else "admin/"


def _key(world, case):
    return next(key for key, c in world.cases.items() if c == case)


def _audience(role):
    return "citizen" if role.startswith("citizen") else "staff"


def _fill(route, case, world, entry):
    """The route's address for ``case`` (None: a case that does not exist)."""
    values = {"action": entry.args.get("action", "note")}
    if case is None:
        values |= {
            "reference": world.missing_reference,
            "pk": MISSING_ID,
            "attachment_id": MISSING_ID,
            "file_id": MISSING_ID,
        }
    else:
        key = _key(world, case)
        audience = "staff" if route.startswith("admin/") else "citizen"
        values |= {
            "reference": case.reference,
            "pk": case.pk,
            "attachment_id": world.attachments[key].pk,
            "file_id": world.case_files[(key, audience)].pk,
        }
    return address(route, entry, values | entry.args)


def _own_path(role, case, what, number):
    kind = "files" if "attachment" in what else "case-file"
    if role.startswith("citizen"):
        return f"/ar/complaints/case/{case.reference}/{kind}/{number}/"
    return f"/admin/cases/{case.pk}/{kind}/{number}/"


def _answer(client, method, url):
    response = client.get(url) if method == "GET" else client.post(url, {})
    client.cookies.pop("messages", None)
    return settle(client, response)


def _shape(response, url):
    """The page with what depends on the address asked for (and the per-response nonce and
    CSRF token) taken out: what is left must be the same for "not yours" and "missing"."""
    body = body_text(response)
    for path in {url, response.wsgi_request.path}:
        without_language = re.sub(r"^/(ar|ckb|en)/", "/", path)
        body = body.replace(without_language.lstrip("/"), "<asked>")
    body = re.sub(r'nonce="[^"]*"', 'nonce=""', body)
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", body)
