"""Crisis support: every tier of `core.safety.assess` answered, in private and in groups.

Each tier has its reply (core/crisis.py writes them). In a private chat the crisis window
keeps support in front of her for a while; which reply it follows up is kept in `pending`
("crisis:acute", "crisis:other"). In a group nothing is asked in public: the lines for
everyone, and a way to talk privately. `/helpnow` and the crisis buttons work anywhere.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from core import metrics
from core.crisis import Place, Words
from core.features.common import start_choices
from core.model import Choice, Reply
from core.safety import Assessment, Tier, assess
from core.schedule import (
    zone_country,
)
from core.turn import Turn

CRISIS_WINDOW = dt.timedelta(hours=2)
_GRAVITY = {Tier.OTHER: 1, Tier.CRISIS: 2, Tier.ACUTE: 3}  # the crises a reply follows up
CHECKIN_ANSWERS = ("yes", "before", "no", "unsure")  # the buttons under the check-in question


async def crisis_check(turn: Turn, text: str) -> list[Reply] | None:
    """Answer crisis language in a message or a command's words; None when there is none."""
    assessment = assess(text)
    if assessment.tier is Tier.NONE:
        return None
    if assessment.doubted and (not turn.event.is_private or in_crisis(turn)):
        # Only a first answer in private asks about what the rules read as her crisis and
        # the model doubts: a group, or a member already in crisis, gets the crisis reply.
        assessment = dataclasses.replace(assessment, tier=Tier.CRISIS, doubted=False)
    # The learnt model alone (a middling score for her, a high one for someone else) is a
    # doubt, not a certainty: it asks, it does not alarm a group, it does not interrupt.
    doubt = assessment.signs == {"model"} and assessment.tier in (Tier.CHECKIN, Tier.OTHER)
    if doubt and answering(turn):
        # An answer to a reflection prompt speaks of pain and of her child because the
        # prompt asked about them: the model's doubt alone does not interrupt it (its crisis
        # score, and every rule, still do).
        return None
    metrics.current().crisis_reply(assessment.tier.value)
    _speak_her_language(turn, assessment)
    if not turn.event.is_private:
        if assessment.escalates and not doubt:
            acute = assessment.tier is Tier.ACUTE
            return await _group_crisis(turn, "crisis.group", acute=acute)
        return [
            Reply(
                turn.text("crisis.group_checkin"),
                private_link="checkin",
                link_label=turn.text("crisis.private_link"),
                kind="crisis",
            )
        ]
    if (assessment.tier is Tier.CHECKIN or doubt) and in_crisis(turn):
        return [await crisis_follow_up(turn)]  # already in crisis: stay with her, don't ask again
    if assessment.tier is Tier.CHECKIN:
        return await checkin(turn, _opening(assessment))
    # Already in a graver crisis (an attempt under way), her next messages stay followed up
    # as that one.
    graver = _crisis_tier(turn) if in_crisis(turn) else None
    if graver is not None and _GRAVITY.get(graver, 0) <= _GRAVITY[assessment.tier]:
        graver = None
    return await _crisis_reply(turn, assessment.tier, follow=graver)


def _speak_her_language(turn: Turn, assessment: Assessment) -> None:
    """Answer in the language she wrote in when neither she nor her platform chose one
    Holdspace speaks (a chosen language wins: all lexicons read every message)."""
    if turn.member is not None and turn.member.locale:
        return
    platform = (turn.event.locale or "").replace("_", "-").split("-")[0].lower()
    if platform in turn.library.locales:
        return
    if assessment.language in turn.library.locales:
        turn.locale = assessment.language


def answering(turn: Turn) -> bool:
    """Tell whether she is answering a reflection prompt."""
    member = turn.member
    return (
        member is not None
        and bool(member.pending and member.pending.startswith("reflect:"))
        and member.pending_until is not None
        and member.pending_until > turn.now
    )


