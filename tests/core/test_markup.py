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
