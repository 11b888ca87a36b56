"""Deleting a record that others protect (a case keeps its agency, its category and its
citizen's account): the admin says why, and what to do instead, rather than failing with a
server error. Wagtail's own check reads its reference index, which knows nothing of cases."""

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.db import router, transaction
from django.db.models.deletion import Collector, ProtectedError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _


def deletion_blocked(instance):
    """The ProtectedError that deleting ``instance`` would raise, or None (nothing is
    deleted: the related records are only looked up)."""
    collector = Collector(using=router.db_for_write(type(instance)))
    try:
        collector.collect([instance])
    except ProtectedError as error:
        return error
    return None


def refuse(request, instance, error):
    """Tell the person why ``instance`` stays."""
    kinds = sorted(
        {capfirst(str(obj._meta.verbose_name_plural)) for obj in error.protected_objects}
    )
    messages.error(
        request,
        _(
            "“%(object)s” cannot be deleted: other records refer to it (%(records)s). "
            "Make it inactive instead."
        )
        % {"object": instance, "records": ", ".join(kinds)},
    )


class ProtectedDeleteMixin:
    """For a Wagtail generic DeleteView: a deletion that protected records refuse is undone
    and answered with the reason, on the object's edit page."""

    def form_valid(self, form):
        try:
            with transaction.atomic(using=router.db_for_write(self.model)):
                return super().form_valid(form)
        except ProtectedError as error:
            refuse(self.request, self.object, error)
            if self.edit_url_name:
                return redirect(reverse(self.edit_url_name, args=[quote(self.object.pk)]))
            return redirect(self.index_url_name)
