"""Her daily private reflection: `/subscribe`, `/unsubscribe`, `/pause`, `/resume`."""

from __future__ import annotations

import dataclasses
import datetime as dt

from core.features.common import at_local, read_time, zones_text
from core.model import Reply, Subscription
from core.schedule import (
    DAILY,
    InvalidDuration,
    end_of_local_day,
    local_date,
    parse_days,
    subscription_due,
)
from core.storage import member_recipient
from core.turn import Turn

MAX_PAUSE_DAYS = 365


async def save_rescheduled(
    turn: Turn, before: Subscription | None, changed: Subscription
) -> Subscription:
    """Save a changed subscription with its next due time under the new settings.

    A reflection that was due and is not queued yet (her slot has passed, the tick has
    not come) stays due: the next tick queues it, and the one after follows the new
    settings. A change never loses the day's reflection, and never brings a second one
    on a day she has had hers. (A pause is not a change of settings: it is her asking
    for quiet, and `on_pause` keeps it.)
    """
    if before is not None and before.next_due_at <= turn.now:
        due = before.next_due_at
    else:
        after = turn.now
        recipient = member_recipient(changed.user_id)
        last = await turn.tx.last_queued(changed.platform, recipient, "daily")
        if last is not None:
            after = max(after, end_of_local_day(last, changed.zone))
        due = subscription_due(changed, after)
    rescheduled = dataclasses.replace(changed, next_due_at=due)
    await turn.tx.save_subscription(rescheduled)
    return rescheduled


async def on_subscribe(turn: Turn) -> list[Reply]:
    """Start (or move) her daily private reflection (also `/settings time`)."""
    existing = await turn.tx.subscription(turn.event.platform, turn.event.user_id)
    if not turn.option("time"):
        if existing is not None:
            return [subscription_summary(turn, existing, "subscribe.already")]
        return [turn.say("subscribe.how", examples=zones_text())]
    slot, zone = read_time(turn)
    member = turn.ensure_member()
    zone = zone or (existing.zone if existing else None) or member.zone
    if zone is None:
        return [turn.say("subscribe.need_zone", time=slot, examples=zones_text())]
    sub = Subscription(
        platform=turn.event.platform,
        user_id=turn.event.user_id,
        chat_id=turn.event.chat_id,
        slot=slot,
        zone=zone,
        next_due_at=turn.now,
        created_at=existing.created_at if existing else turn.now,
        cadence=existing.cadence if existing else DAILY.describe(),
        quiet=existing.quiet if existing else None,
        paused_until=existing.paused_until if existing else None,
        welcome_back=existing.welcome_back if existing else False,
    )
    sub = await save_rescheduled(turn, existing, sub)
    turn.update(zone=zone)
    return [subscription_summary(turn, sub, "subscribe.done")]


def subscription_summary(turn: Turn, sub: Subscription, key: str) -> Reply:
    return turn.say(
        key,
        time=sub.slot,
        zone=sub.zone,
        next=at_local(sub.next_due_at, sub.zone),
    )


async def on_unsubscribe(turn: Turn) -> list[Reply]:
    """Stop her daily private reflection."""
    deleted = await turn.tx.delete_subscription(turn.event.platform, turn.event.user_id)
    return [turn.say("unsubscribe.done" if deleted else "unsubscribe.none")]


async def on_pause(turn: Turn) -> list[Reply]:
    """Pause her daily reflection for some days or until a date."""
    sub = await turn.tx.subscription(turn.event.platform, turn.event.user_id)
    if sub is None:
        return [turn.say("pause.none")]
    today = local_date(turn.now, sub.zone)
    until = _pause_until(turn.option("until"), today)
    if until is None:
        return [turn.say("error.days", limit=MAX_PAUSE_DAYS)]
    sub = dataclasses.replace(sub, paused_until=until, welcome_back=True)
    sub = dataclasses.replace(sub, next_due_at=subscription_due(sub, turn.now))
    await turn.tx.save_subscription(sub)
    return [turn.say("pause.done", until=until.isoformat())]


def _pause_until(args: str, today: dt.date) -> dt.date | None:
    if not args:
        return today + dt.timedelta(days=7)
    try:
        days = parse_days(args)  # "3", "2 weeks"
    except InvalidDuration:
        pass
    else:
        return today + dt.timedelta(days=days) if days <= MAX_PAUSE_DAYS else None
    try:
        until = dt.date.fromisoformat(args)
    except ValueError:
        return None
    if today < until <= today + dt.timedelta(days=MAX_PAUSE_DAYS):
        return until
    return None


async def on_resume(turn: Turn) -> list[Reply]:
    """End a pause now."""
    sub = await turn.tx.subscription(turn.event.platform, turn.event.user_id)
    if sub is None:
        return [turn.say("pause.none")]
    if sub.paused_until is None or sub.paused_until <= local_date(turn.now, sub.zone):
        return [subscription_summary(turn, sub, "resume.not_paused")]
    sub = await save_rescheduled(turn, sub, dataclasses.replace(sub, paused_until=None))
    return [subscription_summary(turn, sub, "resume.done")]
