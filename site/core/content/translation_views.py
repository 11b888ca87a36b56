"""wagtail-localize's admin views, held to page publish permission and so to PR review.

Anyone who may submit translations could change the public site through three of
wagtail-localize's views, publish permission or not:
- translating a page whose parent has no page in the target language makes that parent an
  alias of the source, public as soon as the source is, with the source's titles (Wagtail's
  ``copy_for_translation``): here the missing parents become draft translations first;
- translating over a live alias saves the translation into it, public at once: here only
  who may publish that page may;
- "Update translations" offers "Publish immediately": here only to who may publish every
  translation it would publish;
- "Convert to alias" turns a draft translation into a mirror of its live source: here it
  needs publish permission on the page.
Its translations report lists every translation with its pages' titles, drafts' included, to
anyone in the admin: here only to who may submit translations (the PR staff).
``site/urls.py`` routes those URLs here, ahead of the admin's own. New translations are drafts
(``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False``); the translation editor's own
"Publish" already checks publish permission.
"""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.operations import translate_object
from wagtail_localize.views import convert, report, submit_translations, update_translations

TRANSLATE = "wagtail_localize.submit_translation"


class SubmitPageTranslationView(submit_translations.SubmitPageTranslationView):
    @transaction.atomic
    def form_valid(self, form):
        if self._replaces_live_pages(form):
            messages.error(
                self.request,
                _(
                    "This page is already shown in that language, as a copy of the original. "
                    "Only a PR publisher can replace it with a translation."
                ),
            )
            return redirect(self.request.get_full_path())
        for locale in form.cleaned_data["locales"]:
            translate_missing_parents(self.object, locale, self.request.user)
        return super().form_valid(form)

    def _replaces_live_pages(self, form):
        """Whether translating would rewrite a live page (an alias of the source, left by a
        synchronised tree or an earlier translation) that the user may not publish:
        wagtail-localize saves the translation into such a page, which shows it at once."""
        pages = [self.object]
        if form.cleaned_data.get("include_subtree"):
            pages += self.object.get_descendants()
        live = Page.objects.live().filter(
            translation_key__in=[page.translation_key for page in pages],
            locale__in=form.cleaned_data["locales"],
        )
        return any(not page.permissions_for_user(self.request.user).can_publish() for page in live)


def translate_missing_parents(page, locale, user):
    """Draft translations, top down, of the parents that have no page in ``locale`` yet."""
    for ancestor in page.get_ancestors().filter(depth__gt=1).specific():
        if not ancestor.get_translations().filter(locale=locale).exists():
            translate_object(ancestor, [locale], user=user)


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    def get_form(self):
        form = super().get_form()
        if not self._may_publish_every_translation():
            field = form.fields["publish_translations"]
            field.disabled = True  # the box stays unticked whatever is posted
            field.help_text = _("Only PR publishers publish translations.")
        return form

    def _may_publish_every_translation(self):
        user = self.request.user
        for translation in self.object.translations.filter(enabled=True):
            try:
                target = translation.get_target_instance()
            except ObjectDoesNotExist:
                continue
            if isinstance(target, Page):
                if not target.permissions_for_user(user).can_publish():
                    return False
            elif isinstance(target, DraftStateMixin) and not user.has_perm(
                get_permission_name("publish", type(target))
            ):
                return False
        return True


def convert_to_alias(request, page_id):
    """An alias shows whatever its source shows, live included: publishing by another name."""
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


class TranslationsReportView(report.TranslationsReportView):
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(TRANSLATE):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        # Newest first, in a fixed order: its pages would otherwise shift between requests.
        return super().get_queryset().order_by("-created_at", "-pk")
