"""Messages to citizens and staff: the notifications a case sends (mail and SMS, as tasks
queued with the change that sends them: ``outbox.py``, its model ``PendingNotice`` and
``manage.py repair_notifications``); the SMS backends are site/core's
(`citizens_site.core.sms`).

May import: ``complaints.agencies`` and the case models, ``citizens_site.core``. Knows nothing
of views or of the workflow.
"""
