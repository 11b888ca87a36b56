"""``<script{% script_nonce %}>``: lets the admin's policy run this inline script and no other."""

from django import template

from citizens_site.core.security.script_nonce import nonce_attribute

register = template.Library()


@register.simple_tag
def script_nonce():
    return nonce_attribute()
