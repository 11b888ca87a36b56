"""Live indicator figures for content pages (a monitoring report's chart), without the
content apps importing the complaints app: complaints registers the function that gives the
figures, and the chart block asks for them here."""

_source = None
_metrics = None


def register_indicator_source(loader, metrics):
    """``loader(scope=, metric=, period=)`` returns {"labels": [...], "values": [...]};
    ``metrics()`` returns the [(key, label)] of the figures an editor may chart."""
    global _source, _metrics  # one registry, filled once at start-up
    _source, _metrics = loader, metrics


def metric_choices():
    """The chart block's choice of figures (none until complaints registers its own)."""
    return _metrics() if _metrics is not None else []


def indicator_figures(*, scope, metric, period):
    if _source is None:
        return {"labels": [], "values": []}
    return _source(scope=scope, metric=metric, period=period)
