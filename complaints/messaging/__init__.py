"""Messages to citizens and staff: the notifications a case sends (mail and SMS, as tasks
queued on commit) and the SMS backends.

May import: ``complaints.agencies`` and the case models, ``citizens_site.core``. Knows nothing
of views or of the workflow.
"""
