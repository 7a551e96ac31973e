"""The use cases: an `Event` in, a list of `Reply` out, in one transaction.

Every platform adapter calls `Holdspace.handle`; nothing here knows which platform it is.
Business decisions live here: who may do what, what to say, what to store. Every sentence
comes from the content library.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import re
import secrets
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from core import markup
from core.clock import Clock
from core.commands import (
    ACTION_LIMIT,
    BY_NAME,
    Action,
    Command,
    Invocation,
    Refusal,
    accepts,
    find_action,
    help_text,
    read_options,
)
from core.content import Library, Prompt, Reframe
from core.crisis import Place, Words
from core.limits import MemberLimit, Verdict
from core.model import Attachment, ChatKind, Choice, Event, Group, Member, Reply, Subscription
from core.reflections import choose_prompt, for_group, for_the_day
from core.reframing import best_reframe
from core.safety import Assessment, Tier, assess
from core.schedule import (
    DAILY,
    DAY_NAMES,
    InvalidCadence,
    InvalidDuration,
    InvalidTime,
    InvalidZone,
    end_of_local_day,
    format_time,
    local_date,
    local_instant,
    member_dates,
    member_dates_text,
    month_day,
    next_due,
    parse_cadence,
    parse_days,
    parse_quiet_hours,
    parse_time,
    resolve_zone,
    zone_country,
    zone_examples,
)
from core.sending import Destination
from core.storage import (
    StaleMember,
    Storage,
    Tx,
    group_recipient,
    member_recipient,
    outbox_row,
)

log = logging.getLogger(__name__)

MAX_TEXT = 4000
REFLECTION_ANSWER_WINDOW = dt.timedelta(hours=12)
CONFIRM_WINDOW = dt.timedelta(minutes=15)
CRISIS_WINDOW = dt.timedelta(hours=2)
CHECKIN_ANSWERS = ("yes", "before", "no", "unsure")  # the buttons under the check-in question
DEFAULT_GROUP_SLOT = "09:00"
MAX_PAUSE_DAYS = 365
MAX_JOURNAL_DAYS = 730
MAX_SCHEDULE_DAYS = 366
MAX_SCHEDULED_TOPICS = 20
MYDATA_FILE = "holdspace-my-data.json"
TURN_ATTEMPTS = 3  # a turn whose member row changed meanwhile runs again, this often at most


@dataclass
class _Turn:
    """What one handler works with: the event, the open transaction and the member."""

    event: Event
    tx: Tx
    now: dt.datetime
    locale: str
    member: Member | None
    scrub: bool = False  # rows were deleted that must leave the disk once committed
    invocation: Invocation | None = None  # the command, its subcommand and options

    def option(self, name: str) -> str:
        """Return an option of the command, "" when it was not given."""
        return self.invocation.option(name) if self.invocation else ""

    @property
    def subcommand(self) -> str | None:
        return self.invocation.subcommand if self.invocation else None


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
        try:
            event = _readable(event)
            if self.limit is not None:
                verdict = self.limit.check(event)
                if verdict is not Verdict.ANSWER:
                    return await self._too_many(event, verdict)
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

    async def _turn(self, event: Event) -> tuple[list[Reply], _Turn]:
        async with self.storage.transaction() as tx:
            member = None
            if event.is_private:
                member = await tx.member(event.platform, event.user_id)
            locale = self._locale(event, member)
            turn = _Turn(event, tx, self.clock.now(), locale, member)
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

    async def _too_many(self, event: Event, verdict: Verdict) -> list[Reply]:
        """Say once, in private, that she is sending faster than she can be answered."""
        if verdict is not Verdict.NOTICE or not event.is_private:
            return []
        async with self.storage.transaction() as tx:
            member = await tx.member(event.platform, event.user_id)
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

    # --- helpers -----------------------------------------------------------------------

    def _locale(self, event: Event, member: Member | None) -> str:
        if member is not None and member.locale:
            return member.locale
        return self.library.locale_for(event.locale)

    def _text(self, turn: _Turn, key: str, **params: object) -> str:
        return self.library.text(key, turn.locale, **params)

    def _say(
        self, turn: _Turn, key: str, *, choices: tuple[Choice, ...] = (), **params: object
    ) -> Reply:
        return Reply(self._text(turn, key, **params), choices=choices)

    def _ensure_member(self, turn: _Turn) -> Member:
        if turn.member is None:
            turn.member = Member(
                platform=turn.event.platform,
                user_id=turn.event.user_id,
                created_at=turn.now,
                dm_chat_id=turn.event.chat_id,
            )
        elif not turn.member.active or turn.member.dm_chat_id != turn.event.chat_id:
            turn.member = dataclasses.replace(
                turn.member, active=True, dm_chat_id=turn.event.chat_id
            )
        return turn.member

    def _update(self, turn: _Turn, **changes: Any) -> Member:
        turn.member = dataclasses.replace(self._ensure_member(turn), **changes)
        return turn.member

    def _choice(self, turn: _Turn, key: str, action: str) -> Choice:
        return self._choice_as(self._text(turn, key), action)

    def _choice_as(self, label: str, action: str) -> Choice:
        if len(action.encode()) > ACTION_LIMIT:
            raise ValueError(f"action id too long: {action}")
        return Choice(label, action)

    def _find_theme(self, turn: _Turn, text: str) -> str | None:
        wanted = " ".join(text.casefold().replace("_", " ").replace("-", " ").split())
        for theme in self.library.themes:
            names = {
                theme.replace("_", " "),
                self.library.theme_name(theme, turn.locale).casefold(),
                self.library.theme_name(theme, "en").casefold(),
            }
            if wanted in names:
                return theme
        return None

    def _theme_choices(self, turn: _Turn, verb: str, then: str = "") -> tuple[Choice, ...]:
        """Offer every theme as a button `<verb>:<theme><then>`, for the use case offering it."""
        return tuple(
            self._choice_as(self.library.theme_name(theme, turn.locale), f"{verb}:{theme}{then}")
            for theme in self.library.themes
        )

    def _theme(self, turn: _Turn, text: str, verb: str, then: str = "") -> str:
        """Return the theme she named; refuse with the themes as `verb:<theme>` buttons."""
        theme = self._find_theme(turn, text)
        if theme is None:
            names = ", ".join(self.library.theme_name(t, turn.locale) for t in self.library.themes)
            choices = self._theme_choices(turn, verb, then)
            raise Refusal(self._say(turn, "error.theme", themes=names, choices=choices))
        return theme

    def _when(self, instant: dt.datetime, zone: str) -> str:
        local = instant.astimezone(ZoneInfo(zone))
        return f"{local.date().isoformat()} {format_time(local.time())}"

    def _refuse_too_long(self, turn: _Turn, text: str) -> None:
        if len(text) > MAX_TEXT:
            raise Refusal(self._say(turn, "error.too_long", limit=MAX_TEXT))

    # --- the dispatcher: commands and buttons, by their declarations (core/commands.py) --

    async def _on_command(self, turn: _Turn, name: str) -> list[Reply]:
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
            crisis = await self._crisis_check(turn, words)
            if crisis is not None:
                return crisis
        if command is None:
            return [self._say(turn, "error.unknown_command")]
        turn.invocation = invocation
        return await self._run(turn, command)

    async def _run(self, turn: _Turn, command: Command) -> list[Reply]:
        """Run a command where it may be used, by whom may use it; refuse it elsewhere."""
        kind = turn.event.chat_kind
        if kind not in command.where:
            if kind is ChatKind.PRIVATE:
                return [self._say(turn, "group.only")]
            return [
                Reply(
                    self._text(turn, command.in_group),
                    private_link=command.link or command.name,
                    link_label=self._text(turn, command.link_label),
                )
            ]
        if command.moderator and not turn.event.is_moderator:
            return [self._say(turn, "moderator.only")]
        handler: _Handler = getattr(self, command.handler)
        return await handler(turn)

    async def _on_action(self, turn: _Turn) -> list[Reply]:
        """Answer a button press by the command that offered it; any other has expired."""
        action = turn.event.action or ""
        expired = [self._say(turn, "error.button_expired")]
        found = find_action(action) if len(action.encode()) <= ACTION_LIMIT else None
        if found is None:
            return expired
        command, button, value = found
        if not accepts(button, value, self.library.themes):
            return expired
        if button.id == f"cmd:{command.name}":
            if turn.event.chat_kind not in button.where:
                return expired
            turn.invocation = Invocation(command.name)
            return await self._run(turn, command)
        return await self._press(turn, command, button, value)

    async def _press(
        self, turn: _Turn, command: Command, button: Action, value: str
    ) -> list[Reply]:
        if turn.event.chat_kind not in button.where:
            if button.link:  # its command's "in private" answer, with the link
                return await self._run(turn, command)
            return [self._say(turn, "error.button_expired")]
        if button.moderator and not turn.event.is_moderator:
            return [self._say(turn, "moderator.only")]
        pressed: _Pressed = getattr(self, button.handler)
        return await pressed(turn, value)

    # --- free text ---------------------------------------------------------------------

    async def _on_text(self, turn: _Turn) -> list[Reply]:
        text = turn.event.text.strip()
        crisis = await self._crisis_check(turn, text)
        if crisis is not None:
            return crisis
        if not text:
            return [self._say(turn, "error.empty")]
        self._refuse_too_long(turn, text)
        member = self._ensure_member(turn)
        pending = (
            member.pending if member.pending_until and member.pending_until > turn.now else None
        )
        if pending and pending.startswith("reflect:"):
            return await self._reflection_answer(turn, pending.removeprefix("reflect:"), text)
        if self._in_crisis(turn):
            return [await self._crisis_follow_up(turn)]
        match = best_reframe(self.library, turn.locale, text)
        if match is not None:
            return await self._offer_reframe(turn, match.reframe, "reframe.heard")
        return [self._say(turn, "text.default", choices=self._start_choices(turn))]

    async def _reflection_answer(self, turn: _Turn, prompt_id: str, text: str) -> list[Reply]:
        member = self._update(turn, pending=None, pending_until=None)
        if member.journal:
            await turn.tx.add_journal_entry(
                turn.event.platform, turn.event.user_id, turn.now, prompt_id, text
            )
            return [self._say(turn, "reflect.kept")]
        return [self._say(turn, "reflect.not_kept")]

    # --- safety ------------------------------------------------------------------------
    #
    # Each tier of `assess` has its reply (core/crisis.py writes them). In a private chat
    # the crisis window keeps support in front of her for a while; which reply it follows
    # up is kept in `pending` ("crisis:acute", "crisis:other"). In a group nothing is asked
    # in public: the lines for everyone, and a way to talk privately.

    async def _crisis_check(self, turn: _Turn, text: str) -> list[Reply] | None:
        """Answer crisis language in a message or a command's words; None when there is none."""
        assessment = assess(text)
        if assessment.tier is Tier.NONE:
            return None
        self._speak_her_language(turn, assessment)
        if not turn.event.is_private:
            if assessment.escalates:
                acute = assessment.tier is Tier.ACUTE
                return await self._group_crisis(turn, "crisis.group", acute=acute)
            return [
                Reply(
                    self._text(turn, "crisis.group_checkin"),
                    private_link="checkin",
                    link_label=self._text(turn, "crisis.private_link"),
                    kind="crisis",
                )
            ]
        if assessment.tier is Tier.CHECKIN:
            if self._in_crisis(turn):  # already in crisis: stay with her, don't ask again
                return [await self._crisis_follow_up(turn)]
            return self._checkin(turn, _opening(assessment))
        return await self._crisis_reply(turn, assessment.tier)

    def _speak_her_language(self, turn: _Turn, assessment: Assessment) -> None:
        """Answer in the language she wrote in when neither she nor her platform chose one
        Holdspace speaks (a chosen language wins: all lexicons read every message)."""
        if turn.member is not None and turn.member.locale:
            return
        platform = (turn.event.locale or "").replace("_", "-").split("-")[0].lower()
        if platform in self.library.locales:
            return
        if assessment.language in self.library.locales:
            turn.locale = assessment.language

    def _in_crisis(self, turn: _Turn) -> bool:
        member = turn.member
        return (
            member is not None
            and member.crisis_until is not None
            and (member.crisis_until > turn.now)
        )

    def _crisis_tier(self, turn: _Turn) -> Tier:
        """Return the tier of the crisis she is in, as remembered in `pending`."""
        member = turn.member
        if (
            member is not None
            and member.pending
            and member.pending.startswith("crisis:")
            and member.pending_until
            and member.pending_until > turn.now
        ):
            try:
                return Tier(member.pending.removeprefix("crisis:"))
            except ValueError:
                return Tier.CRISIS
        return Tier.CRISIS

    def _enter_crisis(self, turn: _Turn, tier: Tier | None = None) -> None:
        """Keep crisis support in front of her for a while (private chats only)."""
        if not turn.event.is_private:
            return
        until = turn.now + CRISIS_WINDOW
        if tier is None:  # a button press: keep the tier she is in
            tier = self._crisis_tier(turn)
        pending = f"crisis:{tier}" if tier in (Tier.ACUTE, Tier.OTHER) else None
        self._update(turn, crisis_until=until, pending=pending, pending_until=pending and until)

    async def _place(self, turn: _Turn) -> Place:
        """Find whose lines to show: her setting, else her time zone, else the region of
        her platform language; in a group, the group's zone, else the platform region."""
        event = turn.event
        code: str | None = None
        if event.is_private:
            member = turn.member
            if member is not None and member.country:
                return Place(self.library.country(member.country), member.country, "setting")
            zone = member.zone if member is not None else None
            if zone is None:
                sub = await turn.tx.subscription(event.platform, event.user_id)
                zone = sub.zone if sub is not None else None
            code = zone_country(zone)
        else:
            group = await turn.tx.group(event.platform, event.chat_id)
            code = zone_country(group.zone) if group is not None else None
        if code is not None:
            return Place(self.library.country(code), code, "zone")
        language = (event.locale or "").replace("_", "-").split("-")
        if len(language) > 1 and len(language[1]) == 2 and language[1].isalpha():
            code = language[1].upper()
            return Place(self.library.country(code), code, "region")
        return Place(None)

    def _country_offer(self, turn: _Turn, place: Place) -> str | None:
        """Offer once, gently, to set her country when it was not her own setting."""
        member = turn.member
        if not turn.event.is_private or member is None or member.country_offered:
            return None
        if place.source == "setting" or (place.country is None and place.code):
            return None  # her own choice, or a country with no lines: a setting would not help
        self._update(turn, country_offered=True)
        if place.country is None:
            return self._text(turn, "crisis.set_country")
        return self._text(turn, "crisis.country_guess")

    def _words(self, turn: _Turn) -> Words:
        return Words(self.library, turn.locale)

    def _grounding(self, turn: _Turn, *, first: bool) -> str:
        exercises = self.library.grounding(turn.locale)
        index = 0 if first else (int(turn.now.timestamp()) // 60) % len(exercises)
        return exercises[index].text

    def _crisis_choices(self, turn: _Turn, tier: Tier = Tier.CRISIS) -> tuple[Choice, ...]:
        if tier is Tier.OTHER:
            return (
                self._choice(turn, "crisis.other.ground", "crisis:ground"),
                self._choice(turn, "crisis.show_lines", "crisis:other"),
            )
        return (
            self._choice(turn, "crisis.more_grounding", "crisis:ground"),
            self._choice(turn, "crisis.show_lines", "crisis:lines"),
        )

    async def _crisis_reply(
        self, turn: _Turn, tier: Tier, *, intro: str = "crisis.first", follow: Tier | None = None
    ) -> list[Reply]:
        """Answer her own crisis (acute or not), or her fear for someone else, in private.

        `follow` is the tier her next messages are followed up as (the reply's own tier
        unless she is already in a graver one).
        """
        place = await self._place(turn)
        words = self._words(turn)
        self._enter_crisis(turn, follow or tier)
        if tier is Tier.ACUTE:  # short and to the point: no offers
            return [Reply(words.acute(place), choices=self._crisis_choices(turn), kind="crisis")]
        if tier is Tier.OTHER:
            text = words.other(place)
        else:
            text = words.crisis(place, intro, self._grounding(turn, first=True))
        offer = self._country_offer(turn, place)
        if offer:
            text += "\n\n" + offer
        return [Reply(text, choices=self._crisis_choices(turn, tier), kind="crisis")]

    async def _group_crisis(self, turn: _Turn, intro: str, *, acute: bool = False) -> list[Reply]:
        place = await self._place(turn)
        words = self._words(turn)
        text = words.group(place, intro, self._grounding(turn, first=True))
        if acute:  # an emergency, even in public: the number to call comes first
            text = words.call_now(place) + "\n\n" + text
        return [
            Reply(
                text,
                choices=self._crisis_choices(turn),
                private_link="helpnow",
                link_label=self._text(turn, "crisis.private_link"),
                kind="crisis",
            )
        ]

    async def _grounding_again(self, turn: _Turn) -> list[Reply]:
        self._enter_crisis(turn)
        grounding = self._grounding(turn, first=False)
        tier = self._crisis_tier(turn) if turn.event.is_private else Tier.CRISIS
        if tier is Tier.ACUTE:  # the step, and still: call now
            place = await self._place(turn)
            text = grounding + "\n\n" + self._words(turn).follow_up_acute(place)
        else:
            text = self._text(turn, "crisis.grounding_again", grounding=grounding)
        return [Reply(text, choices=self._crisis_choices(turn, tier), kind="crisis")]

    async def _crisis_follow_up(self, turn: _Turn) -> Reply:
        """Answer her next words while a crisis is recent: still here, the lines again."""
        tier = self._crisis_tier(turn)
        if tier is Tier.ACUTE:
            text = self._words(turn).follow_up_acute(await self._place(turn))
        elif tier is Tier.OTHER:
            text = self._text(turn, "crisis.follow_up_other")
        else:
            text = self._text(turn, "crisis.follow_up")
        return Reply(text, choices=self._crisis_choices(turn, tier), kind="crisis")

    def _checkin(self, turn: _Turn, opening: str) -> list[Reply]:
        """Ask her directly, gently, with an answer for every button; no numbers yet."""
        self._ensure_member(turn)
        choices = tuple(
            self._choice(turn, f"crisis.checkin.{answer}", f"checkin:{answer}")
            for answer in CHECKIN_ANSWERS
        )
        return [Reply(self._words(turn).checkin(opening), choices=choices, kind="crisis")]

    async def _checkin_answer(self, turn: _Turn, answer: str) -> list[Reply]:
        """Meet every answer with warmth; "yes" and "not sure" lead to the crisis reply.

        The buttons carry no state on purpose: a "yes" pressed on an old question is still
        a "yes", and is answered as one.
        """
        if answer in ("yes", "unsure"):
            intro = f"crisis.checkin.answer_{answer}"
            return await self._crisis_reply(turn, Tier.CRISIS, intro=intro)
        self._ensure_member(turn)
        if answer == "before":
            choice = self._choice(turn, "choice.helpnow", "cmd:helpnow")
            return [self._say(turn, "crisis.checkin.answer_before", choices=(choice,))]
        return [self._say(turn, "crisis.checkin.answer_no", choices=self._start_choices(turn))]

    # --- onboarding --------------------------------------------------------------------

    def _start_choices(self, turn: _Turn) -> tuple[Choice, ...]:
        return (
            self._choice(turn, "choice.reflect", "cmd:reflect"),
            self._choice(turn, "choice.reframe", "cmd:reframe"),
            self._choice(turn, "choice.subscribe", "cmd:subscribe"),
            self._choice(turn, "choice.helpnow", "cmd:helpnow"),
        )

    async def on_start(self, turn: _Turn) -> list[Reply]:
        """Greet, say what Holdspace is and is not, and how privacy works."""
        if not turn.event.is_private:
            return [self._say(turn, "start.group")]
        payload = turn.event.payload or turn.option("payload")
        if payload == "helpnow":  # from the "talk with me privately" link under a group reply
            return await self.on_helpnow(turn)
        if payload == "checkin":
            return self._checkin(turn, "crisis.checkin.welcome")
        returning = turn.member is not None
        member = self._ensure_member(turn)
        greetings = self.library.welcome(turn.locale, back=returning)
        index = int(member.created_at.timestamp()) % len(greetings)
        text = "\n\n".join(
            [
                greetings[index].text,
                self._text(turn, "start.about"),
                self._text(turn, "start.privacy"),
            ]
        )
        replies = [Reply(text, choices=self._start_choices(turn))]
        if payload == "subscribe":
            replies.append(self._say(turn, "subscribe.how", examples=self._zone_examples()))
        return replies

    async def on_help(self, turn: _Turn) -> list[Reply]:
        """List what Holdspace can do here."""
        return [Reply(help_text(self.library, turn.locale, turn.event.chat_kind))]

    # --- reflection --------------------------------------------------------------------

    async def on_reflect(self, turn: _Turn) -> list[Reply]:
        """Give a private reflection prompt, never the one she had last time."""
        named = turn.option("theme")
        theme = self._theme(turn, named, "reflect") if named else None
        member = self._ensure_member(turn)
        recipient = member_recipient(turn.event.user_id)
        candidates = [
            p
            for p in self.library.prompts(turn.locale)
            if p.fits("private") and (theme is None or p.theme == theme)
        ]
        history = await turn.tx.history(turn.event.platform, recipient)
        avoid = [member.last_prompt_id] if member.last_prompt_id else []
        prompt = choose_prompt(candidates, history, recipient, avoid=avoid)
        if prompt is None:
            return [self._say(turn, "error.no_prompt")]
        await turn.tx.record_sent(turn.event.platform, [(recipient, prompt.id)], turn.now)
        self._update(
            turn,
            last_prompt_id=prompt.id,
            pending=f"reflect:{prompt.id}",
            pending_until=turn.now + REFLECTION_ANSWER_WINDOW,
        )
        hint = "reflect.hint_journal" if member.journal else "reflect.hint"
        text = self._text(turn, "reflect.prompt", prompt=prompt.text, hint=self._text(turn, hint))
        return [Reply(text, choices=(self._choice(turn, "reflect.another", "cmd:reflect"),))]

    async def _reflect_theme(self, turn: _Turn, theme: str) -> list[Reply]:
        """Answer a theme's button under "which theme?" with a reflection question of it."""
        turn.invocation = Invocation("reflect", None, {"theme": theme})
        return await self.on_reflect(turn)

    # --- reframing ---------------------------------------------------------------------

    async def on_reframe(self, turn: _Turn) -> list[Reply]:
        """Offer the themes, or answer her own words with the best-fitting reframe."""
        words = turn.option("words")
        if not words:
            return [self._say(turn, "reframe.choose", choices=self._theme_choices(turn, "reframe"))]
        self._refuse_too_long(turn, words)
        theme = self._find_theme(turn, words)
        if theme is not None:
            return await self._reframe_theme(turn, theme)
        match = best_reframe(self.library, turn.locale, words)
        if match is None:
            return [
                self._say(turn, "reframe.no_match", choices=self._theme_choices(turn, "reframe"))
            ]
        return await self._offer_reframe(turn, match.reframe, "reframe.heard")

    async def _offer_reframe(self, turn: _Turn, reframe: Reframe, key: str) -> list[Reply]:
        """Give her a reframe (remembered, so another of its theme comes next time)."""
        self._ensure_member(turn)
        await turn.tx.record_sent(
            turn.event.platform, [(member_recipient(turn.event.user_id), reframe.id)], turn.now
        )
        return [
            self._say(
                turn,
                key,
                theme=self.library.theme_name(reframe.theme, turn.locale),
                reframe=reframe.text,
                choices=(self._choice(turn, "reframe.another", f"reframe:{reframe.theme}"),),
            )
        ]

    async def _reframe_theme(self, turn: _Turn, theme: str) -> list[Reply]:
        recipient = member_recipient(turn.event.user_id)
        history = await turn.tx.history(turn.event.platform, recipient)
        reframes = [r for r in self.library.reframes(turn.locale) if r.theme == theme]
        reframe = choose_prompt(reframes, history, recipient)
        assert reframe is not None, "every theme has reframes (the content check makes sure)"
        return await self._offer_reframe(turn, reframe, "reframe.theme")

    # --- daily private reflections -----------------------------------------------------

    def _zone_examples(self) -> str:
        return ", ".join(zone_examples())

    def _parse_when(self, turn: _Turn) -> tuple[str, str | None]:
        """Read the options "07:30" or "7.30 pm" and "Europe/London" as a slot and a zone."""
        time, zone = turn.option("time"), turn.option("zone")
        try:
            slot = parse_time(time)
        except InvalidTime:
            words = f"{time} {zone}" if zone else time
            raise Refusal(self._say(turn, "error.time", value=markup.escape(words[:40]))) from None
        if not zone:
            return format_time(slot), None
        return format_time(slot), self._zone(turn, zone)

    def _zone(self, turn: _Turn, value: str) -> str:
        """Return the zone she named; refuse with examples when there is none of that name."""
        try:
            return resolve_zone(value)
        except InvalidZone:
            examples = self._zone_examples()
            reply = self._say(
                turn, "error.zone", value=markup.escape(value[:60]), examples=examples
            )
            raise Refusal(reply) from None

    def _next(self, sub: Subscription, after: dt.datetime) -> dt.datetime:
        quiet = parse_quiet_hours(sub.quiet) if sub.quiet else None
        return next_due(
            parse_time(sub.slot),
            sub.zone,
            after,
            parse_cadence(sub.cadence),
            paused_until=sub.paused_until,
            quiet=quiet,
        )

    async def _reschedule(
        self, turn: _Turn, before: Subscription | None, changed: Subscription
    ) -> Subscription:
        """Return a changed subscription with its next due time under the new settings.

        A reflection that was due and is not queued yet (her slot has passed, the tick has
        not come) stays due: the next tick queues it, and the one after follows the new
        settings. A change never loses the day's reflection, and never brings a second one
        on a day she has had hers. (A pause is not a change of settings: it is her asking
        for quiet, and `on_pause` keeps it.)
        """
        if before is not None and before.next_due_at <= turn.now:
            return dataclasses.replace(changed, next_due_at=before.next_due_at)
        after = turn.now
        recipient = member_recipient(changed.user_id)
        last = await turn.tx.last_queued(changed.platform, recipient, "daily")
        if last is not None:
            after = max(after, end_of_local_day(last, changed.zone))
        return dataclasses.replace(changed, next_due_at=self._next(changed, after))

    async def on_subscribe(self, turn: _Turn) -> list[Reply]:
        """Start (or move) her daily private reflection (also `/settings time`)."""
        existing = await turn.tx.subscription(turn.event.platform, turn.event.user_id)
        if not turn.option("time"):
            if existing is not None:
                return [self._subscription_summary(turn, existing, "subscribe.already")]
            return [self._say(turn, "subscribe.how", examples=self._zone_examples())]
        slot, zone = self._parse_when(turn)
        member = self._ensure_member(turn)
        zone = zone or (existing.zone if existing else None) or member.zone
        if zone is None:
            return [
                self._say(turn, "subscribe.need_zone", time=slot, examples=self._zone_examples())
            ]
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
        sub = await self._reschedule(turn, existing, sub)
        await turn.tx.save_subscription(sub)
        self._update(turn, zone=zone)
        return [self._subscription_summary(turn, sub, "subscribe.done")]

    def _subscription_summary(self, turn: _Turn, sub: Subscription, key: str) -> Reply:
        return self._say(
            turn,
            key,
            time=sub.slot,
            zone=sub.zone,
            next=self._when(sub.next_due_at, sub.zone),
        )

    async def on_unsubscribe(self, turn: _Turn) -> list[Reply]:
        """Stop her daily private reflection."""
        deleted = await turn.tx.delete_subscription(turn.event.platform, turn.event.user_id)
        return [self._say(turn, "unsubscribe.done" if deleted else "unsubscribe.none")]

    async def on_pause(self, turn: _Turn) -> list[Reply]:
        """Pause her daily reflection for some days or until a date."""
        sub = await turn.tx.subscription(turn.event.platform, turn.event.user_id)
        if sub is None:
            return [self._say(turn, "pause.none")]
        today = local_date(turn.now, sub.zone)
        until = self._pause_until(turn.option("until"), today)
        if until is None:
            return [self._say(turn, "error.days", limit=MAX_PAUSE_DAYS)]
        sub = dataclasses.replace(sub, paused_until=until, welcome_back=True)
        sub = dataclasses.replace(sub, next_due_at=self._next(sub, turn.now))
        await turn.tx.save_subscription(sub)
        return [self._say(turn, "pause.done", until=until.isoformat())]

    def _pause_until(self, args: str, today: dt.date) -> dt.date | None:
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

    async def on_resume(self, turn: _Turn) -> list[Reply]:
        """End a pause now."""
        sub = await turn.tx.subscription(turn.event.platform, turn.event.user_id)
        if sub is None:
            return [self._say(turn, "pause.none")]
        if sub.paused_until is None or sub.paused_until <= local_date(turn.now, sub.zone):
            return [self._subscription_summary(turn, sub, "resume.not_paused")]
        sub = await self._reschedule(turn, sub, dataclasses.replace(sub, paused_until=None))
        await turn.tx.save_subscription(sub)
        return [self._subscription_summary(turn, sub, "resume.done")]

    # --- settings ----------------------------------------------------------------------

    async def on_settings(self, turn: _Turn) -> list[Reply]:
        """Show her settings, or change one (time, zone, language, country, journal, ...)."""
        words = turn.invocation.words if turn.invocation else ""
        if turn.subcommand is None and not words:
            return [await self._settings_summary(turn)]
        if turn.subcommand is None:
            key = words.partition(" ")[0]
            return [self._say(turn, "settings.unknown", value=markup.escape(key[:40]))]
        setter: _Pressed = getattr(self, f"_set_{turn.subcommand}")
        return await setter(turn, turn.option("value"))

    async def on_language(self, turn: _Turn) -> list[Reply]:
        """Choose the language Holdspace speaks with her."""
        return await self._set_language(turn, turn.option("language"))

    async def _settings_summary(self, turn: _Turn) -> Reply:
        member = self._ensure_member(turn)
        sub = await turn.tx.subscription(turn.event.platform, turn.event.user_id)
        lines = []
        if sub is None:
            lines.append(self._text(turn, "settings.no_daily"))
        else:
            lines.append(
                self._text(
                    turn,
                    "settings.daily",
                    time=sub.slot,
                    zone=sub.zone,
                    cadence=self._cadence_name(turn, sub.cadence),
                    next=self._when(sub.next_due_at, sub.zone),
                )
            )
            if sub.paused_until and sub.paused_until > local_date(turn.now, sub.zone):
                lines.append(
                    self._text(turn, "settings.paused", until=sub.paused_until.isoformat())
                )
            if sub.quiet:
                lines.append(self._text(turn, "settings.quiet", quiet=sub.quiet))
        lines.append(
            self._text(
                turn, "settings.language", language=self._text(turn, f"language.{turn.locale}")
            )
        )
        country = self.library.country(member.country)
        lines.append(
            self._text(
                turn,
                "settings.country",
                country=markup.escape(self.library.country_name(country, turn.locale)),
            )
            if country
            else self._text(turn, "settings.no_country")
        )
        lines.append(
            self._text(turn, "settings.journal_on" if member.journal else "settings.journal_off")
        )
        lines.append(self._text(turn, "settings.journal_keep", days=member.journal_days))
        for tag, when in member_dates(member.dates).items():
            what = self._text(turn, f"settings.{tag}")
            lines.append(self._text(turn, "settings.date", what=what, date=when))
        return Reply(self._text(turn, "settings.summary", lines="\n".join(lines)))

    def _cadence_name(self, turn: _Turn, cadence: str) -> str:
        """Say a stored cadence in her words: "every day", "on Mondays, Thursdays"."""
        days = parse_cadence(cadence).days
        if not days:
            return self._text(turn, "cadence.daily")
        names = ", ".join(self._text(turn, f"day.{DAY_NAMES[d]}") for d in sorted(days))
        return self._text(turn, "cadence.days", days=names)

    async def _set_language(self, turn: _Turn, value: str) -> list[Reply]:
        wanted = value.strip().lower()
        if wanted not in self.library.locales:
            names = ", ".join(
                f"{code} ({self._text(turn, f'language.{code}')})" for code in self.library.locales
            )
            return [
                self._say(turn, "error.language", value=markup.escape(value[:20]), languages=names)
            ]
        self._update(turn, locale=wanted)
        turn.locale = wanted
        return [
            self._say(
                turn, "settings.language_done", language=self._text(turn, f"language.{wanted}")
            )
        ]

    async def _set_country(self, turn: _Turn, value: str) -> list[Reply]:
        if value.lower() in ("none", "off", "-"):
            self._update(turn, country=None)
            return [self._say(turn, "settings.country_cleared")]
        country = self.library.find_country(value)
        if country is None:
            return [self._say(turn, "error.country", value=markup.escape(value[:40]))]
        self._update(turn, country=country.code)
        name = self.library.country_name(country, turn.locale)
        return [self._say(turn, "settings.country_done", country=markup.escape(name))]

    async def _set_birthday(self, turn: _Turn, value: str) -> list[Reply]:
        return self._set_date(turn, "child_birthday", value)

    async def _set_contact(self, turn: _Turn, value: str) -> list[Reply]:
        return self._set_date(turn, "contact_anniversary", value)

    def _set_date(self, turn: _Turn, tag: str, value: str) -> list[Reply]:
        """Keep one of her hard dates (month and day only), or clear it."""
        dates = member_dates(self._ensure_member(turn).dates)
        what = self._text(turn, f"settings.{tag}")
        if value.lower() in ("none", "off", "-"):
            dates.pop(tag, None)
            self._update(turn, dates=member_dates_text(dates))
            return [self._say(turn, "settings.date_cleared", what=what)]
        when = month_day(value)
        if when is None:
            return [self._say(turn, "error.date", value=markup.escape(value[:40]))]
        dates[tag] = when
        self._update(turn, dates=member_dates_text(dates))
        return [self._say(turn, "settings.date_done", what=what, date=when)]

    async def _set_journal(self, turn: _Turn, value: str) -> list[Reply]:
        flag = _on_off(value)
        if flag is None:
            return [self._say(turn, "error.on_off", setting="journal")]
        self._update(turn, journal=flag)
        return [
            self._say(turn, "settings.journal_done_on" if flag else "settings.journal_done_off")
        ]

    async def _set_journal_days(self, turn: _Turn, value: str) -> list[Reply]:
        """Choose how long her journal entries are kept; older ones go at the daily purge."""
        try:
            days = parse_days(value)
        except InvalidDuration:
            days = 0
        if not 1 <= days <= MAX_JOURNAL_DAYS:
            return [self._say(turn, "error.journal_days", limit=MAX_JOURNAL_DAYS)]
        self._update(turn, journal_days=days)
        return [self._say(turn, "settings.journal_days_done", days=days)]

    async def _set_zone(self, turn: _Turn, value: str) -> list[Reply]:
        try:
            zone = resolve_zone(value)
        except InvalidZone:
            return [
                self._say(
                    turn,
                    "error.zone",
                    value=markup.escape(value[:60]),
                    examples=self._zone_examples(),
                )
            ]
        self._update(turn, zone=zone)
        sub = await turn.tx.subscription(turn.event.platform, turn.event.user_id)
        if sub is not None:
            sub = await self._reschedule(turn, sub, dataclasses.replace(sub, zone=zone))
            await turn.tx.save_subscription(sub)
        return [self._say(turn, "settings.zone_done", zone=zone)]

    async def _set_time(self, turn: _Turn, value: str) -> list[Reply]:
        return await self.on_subscribe(turn)

    async def _set_quiet(self, turn: _Turn, value: str) -> list[Reply]:
        sub = await turn.tx.subscription(turn.event.platform, turn.event.user_id)
        if sub is None:
            return [self._say(turn, "pause.none")]
        try:
            quiet = parse_quiet_hours(value)
        except InvalidTime:
            return [self._say(turn, "error.quiet", value=markup.escape(value[:40]))]
        text = f"{format_time(quiet.start)}-{format_time(quiet.end)}" if quiet else None
        sub = await self._reschedule(turn, sub, dataclasses.replace(sub, quiet=text))
        await turn.tx.save_subscription(sub)
        return [
            self._say(
                turn, "settings.quiet_done" if quiet else "settings.quiet_off", quiet=text or ""
            )
        ]

    async def _set_cadence(self, turn: _Turn, value: str) -> list[Reply]:
        sub = await turn.tx.subscription(turn.event.platform, turn.event.user_id)
        if sub is None:
            return [self._say(turn, "pause.none")]
        try:
            cadence = parse_cadence(value)
        except InvalidCadence:
            return [self._say(turn, "error.cadence", value=markup.escape(value[:40]))]
        changed = dataclasses.replace(sub, cadence=cadence.describe())
        sub = await self._reschedule(turn, sub, changed)
        await turn.tx.save_subscription(sub)
        return [self._subscription_summary(turn, sub, "settings.cadence_done")]

    # --- groups ------------------------------------------------------------------------

    async def _group(self, turn: _Turn) -> Group:
        group = await turn.tx.group(turn.event.platform, turn.event.chat_id)
        if group is None:
            group = Group(
                platform=turn.event.platform,
                chat_id=turn.event.chat_id,
                created_at=turn.now,
                locale=turn.locale,
                slot=DEFAULT_GROUP_SLOT,
            )
        return group

    def _group_next(self, group: Group, after: dt.datetime) -> dt.datetime | None:
        if not group.daily:
            return None
        return next_due(parse_time(group.slot), group.zone, after, parse_cadence(group.cadence))

    def _group_summary(self, turn: _Turn, group: Group, key: str) -> Reply:
        themes = (
            ", ".join(self.library.theme_name(t, group.locale) for t in group.themes)
            if group.themes
            else self._text(turn, "setup.all_themes")
        )
        daily = (
            self._text(
                turn,
                "setup.daily_on",
                cadence=self._cadence_name(turn, group.cadence),
                time=group.slot,
                zone=group.zone,
                next=self._when(group.next_due_at, group.zone) if group.next_due_at else "-",
            )
            if group.daily
            else self._text(turn, "setup.daily_off")
        )
        choices = (
            self._choice(turn, "setup.turn_off", "setup:off")
            if group.daily
            else self._choice(turn, "setup.turn_on", "setup:on"),
        )
        return self._say(turn, key, daily=daily, themes=themes, choices=choices)

    async def on_setup(self, turn: _Turn) -> list[Reply]:
        """Let a moderator set the group's daily reflection: on/off, time, zone, themes."""
        group = await self._group(turn)
        key = turn.subcommand
        words = turn.invocation.words if turn.invocation else ""
        if key is None and not words:
            return [self._group_summary(turn, group, "setup.summary")]
        changes: dict[str, Any] = {}
        if key == "on":
            changes["daily"] = True
            changes["thread_id"] = turn.event.thread_id
        elif key == "off":
            changes["daily"] = False
        elif key == "zone":
            changes["zone"] = self._zone(turn, turn.option("zone"))
        elif key == "themes":
            value = turn.option("themes")
            if value.lower() in ("all", ""):
                changes["themes"] = ()
            else:
                themes = [self._theme(turn, part, "setup:themes") for part in value.split(",")]
                changes["themes"] = tuple(dict.fromkeys(themes))
        elif key == "cadence":
            value = turn.option("cadence")
            try:
                changes["cadence"] = parse_cadence(value).describe()
            except InvalidCadence:
                return [self._say(turn, "error.cadence", value=markup.escape(value[:40]))]
        elif key != "time":
            return [self._say(turn, "setup.usage")]
        if key == "time" or (key == "on" and turn.option("time")):
            slot, zone = self._parse_when(turn)
            changes["slot"] = slot
            if zone:
                changes["zone"] = zone
        group = dataclasses.replace(group, **changes)
        group = dataclasses.replace(
            group, next_due_at=self._group_next(group, turn.now), active=True
        )
        await turn.tx.save_group(await self.with_next_prompt(turn.tx, group, turn.now))
        return [self._group_summary(turn, group, "setup.done")]

    async def _setup_theme(self, turn: _Turn, theme: str) -> list[Reply]:
        """Answer a theme's button under "which theme?" by giving the group that theme."""
        turn.invocation = Invocation("setup", "themes", {"themes": theme}, f"themes {theme}")
        return await self.on_setup(turn)

    async def _setup_switch(self, turn: _Turn, to: str) -> list[Reply]:
        """Turn the group's daily reflection on or off, as its summary's button says."""
        turn.invocation = Invocation("setup", to, {}, to)
        return await self.on_setup(turn)

    async def on_topic(self, turn: _Turn) -> list[Reply]:
        """Let a moderator post a discussion topic now or at a time; list and cancel those."""
        if turn.subcommand == "list":
            return await self._topic_list(turn)
        if turn.subcommand == "cancel":
            return await self._topic_cancel(turn, turn.option("number"))
        what = turn.option("theme")
        if turn.subcommand != "plan":
            return await self._topic(turn, self._theme(turn, what, "topic") if what else None)
        group = await turn.tx.group(turn.event.platform, turn.event.chat_id)
        zone = group.zone if group else "UTC"
        due = self._topic_due(turn, turn.option("at"), zone)
        # the themes offered for an unknown one plan it for the same moment
        then = f" {self._when(due, zone)}"
        theme = self._theme(turn, what, "topic:plan", then) if what else None
        return await self._topic_later(turn, group, theme, due)

    async def _topic_plan(self, turn: _Turn, value: str) -> list[Reply]:
        """Answer a theme's button under "which theme?" by planning it for the moment asked."""
        theme, _, when = value.partition(" ")
        if theme not in self.library.themes:
            return [self._say(turn, "error.button_expired")]
        group = await turn.tx.group(turn.event.platform, turn.event.chat_id)
        due = self._topic_due(turn, when, group.zone if group else "UTC")
        return await self._topic_later(turn, group, theme, due)

    def _topic_due(self, turn: _Turn, when: str, zone: str) -> dt.datetime:
        """Read when a topic is to be posted; refuse a moment it cannot be planned for."""
        day_text, _, time_text = when.strip().partition(" ")
        try:
            due = local_instant(dt.date.fromisoformat(day_text), parse_time(time_text), zone)
        except (ValueError, OverflowError, InvalidTime):  # OverflowError: the year 9999 and such
            raise Refusal(
                self._say(turn, "topic.when_invalid", value=markup.escape(when[:40]))
            ) from None
        if due <= turn.now:
            raise Refusal(self._say(turn, "topic.when_past", when=self._when(due, zone), zone=zone))
        if due > turn.now + dt.timedelta(days=MAX_SCHEDULE_DAYS):
            raise Refusal(self._say(turn, "topic.when_far", days=MAX_SCHEDULE_DAYS))
        return due

    async def _topic_later(
        self, turn: _Turn, group: Group | None, theme: str | None, due: dt.datetime
    ) -> list[Reply]:
        """Schedule a one-off topic post in the group's zone, through the outbox."""
        platform, chat = turn.event.platform, turn.event.chat_id
        zone = group.zone if group else "UTC"
        locale = group.locale if group else turn.locale
        recipient = group_recipient(chat)
        waiting = await turn.tx.scheduled(platform, recipient, "topic")
        if len(waiting) >= MAX_SCHEDULED_TOPICS:
            return [self._say(turn, "topic.too_many", count=MAX_SCHEDULED_TOPICS)]
        prompt = await self._topic_prompt(turn, group, theme, locale, due, zone)
        if prompt is None:
            return [self._say(turn, "error.no_prompt")]
        thread = turn.event.thread_id or (group.thread_id if group else None)
        destination = Destination(platform, chat, True, thread)
        text = self.library.text("topic.post", locale, prompt=prompt.text)
        row = outbox_row(recipient, destination, prompt.id, text, due, due, kind="topic")
        if not await turn.tx.queue([row]):  # that minute is taken (perhaps a moment ago)
            return [self._say(turn, "topic.already", when=self._when(due, zone), zone=zone)]
        # Counted as the group's on the day it posts; cancelling gives the prompt back.
        await turn.tx.record_sent(platform, [(recipient, prompt.id)], due)
        return [
            self._say(
                turn, "topic.scheduled", when=self._when(due, zone), zone=zone, prompt=prompt.text
            )
        ]

    async def _topic_list(self, turn: _Turn) -> list[Reply]:
        """List the group's scheduled topics, each with a button to cancel it."""
        platform, chat = turn.event.platform, turn.event.chat_id
        group = await turn.tx.group(platform, chat)
        zone = group.zone if group else "UTC"
        posts = await turn.tx.scheduled(platform, group_recipient(chat), "topic")
        if not posts:
            return [self._say(turn, "topic.none")]
        lines = "\n".join(
            self._text(turn, "topic.item", id=post.id, when=self._when(post.due_at, zone))
            for post in posts
        )
        choices = tuple(
            Choice(self._text(turn, "topic.cancel_button", id=post.id), f"topic:cancel:{post.id}")
            for post in posts
        )
        return [self._say(turn, "topic.list", zone=zone, items=lines, choices=choices)]

    async def _topic_cancel(self, turn: _Turn, number: str) -> list[Reply]:
        """Cancel one scheduled topic of this group, by the number the list shows."""
        platform, recipient = turn.event.platform, group_recipient(turn.event.chat_id)
        # ids are 32-bit integers on PostgreSQL: nine digits always fit
        if (
            number.isascii()
            and number.isdigit()
            and len(number) <= 9
            and await turn.tx.cancel_scheduled(platform, recipient, "topic", int(number))
        ):
            return [self._say(turn, "topic.cancelled", id=number)]
        return [self._say(turn, "topic.cancel_unknown", value=markup.escape(number[:20]))]

    async def _topic(self, turn: _Turn, theme: str | None) -> list[Reply]:
        platform, chat = turn.event.platform, turn.event.chat_id
        group = await turn.tx.group(platform, chat)
        locale = group.locale if group else turn.locale
        zone = group.zone if group else "UTC"
        prompt = await self._topic_prompt(turn, group, theme, locale, turn.now, zone)
        if prompt is None:
            return [self._say(turn, "error.no_prompt")]
        await turn.tx.record_sent(platform, [(group_recipient(chat), prompt.id)], turn.now)
        return [Reply(self.library.text("topic.post", locale, prompt=prompt.text), kind="topic")]

    async def _topic_prompt(
        self,
        turn: _Turn,
        group: Group | None,
        theme: str | None,
        locale: str,
        when: dt.datetime,
        zone: str,
    ) -> Prompt | None:
        """Choose a moderator's topic for when it posts: never the group's next daily prompt."""
        themes = {theme} if theme else set(group.themes if group else ())
        daily = (group.next_prompt_id,) if group and group.next_prompt_id else ()
        day = local_date(when, zone)
        platform, chat = turn.event.platform, turn.event.chat_id
        return await self.group_prompt(
            turn.tx, platform, chat, locale, themes, day, when, avoid=daily
        )

    async def group_prompt(
        self,
        tx: Tx,
        platform: str,
        chat_id: str,
        locale: str,
        themes: Collection[str],
        day: dt.date,
        now: dt.datetime,
        *,
        avoid: Collection[str] = (),
    ) -> Prompt | None:
        """Choose a group's prompt for its local day: none repeats until the pool is used up.

        The caller records it (`Tx.record_sent`) once it is sure to be posted.
        """
        candidates = [p for p in self.library.prompts(locale) if for_group(p, themes)]
        recipient = group_recipient(chat_id)
        history = await tx.history(platform, recipient)
        return for_the_day(candidates, day).choose(history, recipient, now, avoid=avoid)

    async def with_next_prompt(self, tx: Tx, group: Group, now: dt.datetime) -> Group:
        """Return the group with the prompt of its next daily post chosen (none if it has none)."""
        chosen = None
        if group.daily and group.active and group.next_due_at is not None:
            day = local_date(group.next_due_at, group.zone)
            prompt = await self.group_prompt(
                tx, group.platform, group.chat_id, group.locale, group.themes, day, now
            )
            chosen = prompt.id if prompt else None
        return dataclasses.replace(group, next_prompt_id=chosen)

    # --- privacy -----------------------------------------------------------------------

    async def on_mydata(self, turn: _Turn) -> list[Reply]:
        """Show everything stored about her, as JSON."""
        data = await turn.tx.member_data(turn.event.platform, turn.event.user_id)
        # no backticks, so that it can be shown inside a code block as it is
        dump = json.dumps(data, ensure_ascii=False, indent=2).replace("`", "\\u0060")
        attachment = Attachment(MYDATA_FILE, dump)
        return [Reply(self._text(turn, "mydata.intro"), kind="data", attachment=attachment)]

    async def on_forget(self, turn: _Turn) -> list[Reply]:
        """Ask her to confirm, then delete everything stored about her."""
        token = secrets.token_hex(4)
        self._update(turn, pending=f"forget:{token}", pending_until=turn.now + CONFIRM_WINDOW)
        return [
            self._say(
                turn,
                "forget.confirm",
                choices=(
                    self._choice(turn, "forget.yes", f"forget:yes:{token}"),
                    self._choice(turn, "forget.no", "forget:no"),
                ),
            )
        ]

    def _forget_asked(self, turn: _Turn) -> str | None:
        """Return the token of the confirmation she was asked for, if it is still open."""
        member = turn.member
        if (
            member is not None
            and member.pending is not None
            and member.pending.startswith("forget:")
            and member.pending_until is not None
            and member.pending_until > turn.now
        ):
            return member.pending.removeprefix("forget:")
        return None

    async def _forget_no(self, turn: _Turn, value: str) -> list[Reply]:
        if self._forget_asked(turn) is not None:
            self._update(turn, pending=None, pending_until=None)
        return [self._say(turn, "forget.kept")]

    async def _forget_yes(self, turn: _Turn, token: str) -> list[Reply]:
        if self._forget_asked(turn) != token:
            return [self._say(turn, "error.button_expired")]
        await turn.tx.forget_member(turn.event.platform, turn.event.user_id)
        turn.member = None
        turn.scrub = True
        return [self._say(turn, "forget.done")]

    # --- crisis resources anywhere -----------------------------------------------------

    async def _crisis_button(self, turn: _Turn, what: str) -> list[Reply]:
        """Answer a crisis reply's buttons: another grounding step, or the lines."""
        if what == "ground":
            return await self._grounding_again(turn)
        if what == "other":
            return await self._crisis_reply(turn, Tier.OTHER)
        return await self.on_helpnow(turn)

    async def on_helpnow(self, turn: _Turn) -> list[Reply]:
        """Show crisis lines and a grounding step, in private and in groups."""
        if not turn.event.is_private:
            return await self._group_crisis(turn, "crisis.resources")
        follow = self._crisis_tier(turn) if self._in_crisis(turn) else None
        return await self._crisis_reply(turn, Tier.CRISIS, intro="crisis.resources", follow=follow)


def _opening(assessment: Assessment) -> str:
    """Choose how a check-in begins: a loss to suicide, a past attempt, or a faint sign."""
    if "died" in assessment.signs:
        return "crisis.checkin.loss"
    if assessment.signs - {"faint"}:
        return "crisis.checkin.past"
    return "crisis.checkin.faint"


def _on_off(value: str) -> bool | None:
    folded = value.strip().lower()
    if folded in ("on", "yes", "true", "1"):
        return True
    if folded in ("off", "no", "false", "0"):
        return False
    return None


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


_Handler = Callable[[_Turn], Awaitable[list[Reply]]]  # a command's
_Pressed = Callable[[_Turn, str], Awaitable[list[Reply]]]  # a button's, given its value
