"""Core replies as Telegram messages: HTML text in parts of at most 4096, inline keyboards."""

from __future__ import annotations

import functools
import html
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from core import markup
from core.model import Reply

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64


@dataclass(frozen=True)
class Document:
    """A file sent whole with a message (sendDocument)."""

    filename: str
    data: bytes


@dataclass(frozen=True)
class Message:
    """One Telegram message to send: HTML text and, on the last part, the keyboard.

    With a `document`, it is a file and `html` its caption.
    """

    html: str
    keyboard: InlineKeyboardMarkup | None = None
    document: Document | None = None


def clean(text: str) -> str:
    """Make text sendable: a lone UTF-16 surrogate (from a malformed update) becomes U+FFFD.

    Python keeps such a surrogate in a str, but it cannot be encoded as UTF-8, so a request
    carrying it would fail on every attempt. A valid pair written as two escapes is joined.
    """
    try:
        text.encode()
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def to_html(text: str) -> str:
    """Render neutral markup as Telegram HTML, escaping every character that needs it.

    Web links become ``<a href>``. Telegram's HTML takes no ``tel:`` links, so a phone
    number stays plain text, written as the service writes it (Telegram's apps offer to
    call or copy a number they recognise; a link would be refused with the whole message).
    A server's role or channel (Discord's) has no place here: its label stays as it is.
    """
    out = []
    for span in markup.parse(text):
        escaped = html.escape(span.text, quote=False)
        if span.code:
            out.append(f"<pre>{escaped}</pre>")
            continue
        if span.link and span.link.startswith("http"):
            escaped = f'<a href="{html.escape(span.link, quote=True)}">{escaped}</a>'
        out.append(f"<b>{escaped}</b>" if span.bold else escaped)
    return "".join(out)


def _blocks(text: str) -> list[str]:
    """Split marked-up text into paragraphs, keeping each code block whole as one block."""
    blocks: list[str] = []
    lines = text.split("\n")
    i = 0
    paragraph: list[str] = []
    while i < len(lines):
        if lines[i].startswith("```"):
            end = next((j for j in range(i + 1, len(lines)) if lines[j].startswith("```")), None)
            if end is not None:
                if paragraph:
                    blocks.append("\n".join(paragraph))
                    paragraph = []
                blocks.append("\n".join(lines[i : end + 1]))
                i = end + 1
                continue
        if lines[i] == "" and paragraph:
            blocks.append("\n".join(paragraph))
            paragraph = []
        elif lines[i] != "":
            paragraph.append(lines[i])
        i += 1
    if paragraph:
        blocks.append("\n".join(paragraph))
    return blocks


def _fit(block: str, limit: int) -> list[str]:
    """Cut one block into pieces whose HTML fits the limit (code stays fenced in each piece)."""
    if len(to_html(block)) <= limit:
        return [block]
    if block.startswith("```"):
        body = block.split("\n")[1:-1]
        pieces: list[str] = []
        current: list[str] = []
        for line in body:
            candidate = ["```", *current, line, "```"]
            if current and len(to_html("\n".join(candidate))) > limit:
                pieces.append("\n".join(["```", *current, "```"]))
                current = []
            current.append(line[: limit // 2])
        if current:
            pieces.append("\n".join(["```", *current, "```"]))
        return pieces
    budget = limit
    while True:
        pieces = markup.split_paragraphs(block, budget)
        if all(len(to_html(p)) <= limit for p in pieces):
            return pieces
        budget = budget * 3 // 4


def split_html(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Render text as HTML parts no longer than `limit`, split at paragraph boundaries."""
    pieces = (to_html(piece) for block in _blocks(text) for piece in _fit(block, limit))
    return markup.pack(pieces, limit)


def keyboard(reply: Reply, bot_username: str) -> InlineKeyboardMarkup | None:
    """Build the inline keyboard for a reply's choices and its private-chat link."""
    rows = []
    for choice in reply.choices:
        if len(choice.action.encode()) > CALLBACK_DATA_LIMIT:
            raise ValueError(f"callback data over {CALLBACK_DATA_LIMIT} bytes: {choice.action}")
        rows.append([InlineKeyboardButton(clean(choice.label), callback_data=choice.action)])
    if reply.private_link:
        url = f"https://t.me/{bot_username}?start={reply.private_link}"
        rows.append([InlineKeyboardButton(clean(reply.link_label or bot_username), url=url)])
    return InlineKeyboardMarkup(rows) if rows else None


BROADCASTS = frozenset({"daily", "topic"})  # content only, the same text to many chats


@functools.lru_cache(maxsize=512)
def _parts(text: str) -> tuple[str, ...]:
    """Split and render a broadcast text once: a daily post sends each prompt to many chats."""
    return tuple(split_html(text))


def messages(reply: Reply, bot_username: str) -> list[Message]:
    """Render one reply as the Telegram messages that carry it.

    An attachment is shown in a code block when it fits one message with the text, and is
    otherwise a document, whole (a message would cut it). Only broadcasts are cached: a
    reply to one member (her data, her own words) is never kept in memory after it went.
    Text that cannot be encoded (the reply's and the attachment's) is cleaned first.
    """
    board = keyboard(reply, bot_username)
    text = clean(reply.text)
    attachment = reply.attachment
    if attachment is not None:
        content = clean(attachment.content)
        inline = f"{text}\n\n{markup.code_block(content)}"
        html = to_html(inline)
        if len(html) <= MESSAGE_LIMIT:
            return [Message(html, board)]
        document = Document(attachment.filename, content.encode())
        parts = tuple(split_html(text))
        if len(parts) == 1 and len(parts[0]) <= CAPTION_LIMIT:
            return [Message(parts[0], board, document)]
        return [*(Message(part) for part in parts), Message("", board, document)]
    parts = _parts(text) if reply.kind in BROADCASTS else tuple(split_html(text))
    last = len(parts) - 1
    return [Message(part, board if i == last else None) for i, part in enumerate(parts)]
