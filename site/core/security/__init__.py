"""The site's defences: security middleware (admin content-security policy with a script
nonce, request body limit, staff second factor), the client's address behind trusted
proxies, and the deploy checks. Imports only Django, Wagtail, allauth and site/core's own
modules."""
