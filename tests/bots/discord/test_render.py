"""Rendering core replies for Discord: escaping, no pings, parts of at most 2,000."""

from __future__ import annotations

import pytest

from bots.discord.render import MESSAGE_LIMIT, components, messages, split_markdown, to_markdown
from core import markup
from core.model import Choice, Reply


def test_a_role_and_a_channel_the_core_names_are_discord_mentions() -> None:
    text = f"{markup.mention('role', '42')} in {markup.mention('channel', '7')}"
    assert to_markdown(text) == "<@&42> in <#7>"
    [message] = messages(Reply(text), "1")
    assert message.payload()["allowed_mentions"] == {"parse": []}  # shown, never pinged


def test_what_she_typed_reads_as_typed_and_never_pings() -> None:
    typed = markup.escape("@everyone *look* _here_ @here ~~x~~ `code`")
    shown = to_markdown(f"**Saved:** {typed}")
    assert "@everyone" not in shown and "@here" not in shown
    assert "\\*look\\*" in shown and "\\_here\\_" in shown
    [message] = messages(Reply(f"You wrote: {typed}"), "1")
    assert message.payload()["allowed_mentions"] == {"parse": []}


def test_links_and_numbers() -> None:
    text = f"{markup.link('https://example.org/help')} {markup.phone('116 123')}"
    assert to_markdown(text) == "[example.org/help](<https://example.org/help>) 116 123"


def test_long_text_is_cut_at_paragraphs_within_the_limit() -> None:
    paragraphs = [f"Paragraph {i} " + "words " * 60 for i in range(30)]
    parts = split_markdown("\n\n".join(paragraphs))
    assert len(parts) > 1 and all(len(p) <= MESSAGE_LIMIT for p in parts)
    assert all(p.startswith("Paragraph") for p in parts)
    one = split_markdown("x" * 5000)
    assert all(len(p) <= MESSAGE_LIMIT for p in one)


def test_buttons_carry_action_ids_within_the_limits() -> None:
    reply = Reply(
        "Pick one", choices=tuple(Choice(f"Theme {i}", f"reflect:t{i}") for i in range(7))
    )
    rows = components(reply, "1")
    assert [len(r["components"]) for r in rows] == [5, 2]
    assert rows[0]["components"][0]["custom_id"] == "reflect:t0"
    with pytest.raises(ValueError):
        components(Reply("x", choices=(Choice("x", "a" * 101),)), "1")
    [last] = messages(reply, "1")
    assert last.components == rows
