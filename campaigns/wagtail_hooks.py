from wagtail import hooks

from .dashboard import RisingComplaintsPanel, is_pr_staff


@hooks.register("construct_homepage_panels")
def add_rising_complaints_panel(request, panels):
    if is_pr_staff(request.user):
        panels.append(RisingComplaintsPanel())
