"""What Holdspace counts for its operator: counts and durations, never who or what.

The core reports what happened to `current()`, which counts nothing unless an operator asked
for metrics (HOLDSPACE_METRICS_ADDRESS): then `bots.ops` installs a `PrometheusMetrics` with
`use()` and serves it on /metrics. Every label is from a small fixed set (a platform, an
outcome, a tier, a command's declared name); no series ever carries an id or a member's words.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

SEND_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
TICK_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
COMMAND_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
OUTBOX_STATES = ("ready", "waiting", "sending")  # ready now, waiting for a retry, being sent


class Metrics:
    """The counts the core reports; this one keeps none (the default)."""

    def sent_part(self, platform: str, outcome: str, seconds: float, rate_limited: bool) -> None:
        """One request to a platform: what it answered and how long it took."""

    def delivery(self, platform: str, outcome: str) -> None:
        """One outbox row's attempt ended: sent, retry, gone, migrated, failed, ..."""

    def tick(self, seconds: float) -> None:
        """One delivery tick (queueing what is due) took this long."""

    def command(self, name: str, seconds: float) -> None:
        """One event was answered: a declared command's name, "text", "button" or "other"."""

    def crisis_reply(self, tier: str) -> None:
        """Crisis language was answered, at this tier."""

    def outbox(self, platform: str, depth: dict[str, int], oldest_ready: float) -> None:
        """The outbox now: rows in each state, and how long the oldest ready row has waited."""


NOTHING = Metrics()
_current: Metrics = NOTHING


def current() -> Metrics:
    """Return where the core reports to now."""
    return _current


def use(metrics: Metrics) -> Metrics:
    """Report to `metrics` from now on; return what was used before (to put it back)."""
    global _current
    before, _current = _current, metrics
    return before


class PrometheusMetrics(Metrics):
    """The counts as Prometheus series, in a registry of their own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.sends = Counter(
            "holdspace_sends", "Requests to a platform, by what it answered",
            ["platform", "outcome"], registry=r,
        )  # fmt: skip
        self.rate_limited = Counter(
            "holdspace_rate_limited", "Requests the platform refused as too many (HTTP 429)",
            ["platform"], registry=r,
        )  # fmt: skip
        self.send_seconds = Histogram(
            "holdspace_send_seconds", "How long one request to a platform took",
            ["platform"], buckets=SEND_BUCKETS, registry=r,
        )  # fmt: skip
        self.deliveries = Counter(
            "holdspace_deliveries", "Outbox rows (daily reflections, posts) by outcome",
            ["platform", "outcome"], registry=r,
        )  # fmt: skip
        self.tick_seconds = Histogram(
            "holdspace_tick_seconds", "How long a delivery tick took to queue what was due",
            buckets=TICK_BUCKETS, registry=r,
        )  # fmt: skip
        self.command_seconds = Histogram(
            "holdspace_command_seconds", "How long the core took to answer an event",
            ["command"], buckets=COMMAND_BUCKETS, registry=r,
        )  # fmt: skip
        self.crisis_replies = Counter(
            "holdspace_crisis_replies", "Crisis language answered, by tier", ["tier"], registry=r
        )
        self.outbox_depth = Gauge(
            "holdspace_outbox_depth", "Outbox rows not yet sent, by state",
            ["platform", "state"], registry=r,
        )  # fmt: skip
        self.outbox_oldest = Gauge(
            "holdspace_outbox_oldest_ready_seconds",
            "How long the oldest row ready to send has been ready (0 when none is)",
            ["platform"], registry=r,
        )  # fmt: skip

    def sent_part(self, platform: str, outcome: str, seconds: float, rate_limited: bool) -> None:
        self.sends.labels(platform, outcome).inc()
        self.send_seconds.labels(platform).observe(seconds)
        if rate_limited:
            self.rate_limited.labels(platform).inc()

    def delivery(self, platform: str, outcome: str) -> None:
        self.deliveries.labels(platform, outcome).inc()

    def tick(self, seconds: float) -> None:
        self.tick_seconds.observe(seconds)

    def command(self, name: str, seconds: float) -> None:
        self.command_seconds.labels(name).observe(seconds)

    def crisis_reply(self, tier: str) -> None:
        self.crisis_replies.labels(tier).inc()

    def outbox(self, platform: str, depth: dict[str, int], oldest_ready: float) -> None:
        for state in OUTBOX_STATES:
            self.outbox_depth.labels(platform, state).set(depth.get(state, 0))
        self.outbox_oldest.labels(platform).set(max(0.0, oldest_ready))

    def exposition(self) -> bytes:
        """Return every series in Prometheus's text format."""
        return generate_latest(self.registry)
