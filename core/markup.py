"""The neutral markup replies are written in, shared by every renderer.

Text is plain, paragraphs are separated by blank lines, and three things are marked:
``**bold**``, fenced code blocks (a line of three backticks opens and closes one), and
backslash escapes (``\\*``, ``\\\\``, ``\\```) for characters that would otherwise mark.
Anything a person typed must pass through `escape` before it goes into a reply.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_SPECIAL = re.compile(r"([\\*`])")


def escape(text: str) -> str:
    """Escape user-supplied text so that it reads literally in the neutral markup."""
    return _SPECIAL.sub(r"\\\1", text)


@dataclass(frozen=True)
class Span:
    """A run of literal text; `bold` or `code` tells how to show it."""

    text: str
    bold: bool = False
    code: bool = False


def parse(text: str) -> Iterator[Span]:
    """Split marked-up text into literal spans, in order."""
    buf: list[str] = []
    bold = False
    i = 0
    n = len(text)
    at_line_start = True
    while i < n:
        if at_line_start and text.startswith("```", i):
            end_of_fence_line = text.find("\n", i)
            if end_of_fence_line == -1:
                end_of_fence_line = n
            close = text.find("\n```", end_of_fence_line)
            if close != -1:
                if buf:
                    yield Span("".join(buf), bold=bold)
                    buf = []
                yield Span(text[end_of_fence_line + 1 : close], code=True)
                i = close + 4
                line_end = text.find("\n", i)
                i = n if line_end == -1 else line_end
                at_line_start = False
                continue
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] in "\\*`":
            buf.append(text[i + 1])
            i += 2
            at_line_start = False
            continue
        if text.startswith("**", i):
            if buf:
                yield Span("".join(buf), bold=bold)
                buf = []
            bold = not bold
            i += 2
            at_line_start = False
            continue
        buf.append(ch)
        at_line_start = ch == "\n"
        i += 1
    if buf:
        yield Span("".join(buf), bold=bold)


def plain(text: str) -> str:
    """Return the text with all marking removed."""
    return "".join(span.text for span in parse(text))


def split_paragraphs(text: str, limit: int) -> list[str]:
    """Split marked-up text into pieces no longer than `limit`, at paragraph boundaries.

    A paragraph longer than the limit is cut at a line break, then at a space, then hard.
    Lengths are measured on the marked-up text; renderers that grow text (HTML escaping)
    pass a smaller limit.
    """
    pieces: list[str] = []
    current = ""
    for para in text.split("\n\n"):
        candidate = para if not current else f"{current}\n\n{para}"
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(current)
        current = ""
        while len(para) > limit:
            cut = para.rfind("\n", 0, limit)
            if cut <= 0:
                cut = para.rfind(" ", 0, limit)
            if cut <= 0:
                cut = limit
            pieces.append(para[:cut].rstrip())
            para = para[cut:].lstrip()
        current = para
    if current:
        pieces.append(current)
    return pieces
