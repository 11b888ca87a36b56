"""Citizen-facing complaint views. Thin: forms validate, workflow changes, selectors read."""

import datetime

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.timesince import timeuntil
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from citizens_site.core import resubmission
from complaints.agencies.models import Category
from complaints.cases import identifiers, selectors, uploads, workflow
from complaints.cases.case_file import receipt_for, request_case_file
from complaints.cases.models import Case, CaseFile
from complaints.cases.responses import attachment_response, case_file_response
from complaints.citizen import phone_access, tracking
from complaints.citizen.filters import MyRequestsFilter
from complaints.citizen.forms import (
    AnsweredFilterForm,
    ContestForm,
    JumpToCaseForm,
    PhoneCodeForm,
    PhoneForm,
    RatingForm,
    ReplyForm,
    SubmissionForm,
    TrackForm,
    WithdrawForm,
    category_map,
)

RECEIPT_SESSION_KEY = "complaints.receipt_codes"
TRACK_SESSION_KEY = "complaints.tracked_cases"


# --- Submission ---------------------------------------------------------------------------------


@login_required
def submit(request):
    if not request.user.has_citizen_details:
        messages.info(request, _("Please complete your personal details before submitting."))
        return redirect(
            f"{reverse('account_profile')}?{urlencode({'next': request.get_full_path()})}"
        )
    if request.method == "POST":
        form = SubmissionForm(request.POST, request.FILES, user=request.user)
        valid = form.is_valid()
        if (
            valid
            and "update_categories" not in request.POST
            and _over_daily_quota(request.user, form.cleaned_data["submission_token"])
        ):
            form.add_error(
                None,
                _(
                    "You have sent %(count)s requests in the last 24 hours, the most the portal "
                    "takes from one person in a day. What you typed is kept below: please send it "
                    "tomorrow, or call the hotline if it is urgent."
                )
                % {"count": settings.COMPLAINTS_DAILY_QUOTA},
            )
            valid = False
        if valid and "update_categories" not in request.POST:
            data = form.cleaned_data
            try:
                submission = workflow.submit_case(
                    citizen=request.user,
                    kind=data["kind"],
                    category=data["category"],
                    agency=data["agency"],
                    subject=data["subject"],
                    details=data["details"],
                    place=data["place"],
                    place_country=data["place_country"],
                    consent_to_publish=data["consent_to_publish"],
                    files=form.checked_files,
                    pending_uploads=form.kept_uploads_selected(),
                    language=get_language(),
                    submission_token=data["submission_token"],
                )
            except workflow.NotSaved:
                return _not_saved(request, form)
            if submission.access_code:
                codes = request.session.get(RECEIPT_SESSION_KEY, {})
                codes[submission.case.reference] = submission.access_code
                request.session[RECEIPT_SESSION_KEY] = codes
            return redirect("complaints:receipt", reference=submission.case.reference)
        form.show_kept(uploads.keep_checked_files(request.user, form.checked_files))
        if "update_categories" in request.POST:
            form.errors.clear()  # only the category list was asked for, not a check
    else:
        form = SubmissionForm(user=request.user, initial=chosen_category(request.GET))
    return render(
        request,
        "complaints/submit.html",
        {
            "form": form,
            "category_map": category_map(),
        },
    )


def _not_saved(request, form):
    """The database or the disk failed and the workflow made sure nothing was stored: the
    form again, with what was typed and the same token (so the next sending makes one case),
    and a 503 (try again)."""
    form.show_not_saved()
    return render(
        request,
        "complaints/submit.html",
        {"form": form, "category_map": category_map()},
        status=503,
    )


def _over_daily_quota(user, token):
    """A person may file COMPLAINTS_DAILY_QUOTA cases a day: a script with one account cannot
    flood a ministry's queue. A resent form (same token) is no new case and always passes."""
    if selectors.cases_of_citizen(user).filter(submission_token=token).exists():
        return False
    since = timezone.now() - datetime.timedelta(hours=24)
    return selectors.cases_submitted_since(user, since) >= settings.COMPLAINTS_DAILY_QUOTA


