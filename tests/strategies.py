"""Hypothesis strategies for what people send: words, commands, button data, core Events.

Reusable by any test that feeds the core or an adapter random input: `events()` builds core
`Event`s (an adapter's test can turn them into platform updates), `lines()` console lines.
Text includes what real clients send and what they should not: every script, emoji, control
characters and lone UTF-16 surrogates (which Telegram's JSON can carry).
"""

from __future__ import annotations

from hypothesis import strategies as st

from core.declarations import COMMANDS
from core.model import ChatKind, Event

PLATFORM = "test"
USERS = ("ann", "rosa", "mia")
GROUPS = ("circle", "forum")
LOCALES = (None, "en", "es", "de", "en-GB", "es-MX", "de-AT", "fr", "pt-BR", "xx", "")
THEMES = ("hope", "grief", "self_blame", "anger, guilt and shame")

# Every character, surrogates included (Hypothesis leaves them out unless asked), and more
# often than chance the ones that trip code: lone surrogates, NUL, direction marks, digits
# that are not 0-9, the markup's own characters, HTML's.
AWKWARD = (
    "\ud800", "\udfff", "\ud83d", "\x00", "\u202e", "\ufeff", "\u200b", "²", "١", "٣",
    "`", "*", "\\", "<", "&", "\n", "\r", "\t", "İ", "ß", "ﬁ", "🌱",
)  # fmt: skip
any_char = st.characters(exclude_categories=())
awkward_text = st.text(st.sampled_from(AWKWARD), min_size=1, max_size=6)
any_text = st.one_of(
    st.text(any_char, max_size=60),
    awkward_text,
    st.lists(st.one_of(awkward_text, st.text(any_char, max_size=8)), max_size=4).map("".join),
)
# Words a member might really type around the parsers: digits, separators, zone and day names.
_WORDS = (
    "07:30", "7.30pm", "7 am", "0730", "24:00", "23:59", "12pm", "0", "9", "-", ":", "at",
    "Europe/London", "London", "Berlin", "New York", "UTC", "Asia/Kolkata", "Etc/GMT+5",
    "mon", "tuesday", "weekdays", "weekend", "mon-fri", "fri-mon", "daily", "weekly", "sun",
    "22:00-07:00", "10pm-7am", "off", "none", "on", "yes", "2026-12-24", "2026-02-29",
    "9999-12-31", "0001-01-01", "03-14", "02-29", "13-01", "30", "2 weeks", "3 months",
    "1 year", "list", "cancel", "#12", "999999999999", "hope", "grief", "es", "de", "GB",
)  # fmt: skip
words = st.lists(st.one_of(st.sampled_from(_WORDS), any_text), max_size=5).map(" ".join)
commands = st.one_of(
    st.sampled_from(COMMANDS), st.from_regex(r"[A-Za-z0-9_]{1,12}", fullmatch=True)
)
settings_args = st.tuples(
    st.sampled_from(
        ("time", "zone", "language", "country", "journal", "journal_days", "quiet", "cadence",
         "birthday", "contact", "nonsense", "")
    ),
    words,
).map(" ".join)  # fmt: skip
# Button data: what Holdspace issues, forged variants of it, and anything at all.
actions = st.one_of(
    st.sampled_from(
        ("cmd:reflect", "cmd:reframe", "cmd:subscribe", "cmd:helpnow", "cmd:help",
         "cmd:settings", "cmd:forget", "cmd:mydata", "crisis:ground", "crisis:lines",
         "forget:no", "forget:yes:", "setup:on", "setup:off", "topic:hope", "topic:cancel:",
         "reflect:hope", "setup:themes:hope", "topic:plan:hope 2026-12-24 09:00")
    ).flatmap(lambda a: st.tuples(st.just(a), any_text).map("".join)),
    st.tuples(st.sampled_from(("cmd", "reflect", "reframe", "topic", "setup", "forget", "crisis")),
              any_text).map(":".join),
    any_text,
    st.text(any_char, min_size=60, max_size=80),
)  # fmt: skip


@st.composite
def events(draw: st.DrawFn) -> Event:
    """Draw one core event: a command, free text or a button press, in private or a group."""
    user = draw(st.sampled_from(USERS))
    group = draw(st.one_of(st.none(), st.sampled_from(GROUPS)))
    kind = draw(st.sampled_from(("command", "text", "action")))
    command, args, text, action = None, "", "", None
    if kind == "command":
        command = draw(commands)
        args = draw(settings_args if command == "settings" else words)
        text = f"/{command} {args}"
    elif kind == "text":
        text = draw(st.one_of(words, any_text))
    else:
        action = draw(actions)
    return Event(
        platform=PLATFORM,
        chat_id=group or user,
        user_id=user,
        chat_kind=ChatKind.GROUP if group else ChatKind.PRIVATE,
        command=command,
        args=args,
        text=text,
        action=action,
        locale=draw(st.sampled_from(LOCALES)),
        is_moderator=draw(st.booleans()),
        thread_id=draw(st.one_of(st.none(), st.sampled_from(("7", "x")))),
        payload=draw(st.one_of(st.none(), st.sampled_from(("subscribe", "reframe")), any_text)),
    )


@st.composite
def lines(draw: st.DrawFn) -> str:
    """Draw one console line: a header perhaps, then a command, words or a choice number."""
    header: str = draw(
        st.one_of(
            st.just(""),
            st.sampled_from(("[as=rosa] ", "[group=circle mod] ", "[lang=es] ", "[thread=3] ")),
            st.tuples(st.just("["), any_text, st.just("] ")).map("".join),
        )
    )
    body: str = draw(
        st.one_of(
            st.tuples(commands, words).map(lambda c: f"/{c[0]} {c[1]}"),
            st.tuples(st.just("/settings"), settings_args).map(" ".join),
            words,
            any_text,
            st.integers(-3, 30).map(str),
            st.sampled_from(("²", "١", "0", "00", "٣")),  # digits that are not 0-9
        )
    )
    return header + body
