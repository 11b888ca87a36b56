"""The staff's side in the Wagtail admin: the Cases area as one viewset (listing, case view,
actions, staff-entered cases, the publication queue, registering ticked cases in bulk) behind
one permission policy, its filters and forms, the dashboard panel and the queue digests.

May import: ``complaints.cases``, ``complaints.agencies``, ``complaints.messaging``,
``complaints.indicators``, ``citizens_site.core``. Never the citizen's side.
"""