def chosen_category(query):
    """The category (and its kind, when it takes one only) an "act on it" link of a campaign
    or right page chose: ``?category=<code>``. Anything else is ignored."""
    category = Category.objects.active().filter(code=query.get("category", "")[:40]).first()
    if category is None:
        return {}
    initial = {"category": category.pk}
    if len(category.kinds) == 1:
        initial["kind"] = category.kinds[0]
    return initial


@login_required
def receipt(request, reference):
    case = selectors.case_of_citizen(request.user, reference)
    access_code = request.session.get(RECEIPT_SESSION_KEY, {}).get(case.reference)
    return render(request, "complaints/receipt.html", {"case": case, "access_code": access_code})


@login_required
def receipt_pdf(request, reference):
    """The receipt as a PDF, for the citizen whose case it is (anyone else: 404). Built by the
    task that builds case files: the first request asks for it, and while it is being built
    the receipt page says so (with the immediate task backend it is ready at once)."""
    case = selectors.case_of_citizen(request.user, reference)
    document = receipt_for(case=case, user=request.user)
    document.refresh_from_db()
    if document.ready_at:
        return case_file_response(document)
    messages.info(
        request, _("Your receipt (PDF) is being prepared. Use the link again in a moment.")
    )
    return redirect("complaints:receipt", reference=case.reference)


# --- My requests and the case page -------------------------------------------------------------


@login_required
def my_requests(request):
    jump = JumpToCaseForm(request.GET if "reference" in request.GET else None)
    if jump.is_bound and jump.is_valid():
        reference = jump.cleaned_data["reference"]
        if selectors.cases_of_citizen(request.user).filter(reference=reference).exists():
            return redirect("complaints:case_detail", reference=reference)
        jump.add_error("reference", _("None of your requests has this reference number."))
    cases = selectors.cases_of_citizen(request.user).order_by("-submitted_at")
    filtered = MyRequestsFilter(request.GET, queryset=cases)
    page = Paginator(filtered.qs, 20).get_page(request.GET.get("page"))
    return render(
        request,
        "complaints/my_requests.html",
        {
            "page": page,
            "filter": filtered,
            "jump": jump,
            # Only asked when the page is empty: "none with this status" or "none at all".
            "has_any": bool(page.object_list) or cases.exists(),
        },
    )


def _case_page(request, case, **forms):
    context = {
        "case": case,
        "timeline": selectors.public_timeline(case),
        "attachments": selectors.files_outside_timeline(case),
        "is_open": case.is_open,
        "can_rate": case.can_be_rated,
        "reply_form": forms.get("reply_form") or ReplyForm(user=request.user),
        "rating_form": forms.get("rating_form")
        or RatingForm(
            initial={"rating": case.satisfaction_rating, "comment": case.satisfaction_comment}
        ),
        "withdraw_form": forms.get("withdraw_form") or WithdrawForm(),
        "contest_form": forms.get("contest_form") or ContestForm(),
        "can_contest": case.can_be_contested,
    }
    latest = selectors.latest_case_file(case, CaseFile.Audience.CITIZEN)
    request_url = reverse("complaints:case_file", args=[case.reference])
    context.update(
        case_file=latest,
        case_file_request_url=request_url,
        case_file_download_url=f"{request_url}{latest.pk}/" if latest else "",
    )
    status = 400 if forms else 200
    return render(request, "complaints/case_detail.html", context, status=status)


@login_required
def case_detail(request, reference):
    return _case_page(request, selectors.case_of_citizen(request.user, reference))


@login_required
def case_file(request, reference, file_id=None):
    """The citizen's own case file: POST asks for one (a task builds it), GET downloads it."""
    case = selectors.case_of_citizen(request.user, reference)
    if file_id is None:
        if request.method == "POST":
            request_case_file(case=case, user=request.user, audience=CaseFile.Audience.CITIZEN)
            messages.success(
                request, _("Your case file is being prepared; it appears on this page when ready.")
            )
        return redirect("complaints:case_detail", reference=case.reference)
    document = get_object_or_404(
        CaseFile, pk=file_id, case=case, ready_at__isnull=False, audience=CaseFile.Audience.CITIZEN
    )
    return case_file_response(document)


