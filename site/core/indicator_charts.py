"""Live indicator figures for content pages (a monitoring report's chart), without the
content apps importing the complaints app: complaints registers the function that gives the
figures, and the chart block asks for them here."""

_source = None


def register_indicator_source(loader):
    """``loader(scope=, metric=, period=)`` returns {"labels": [...], "values": [...]}."""
    global _source  # noqa: PLW0603 (one registry, filled once at start-up)
    _source = loader


def indicator_figures(*, scope, metric, period):
    if _source is None:
        return {"labels": [], "values": []}
    return _source(scope=scope, metric=metric, period=period)
