"""Performance indicators and transparency: the summary store (cases counted per day, week
and month), the figures added up from it, the admin's indicators view and exports, and the
public transparency page with its open data.

May import: ``complaints.cases`` (models and statuses), ``complaints.agencies``,
``citizens_site.core``. Never the citizen's side or the back office.
"""
