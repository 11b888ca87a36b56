"""Walking the matrix for one role: every route, every relation, GET, then POST where the role
is refused, each answer compared with the matrix; and what a refused request wrote."""

import contextlib
import dataclasses
import io
import re
import zipfile

from django.db import connection

from tests.conftest import sign_in_staff

from .addresses import address, values_for
from .matrix import RELATIONS, SKIP, argument_names, classify, routes, walked_by
from .world import DRAFT_TITLE, SUBJECTS


@dataclasses.dataclass
class Answer:
    route: str
    relation: str
    method: str
    url: str
    expected: str
    got: str
    response: object
    writes: list  # the tables the request wrote to

    def __str__(self):
        return (
            f"{self.method} {self.url} ({self.relation}): expected {self.expected}, "
            f"got {self.got} [{self.route}]"
        )


def sign_in(client, world, role):
    user = world.people[role]
    if user is None:
        client.logout()
    elif user.is_staff or user.groups.exists():
        sign_in_staff(client, user.email)
    else:
        client.force_login(user)
    return user


def relations(entry, route):
    """A route without arguments is requested once; a case's route as own, other and missing
    case; any other object's route with the one object of its kind."""
    if not argument_names(route) and entry.url is None:
        return ("own",)
    if entry.object == "case":
        return RELATIONS
    return ("own",)


def requests(matrix, world, role):
    """(route, entry, relation, method, url, data, expected) for every request of the walk."""
    for route in sorted(routes()):
        for entry in matrix.entries_for(route):
            if not walked_by(matrix, role, entry, route):
                continue
            for relation in relations(entry, route):
                values = values_for(matrix, world, entry, route, role, relation)
                url = address(route, entry, values)
                data = {key: str(value).format(**values) for key, value in entry.data.items()}
                for query in ["", *entry.queries]:
                    for method in ("GET", "POST"):
                        expected = matrix.expected(entry, role, relation, method, route)
                        if expected != SKIP:
                            full = url + query.format(**values)
                            yield route, entry, relation, method, full, data, expected


def walk(client, matrix, world, role):
    """Every answer the role gets, in route order."""
    signed_in = world.people[role] is not None
    for route, _entry, relation, method, url, data, expected in requests(matrix, world, role):
        with recording_writes() as writes:
            response = client.get(url) if method == "GET" else client.post(url, data)
        # The admin's refusals leave a message each; the walk reads none of them.
        client.cookies.pop("messages", None)
        yield Answer(route, relation, method, url, expected, classify(response), response, writes)
        # Only a POST or a sign-out page can end the session: then sign in again.
        ended = signed_in and (method == "POST" or "logout" in url)
        if ended and not client.session.get("_auth_user_id"):
            sign_in(client, world, role)


_WRITE = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE)
# What any request may write: its session (the sign-in's, the language chosen).
UNWATCHED = {"django_session"}


@contextlib.contextmanager
def recording_writes():
    """The tables written to while the block runs (its session's excepted)."""
    written = []

    def record(execute, sql, params, many, context):
        match = _WRITE.match(sql)
        if match and match[1] not in UNWATCHED:
            written.append(match[1])
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        yield written


def leaks(matrix, role, answer):
    """What the answer shows that the role may not read: the subject of a case it may not
    see, a page's draft title."""
    sees = matrix.cases.get(role, matrix.cases["default"])["sees"]
    body = body_text(answer.response)
    found = [f"case {key}" for key, text in SUBJECTS.items() if key not in sees and text in body]
    if role not in matrix.drafts and DRAFT_TITLE in body:
        found.append("draft title")
    return found


def body_text(response):
    """What the response says: its page, its streamed file, the sheets of an XLSX file."""
    content = (
        b"".join(response.streaming_content)
        if getattr(response, "streaming", False)
        else response.content
    )
    if content.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            content = b"".join(archive.read(name) for name in archive.namelist())
    return content.decode(errors="replace")
