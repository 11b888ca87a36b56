"""The address each route is requested at, for a role and the relation of the object to it.

The route's arguments are filled from the world: a case route takes the role's own case, the
other case, or a case that does not exist (the matrix's ``[cases]`` says which case is whose);
any other route takes the one object of its kind in the world.
"""

from complaints.cases.models import CaseFile

from .matrix import argument_names, fill

MISSING_ID = 987654
# The objects that are pages: a route's page_id names the entry's object when it is one.
PAGES = {"page", "event", "alias", "translated_page", "restricted_page", "home"}


def case_for(matrix, world, role, relation):
    """The case the role requests as ``relation`` (None for "missing")."""
    if relation == "missing":
        return None
    mine = matrix.cases.get(role, matrix.cases["default"])
    return world.cases[mine[relation]]


def values_for(matrix, world, entry, route, role, relation):
    """Every value a route, its query strings or its POST data may name."""
    values = _object_values(world, entry)
    if entry.object == "case":
        values |= _case_values(matrix, world, route, role, relation)
    return values | entry.args


def address(route, entry, values):
    if entry.url:
        return entry.url.format(**values)
    missing = [name for name in argument_names(route) if name not in values]
    assert not missing, f"{route}: no value for {missing}"
    return fill(route, values)


def _case_values(matrix, world, route, role, relation):
    case = case_for(matrix, world, role, relation)
    if case is None:
        return {
            "pk": MISSING_ID,
            "reference": world.missing_reference,
            "attachment_id": MISSING_ID,
            "file_id": MISSING_ID,
            "version": 1,
            "agency": world.cases["a"].agency_id,
            "category": world.cases["a"].category_id,
        }
    key = next(k for k, c in world.cases.items() if c == case)
    audience = CaseFile.Audience.STAFF if route.startswith("admin/") else CaseFile.Audience.CITIZEN
    return {
        "pk": case.pk,
        "reference": case.reference,
        "attachment_id": world.attachments[key].pk,
        "file_id": world.case_files[(key, audience)].pk,
        "version": case.version,
        "agency": case.agency_id,
        "category": case.category_id,
    }


def _object_values(world, entry):
    """Every argument name the admin's routes use, from the world's objects."""
    o = world.objects

    def pk(name):
        return o[name].pk

    page = pk(entry.object) if entry.object in PAGES else pk("page")
    values = {
        "page_id": page,
        "page_to_move_id": page,
        "parent_page_id": pk("news_index"),
        "destination_id": o["home"].pk,
        "revision_id": o["revision"].pk,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "workflow_state_id": o["workflow_state"].pk,
        "task_state_id": o["task_state"].pk,
        "task_id": o["task"].pk,
        "action_name": "approve",
        "translation_id": pk("translation"),
        "translation_source_id": pk("translation_source"),
        "string_segment_id": o["string_segment"].pk,
        "overridable_segment_id": MISSING_ID,
        "document_id": pk("document"),
        "doc_id": pk("document"),
        "image_id": pk("image"),
        "uploaded_file_id": pk("uploaded_file"),
        "collection_id": pk("collection"),
        "restriction_id": pk("collection_restriction"),
        "page_view_restriction_id": pk("page_restriction"),
        "redirect_id": pk("redirect"),
        "user_id": pk("user"),
        "session_id": MISSING_ID,
        "object_id": page,
        "content_type_app_name": "publications",
        "content_type_model_name": "newspage",
        "app_label": "publications",
        "model_name": "newspage",
        "app_name": "publications",
        "filter_spec": "original",
        "uidb64": "MQ",
        "token": "set-password",
        "workflow_pk": pk("workflow"),
        "page_pk": o["root"].pk,
    }
    if entry.object not in ("none", "case"):
        values["pk"] = pk(entry.object)
    return values
