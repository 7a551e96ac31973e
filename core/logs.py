"""Logs without members in them: what happened and where, never who or what she wrote.

At INFO and above an exception is logged by its type and the place it was raised, never its
message: a database error quotes the row it refused, a library error the text it could not
send, a bug's message whatever it was handed. The whole exception goes to DEBUG, for an
operator who asks for it while she debugs (HOLDSPACE_LOG_LEVEL=DEBUG). The code's own log
lines carry counts, kinds and row numbers, never a member's id or words.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
import traceback
from typing import TextIO

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_FORMATS = ("text", "json")
HIDDEN = "message hidden: it may hold what a member wrote (HOLDSPACE_LOG_LEVEL=DEBUG shows it)"


def outline(error: BaseException) -> str:
    """Describe an exception (and those it came from) by type and frames, without messages."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    parts: list[str] = []
    for exc in reversed(chain):
        if parts:
            parts.append("\nwhich led to:\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_list(traceback.extract_tb(exc.__traceback__)))
        parts.append(f"{type(exc).__module__}.{type(exc).__qualname__} ({HIDDEN})")
    return "".join(parts)


class PrivateExceptions(logging.Filter):
    """Keep exception messages out of a handler's lines at INFO and above (see the module)."""

    def __init__(self, handler: logging.Handler) -> None:
        super().__init__()
        self.handler = handler

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.INFO or not record.exc_info or record.exc_info[1] is None:
            return True
        if self.handler.level <= logging.DEBUG and logging.getLogger(record.name).isEnabledFor(
            logging.DEBUG
        ):
            details = logging.LogRecord(
                record.name, logging.DEBUG, record.pathname, record.lineno,
                "the next error in full", None, record.exc_info,
            )  # fmt: skip
            self.handler.handle(details)
        record.exc_text = outline(record.exc_info[1])
        record.exc_info = None
        return True


class JsonLines(logging.Formatter):
    """One JSON object a line (HOLDSPACE_LOG_FORMAT=json): time, level, logger, message, and
    the exception as the text lines would show it (its outline at INFO and above).

    It formats what the handler's filters left: tokens redacted, exception messages kept to
    DEBUG, exactly as in the text lines.
    """

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            line["exception"] = record.exc_text
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        return json.dumps(line, ensure_ascii=False)


def keep_members_out(handler: logging.Handler) -> None:
    """Install the filter on a handler (once)."""
    if not any(isinstance(f, PrivateExceptions) for f in handler.filters):
        handler.addFilter(PrivateExceptions(handler))


def setup_logging(
    level: str, stream: TextIO | None = None, *, format: str = "text"
) -> logging.Handler:
    """Log to stderr (or `stream`) at `level`, with exception messages kept to DEBUG, as text
    lines or, with `format="json"`, one JSON object a line."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonLines() if format == "json" else logging.Formatter(FORMAT))
    keep_members_out(handler)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    # Each migration is an INFO line: news for `holdspace db upgrade`, noise in a console
    # a new member is trying out (`bots.cli` raises it for that command).
    logging.getLogger("alembic").setLevel(max(logging.WARNING, root.level))
    return handler
