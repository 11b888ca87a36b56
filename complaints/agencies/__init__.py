"""Agencies and reference data: the tree of ministries, governorates and formations, the
categories they handle, staff memberships, public holidays and the working-day calendar that
service levels count in; the Iraqi seed data and its admin viewsets.

May import: Django, Wagtail, ``citizens_site.core``. Imports nothing else of complaints: every
other room builds on this one.
"""
