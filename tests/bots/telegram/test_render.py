"""Rendering core replies for Telegram: escaping, splitting, keyboards."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from bots.telegram.render import MESSAGE_LIMIT, keyboard, messages, split_html, to_html
from core import markup
from core.model import Attachment, Choice, Reply
from tests.fakes.telegram.html import _HtmlEntities


class _Balance(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open.pop() == tag


def _valid(html_text: str) -> bool:
    checker = _Balance()
    checker.feed(html_text)
    return not checker.open and not re.search(r'<(?!/?(b|pre)>|a href="https://|/a>)', html_text)


def test_escapes_content_and_member_values() -> None:
    value = markup.escape("<script> & **not bold**")
    html_text = to_html(f"**Zone:** {value}")
    assert html_text == "<b>Zone:</b> &lt;script&gt; &amp; **not bold**"


def test_long_text_splits_at_paragraphs_into_valid_parts() -> None:
    paragraphs = [f"**Part {i}** " + "words & <more> " * 40 for i in range(40)]
    parts = split_html("\n\n".join(paragraphs))
    assert len(parts) > 1
    assert all(len(p) <= MESSAGE_LIMIT and _valid(p) for p in parts)
    assert sum(p.count("<b>Part") for p in parts) == 40
    assert all(p.startswith("<b>Part") for p in parts)


def test_code_blocks_stay_valid_across_parts() -> None:
    body = "\n".join(f'{{"entry": {i}, "text": "<kept> & safe"}}' for i in range(400))
    parts = split_html(f"Here it is.\n\n```json\n{body}\n```")
    assert len(parts) > 1
    assert all(len(p) <= MESSAGE_LIMIT and _valid(p) for p in parts)
    lines = "".join(parts).count('"entry"')
    assert lines == 400


def test_one_unbroken_word_is_cut_hard() -> None:
    parts = split_html("x" * 10_000)
    assert len(parts) == 3 and all(len(p) <= MESSAGE_LIMIT for p in parts)
    assert "".join(parts) == "x" * 10_000


def test_keyboard_and_private_link() -> None:
    reply = Reply(
        "hi", choices=(Choice("One", "cmd:reflect"),), private_link="subscribe", link_label="Open"
    )
    board = keyboard(reply, "holdspace_bot")
    assert board is not None
    rows = board.inline_keyboard
    assert rows[0][0].callback_data == "cmd:reflect"
    assert rows[1][0].url == "https://t.me/holdspace_bot?start=subscribe"


def test_callback_data_over_64_bytes_is_refused() -> None:
    with pytest.raises(ValueError, match="64 bytes"):
        keyboard(Reply("hi", choices=(Choice("x", "é" * 40),)), "bot")


def test_keyboard_only_on_the_last_part() -> None:
    reply = Reply("\n\n".join(["para " * 300] * 5), choices=(Choice("More", "cmd:reflect"),))
    rendered = messages(reply, "bot")
    assert len(rendered) > 1
    assert [m.keyboard is not None for m in rendered] == [False] * (len(rendered) - 1) + [True]


def test_a_discord_role_or_channel_stays_its_label() -> None:
    assert to_html(f"{markup.mention('role', '42')}, {markup.mention('channel', '7')}") == "42, 7"


def test_web_links_are_anchors_and_phone_numbers_stay_plain() -> None:
    text = (
        f"**Samaritans**: call {markup.phone('116 123')}; "
        f"{markup.link('https://www.samaritans.org/?a=1&b=2')}"
    )
    html_text = to_html(text)
    assert html_text == (
        "<b>Samaritans</b>: call 116 123; "
        '<a href="https://www.samaritans.org/?a=1&amp;b=2">www.samaritans.org/?a=1&amp;b=2</a>'
    )
    assert "tel:" not in html_text and _valid(html_text)
    shown, entities = _HtmlEntities(html_text).result()  # what Telegram makes of it
    assert shown == "Samaritans: call 116 123; www.samaritans.org/?a=1&b=2"
    url = "https://www.samaritans.org/?a=1&b=2"
    assert {"type": "text_link", "offset": 26, "length": 27, "url": url} in entities


def test_a_bold_link_and_typed_brackets() -> None:
    typed = markup.escape("[click](https://evil.example)")
    assert to_html(typed) == "[click](https://evil.example)"
    bold = to_html(f"**{markup.link('https://988lifeline.org')}**")
    assert bold == '<b><a href="https://988lifeline.org">988lifeline.org</a></b>'


def test_an_attachment_is_inline_when_it_fits_and_a_whole_document_when_not() -> None:
    short = Reply("Here it is.", kind="data", attachment=Attachment("d.json", '{"a": 1}'))
    [inline] = messages(short, "bot")
    assert inline.document is None and '<pre>{"a": 1}</pre>' in inline.html
    line = "x" * 3000  # one JSON line longer than half a message: a code block once cut it
    long = Reply("Here **it** is.", kind="data", attachment=Attachment("d.json", f"{line}\n{line}"))
    [file] = messages(long, "bot")
    assert file.document is not None and file.html == "Here <b>it</b> is."
    assert file.document.data.decode() == f"{line}\n{line}"
    wordy = Reply("intro " * 300, kind="data", attachment=long.attachment)
    *text_parts, last = messages(wordy, "bot")  # a caption over 1024: said first, then the file
    assert text_parts and all(m.document is None for m in text_parts)
    assert last.document is not None and last.html == ""
