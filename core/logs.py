"""Logs without members in them: what happened and where, never who or what she wrote.

At INFO and above an exception is logged by its type and the place it was raised, never its
message: a database error quotes the row it refused, a library error the text it could not
send, a bug's message whatever it was handed. The whole exception goes to DEBUG, for an
operator who asks for it while she debugs (HOLDSPACE_LOG_LEVEL=DEBUG). The code's own log
lines carry counts, kinds and row numbers, never a member's id or words.
"""

from __future__ import annotations

import logging
import sys
import traceback
from typing import TextIO

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
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


def keep_members_out(handler: logging.Handler) -> None:
    """Install the filter on a handler (once)."""
    if not any(isinstance(f, PrivateExceptions) for f in handler.filters):
        handler.addFilter(PrivateExceptions(handler))


def setup_logging(level: str, stream: TextIO | None = None) -> logging.Handler:
    """Log to stderr (or `stream`) at `level`, with exception messages kept to DEBUG."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    keep_members_out(handler)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    # Each migration is an INFO line: news for `holdspace db upgrade`, noise in a console
    # a new member is trying out (`bots.cli` raises it for that command).
    logging.getLogger("alembic").setLevel(max(logging.WARNING, root.level))
    return handler
