"""Crisis messages through the real python-telegram-bot, in English, Spanish and German.

Each message gets its tier's reply (acute, crisis, check-in, someone else at risk) in the
language of her Telegram app, with the lines of the country its region names. The messages
are the ones the detector is to classify; where it does not yet, the case is marked as
waiting for that language's lexicon, and the same reply is checked with the tier given.
"""

from __future__ import annotations

from typing import Any

import pytest

from core import markup
from core.content import Library
from core.features import crisis as support
from core.safety import Assessment, Tier, assess
from tests.bots.telegram.conftest import Driver, buttons, text

ANN = 301

MESSAGES = {
    "en": {
        Tier.ACUTE: "I took all my pills an hour ago",
        Tier.CRISIS: "I want to die",
        Tier.CHECKIN: "Years ago I tried to kill myself, I'm better now",
        Tier.OTHER: "my son texted that he wants to kill himself",
    },
    "es": {
        Tier.ACUTE: "me tomé todas las pastillas hace una hora",
        Tier.CRISIS: "quiero morirme",
        Tier.CHECKIN: "hace años intenté quitarme la vida, ahora estoy bien",
        Tier.OTHER: "mi hijo me escribió que se quiere matar",
    },
    "de": {
        Tier.ACUTE: "ich habe gerade alle tabletten genommen",
        Tier.CRISIS: "ich will nicht mehr leben",
        Tier.CHECKIN: (
            "vor vielen jahren habe ich versucht mir das leben zu nehmen, heute geht es mir gut"
        ),
        Tier.OTHER: "mein sohn hat geschrieben dass er sich umbringen will",
    },
}
# Her Telegram app's language, and what its region's lines look like.
PLATFORM = {"en": "en-GB", "es": "es-MX", "de": "de-DE"}
LINES = {
    "en": ("Samaritans", "116 123", "Shout", "85258"),
    "es": ("Línea de la Vida", "800 911 2000"),
    "de": ("TelefonSeelsorge", "0800 111 0 111", "116 123"),
}
EMERGENCY = {"en": "999 or 112", "es": "911", "de": "112"}
SIGNS = {
    Tier.ACUTE: {"attempt"},
    Tier.CRISIS: {"wish_dead"},
    Tier.CHECKIN: {"attempt"},
    Tier.OTHER: {"thoughts"},
}


def plain(library: Library, key: str, locale: str, **params: object) -> str:
    return markup.plain(library.text(key, locale, **params))


def _cases(*, given: bool) -> list[Any]:
    cases = []
    for language, messages in MESSAGES.items():
        for tier, message in messages.items():
            marks = []
            if not given:
                waiting = assess(message).tier is not tier
                reason = f"detector lexicon for {language} pending"
                marks.append(pytest.mark.xfail(waiting, reason=reason, strict=False))
            cases.append(pytest.param(language, tier, id=f"{language}-{tier}", marks=marks))
    return cases


async def _check_reply(bot: Driver, library: Library, language: str, tier: Tier) -> None:
    message = MESSAGES[language][tier]
    [reply] = await bot.say(ANN, message, language=PLATFORM[language])
    shown = text(reply)
    data = [b.get("callback_data") for b in buttons(reply)]

    def say(key: str, **params: object) -> str:
        return plain(library, key, language, **params)

    if tier is Tier.CHECKIN:
        assert shown.startswith(say("crisis.checkin.past")), shown
        assert say("crisis.checkin.ask") in shown and "/helpnow" in shown
        assert not any(number in shown for number in LINES[language]), shown  # no numbers yet
        assert data == ["checkin:yes", "checkin:before", "checkin:no", "checkin:unsure"]
        [reply] = await bot.press(ANN, ANN, reply, "checkin:yes")
        shown = text(reply)
        assert shown.startswith(say("crisis.checkin.answer_yes")), shown
    elif tier is Tier.ACUTE:
        first = say("crisis.acute.call", numbers=EMERGENCY[language])
        assert shown.startswith(first), shown  # the emergency number comes first
        assert shown.index(say("crisis.acute.lines")) < shown.index(say("crisis.acute.ground"))
        assert data == ["crisis:ground", "crisis:lines"]
    elif tier is Tier.OTHER:
        assert shown.startswith(say("crisis.other.first")), shown
        assert say("crisis.other.danger", numbers=EMERGENCY[language]) in shown
        assert say("crisis.other.how") in shown
        assert data == ["crisis:ground", "crisis:other"]
    else:
        assert shown.startswith(say("crisis.first")), shown
        assert say("crisis.emergency", numbers=EMERGENCY[language]) in shown
        assert data == ["crisis:ground", "crisis:lines"]
    for part in LINES[language]:
        assert part in shown, (part, shown)
    if tier is not Tier.ACUTE:
        assert "findahelpline.com" in shown
    links = [e["url"] for e in reply.result.get("entities", []) if e["type"] == "text_link"]
    assert all(url.startswith("https://") for url in links), links
    assert "tel:" not in reply.params["text"]  # Telegram's HTML takes no tel: links
    if tier is not Tier.ACUTE:  # the directories are links
        assert "https://findahelpline.com" in links


@pytest.mark.parametrize(("language", "tier"), _cases(given=False))
async def test_a_crisis_message_gets_its_tier_in_her_language(
    bot: Driver, library: Library, language: str, tier: Tier
) -> None:
    await _check_reply(bot, library, language, tier)


@pytest.mark.parametrize(("language", "tier"), _cases(given=True))
async def test_each_tiers_reply_in_her_language_with_the_tier_given(
    bot: Driver, library: Library, language: str, tier: Tier, monkeypatch: pytest.MonkeyPatch
) -> None:
    message = MESSAGES[language][tier]
    given = Assessment(tier, frozenset(SIGNS[tier]), language)
    monkeypatch.setattr(support, "assess", lambda t: given if t == message else assess(t))
    await _check_reply(bot, library, language, tier)


async def test_a_crisis_in_a_group_command_is_answered_for_everyone(
    bot: Driver, library: Library
) -> None:
    group = -100900
    bot.fake.add_group(group, "Circle", owner_id=ANN)
    [reply] = await bot.say_in_group(group, ANN, "/help I want to die")
    shown = text(reply)
    assert shown.startswith(plain(library, "crisis.group", "en"))
    url = f"https://t.me/{bot.fake.bot_username}?start=helpnow"
    assert {"text": plain(library, "crisis.private_link", "en"), "url": url} in buttons(reply)
    welcome, *_ = await bot.say(ANN, "/start helpnow")
    assert text(welcome).startswith(plain(library, "crisis.resources", "en"))
