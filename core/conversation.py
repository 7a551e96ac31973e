"""The dispatcher: an `Event` in, a list of `Reply` out, in one transaction.

Every platform adapter calls `Holdspace.handle`; nothing here knows which platform it is.
A turn loads the member (private chats only), reads crisis language first, dispatches a
button, a command (by its declaration, `core.declarations`) or free text to its use case
(`core/features/`), saves the member if she changed, and commits.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import time
from typing import Any

from core import metrics
from core.clock import Clock
from core.commands import Action, Command, Invocation, accepts, read_options
from core.content import Library
from core.declarations import BY_NAME, DECLARATIONS, find_action
from core.features import crisis
from core.features.common import refuse_too_long, start_choices
from core.features.groups import may_moderate
from core.features.reflect import reflection_answer
from core.features.reframe import offer_reframe
from core.limits import MemberLimit, Verdict
from core.model import ACTION_LIMIT, ChatKind, Event, Member, Reply
from core.reframing import best_reframe
from core.safety import Tier, assess
from core.storage import StaleMember, Storage
from core.turn import Refusal, Turn

log = logging.getLogger(__name__)

TURN_ATTEMPTS = 3  # a turn whose member row changed meanwhile runs again, this often at most


class Holdspace:
    """The bot's behaviour, independent of any platform."""

    def __init__(
        self,
        library: Library,
        storage: Storage,
        clock: Clock,
        *,
        limit: MemberLimit | None = None,
    ) -> None:
        self.library = library
        self.storage = storage
        self.clock = clock
        self.limit = limit  # None: every event is answered (the console, scripted runs)

    # --- entry point -------------------------------------------------------------------

    async def handle(self, event: Event) -> list[Reply]:
        """Answer one event: a command, free text, or a button press."""
        began = time.perf_counter()
        try:
            return await self._answer(event)
        finally:
            metrics.current().command(_metric_name(event), time.perf_counter() - began)

    async def _answer(self, event: Event) -> list[Reply]:
        try:
            event = _readable(event)
            if self.limit is not None:
                verdict = self.limit.check(event)
                if verdict is not Verdict.ANSWER:
                    held = await self._too_many(event, verdict)
                    if held is not None:
                        return held
            return await self._handle(event)
        except Exception:
            # Nothing she sent may crash the bot; the transaction is rolled back, so nothing
            # half-done is kept. Her words are not logged, only where it happened.
            known = (event.command or "").lower() in BY_NAME
            what = event.command if known else "a command" if event.command else "text"
            log.exception(
                "could not handle %s/%s", event.platform, "a button" if event.action else what
            )
            locale = self.library.locale_for(event.locale)
            return [Reply(self.library.text("error.internal", locale))]

    async def _handle(self, event: Event) -> list[Reply]:
        unknown = event.command is not None and event.command.lower() not in BY_NAME
        if (
            unknown
            and event.action is None
            and not event.is_private
            and (not event.args.strip() or assess(event.args).tier is Tier.NONE)
        ):
            # In a group an unknown command is most likely another bot's: not ours to answer
            # (an answer would spend the group's messages), nor to open a transaction for.
            # Crisis language in its words is still answered, as after any command.
            return []
        for attempt in range(1, TURN_ATTEMPTS + 1):
            try:
                replies, turn = await self._turn(event)
            except StaleMember:
                # Her row changed while this turn ran (a tick recorded the reflection it
                # queued for her): nothing was kept; run the turn again on the fresh row.
                if attempt == TURN_ATTEMPTS:
                    raise
                continue
            if turn.scrub:
                await self.storage.scrub()
            return replies
        raise AssertionError("unreachable")

    async def _turn(self, event: Event) -> tuple[list[Reply], Turn]:
        async with self.storage.transaction() as tx:
            member = None
            if event.is_private:
                member = await tx.member(event.platform, event.user_id)
            locale = self._locale(event, member)
            turn = Turn(
                event, tx, self.clock.now(), locale, member, self.library, commands=DECLARATIONS
            )
            try:
                if event.action is not None:
                    replies = await self._on_action(turn)
                elif event.command is not None:
                    replies = await self._on_command(turn, event.command.lower())
                elif event.is_private:
                    replies = await self._on_text(turn)
                else:
                    replies = []
            except Refusal as refusal:  # what was done before it stays, as with any reply
                replies = refusal.replies
            if turn.member is not None and turn.member != member and event.is_private:
                await tx.save_member(turn.member, new=member is None)
            return replies, turn

    async def _too_many(self, event: Event, verdict: Verdict) -> list[Reply] | None:
        """Say once, in private, that she is sending faster than she can be answered.

        Return None, to answer her after all, while she is in crisis: someone writing fast
        after a crisis reply is not flooding, and her words may not hold the crisis again.
        """
        if not event.is_private:
            return []
        async with self.storage.transaction() as tx:
            member = await tx.member(event.platform, event.user_id)
        if member is not None and member.crisis_until and member.crisis_until > self.clock.now():
            return None
        if verdict is not Verdict.NOTICE:
            return []
        return [Reply(self.library.text("error.too_many", self._locale(event, member)))]

    # --- what the platforms report ----------------------------------------------------

    async def chat_gone(self, platform: str, chat_id: str) -> None:
        """Record that a chat can no longer be reached (blocked, kicked, deleted)."""
        async with self.storage.transaction() as tx:
            await tx.mark_chat_gone(platform, chat_id)

    async def group_migrated(self, platform: str, old_chat_id: str, new_chat_id: str) -> None:
        """Move a group's settings to the id the platform now gives it."""
        async with self.storage.transaction() as tx:
            await tx.rekey_group(platform, old_chat_id, new_chat_id)

    async def bot_joined(self, platform: str, chat_id: str, locale: str | None) -> list[Reply]:
        """Greet a group the bot was added to (and reactivate it if it was there before)."""
        async with self.storage.transaction() as tx:
            group = await tx.group(platform, chat_id)
            if group is not None and not group.active:
                await tx.save_group(dataclasses.replace(group, active=True))
        return [Reply(self.library.text("start.group", self.library.locale_for(locale)))]

    def _locale(self, event: Event, member: Member | None) -> str:
        if member is not None and member.locale:
            return member.locale
        return self.library.locale_for(event.locale)

    # --- the dispatcher: commands and buttons, by their declarations --------------------

    async def _on_command(self, turn: Turn, name: str) -> list[Reply]:
        """Run a command: crisis words first, then where and by whom it may be used."""
        event = turn.event
        member = turn.member
        if (
            member is not None
            and member.pending
            and not member.pending.startswith("crisis:")
            and name != "reflect"
        ):
            # Another command means she moved on: her next message is not an answer.
            # (A crisis is not a question waiting for an answer: it stays.)
            turn.member = dataclasses.replace(member, pending=None, pending_until=None)
        command = BY_NAME.get(name)
        if event.options is not None and command is not None:
            invocation = Invocation(name, event.subcommand, dict(event.options))
        elif command is not None:
            invocation = read_options(command, event.args)
        else:
            invocation = Invocation(name, words=event.args.strip())
        # Whatever the command, what she typed with it is read for crisis language first.
        for words in invocation.free_text():
            answered = await crisis.crisis_check(turn, words)
            if answered is not None:
                return answered
        if command is None:
            return [turn.say("error.unknown_command")]
        turn.invocation = invocation
        return await self._run(turn, command)

    async def _run(self, turn: Turn, command: Command) -> list[Reply]:
        """Run a command where it may be used, by whom may use it; refuse it elsewhere."""
        kind = turn.event.chat_kind
        if kind not in command.where:
            if kind is ChatKind.PRIVATE:
                return [turn.say("group.only")]
            return [
                Reply(
                    turn.text(command.in_group),
                    private_link=command.link or command.name,
                    link_label=turn.text(command.link_label),
                )
            ]
        if command.moderator and not await may_moderate(turn):
            return [turn.say("moderator.only")]
        sub = command.subcommand(turn.subcommand)
        if sub is not None and not sub.offered_on(turn.event.platform):
            # not on this platform: answered as a subcommand it does not know
            turn.invocation = Invocation(command.name, words=turn.words or sub.name)
            sub = None
        if sub is not None and sub.handler is not None:
            return await sub.handler(turn, turn.option("value"))
        return await command.handler(turn)

    async def _on_action(self, turn: Turn) -> list[Reply]:
        """Answer a button press by the command that offered it; any other has expired."""
        action = turn.event.action or ""
        expired = [turn.say("error.button_expired")]
        found = find_action(action) if len(action.encode()) <= ACTION_LIMIT else None
        if found is None:
            return expired
        command, button, value = found
        if not accepts(button, value, self.library.themes):
            return expired
        if button.handler is None:
            if turn.event.chat_kind not in button.where:
                return expired
            turn.invocation = Invocation(command.name)
            return await self._run(turn, command)
        return await self._press(turn, command, button, value)

    async def _press(self, turn: Turn, command: Command, button: Action, value: str) -> list[Reply]:
        if turn.event.chat_kind not in button.where:
            if button.link:  # its command's "in private" answer, with the link
                return await self._run(turn, command)
            return [turn.say("error.button_expired")]
        if button.moderator and not await may_moderate(turn):
            return [turn.say("moderator.only")]
        assert button.handler is not None  # a cmd:<name> button runs its command (above)
        return await button.handler(turn, value)

    # --- free text ---------------------------------------------------------------------

    async def _on_text(self, turn: Turn) -> list[Reply]:
        text = turn.event.text.strip()
        answered = await crisis.crisis_check(turn, text)
        if answered is not None:
            return answered
        if not text:
            return [turn.say("error.empty")]
        refuse_too_long(turn, text)
        member = turn.ensure_member()
        if crisis.answering(turn) and member.pending:
            return await reflection_answer(turn, member.pending.removeprefix("reflect:"), text)
        if crisis.in_crisis(turn):
            return [await crisis.crisis_follow_up(turn)]
        match = best_reframe(self.library, turn.locale, text)
        if match is not None:
            return await offer_reframe(turn, match.reframe, "reframe.heard")
        return [turn.say("text.default", choices=start_choices(turn))]


def _readable(event: Event) -> Event:
    """Return the event with lone UTF-16 surrogates (which no encoder takes) made U+FFFD.

    A client can send them (Telegram's JSON carries "\\ud800" as it is), and they would
    fail every write and every reply that holds them.
    """
    changes: dict[str, Any] = {
        field.name: _mend(value)
        for field in dataclasses.fields(event)
        if isinstance(value := getattr(event, field.name), str) and _SURROGATE.search(value)
    }
    return dataclasses.replace(event, **changes) if changes else event


_SURROGATE = re.compile("[\ud800-\udfff]")


def _mend(text: str) -> str:
    # a pair written as two code points is joined; a lone half becomes U+FFFD
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _metric_name(event: Event) -> str:
    """Name an event for the command latency series: a declared command, or what it was
    (a command nobody declared is "other": what she typed is never a label)."""
    if event.action is not None:
        return "button"
    if event.command is None:
        return "text"
    name = event.command.lower()
    return name if name in BY_NAME else "other"
