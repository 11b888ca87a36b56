"""The case staff's roles, as Wagtail groups registered with the site's roles at start-up.

An intake moderator registers and routes every case; officers and supervisors act for the
agencies of their memberships (``complaints.agencies.models.Membership``). What each may do
with a case is decided in ``complaints.cases.access`` and the action registry, not by Django
permissions.
"""

INTAKE_MODERATORS = "Intake moderators"
AGENCY_OFFICERS = "Agency officers"
AGENCY_SUPERVISORS = "Agency supervisors"

CASE_GROUPS = [INTAKE_MODERATORS, AGENCY_OFFICERS, AGENCY_SUPERVISORS]
