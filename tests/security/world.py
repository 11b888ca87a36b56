"""The small world the authorisation matrix is walked in, built once per module.

Three agencies (ministry X, a formation under X, ministry Y), one person per role of the
matrix, three cases with files, and one of each thing the Wagtail admin's URLs take: pages with
revisions and a workflow in progress, a translation, an event with registrations, a document,
an image, a redirect, a collection and a page behind passwords. Everything comes from the
factories (tests/factories) and the project's own functions, never from the demo loader.
"""

import dataclasses
import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.log_actions import log

from complaints.cases import workflow
from complaints.cases.models import Attachment, CaseFile
from complaints.cases.uploads import check_file
from complaints.models import Agency, Membership
from tests.complaints.conftest import PDF_BYTES, png_bytes, upload
from tests.factories import (
    AgencyFactory,
    CategoryFactory,
    CitizenFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    StaffFactory,
)
from tests.factories.site import build_general_pages, build_homes, build_team, publish

# What each case says: a response that shows one of these to someone who may not see the
# case is a leak, whatever its status code.
SUBJECTS = {
    "a": "matrix-subject-case-a-of-citizen-a",
    "x": "matrix-subject-case-x-of-citizen-a",
    "b": "matrix-subject-case-b-of-citizen-b",
}

# The news page's draft title: only who may edit pages reads it.
DRAFT_TITLE = "matrix-draft-title-not-published"


@dataclasses.dataclass
class World:
    people: dict  # role -> user (anonymous: None)
    cases: dict  # "a", "x", "b" -> case
    attachments: dict  # case key -> the citizen's attachment; "a-internal" -> staff-only
    case_files: dict  # (case key, audience) -> ready case file
    objects: dict  # name -> object the admin's URLs take (page, document, ...)
    missing_reference: str  # well formed, with its check digit, and no case has it


def build_world():
    homes = build_homes()
    build_general_pages(homes)
    team = build_team()  # officer and supervisor of the Ministry of Interior: ministry X
    ministry_x = Agency.objects.get(code="MOI")
    formation_x = AgencyFactory(code="MOI-SUB", parent=ministry_x, name_en="Formation of X")
    ministry_y = AgencyFactory(code="MOY", name_en="Ministry Y")
    AgencyFactory(code=workflow.INTAKE_AGENCY_CODE, name_en="General Secretariat")
    people = {
        "anonymous": None,
        "citizen_a": team["citizen"],
        "citizen_b": CitizenFactory(
            email="citizen.b@example.com", full_name="زينب عباس", phone="+9647809876543"
        ),
        "moderator": team["moderator"],
        "officer_x": team["officer"],
        "officer_x_sub": _officer("officer.sub@example.com", formation_x),
        "officer_y": _officer("officer.y@example.com", ministry_y),
        "supervisor": team["supervisor"],
        "editor": team["editor"],
        "publisher": team["publisher"],
        "admin": team["admin"],
    }
    category = CategoryFactory(code="MATRIX")
    cases = {
        "a": _case(people["citizen_a"], formation_x, category, SUBJECTS["a"]),
        "x": _case(people["citizen_a"], ministry_x, category, SUBJECTS["x"]),
        "b": _case(people["citizen_b"], ministry_y, category, SUBJECTS["b"]),
    }
    attachments = {key: case.attachments.get() for key, case in cases.items()}
    attachments["a-internal"] = Attachment.objects.create(
        case=cases["a"],
        file=ContentFile(PDF_BYTES, name="internal.pdf"),
        original_name="internal.pdf",
        content_type="application/pdf",
        size=len(PDF_BYTES),
        sha256="0" * 64,
        uploaded_by=people["officer_x"],
        is_public=False,
    )
    # Staff looked at every case: the audit log holds an entry naming each (its subject too,
    # in the entry's label), which no one who may not see the case may read anywhere.
    for case in cases.values():
        log(instance=case, action="complaints.case_viewed", user=people["moderator"])
    case_files = {
        (key, audience): _case_file(cases[key], audience)
        for key in cases
        for audience in (CaseFile.Audience.CITIZEN, CaseFile.Audience.STAFF)
    }
    return World(
        people=people,
        cases=cases,
        attachments=attachments,
        case_files=case_files,
        objects=_admin_objects(homes, people, category, ministry_y),
        missing_reference=_missing_reference(cases),
    )


def _officer(email, agency):
    from complaints.cases import roles

    return StaffFactory(
        email=email,
        group=roles.AGENCY_OFFICERS,
        agency=agency,
        role=Membership.Role.OFFICER,
        second_factor=True,
        language="ar",
    )


def _case(citizen, agency, category, subject):
    """A case as the citizen files it, with one paper attached."""
    return workflow.submit_case(
        citizen=citizen,
        kind="complaint",
        category=category,
        agency=agency,
        subject=subject,
        details=f"{subject}-details",
        place="baghdad",
        place_country="",
        consent_to_publish=False,
        files=[check_file(upload("papers.pdf", PDF_BYTES))],
    ).case


