"""Telegram's HTML parse mode: tags stripped, entities returned, bad markup refused."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from tests.fakes.telegram.wire import JSON, _bad_request, _utf16_len

_HTML_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}


class _HtmlEntities(HTMLParser):
    """Telegram's HTML parse mode: plain text plus MessageEntity dicts, or an error."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self._source = source
        self._line_starts = [0]
        for match in re.finditer("\n", source):
            self._line_starts.append(match.end())
        self._parts: list[str] = []
        self._length = 0
        self._stack: list[tuple[str, dict[str, str | None], int]] = []
        self.entities: list[JSON] = []
        self.error: str | None = None

    def _offset(self) -> int:
        line, column = self.getpos()
        index = self._line_starts[line - 1] + column
        return len(self._source[:index].encode())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.error:
            return
        attributes = dict(attrs)
        if tag not in _HTML_TAGS or (tag == "span" and attributes.get("class") != "tg-spoiler"):
            self.error = f'Unsupported start tag "{tag}" at byte offset {self._offset()}'
            return
        self._stack.append((tag, attributes, self._length))

    def handle_endtag(self, tag: str) -> None:
        if self.error:
            return
        if not self._stack:
            self.error = f'Unexpected end tag "{tag}" at byte offset {self._offset()}'
            return
        open_tag, attributes, start = self._stack.pop()
        if open_tag != tag:
            self.error = (
                f'Unmatched end tag at byte offset {self._offset()}, expected "</{open_tag}>", '
                f'found "</{tag}>"'
            )
            return
        language = (attributes.get("class") or "").removeprefix("language-")
        if tag == "code" and self._stack and self._stack[-1][0] == "pre":
            # <pre><code class="language-x"> is one pre entity with a language.
            if language:
                self._stack[-1][1]["_language"] = language
            return
        if self._length == start:
            return  # Telegram drops empty entities
        entity: JSON = {"type": _HTML_TAGS[tag], "offset": start, "length": self._length - start}
        if tag == "a":
            entity["url"] = attributes.get("href") or ""
        elif tag == "pre" and attributes.get("_language"):
            entity["language"] = attributes["_language"]
        elif tag == "blockquote" and "expandable" in attributes:
            entity["type"] = "expandable_blockquote"
        elif tag == "tg-emoji":
            entity["custom_emoji_id"] = attributes.get("emoji-id") or ""
        self.entities.append(entity)

    def handle_data(self, data: str) -> None:
        self._parts.append(data)
        self._length += _utf16_len(data)

    def result(self) -> tuple[str, list[JSON]]:
        self.feed(self._source)
        self.close()
        if self.error is None and self._stack:
            self.error = f'Can\'t find end tag corresponding to start tag "{self._stack[-1][0]}"'
        if self.error is not None:
            raise _bad_request(f"can't parse entities: {self.error}")
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return "".join(self._parts), self.entities