def _run(request, action):
    try:
        action()
    except workflow.WorkflowError as error:
        messages.error(request, error.message)
        return False
    return True


@login_required
@require_POST
def case_reply(request, reference):
    case = selectors.case_of_citizen(request.user, reference)
    form = ReplyForm(request.POST, request.FILES, user=request.user)
    if not form.is_valid():
        form.show_kept(uploads.keep_checked_files(request.user, form.checked_files))
        return _case_page(request, case, reply_form=form)
    scope, token = f"case-reply:{case.pk}", form.cleaned_data[resubmission.TOKEN_FIELD]
    if not resubmission.claim(scope, token):
        # The same form again (a double click, a resent page): the first one added the reply,
        # and this answer must read as its answer did.
        messages.success(request, _("Your reply has been added to the case."))
    elif _run(
        request,
        lambda: workflow.add_citizen_reply(
            case=case,
            citizen=request.user,
            message=form.cleaned_data["message"],
            files=form.checked_files,
            pending_uploads=form.kept_uploads_selected(),
        ),
    ):
        messages.success(request, _("Your reply has been added to the case."))
    else:
        resubmission.release(scope, token)
    return redirect("complaints:case_detail", reference=case.reference)


@login_required
@require_POST
def case_withdraw(request, reference):
    case = selectors.case_of_citizen(request.user, reference)
    form = WithdrawForm(request.POST)
    if not form.is_valid():
        return _case_page(request, case, withdraw_form=form)
    if _run(
        request,
        lambda: workflow.withdraw_case(
            case=case, citizen=request.user, reason=form.cleaned_data["reason"]
        ),
    ):
        messages.success(request, _("The case has been withdrawn."))
    return redirect("complaints:case_detail", reference=case.reference)


@login_required
@require_POST
def case_rate(request, reference):
    case = selectors.case_of_citizen(request.user, reference)
    form = RatingForm(request.POST)
    if not form.is_valid():
        return _case_page(request, case, rating_form=form)
    if _run(
        request,
        lambda: workflow.rate_case(
            case=case,
            citizen=request.user,
            rating=form.cleaned_data["rating"],
            comment=form.cleaned_data["comment"],
        ),
    ):
        messages.success(request, _("Thank you for rating the answer."))
    return redirect("complaints:case_detail", reference=case.reference)


@login_required
@require_POST
def case_contest(request, reference):
    case = selectors.case_of_citizen(request.user, reference)
    form = ContestForm(request.POST)
    if not form.is_valid():
        return _case_page(request, case, contest_form=form)
    if _run(
        request,
        lambda: workflow.contest_answer(
            case=case, citizen=request.user, reason=form.cleaned_data["reason"]
        ),
    ):
        messages.success(request, _("Your case has been reopened and sent for review."))
    return redirect("complaints:case_detail", reference=case.reference)


@login_required
def attachment_download(request, reference, attachment_id):
    case = selectors.case_of_citizen(request.user, reference)
    attachment = selectors.public_attachments(case).filter(pk=attachment_id).first()
    if attachment is None:
        raise Http404
    return attachment_response(attachment)


# --- Following up without signing in -----------------------------------------------------------


@ratelimit(key="ip", rate="10/m", method="POST", block=False)
def track(request):
    form = TrackForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if getattr(request, "limited", False):
            form.add_error(None, _("Too many attempts. Please wait a minute and try again."))
            status = 429
        elif form.is_valid():
            reference = form.cleaned_data["reference"]
            until = tracking.locked_until(reference)
            case = Case.objects.filter(reference=reference).first() if until is None else None
            if case and identifiers.access_code_matches(case, form.cleaned_data["access_code"]):
                tracking.clear(reference)
                tracked = request.session.get(TRACK_SESSION_KEY, [])
                request.session[TRACK_SESSION_KEY] = [*tracked[-9:], case.reference]
                return redirect("complaints:track_case", reference=case.reference)
            if until is not None:
                form.add_error(
                    None,
                    _(
                        "Too many wrong access codes were typed for this reference number, so "
                        "following it up by code is paused for %(wait)s. You can still sign in "
                        "to your account, ask for a code by SMS to the phone on the case, or call "
                        "the hotline."
                    )
                    % {"wait": timeuntil(until)},
                )
                status = 429
            else:
                tracking.record_failure(reference)
                # One answer for a wrong number and a wrong code: nothing to learn by guessing.
                form.add_error(
                    None,
                    _(
                        "We could not find a case with this reference number "
                        "and access code. Check both on your receipt."
                    ),
                )
    return render(request, "complaints/track.html", {"form": form}, status=status)