def _case_file(case, audience):
    document = CaseFile.objects.create(case=case, audience=audience)
    document.file.save(f"{case.reference}-{audience}.pdf", ContentFile(PDF_BYTES), save=False)
    document.ready_at = timezone.now()
    document.save()
    return document


def _missing_reference(cases):
    """A reference shaped like the cases' own (this year's, with its check digit) that no case
    has: "does not exist" must not be told apart from "not yours" by its shape."""
    from complaints.cases import identifiers

    taken = {case.reference for case in cases.values()}
    year = int(next(iter(taken)).split("-")[0])
    return identifiers.format_reference(year, 999999)


def _admin_objects(homes, people, category, ministry_y):
    """One of each thing the admin's URLs take, keyed by the name the matrix uses."""
    from django.contrib.auth.models import Group
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import (
        Collection,
        CollectionViewRestriction,
        Locale,
        Page,
        PageViewRestriction,
        Site,
        UploadedFile,
        Workflow,
    )
    from wagtail_localize.models import StringSegment, Translation, TranslationSource

    from citizens_site.core.models import ContactSettings
    from complaints.models import PublicHoliday
    from publications.models import RegistrationField

    news_index = publish(NewsIndexPageFactory(parent=homes["ar"], slug="news"))
    news = publish(NewsPageFactory(parent=news_index, slug="matrix-news", title="خبر المصفوفة"))
    # A second revision, so that revisions have something to compare, and a draft on top.
    news.title = "خبر المصفوفة المعدل"
    news.save_revision().publish()
    news.title = DRAFT_TITLE
    draft_revision = news.save_revision(user=people["editor"])
    # The editor has submitted it to PR review: a workflow and a task in progress.
    workflow_state = Workflow.objects.get(active=True).start(news, people["editor"])
    task_state = workflow_state.current_task_state

    restricted = publish(NewsPageFactory(parent=news_index, slug="restricted"))
    alias = restricted.create_alias(update_slug="restricted-alias")
    page_restriction = PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-page"
    )

    event_index = publish(EventIndexPageFactory(parent=homes["ar"], slug="events"))
    event = EventPageFactory(
        parent=event_index,
        slug="seminar",
        start=timezone.now() + datetime.timedelta(days=10),
        end=timezone.now() + datetime.timedelta(days=10, hours=2),
        takes_registrations=True,
        to_address="events@gov.example",
        subject="Registration",
    )
    question = RegistrationField.objects.create(
        page=event, sort_order=0, label="Full name", field_type="singleline", required=True
    )
    publish(event)
    event.get_submission_class().objects.create(
        page=event, form_data={"full_name": "matrix-registrant"}
    )

    source, _created = TranslationSource.get_or_create_from_instance(news)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="en")
    )
    translation.save_target(user=people["publisher"])

    root_collection = Collection.get_first_root_node()
    private = root_collection.add_child(name="Private papers")
    collection_restriction = CollectionViewRestriction.objects.create(
        collection=private,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="s3cret-papers",
    )
    document = get_document_model().objects.create(
        title="Matrix document", file=ContentFile(PDF_BYTES, name="matrix.pdf")
    )
    image = get_image_model().objects.create(
        title="Matrix image", file=ContentFile(png_bytes(), name="matrix.png")
    )
    uploaded_image = UploadedFile.objects.create(
        file=ContentFile(png_bytes(), name="upload.png"), uploaded_by_user=people["publisher"]
    )
    return {
        "root": Page.get_first_root_node(),
        "home": homes["ar"],
        "alias": alias,
        "translated_page": translation.get_target_instance(),
        "news_index": news_index,
        "page": news,
        "revision": draft_revision,
        "workflow_state": workflow_state,
        "task_state": task_state,
        "task": task_state.task,
        "workflow": workflow_state.workflow,
        "restricted_page": restricted,
        "page_restriction": page_restriction,
        "event": event,
        "translation": translation,
        "translation_source": source,
        "string_segment": StringSegment.objects.filter(source=source).first(),
        "collection": private,
        "collection_restriction": collection_restriction,
        "document": document,
        "image": image,
        "uploaded_file": uploaded_image,
        "redirect": Redirect.objects.create(old_path="/old-matrix", redirect_link="/ar/"),
        "agency": ministry_y,
        "category": category,
        "membership": Membership.objects.get(user=people["officer_y"]),
        "holiday": PublicHoliday.objects.create(
            # a day no seeded holiday takes, counted from the clock the code reads
            date=timezone.localdate() + datetime.timedelta(days=5 * 365 + 3),
            name="Matrix holiday",
        ),
        "locale": Locale.objects.get(language_code="en"),
        "site": Site.objects.get(is_default_site=True),
        "settings": ContactSettings.for_site(Site.objects.get(is_default_site=True)),
        "registration_field": question,
        "user": people["citizen_b"],
        "group": Group.objects.get(name="PR editors"),
    }