def in_crisis(turn: Turn) -> bool:
    member = turn.member
    return (
        member is not None and member.crisis_until is not None and (member.crisis_until > turn.now)
    )


def _crisis_tier(turn: Turn) -> Tier:
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


def _enter_crisis(turn: Turn, tier: Tier | None = None) -> None:
    """Keep crisis support in front of her for a while (private chats only)."""
    if not turn.event.is_private:
        return
    until = turn.now + CRISIS_WINDOW
    if tier is None:  # a button press: keep the tier she is in
        tier = _crisis_tier(turn)
    pending = f"crisis:{tier}" if tier in (Tier.ACUTE, Tier.OTHER) else None
    turn.update(crisis_until=until, pending=pending, pending_until=pending and until)


async def _place(turn: Turn) -> Place:
    """Find whose lines to show: her setting, else her time zone, else the region of
    her platform language; in a group, the group's zone, else the platform region."""
    event = turn.event
    code: str | None = None
    if event.is_private:
        member = turn.member
        if member is not None and member.country:
            return Place(turn.library.country(member.country), member.country, "setting")
        zone = member.zone if member is not None else None
        if zone is None:
            sub = await turn.tx.subscription(event.platform, event.user_id)
            zone = sub.zone if sub is not None else None
        code = zone_country(zone)
    else:
        group = await turn.tx.group(event.platform, event.chat_id)
        code = zone_country(group.zone) if group is not None else None
    if code is not None:
        return Place(turn.library.country(code), code, "zone")
    language = (event.locale or "").replace("_", "-").split("-")
    if len(language) > 1 and len(language[1]) == 2 and language[1].isalpha():
        code = language[1].upper()
        return Place(turn.library.country(code), code, "region")
    return Place(None)


def _country_offer(turn: Turn, place: Place) -> str | None:
    """Offer once, gently, to set her country when it was not her own setting."""
    member = turn.member
    if not turn.event.is_private or member is None or member.country_offered:
        return None
    if place.source == "setting" or (place.country is None and place.code):
        return None  # her own choice, or a country with no lines: a setting would not help
    turn.update(country_offered=True)
    if place.country is None:
        return turn.text("crisis.set_country")
    return turn.text("crisis.country_guess")


def _words(turn: Turn) -> Words:
    return Words(turn.library, turn.locale)


