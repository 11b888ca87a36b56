"""Security-header middleware that django-csp cannot express on its own."""

from django.conf import settings


class AdminContentSecurityPolicyMiddleware:
    """Relax the content security policy for the Wagtail admin only.

    The admin's date pickers, rich-text editor and preview rely on inline scripts and styles;
    the public site must never need them. Listed after ``CSPMiddleware`` so this response hook
    runs first and leaves django-csp a replacement to apply.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(settings.ADMIN_URL_PREFIX):
            response._csp_replace = settings.ADMIN_CONTENT_SECURITY_POLICY
        return response
