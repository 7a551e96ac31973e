"""Core replies as Discord messages: markdown in parts of at most 2,000 characters, buttons.

What people typed reaches a reply already escaped for the neutral markup; here each literal
run of text is escaped again for Discord's markdown, and mentions are broken (``@everyone``
typed by a member reads as text); a role or a channel the core names by its id is shown as
Discord's mention of it. Every message is also sent with ``allowed_mentions`` set
to nothing, so no text can ping anyone even if escaping missed it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from discord.utils import escape_markdown, escape_mentions

from core import markup
from core.model import Reply

MESSAGE_LIMIT = 2000
CUSTOM_ID_LIMIT = 100
LABEL_LIMIT = 80
BUTTONS_PER_ROW = 5
ROWS_LIMIT = 5
NO_MENTIONS: dict[str, Any] = {"parse": []}
BROADCASTS = frozenset({"daily", "topic"})
MENTION_FORMS = {"role": "<@&{}>", "channel": "<#{}>"}  # never a ping: allowed_mentions is none


@dataclass(frozen=True)
class Message:
    """One Discord message to send: markdown content and, on the last part, its buttons."""

    content: str
    components: tuple[dict[str, Any], ...] = ()
    discussion: bool = False  # a daily post's last part: a server opens its thread on it

    def payload(self) -> dict[str, Any]:
        """The JSON body of a message with this content (no pings)."""
        body: dict[str, Any] = {"content": self.content, "allowed_mentions": NO_MENTIONS}
        if self.components:
            body["components"] = list(self.components)
        return body


def clean(text: str) -> str:
    """Make text sendable: a lone surrogate becomes U+FFFD."""
    try:
        text.encode()
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def literal(text: str) -> str:
    """Escape text so Discord shows it as typed: no markdown, no mention."""
    return escape_mentions(escape_markdown(text))


def to_markdown(text: str) -> str:
    """Render neutral markup as Discord markdown (a phone number stays plain text)."""
    out = []
    for span in markup.parse(text):
        if span.code:
            body = span.text.replace("```", "`\u200b``")
            out.append(f"```\n{body}\n```")
            continue
        shown = literal(span.text)
        kind, _, ident = (span.link or "").partition(":")
        if kind in MENTION_FORMS:  # our own id, never her words: shown by its current name
            shown = MENTION_FORMS[kind].format(ident)
        elif span.link and not span.link.startswith("tel:"):
            shown = f"[{shown}](<{span.link}>)"
        out.append(f"**{shown}**" if span.bold and shown.strip() else shown)
    return "".join(out)


def split_markdown(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Render text as parts no longer than `limit`, cut at paragraph boundaries."""
    pieces = (piece[:limit] for block in text.split("\n\n") for piece in _fit(block, limit))
    return markup.pack(pieces, limit)


def _fit(block: str, limit: int) -> list[str]:
    """Render one paragraph as pieces that fit `limit` once rendered (escaping grows text)."""
    budget = limit
    while True:
        pieces = markup.split_paragraphs(block, budget) if block else [""]
        rendered = [to_markdown(p) for p in pieces]
        if all(len(r) <= limit for r in rendered) or budget < 50:
            return rendered
        budget = budget * 3 // 4


def components(reply: Reply, bot_id: str) -> tuple[dict[str, Any], ...]:
    """Build the rows of buttons for a reply's choices and its private-chat link."""
    buttons: list[dict[str, Any]] = []
    for choice in reply.choices:
        if len(choice.action) > CUSTOM_ID_LIMIT:
            raise ValueError(f"custom_id over {CUSTOM_ID_LIMIT} characters: {choice.action}")
        label = clean(choice.label)[:LABEL_LIMIT]
        buttons.append({"type": 2, "style": 2, "label": label, "custom_id": choice.action})
    if reply.private_link:
        label = clean(reply.link_label or "Holdspace")[:LABEL_LIMIT]
        url = f"https://discord.com/users/{bot_id}"
        buttons.append({"type": 2, "style": 5, "label": label, "url": url})
    rows = [
        {"type": 1, "components": buttons[i : i + BUTTONS_PER_ROW]}
        for i in range(0, len(buttons), BUTTONS_PER_ROW)
    ]
    return tuple(rows[:ROWS_LIMIT])


@functools.lru_cache(maxsize=512)
def _parts(text: str) -> tuple[str, ...]:
    """Split and render a broadcast text once: a daily post goes to many channels."""
    return tuple(split_markdown(text))


def messages(reply: Reply, bot_id: str) -> list[Message]:
    """Render one reply as the Discord messages that carry it (buttons on the last)."""
    text = clean(reply.text)
    if reply.attachment is not None:
        text = f"{text}\n\n{markup.code_block(clean(reply.attachment.content))}"
    parts = _parts(text) if reply.kind in BROADCASTS else tuple(split_markdown(text))
    rows = components(reply, bot_id)
    last = len(parts) - 1
    daily = reply.kind == "daily"
    return [
        Message(part, rows if i == last else (), discussion=daily and i == last)
        for i, part in enumerate(parts)
    ]
