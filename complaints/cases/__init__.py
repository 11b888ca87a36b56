"""The case: its models, the workflow (the only code that changes a case's status), who may
see which case (``access``), reads (``selectors``), reference numbers and access codes,
outcomes and causes, attachments and their checks, duplicates, the personal-data check before
publication, the case file PDF, and the scheduled work on cases.

May import: ``complaints.agencies``, ``complaints.messaging``, ``citizens_site.core``. Never the
citizen's side, the back office or the indicators.
"""
