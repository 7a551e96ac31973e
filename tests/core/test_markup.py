"""The neutral markup: escaping, parsing and splitting."""

from __future__ import annotations

from core import markup


def test_escape_round_trips_through_plain() -> None:
    tricky = "a *star*, **bold**, `tick`, back\\slash and ```fence```"
    assert markup.plain(markup.escape(tricky)) == tricky


def test_parse_marks_bold_and_code() -> None:
    spans = list(markup.parse("hi **there**\n```\ncode *x*\n```\nend"))
    assert markup.Span("there", bold=True) in spans
    assert markup.Span("code *x*", code=True) in spans
    assert spans[-1].text.endswith("end")


def test_split_keeps_paragraphs_whole_when_they_fit() -> None:
    text = "\n\n".join(["a" * 30, "b" * 30, "c" * 30])
    pieces = markup.split_paragraphs(text, 70)
    assert pieces == ["a" * 30 + "\n\n" + "b" * 30, "c" * 30]


def test_split_cuts_long_paragraphs_at_spaces() -> None:
    text = " ".join(["word"] * 100)
    pieces = markup.split_paragraphs(text, 50)
    assert all(len(p) <= 50 for p in pieces)
    assert " ".join(pieces).split() == text.split()


def test_split_hard_cuts_unbroken_text() -> None:
    pieces = markup.split_paragraphs("x" * 120, 50)
    assert [len(p) for p in pieces] == [50, 50, 20]


def test_links_and_phone_numbers() -> None:
    text = f"call {markup.phone('0800 111 0 111')} or see {markup.link('https://www.113.nl/')}"
    spans = list(markup.parse(text))
    assert markup.Span("0800 111 0 111", link="tel:08001110111") in spans
    assert markup.Span("www.113.nl", link="https://www.113.nl/") in spans
    assert markup.plain(text) == "call 0800 111 0 111 or see www.113.nl"
    assert markup.plain(markup.phone("*4141")) == "*4141"
    assert list(markup.parse(f"**{markup.phone('+44 116 123')}**")) == [
        markup.Span("+44 116 123", bold=True, link="tel:+44116123")
    ]


def test_a_role_or_channel_is_named_by_its_id() -> None:
    import pytest

    text = f"ask {markup.mention('role', '42')} in {markup.mention('channel', '7')}"
    assert list(markup.parse(text))[1] == markup.Span("42", link="role:42")
    assert markup.plain(text) == "ask 42 in 7"
    for kind, ident in (("role", "keepers"), ("user", "42"), ("channel", "")):
        with pytest.raises(ValueError):
            markup.mention(kind, ident)
    with pytest.raises(ValueError):
        markup.link("role:42")
    assert all(s.link is None for s in markup.parse(markup.escape("[x](role:1)")))


def test_pack_joins_pieces_into_as_few_parts_as_fit() -> None:
    assert markup.pack(["aa", "bb", "cc"], 6) == ["aa\n\nbb", "cc"]
    assert markup.pack(["abc", "", "d"], 3) == ["abc", "d"]
    assert markup.pack([], 10) == [""]


def test_typed_brackets_never_make_a_link() -> None:
    for typed in ("[x](https://example.org)", "[a] and [b](tel:1)", "[x](javascript:alert(1))"):
        spans = list(markup.parse(markup.escape(typed)))
        assert all(s.link is None for s in spans) and markup.plain(markup.escape(typed)) == typed
    # half-written or unsafe targets read as text even when not escaped
    for text in ("[x](javascript:1)", "[x](https://a b)", "[x](https://a", "[](https://a.b)"):
        assert all(s.link is None for s in markup.parse(text)), text


def test_link_and_phone_refuse_what_they_cannot_mark() -> None:
    import pytest

    with pytest.raises(ValueError):
        markup.link("www.example.org")
    with pytest.raises(ValueError):
        markup.phone("call us")


def test_split_never_cuts_inside_a_link() -> None:
    text = "word " * 8 + markup.phone("0800 111 0 111") + " end"
    for limit in range(40, len(text)):  # the link itself is 33 characters
        pieces = markup.split_paragraphs(text, limit)
        assert markup.plain(" ".join(pieces)).split() == markup.plain(text).split(), limit
