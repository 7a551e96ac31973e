"""The neutral markup replies are written in, shared by every renderer.

Text is plain, paragraphs are separated by blank lines, and four things are marked:
``**bold**``, fenced code blocks (a line of three backticks opens and closes one), links
``[label](target)`` whose target is a web address (``https://…``), a phone number
(``tel:+44116123``) or a server's role or channel (``role:123``, ``channel:123``, on a
platform that has them), and backslash escapes (``\\*``, ``\\\\``, ``\\```, ``\\[``,
``\\]``) for characters that would otherwise mark. Write links with `link`, `phone` and
`mention`, never by hand. Anything a person typed must pass through `escape` before it goes
into a reply.

Each renderer shows a link as its platform allows: a tappable link where it can (Discord
shows a role or a channel by its current name), otherwise the label (which is always
readable on its own: the number, the address itself, or the id).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

_SPECIAL = re.compile(r"([\\*`\[\]])")
_ESCAPABLE = "\\*`[]"
# What a link may point to: a web address without spaces or parentheses, a number to dial,
# or a server's role or channel by its id.
_TARGET_TEXT = r"(?:https?://[^\s()<>\"]+|tel:\+?[0-9*#]+|(?:role|channel):[0-9]{1,20})"
_TARGET = re.compile(_TARGET_TEXT)
_DIALABLE = re.compile(r"[^0-9*#+]")
_LINK = re.compile(r"\[(?:\\.|[^\]\n\\])+\]\(" + _TARGET_TEXT + r"\)")
MENTIONS = ("role", "channel")  # what `mention` may name


def escape(text: str) -> str:
    """Escape user-supplied text so that it reads literally in the neutral markup."""
    return _SPECIAL.sub(r"\\\1", text)


def is_link_target(target: str) -> bool:
    """Tell whether a string may be the target of a link (a web address or tel: number)."""
    return _TARGET.fullmatch(target) is not None


def link(url: str, label: str | None = None) -> str:
    """Mark a web address as a link; its label is the address without the scheme."""
    if not is_link_target(url) or not url.startswith("http"):
        raise ValueError(f"not a web address: {url!r}")
    shown = label if label is not None else url.split("://", 1)[1].rstrip("/")
    return f"[{escape(shown)}]({url})"


def phone(number: str) -> str:
    """Mark a phone number (as people write it, "116 123") so a platform may dial it."""
    digits = _DIALABLE.sub("", number)
    if not digits.strip("+"):
        raise ValueError(f"not a phone number: {number!r}")
    return f"[{escape(number)}](tel:{digits})"


def mention(kind: str, ident: str) -> str:
    """Mark a server's role or channel by its id, so a platform that has them names it."""
    if kind not in MENTIONS or not is_link_target(f"{kind}:{ident}"):
        raise ValueError(f"not a {kind} id: {ident!r}")
    return f"[{ident}]({kind}:{ident})"


@dataclass(frozen=True)
class Span:
    """A run of literal text; `bold`, `code` or `link` tells how to show it."""

    text: str
    bold: bool = False
    code: bool = False
    link: str | None = None  # "https://…", "tel:…", "role:…", "channel:…": where it leads


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
        if ch == "\\" and i + 1 < n and text[i + 1] in _ESCAPABLE:
            buf.append(text[i + 1])
            i += 2
            at_line_start = False
            continue
        if ch == "[":
            found = _link_at(text, i)
            if found is not None:
                label, target, i = found
                if buf:
                    yield Span("".join(buf), bold=bold)
                    buf = []
                yield Span(label, bold=bold, link=target)
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


def _link_at(text: str, start: int) -> tuple[str, str, int] | None:
    """Read ``[label](target)`` at `start`: the label, the target and where it ends."""
    label: list[str] = []
    i = start + 1
    n = len(text)
    while i < n and text[i] not in "]\n":
        if text[i] == "\\" and i + 1 < n and text[i + 1] in _ESCAPABLE:
            label.append(text[i + 1])
            i += 2
            continue
        label.append(text[i])
        i += 1
    if i >= n or text[i] != "]" or not text.startswith("(", i + 1) or not label:
        return None
    close = text.find(")", i + 2)
    if close == -1:
        return None
    target = text[i + 2 : close]
    if not is_link_target(target):
        return None
    return "".join(label), target, close + 1


def code_block(text: str, language: str = "") -> str:
    """Fence text as a code block; it must hold no line that starts with three backticks."""
    if text.startswith("```") or "\n```" in text:
        raise ValueError("a code block cannot hold a line of backticks")
    return f"```{language}\n{text}\n```"


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
            cut = _outside_links(para, para.rfind("\n", 0, limit))
            if cut <= 0:
                cut = _outside_links(para, para.rfind(" ", 0, limit))
            if cut <= 0:
                cut = limit
            pieces.append(para[:cut].rstrip())
            para = para[cut:].lstrip()
        current = para
    if current:
        pieces.append(current)
    return pieces


def pack(pieces: Iterable[str], limit: int) -> list[str]:
    """Join rendered pieces into as few parts as fit `limit`, a blank line between two pieces
    of one part, in order (each piece must fit alone; the renderer has cut it to fit)."""
    parts: list[str] = []
    current = ""
    for piece in pieces:
        joined = f"{current}\n\n{piece}" if current else piece
        if len(joined) <= limit:
            current = joined
        else:
            parts.append(current)
            current = piece
    if current or not parts:
        parts.append(current)
    return parts


def _outside_links(text: str, cut: int) -> int:
    """Move a cut that would fall inside a link to just before the link."""
    for match in _LINK.finditer(text):
        if match.start() < cut < match.end():
            return match.start()
    return cut
