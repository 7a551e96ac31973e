"""/metrics and /healthz for the operator, on HOLDSPACE_METRICS_ADDRESS (off by default).

`Operations` is entered like any other service (bots/runner.py). While it runs, the core
reports to a `PrometheusMetrics` (core/metrics.py); a scrape of /metrics also reads the
outbox's depth and oldest ready row. /healthz answers 200 when the database and every
platform answer, 503 otherwise, with a small JSON body saying which. A platform takes part by
being `Reachable`: a `platform` name, a `ping()` and the time of its `last_contact`; an adapter
that is not is left out. Neither page holds an id or a member's words.

The server is a few lines on asyncio streams: two GET pages, one request a connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import os
import time
from collections.abc import Iterable
from typing import Any, Protocol, runtime_checkable

from core import metrics
from core.clock import Clock
from core.delivery import DeliveryService
from core.metrics import PrometheusMetrics
from core.settings import SettingsError
from core.storage import Storage
from core.storage.status import outbox_state, reachable

log = logging.getLogger(__name__)

CHECK_TIMEOUT = 5.0  # seconds a health check waits for the database or a platform
READ_TIMEOUT = 5.0  # seconds a client has to send its request
PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8"


@runtime_checkable
class Reachable(Protocol):
    """A platform adapter the health check can ask: is the platform there?"""

    platform: str
    last_contact: float | None  # time.time() of the last answer from the platform

    async def ping(self) -> bool:
        """Ask the platform something trivial; say whether it answered."""
        ...


class Operations:
    """Serves /metrics and /healthz while entered (`async with`)."""

    def __init__(
        self,
        address: str,
        storage: Storage,
        clock: Clock,
        services: Iterable[object],
    ) -> None:
        host, _, port = address.rpartition(":")
        self.host, self.port = host.strip("[]"), int(port)
        self.storage = storage
        self.clock = clock
        services = list(services)
        self.reachable = [s for s in services if isinstance(s, Reachable)]
        sending = {
            p for s in services if isinstance(s, DeliveryService) for p in s.delivery.senders
        }
        self.platforms = sorted(sending | {p.platform for p in self.reachable})
        self.metrics = PrometheusMetrics()
        self._before: metrics.Metrics | None = None
        self._server: asyncio.Server | None = None

    async def __aenter__(self) -> Operations:
        try:
            self._server = await asyncio.start_server(self._serve, self.host, self.port)
        except OSError as error:  # in use, or not an address of this machine
            raise SettingsError(
                f"HOLDSPACE_METRICS_ADDRESS: cannot listen on {self.host}:{self.port} "
                f"({os.strerror(error.errno) if error.errno else type(error).__name__})"
            ) from None
        self._before = metrics.use(self.metrics)
        bound = self._server.sockets[0].getsockname()
        self.port = bound[1]
        log.info("metrics and health on http://%s:%d (/metrics, /healthz)", self.host, self.port)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2.0)
        if self._before is not None:
            metrics.use(self._before)

    # --- pages -------------------------------------------------------------------------

    async def scrape(self) -> bytes:
        """Return /metrics: the counts so far and the outbox as it is now."""
        now = self.clock.now()
        for platform in self.platforms:
            try:
                depth, oldest = await asyncio.wait_for(
                    outbox_state(self.storage, platform, now), CHECK_TIMEOUT
                )
            except Exception:  # the series keep their last values; /healthz says why
                log.warning("could not read the outbox for /metrics")
                continue
            self.metrics.outbox(platform, depth, oldest)
        return self.metrics.exposition()

    async def health(self) -> tuple[bool, dict[str, Any]]:
        """Return whether all is well, and /healthz's body."""

        async def ask(check: Any) -> bool:
            try:
                return bool(await asyncio.wait_for(check, CHECK_TIMEOUT))
            except Exception:
                return False

        storage_ok, *answers = await asyncio.gather(
            ask(reachable(self.storage)), *(ask(p.ping()) for p in self.reachable)
        )
        now = time.time()
        platforms = {
            p.platform: {
                "ok": ok,
                "last_contact_seconds_ago": (
                    None if p.last_contact is None else round(now - p.last_contact, 3)
                ),
            }
            for p, ok in zip(self.reachable, answers, strict=True)
        }
        healthy = storage_ok and all(answers)
        body = {
            "status": "ok" if healthy else "failing",
            "storage": {"ok": storage_ok},
            "platforms": platforms,
            "checked_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        return healthy, body

    # --- HTTP --------------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), READ_TIMEOUT)
            method, path, *_ = [*request.decode("latin-1").split(" ", 2), "", ""]
            path = path.split("?", 1)[0]
            if method not in ("GET", "HEAD"):
                status, kind, body = "405 Method Not Allowed", "text/plain", b"GET only\n"
            elif path == "/metrics":
                status, kind, body = "200 OK", PROMETHEUS_TEXT, await self.scrape()
            elif path == "/healthz":
                healthy, report = await self.health()
                status = "200 OK" if healthy else "503 Service Unavailable"
                kind, body = "application/json", json.dumps(report).encode() + b"\n"
            else:
                status, kind, body = "404 Not Found", "text/plain", b"/metrics or /healthz\n"
            head = (
                f"HTTP/1.1 {status}\r\nContent-Type: {kind}\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
            ).encode()
            writer.write(head if method == "HEAD" else head + body)
            await writer.drain()
        except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass  # a client that never finished its request
        except ConnectionError:
            pass
        except Exception:
            log.exception("could not answer an operations request")
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