def track_case(request, reference):
    if reference not in request.session.get(TRACK_SESSION_KEY, []):
        raise Http404
    case = Case.objects.select_related("agency").filter(reference=reference).first()
    if case is None:
        raise Http404
    replies = selectors.public_timeline(case).exclude(kind__in=["citizen_reply", "rated"])
    return render(request, "complaints/track_case.html", {"case": case, "timeline": replies})


def _phone_key(group, request):
    """The number itself (E.164), however it was typed: 0770-123-4567, +964 770…, 00964…,
    (0770)… and Arabic-Indic digits are one phone and share one limit."""
    form = PhoneForm(request.POST)
    return form.cleaned_data["phone"].as_e164 if form.is_valid() else "not-a-phone"


@ratelimit(key="ip", rate="10/h", method="POST", block=False)
@ratelimit(key=_phone_key, rate="3/h", method="POST", block=False)
def phone_lookup(request):
    form = PhoneForm(request.POST or None)
    if request.method == "POST":
        if getattr(request, "limited", False):
            form.add_error(None, _("Too many codes requested. Please try again in an hour."))
            return render(request, "complaints/phone_lookup.html", {"form": form}, status=429)
        if form.is_valid():
            phone = form.cleaned_data["phone"].as_e164
            phone_access.request_code(phone=phone, language=get_language())
            request.session["complaints.phone_pending"] = phone
            return redirect("complaints:phone_code")
    return render(request, "complaints/phone_lookup.html", {"form": form})


@ratelimit(key="ip", rate="20/h", method="POST", block=False)
def phone_code(request):
    phone = request.session.get("complaints.phone_pending")
    if not phone:
        return redirect("complaints:phone_lookup")
    form = PhoneCodeForm(request.POST or None)
    if request.method == "POST":
        if getattr(request, "limited", False):
            form.add_error(None, _("Too many attempts. Please try again in an hour."))
        elif form.is_valid() and phone_access.check_code(
            phone=phone, code=form.cleaned_data["code"]
        ):
            phone_access.grant(request.session, phone)
            request.session.pop("complaints.phone_pending", None)
            return redirect("complaints:phone_cases")
        else:
            form.errors.clear()
            form.add_error("code", _("This code is not correct or has expired."))
    return render(
        request,
        "complaints/phone_code.html",
        {
            "form": form,
            "masked_phone": f"…{phone[-4:]}",
        },
        status=400 if form.errors else 200,
    )


def phone_cases(request):
    phone = phone_access.granted_phone(request.session)
    if phone is None:
        return redirect("complaints:phone_lookup")
    page = Paginator(selectors.cases_for_phone(phone), 20).get_page(request.GET.get("page"))
    return render(request, "complaints/phone_cases.html", {"page": page})


def follow_up(request):
    """The home page's second action: the three ways to follow a case up."""
    return render(request, "complaints/follow_up.html", {"jump": JumpToCaseForm()})


def answered(request):
    """Anonymised questions and answers that moderators approved for the public."""
    from citizens_site.core.text import normalize_arabic
    from complaints.cases.models import PublicAnswer

    form = AnsweredFilterForm(request.GET or None)
    answers = (
        PublicAnswer.objects.approved()
        .select_related("agency", "category")
        .order_by("-published_at")
    )
    if form.is_valid():
        data = form.cleaned_data
        if data["agency"]:
            answers = answers.filter(agency__path__startswith=data["agency"].path)
        if data["category"]:
            answers = answers.filter(category=data["category"])
        for word in normalize_arabic(data["q"]).split()[:10]:
            answers = answers.filter(search_text__contains=word)
    page = Paginator(answers, 20).get_page(request.GET.get("page"))
    return render(request, "complaints/answered.html", {"form": form, "page": page})
