"""Citizen-facing complaint views.

Until the online form and tracking pages land (issue 3), both primary actions lead to the
channels that already work: the hotline, email and the offices in the site's contact settings.
"""

from django.shortcuts import render


def submit(request):
    return render(request, "complaints/channels.html", {"action": "submit"})


def follow_up(request):
    return render(request, "complaints/channels.html", {"action": "follow_up"})
