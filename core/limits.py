"""A per-member limit: a burst gets one gentle notice, then quiet for a while.

Each member (in each chat) has a small bucket of answers that refills with time. While it
lasts she is answered as always; when it runs dry she gets one notice (`error.too_many`, in
a private chat; a group is not told), and then nothing for `quiet` seconds, so one person
sending sixty messages in a minute cannot take the answers, the database and the platform's
limits from everyone else. Crisis language is never held back: a message `core.safety`
reads as anything but ordinary, `/helpnow`, the crisis buttons, the check-in's answers and
the private links under a group's crisis reply are answered whatever the bucket says, and
so is everything she writes while she is in crisis (the core looks at her `crisis_until`
before holding a message back). Nothing here is stored: a restart forgets every bucket.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from core.model import Event
from core.safety import Tier, assess

BURST = 8  # answers in a row before the limit is felt
REFILL_SECONDS = 3.0  # one more answer every three seconds: twenty a minute, kept up
QUIET_SECONDS = 60.0  # after the notice, this long without an answer
_PRUNE_EVERY = 1024  # checks between sweeps of buckets that are full again
CRISIS_ACTIONS = ("crisis:", "checkin:")  # the crisis buttons and the check-in's answers
CRISIS_LINKS = frozenset({"helpnow", "checkin"})  # /start payloads of a group's crisis reply


class Verdict(StrEnum):
    """What to do with one event."""

    ANSWER = "answer"
    NOTICE = "notice"  # the burst has run out: say so once
    QUIET = "quiet"  # still resting after the notice: answer nothing


@dataclass
class _Bucket:
    answers: float
    at: float
    quiet_until: float = 0.0


def always_answered(event: Event) -> bool:
    """Tell whether an event reaches the core whatever the limit says (crisis support)."""
    if event.command == "helpnow" or event.action == "cmd:helpnow":
        return True
    if event.action is not None and event.action.startswith(CRISIS_ACTIONS):
        return True
    if event.command == "start" and (event.payload or event.args.strip()) in CRISIS_LINKS:
        return True
    text = event.text or event.args
    return bool(text) and assess(text).tier is not Tier.NONE


class MemberLimit:
    """Counts each member's events in each chat and says which to answer."""

    def __init__(
        self,
        *,
        burst: int = BURST,
        refill: float = REFILL_SECONDS,
        quiet: float = QUIET_SECONDS,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self.burst = burst
        self.refill = refill
        self.quiet = quiet
        self.now = now
        self._buckets: dict[tuple[str, str, str], _Bucket] = {}
        self._checks = 0

    def check(self, event: Event) -> Verdict:
        """Count one event and say whether to answer it, give the notice, or stay quiet."""
        now = self.now()
        self._checks += 1
        if self._checks % _PRUNE_EVERY == 0:
            self._prune(now)
        key = (event.platform, event.chat_id, event.user_id)
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(float(self.burst), now)
        bucket.answers = min(float(self.burst), bucket.answers + (now - bucket.at) / self.refill)
        bucket.at = now
        if now < bucket.quiet_until:
            return Verdict.ANSWER if always_answered(event) else Verdict.QUIET
        if bucket.answers >= 1.0:
            bucket.answers -= 1.0
            return Verdict.ANSWER
        if always_answered(event):
            return Verdict.ANSWER
        bucket.quiet_until = now + self.quiet
        return Verdict.NOTICE

    def _prune(self, now: float) -> None:
        """Forget buckets that are full again: they hold nothing a new one would not."""
        full = self.burst * self.refill
        for key in [
            k for k, b in self._buckets.items() if now >= b.quiet_until and now - b.at >= full
        ]:
            del self._buckets[key]