def _grounding(turn: Turn, *, first: bool) -> str:
    exercises = turn.library.grounding(turn.locale)
    index = 0 if first else (int(turn.now.timestamp()) // 60) % len(exercises)
    return exercises[index].text


def _crisis_choices(turn: Turn, tier: Tier = Tier.CRISIS) -> tuple[Choice, ...]:
    if tier is Tier.OTHER:
        return (
            turn.choice("crisis.other.ground", "crisis:ground"),
            turn.choice("crisis.show_lines", "crisis:other"),
        )
    return (
        turn.choice("crisis.more_grounding", "crisis:ground"),
        turn.choice("crisis.show_lines", "crisis:lines"),
    )


async def _crisis_reply(
    turn: Turn, tier: Tier, *, intro: str = "crisis.first", follow: Tier | None = None
) -> list[Reply]:
    """Answer her own crisis (acute or not), or her fear for someone else, in private.

    `follow` is the tier her next messages are followed up as (the reply's own tier
    unless she is already in a graver one).
    """
    place = await _place(turn)
    words = _words(turn)
    _enter_crisis(turn, follow or tier)
    if tier is Tier.ACUTE:  # short and to the point: no offers
        return [Reply(words.acute(place), choices=_crisis_choices(turn), kind="crisis")]
    if tier is Tier.OTHER:
        text = words.other(place)
    else:
        text = words.crisis(place, intro, _grounding(turn, first=True))
    offer = _country_offer(turn, place)
    if offer:
        text += "\n\n" + offer
    return [Reply(text, choices=_crisis_choices(turn, tier), kind="crisis")]


async def _group_crisis(turn: Turn, intro: str, *, acute: bool = False) -> list[Reply]:
    place = await _place(turn)
    words = _words(turn)
    text = words.group(place, intro, _grounding(turn, first=True))
    if acute:  # an emergency, even in public: the number to call comes first
        text = words.call_now(place) + "\n\n" + text
    return [
        Reply(
            text,
            choices=_crisis_choices(turn),
            private_link="helpnow",
            link_label=turn.text("crisis.private_link"),
            kind="crisis",
        )
    ]


async def _grounding_again(turn: Turn) -> list[Reply]:
    _enter_crisis(turn)
    grounding = _grounding(turn, first=False)
    tier = _crisis_tier(turn) if turn.event.is_private else Tier.CRISIS
    if tier is Tier.ACUTE:  # the step, and still: call now
        place = await _place(turn)
        text = grounding + "\n\n" + _words(turn).follow_up_acute(place)
    else:
        text = turn.text("crisis.grounding_again", grounding=grounding)
    return [Reply(text, choices=_crisis_choices(turn, tier), kind="crisis")]


async def crisis_follow_up(turn: Turn) -> Reply:
    """Answer her next words while a crisis is recent: still here, the lines again."""
    tier = _crisis_tier(turn)
    if tier is Tier.ACUTE:
        text = _words(turn).follow_up_acute(await _place(turn))
    elif tier is Tier.OTHER:
        text = turn.text("crisis.follow_up_other")
    else:
        text = turn.text("crisis.follow_up")
    return Reply(text, choices=_crisis_choices(turn, tier), kind="crisis")


async def checkin(turn: Turn, opening: str) -> list[Reply]:
    """Ask her directly, gently, with an answer for every button, her lines beside it."""
    turn.ensure_member()
    place = await _place(turn)
    choices = tuple(
        turn.choice(f"crisis.checkin.{answer}", f"checkin:{answer}") for answer in CHECKIN_ANSWERS
    )
    return [Reply(_words(turn).checkin(place, opening), choices=choices, kind="crisis")]


async def checkin_answer(turn: Turn, answer: str) -> list[Reply]:
    """Meet every answer with warmth; "yes" and "not sure" lead to the crisis reply.

    The buttons carry no state on purpose: a "yes" pressed on an old question is still
    a "yes", and is answered as one.
    """
    if answer in ("yes", "unsure"):
        intro = f"crisis.checkin.answer_{answer}"
        return await _crisis_reply(turn, Tier.CRISIS, intro=intro)
    turn.ensure_member()
    if answer == "before":
        choice = turn.choice("choice.helpnow", "cmd:helpnow")
        return [turn.say("crisis.checkin.answer_before", choices=(choice,))]
    return [turn.say("crisis.checkin.answer_no", choices=start_choices(turn))]


async def crisis_button(turn: Turn, what: str) -> list[Reply]:
    """Answer a crisis reply's buttons: another grounding step, or the lines."""
    if what == "ground":
        return await _grounding_again(turn)
    if what == "other":
        return await _crisis_reply(turn, Tier.OTHER)
    return await on_helpnow(turn)


async def on_helpnow(turn: Turn) -> list[Reply]:
    """Show crisis lines and a grounding step, in private and in groups."""
    if not turn.event.is_private:
        return await _group_crisis(turn, "crisis.resources")
    follow = _crisis_tier(turn) if in_crisis(turn) else None
    return await _crisis_reply(turn, Tier.CRISIS, intro="crisis.resources", follow=follow)


def _opening(assessment: Assessment) -> str:
    """Choose how a check-in begins: a loss to suicide, a past attempt, or a faint sign."""
    if "died" in assessment.signs:
        return "crisis.checkin.loss"
    if assessment.signs & {"faint", "model"} or not assessment.signs:
        return "crisis.checkin.faint"
    return "crisis.checkin.past"
