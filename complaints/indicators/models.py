"""The indicators' summary: the cases counted ahead of time per day, week and month of
submission and per agency, so a dashboard adds up whole months, then whole weeks, then the
days left, instead of reading a million cases. complaints.indicators.store writes these rows;
nothing else does."""

from django.db import models

from complaints.agencies.models import Agency, Category


class Grain(models.TextChoices):
    DAY = "day", "day"
    WEEK = "week", "week"  # Monday to Sunday
    MONTH = "month", "month"


class IndicatorCount(models.Model):
    """The cases submitted in one day (or month) that are now with one agency, counted for one
    value of one dimension (kind, category, channel, place, cause or resolution), or all of
    them when ``dimension`` is empty. Causes and resolutions are also split by category."""

    grain = models.CharField(max_length=5, choices=Grain.choices)
    start = models.DateField()  # the day, or the first day of the week or month
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    dimension = models.CharField(max_length=12, blank=True)
    value = models.CharField(max_length=40, blank=True)
    category = models.ForeignKey(
        Category, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    received = models.PositiveIntegerField(default=0)
    registered = models.PositiveIntegerField(default=0)
    open = models.PositiveIntegerField(default=0)
    overdue = models.PositiveIntegerField(default=0)  # open and past due on the day of counting
    answered = models.PositiveIntegerField(default=0)
    answered_in_time = models.PositiveIntegerField(default=0)
    rated = models.PositiveIntegerField(default=0)
    rating_total = models.PositiveIntegerField(default=0)
    # From the timeline, on the rows of the whole set only (``dimension`` empty), for the
    # agency responsible for the event (see complaints.indicators.figures).
    referred_in = models.PositiveIntegerField(default=0)
    returned = models.PositiveIntegerField(default=0)
    reopened = models.PositiveIntegerField(default=0)
    contested = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["dimension", "grain", "start"], name="indicator_period")]

    def __str__(self):
        return f"{self.start} {self.agency_id} {self.dimension}={self.value}: {self.received}"


class IndicatorDuration(models.Model):
    """How many of one day's (or month's) cases of one agency took ``hours`` to reach a stage
    (registration, first reply, answer): a histogram from which medians are read. Durations
    are kept to the hour under two days, then to the whole day."""

    grain = models.CharField(max_length=5, choices=Grain.choices)
    start = models.DateField()
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    stage = models.CharField(max_length=16)
    hours = models.PositiveIntegerField()
    cases = models.PositiveIntegerField()

    class Meta:
        indexes = [models.Index(fields=["grain", "start"], name="duration_period")]

    def __str__(self):
        return f"{self.start} {self.agency_id} {self.stage} {self.hours} h: {self.cases}"


class IndicatorRefresh(models.Model):
    """When the summary was last brought up to date (one row)."""

    computed_at = models.DateTimeField()

    def __str__(self):
        return self.computed_at.isoformat()
