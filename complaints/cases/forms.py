"""Form parts that the citizen's forms and the staff's case forms share: attachments checked
one by one (the good ones kept across a failed attempt), the one-case-per-form token, and the
reference number field."""

import uuid

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from complaints.cases import uploads
from complaints.cases.identifiers import normalize_reference
from complaints.cases.models import PendingUpload


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class AttachmentsMixin(forms.Form):
    """Several files checked one by one; the good ones survive a failed submission."""

    attachments = MultipleFileField(
        label=_("Attachments"),
        required=False,
        widget=MultipleFileInput(
            attrs={
                "accept": ",".join(
                    [f".{extension}" for extension in uploads.ALLOWED_EXTENSIONS]
                    + list(uploads.ALLOWED_TYPES)
                )
            }
        ),
    )
    # Tokens of files kept from a failed attempt; only the user's own are ever looked up.
    kept_uploads = forms.Field(required=False, widget=forms.MultipleHiddenInput)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.checked_files = []
        self.kept = list(PendingUpload.objects.filter(owner=user, token__in=self._kept_tokens()))
        self.fields["attachments"].help_text = _(
            "PDF, JPEG, PNG or WebP; up to %(count)s files, %(file)s each, %(total)s in all."
        ) % {
            "count": settings.COMPLAINTS_MAX_FILES,
            "file": filesizeformat(settings.COMPLAINTS_MAX_FILE_SIZE),
            "total": filesizeformat(settings.COMPLAINTS_MAX_CASE_SIZE),
        }
        # The same limits for the browser's check before sending (portal.js).
        self.fields["attachments"].widget.attrs.update(
            {
                "data-max-file-size": settings.COMPLAINTS_MAX_FILE_SIZE,
                "data-max-total-size": settings.COMPLAINTS_MAX_CASE_SIZE,
                "data-max-files": settings.COMPLAINTS_MAX_FILES,
                "data-types": " ".join(uploads.ALLOWED_TYPES),
                "data-extensions": " ".join(uploads.ALLOWED_EXTENSIONS),
            }
        )

    def browser_checks(self):
        """The messages of the browser's check before sending (components/file_field.html,
        portal.js): the server's own, in the page's language, with ``{name}`` where the
        browser puts the file's name. The server checks every file again."""
        name = "{name}"
        return {
            "too_large": uploads.TOO_LARGE
            % {"name": name, "limit": filesizeformat(settings.COMPLAINTS_MAX_FILE_SIZE)},
            "empty": uploads.EMPTY % {"name": name},
            "bad_type": uploads.BAD_TYPE % {"name": name},
            "too_many": _("Attach at most %(count)s files.")
            % {"count": settings.COMPLAINTS_MAX_FILES},
            "too_large_together": _("The files together are larger than %(limit)s.")
            % {"limit": filesizeformat(settings.COMPLAINTS_MAX_CASE_SIZE)},
        }

    def _kept_tokens(self):
        if not self.is_bound:
            return []
        tokens = []
        for value in self.data.getlist("kept_uploads"):
            try:
                tokens.append(uuid.UUID(value))
            except ValueError:
                continue
        return tokens

    def clean_attachments(self):
        chosen = self.cleaned_data.get("attachments") or []
        # Count and size first, from what the browser declared: a form with forty files is
        # refused before any is read, decoded or kept.
        if len(chosen) + len(self.kept) > settings.COMPLAINTS_MAX_FILES:
            raise ValidationError(
                _(
                    "You chose %(chosen)s files; attach at most %(count)s. None was kept: please "
                    "choose the files again, at most %(count)s."
                )
                % {"chosen": len(chosen) + len(self.kept), "count": settings.COMPLAINTS_MAX_FILES},
                code="too_many_files",
            )
        if (
            sum(f.size for f in chosen) + sum(u.size for u in self.kept)
            > settings.COMPLAINTS_MAX_CASE_SIZE
        ):
            raise ValidationError(
                _(
                    "The files together are larger than %(limit)s. None was kept: please choose "
                    "fewer or smaller files."
                )
                % {"limit": filesizeformat(settings.COMPLAINTS_MAX_CASE_SIZE)},
                code="too_large_together",
            )
        errors = []
        for uploaded in chosen:
            try:
                self.checked_files.append(uploads.check_file(uploaded))
            except ValidationError as error:
                errors.extend(error.messages)
        count = len(self.checked_files) + len(self.kept)
        total = sum(f.size for f in self.checked_files) + sum(u.size for u in self.kept)
        if count > settings.COMPLAINTS_MAX_FILES:
            errors.append(
                _("Attach at most %(count)s files.") % {"count": settings.COMPLAINTS_MAX_FILES}
            )
        elif total > settings.COMPLAINTS_MAX_CASE_SIZE:
            errors.append(
                _("The files together are larger than %(limit)s.")
                % {"limit": filesizeformat(settings.COMPLAINTS_MAX_CASE_SIZE)}
            )
        if errors:
            raise ValidationError(errors)
        return self.checked_files

    def clean_kept_uploads(self):
        return [str(token) for token in self._kept_tokens()]

    def kept_uploads_selected(self):
        wanted = set(self.cleaned_data.get("kept_uploads") or [])
        return [u for u in self.kept if str(u.token) in wanted]

    def show_kept(self, kept):
        """After a failed submission: show the files that passed and were kept
        (``uploads.keep_checked_files``) as already attached, so they need not be chosen
        again."""
        self.kept.extend(kept)
        self.checked_files = []
        self.data = self.data.copy()
        self.data.setlist("kept_uploads", [str(u.token) for u in self.kept])

    def show_not_saved(self):
        """After ``workflow.NotSaved`` (the database or the disk failed, nothing was stored):
        keep the chosen files if they can be stored now, and say that nothing was saved and
        what the form still holds."""
        chosen = bool(self.checked_files)
        try:
            kept = uploads.keep_checked_files(self.user, self.checked_files)
        except (DatabaseError, OSError):
            kept = []  # whatever was written is gone again (stored_files)
        self.show_kept(kept)
        if chosen and not kept:
            message = _(
                "Nothing was saved: the portal could not store your request just now. What you "
                "typed is still in the form below, but the files you chose are not: please "
                "choose them again and send it once more. If this message comes back, try "
                "again in a few minutes."
            )
        else:
            message = _(
                "Nothing was saved: the portal could not store your request just now. What you "
                "typed is still in the form below: please send it again. If this message comes "
                "back, try again in a few minutes."
            )
        self.add_error(None, message)


class SubmissionTokenField(forms.UUIDField):
    """A hidden token nobody can correct: a missing or mangled one (a page saved long ago, a
    proxy) is no error, the form draws a new one (see OneCasePerFormMixin)."""

    widget = forms.HiddenInput

    def to_python(self, value):
        try:
            return super().to_python(value)
        except ValidationError:
            return None


class OneCasePerFormMixin(forms.Form):
    """A token drawn when the form is first shown: a double click or a resent form returns
    the case the first one made (workflow.submit_case) instead of making another."""

    submission_token = SubmissionTokenField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("submission_token", uuid.uuid4())

    def clean_submission_token(self):
        token = self.cleaned_data.get("submission_token")
        if token is None:
            token = uuid.uuid4()
            # Shown again if another field fails, so the next attempt keeps this token.
            self.data = self.data.copy()
            self.data["submission_token"] = str(token)
        return token


class ReferenceField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        reference = normalize_reference(value)
        if reference is None:
            raise ValidationError(
                _(
                    "This is not a valid reference number. Check it on your receipt, for "
                    "example 26-000123-4."
                ),
                code="invalid_reference",
            )
        return reference
