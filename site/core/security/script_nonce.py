"""The CSP nonce of the admin request being answered, for the admin's own inline scripts.

Wagtail 8.0 still starts its choosers, date pickers and inline panels with a small inline
script. Widgets are rendered by the form renderer and panels with a bare context, so none of
them sees the request; the admin middleware keeps the request here while it answers, and the
``script_nonce`` tag and the choosers read it. The nonce is made only when something asks for
one, so an admin page without inline scripts gets no nonce in its policy at all.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.utils.html import format_html
from django.utils.safestring import mark_safe

_request = ContextVar("admin_request_for_script_nonce", default=None)


@contextmanager
def answering(request):
    token = _request.set(request)
    try:
        yield
    finally:
        _request.reset(token)


def current_nonce():
    """The nonce of the admin request being answered, or "" outside one."""
    request = _request.get()
    nonce = getattr(request, "csp_nonce", None)
    return str(nonce) if nonce is not None else ""


def nonce_attribute():
    """` nonce="…"` for a <script> tag, or "" outside an admin request."""
    nonce = current_nonce()
    return format_html(' nonce="{}"', nonce) if nonce else ""


def nonce_wagtail_choosers():
    """Give the inline script that starts each chooser (page, image, document, snippet, task)
    the nonce. BaseChooser.render writes a bare <script> after the widget; this is the same
    render, with the nonce, so it must follow Wagtail's when Wagtail is upgraded
    (tests/browser/test_admin_policy.py opens pages with choosers under the policy)."""
    from wagtail.admin.widgets import BaseChooser

    def render(self, name, value, attrs=None, renderer=None):
        try:
            id_ = attrs["id"]
        except (KeyError, TypeError) as error:
            raise TypeError("BaseChooser cannot be rendered without an 'id' attribute") from error
        value_data = self.get_value_data(value)
        return format_html(
            "{}<script{}>{}</script>",
            self.render_html(name, value_data, attrs),  # a rendered template: already safe
            nonce_attribute(),
            mark_safe(self.render_js_init(id_, name, value_data)),  # noqa: S308 (Wagtail's JS call)
        )

    BaseChooser.render = render
