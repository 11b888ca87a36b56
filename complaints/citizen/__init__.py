"""The citizen's side: submission, receipt, my requests, the case page, follow-up by
reference and access code or by phone, and their forms, filters and URLs.

May import: ``complaints.cases``, ``complaints.agencies``, ``complaints.messaging``,
``citizens_site.core``. Never the back office: what both sides share lives in ``cases``.
"""
