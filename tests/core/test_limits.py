"""The per-member limit: a burst gets one gentle notice, then quiet; crisis always through."""

from __future__ import annotations

from core.clock import FakeClock
from core.content import Library
from core.conversation import Holdspace
from core.limits import BURST, QUIET_SECONDS, REFILL_SECONDS, MemberLimit, Verdict
from core.model import ChatKind, Event
from core.storage import Storage
from tests.core.conftest import Talk


def _text(text: str, user: str = "ann", chat: str | None = None) -> Event:
    kind = ChatKind.GROUP if chat else ChatKind.PRIVATE
    return Event("test", chat or user, user, kind, text=text)


def test_a_burst_gets_one_notice_then_quiet_then_answers_again() -> None:
    now = [0.0]
    limit = MemberLimit(now=lambda: now[0])
    verdicts = [limit.check(_text(f"line {n}")) for n in range(BURST + 5)]
    assert verdicts == [Verdict.ANSWER] * BURST + [Verdict.NOTICE] + [Verdict.QUIET] * 4
    assert limit.check(_text("someone else", user="rosa")) is Verdict.ANSWER  # hers only
    now[0] += QUIET_SECONDS - 1
    assert limit.check(_text("still resting")) is Verdict.QUIET  # time refilled, still quiet
    now[0] += 1
    assert [limit.check(_text(f"back {n}")) for n in range(BURST)] == [Verdict.ANSWER] * BURST


def test_a_steady_pace_is_never_limited() -> None:
    now = [0.0]
    limit = MemberLimit(now=lambda: now[0])
    for n in range(200):
        now[0] += REFILL_SECONDS
        assert limit.check(_text(f"line {n}")) is Verdict.ANSWER


def test_crisis_language_helpnow_and_crisis_buttons_always_go_through() -> None:
    limit = MemberLimit(now=lambda: 0.0)
    for n in range(BURST):
        limit.check(_text(f"line {n}"))
    always = [
        _text("I don't want to be alive anymore"),
        _text("I wish I was dead"),
        Event("test", "ann", "ann", command="helpnow", text="/helpnow"),
        Event("test", "ann", "ann", action="crisis:lines"),
        Event("test", "ann", "ann", action="cmd:helpnow"),
        Event(
            "test",
            "ann",
            "ann",
            command="reframe",
            args="I want to die",
            text="/reframe I want to die",
        ),
    ]
    assert [limit.check(e) for e in always] == [Verdict.ANSWER] * len(always)
    assert limit.check(_text("and one more")) is Verdict.NOTICE  # the notice is still owed
    assert [limit.check(e) for e in always] == [Verdict.ANSWER] * len(always)  # in the quiet


def test_the_check_in_and_the_links_from_a_group_crisis_reply_go_through_too() -> None:
    limit = MemberLimit(now=lambda: 0.0)
    for n in range(BURST + 1):
        limit.check(_text(f"line {n}"))  # the burst, then the notice: she is in the quiet
    always = [
        Event("test", "ann", "ann", action="checkin:yes"),
        Event("test", "ann", "ann", action="checkin:unsure"),
        Event("test", "ann", "ann", command="start", args="checkin", text="/start checkin"),
        Event("test", "ann", "ann", command="start", args="helpnow", text="/start helpnow"),
    ]
    assert [limit.check(e) for e in always] == [Verdict.ANSWER] * len(always)
    plain_start = Event("test", "ann", "ann", command="start", text="/start")
    assert limit.check(plain_start) is Verdict.QUIET


async def test_the_core_says_it_once_in_private_and_never_in_a_group(
    library: Library, storage: Storage, clock: FakeClock
) -> None:
    app = Holdspace(library, storage, clock, limit=MemberLimit(now=lambda: 0.0))
    talk = Talk(app)
    await talk("/language es")
    answered = [await talk(f"palabra {n}") for n in range(BURST - 1)]
    assert all(answered)
    [notice] = await talk("otra más")
    assert notice.text == library.text("error.too_many", "es")  # in the language she chose
    assert await talk("/settings") == []
    [crisis] = await talk("I want to die")
    assert crisis.kind == "crisis"
    for _ in range(BURST):
        await talk("/help", user="rosa", group="circle")
    assert await talk("/help", user="rosa", group="circle") == []  # a group is not told


async def test_she_is_answered_however_fast_she_writes_while_in_crisis(
    library: Library, storage: Storage, clock: FakeClock
) -> None:
    app = Holdspace(library, storage, clock, limit=MemberLimit(now=lambda: 0.0))
    talk = Talk(app)
    [crisis] = await talk("I want to die")
    assert crisis.kind == "crisis"
    after = [await talk(f"i dont know what to do {n}") for n in range(2 * BURST)]
    assert all(r and r[0].kind == "crisis" for r in after)  # the follow-up, every time
    for n in range(BURST):
        await talk(f"hello {n}", user="rosa")
    [notice] = await talk("and again", user="rosa")  # another member is still limited
    assert notice.text == library.text("error.too_many", "en")
