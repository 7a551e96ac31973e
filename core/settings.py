"""Settings: read once from the environment (and an optional `.env`), validated, frozen.

A bad value stops the program with one line naming the setting. Tokens are held in
`Secret`, whose repr never shows them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from core.content import default_content_dir
from core.logs import LOG_FORMATS
from core.storage import default_database_url

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
TELEGRAM_API = "https://api.telegram.org/bot"
PAID_BROADCAST_PER_SECOND = 1000  # Telegram's documented ceiling for allow_paid_broadcast
TRUE = ("true", "1", "yes", "on")
FALSE = ("false", "0", "no", "off")
DISCORD_API = "https://discord.com/api/v10"
DISCORD_GATEWAY = "wss://gateway.discord.gg/"
SHARD_NUMBER = re.compile(r"[0-9]{1,5}")  # ASCII digits only: str.isdigit() takes "²"


class SettingsError(ValueError):
    """A setting has a bad value; the message names it."""


class Secret:
    """A value that must never reach a log, an error or a repr."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """Return the secret itself, for the one place that needs it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True)
class Settings:
    """Everything configurable, validated."""

    database_url: str
    content_dir: Path
    log_level: str = "INFO"
    log_format: str = "text"  # or "json": one JSON object a line
    telegram_token: Secret | None = None
    telegram_api_base_url: str = TELEGRAM_API
    telegram_webhook_url: str | None = None
    telegram_webhook_listen: str = "127.0.0.1:8443"
    telegram_webhook_secret: Secret | None = None
    discord_token: Secret | None = None
    catchup_grace_minutes: int = 180
    send_lease_seconds: int = 120
    tick_seconds: int = 60
    telegram_limits: tuple[float, float, float] = (30.0, 1.0, 20.0)
    telegram_allow_paid_broadcast: bool = False
    metrics_address: str | None = None  # host:port for /metrics and /healthz; off when None
    discord_api_base_url: str = DISCORD_API
    discord_gateway_url: str = DISCORD_GATEWAY
    discord_limits: tuple[float, float, float] = (51.5, 1.0, 60.0)
    discord_commands_state: Path = Path(".holdspace-discord-commands")
    discord_shard_count: int | None = None  # None: one connection, unsharded
    discord_shard_ids: tuple[int, ...] | None = None  # None: every shard of the count
    extra: Mapping[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read settings from the environment, with `.env` values underneath."""
        values = dict(read_dotenv(Path(".env")))
        values.update(os.environ if env is None else env)

        def get(name: str) -> str | None:
            value = values.get(name, "").strip()
            return value or None

        level = (get("HOLDSPACE_LOG_LEVEL") or "INFO").upper()
        if level not in LOG_LEVELS:
            raise SettingsError(f"HOLDSPACE_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}")
        log_format = (get("HOLDSPACE_LOG_FORMAT") or "text").lower()
        if log_format not in LOG_FORMATS:
            raise SettingsError(f"HOLDSPACE_LOG_FORMAT must be one of {', '.join(LOG_FORMATS)}")
        content_dir = Path(get("HOLDSPACE_CONTENT_DIR") or default_content_dir())
        if not content_dir.is_dir():
            raise SettingsError(f"HOLDSPACE_CONTENT_DIR: no folder at {content_dir}")
        database_url = get("HOLDSPACE_DATABASE_URL") or default_database_url()
        if urlparse(database_url).scheme.split("+")[0] not in ("sqlite", "postgresql", "postgres"):
            raise SettingsError(
                "HOLDSPACE_DATABASE_URL must start with sqlite:/// or postgresql://"
            )
        base_url = get("TELEGRAM_API_BASE_URL") or TELEGRAM_API
        if urlparse(base_url).scheme not in ("http", "https"):
            raise SettingsError("TELEGRAM_API_BASE_URL must be an http(s) URL")
        webhook = get("TELEGRAM_WEBHOOK_URL")
        if webhook and not _https_or_loopback(webhook):
            raise SettingsError("TELEGRAM_WEBHOOK_URL must be an https URL")
        listen = get("TELEGRAM_WEBHOOK_LISTEN") or "127.0.0.1:8443"
        host, _, port = listen.rpartition(":")
        if not host or not port.isdigit():
            raise SettingsError("TELEGRAM_WEBHOOK_LISTEN must look like 127.0.0.1:8443")
        telegram = get("TELEGRAM_BOT_TOKEN")
        if telegram and ":" not in telegram:
            raise SettingsError("TELEGRAM_BOT_TOKEN does not look like a bot token")
        secret = get("TELEGRAM_WEBHOOK_SECRET")
        metrics_address = get("HOLDSPACE_METRICS_ADDRESS")
        if metrics_address is not None:
            host, _, port = metrics_address.rpartition(":")
            if not host or not port.isdigit() or not 0 < int(port) < 65536:
                raise SettingsError("HOLDSPACE_METRICS_ADDRESS must look like 127.0.0.1:9108")
        discord = get("DISCORD_BOT_TOKEN")

        def number(name: str, default: float, low: float, high: float) -> float:
            raw = get(name)
            if raw is None:
                return default
            try:
                value = float(raw)
            except ValueError:
                raise SettingsError(f"{name} must be a number") from None
            if not low <= value <= high:
                raise SettingsError(f"{name} must be between {low:g} and {high:g}")
            return value

        paid = (get("TELEGRAM_ALLOW_PAID_BROADCAST") or "false").lower()
        if paid not in TRUE + FALSE:
            raise SettingsError("TELEGRAM_ALLOW_PAID_BROADCAST must be true or false")
        # Telegram allows paid broadcasts up to 1000 messages a second
        overall = PAID_BROADCAST_PER_SECOND if paid in TRUE else 30

        return cls(
            database_url=database_url,
            content_dir=content_dir,
            log_level=level,
            log_format=log_format,
            telegram_token=Secret(telegram) if telegram else None,
            telegram_api_base_url=base_url,
            telegram_webhook_url=webhook,
            telegram_webhook_listen=listen,
            telegram_webhook_secret=Secret(secret) if secret else None,
            discord_token=Secret(discord) if discord else None,
            catchup_grace_minutes=int(number("HOLDSPACE_CATCHUP_GRACE_MINUTES", 180, 0, 1440)),
            send_lease_seconds=int(number("HOLDSPACE_SEND_LEASE_SECONDS", 120, 1, 3600)),
            tick_seconds=int(number("HOLDSPACE_TICK_SECONDS", 60, 1, 3600)),
            telegram_limits=(
                number("TELEGRAM_MAX_PER_SECOND", overall, 0.1, 1000),
                number("TELEGRAM_MAX_PER_CHAT_PER_SECOND", 1, 0.01, 100),
                number("TELEGRAM_MAX_PER_GROUP_PER_MINUTE", 20, 0.1, 6000),
            ),
            telegram_allow_paid_broadcast=paid in TRUE,
            metrics_address=metrics_address,
            **_discord(get, number),
            extra={k: v for k, v in values.items() if k.startswith("HOLDSPACE_")},
        )


def _discord(get: Callable[[str], str | None], number: Callable[..., float]) -> dict[str, Any]:
    """Read the Discord settings (beside the token)."""
    api = get("DISCORD_API_BASE_URL") or DISCORD_API
    if urlparse(api).scheme not in ("http", "https"):
        raise SettingsError("DISCORD_API_BASE_URL must be an http(s) URL")
    gateway = get("DISCORD_GATEWAY_URL") or DISCORD_GATEWAY
    if urlparse(gateway).scheme not in ("ws", "wss"):
        raise SettingsError("DISCORD_GATEWAY_URL must be a ws(s) URL")
    state = get("DISCORD_COMMANDS_STATE") or ".holdspace-discord-commands"
    return {
        "discord_api_base_url": api,
        "discord_gateway_url": gateway,
        # Discord: 50 requests a second per bot (the pacer keeps 5% under the figure given,
        # 48.9/s: measured with no 429 against a strict window); 5 messages per 5 s a channel
        "discord_limits": (
            number("DISCORD_MAX_PER_SECOND", 51.5, 0.1, 1000),
            number("DISCORD_MAX_PER_CHANNEL_PER_SECOND", 1, 0.01, 100),
            number("DISCORD_MAX_PER_CHANNEL_PER_MINUTE", 60, 0.1, 6000),
        ),
        "discord_commands_state": Path(state),
        **_shards(get),
    }


def _shards(get: Callable[[str], str | None]) -> dict[str, Any]:
    """Read which Discord shards this instance runs (`DISCORD_SHARD_COUNT`, `DISCORD_SHARD_IDS`)."""
    raw_count, raw_ids = get("DISCORD_SHARD_COUNT"), get("DISCORD_SHARD_IDS")
    count = None
    if raw_count is not None:
        if not SHARD_NUMBER.fullmatch(raw_count) or int(raw_count) < 1:
            raise SettingsError("DISCORD_SHARD_COUNT must be a whole number from 1 to 99999")
        count = int(raw_count)
    if raw_ids is None:
        return {"discord_shard_count": count, "discord_shard_ids": None}
    if count is None:
        raise SettingsError("DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT (the bot's shards in all)")
    words = [word.strip() for word in raw_ids.split(",")]
    if not all(SHARD_NUMBER.fullmatch(word) and int(word) < count for word in words):
        raise SettingsError(
            f"DISCORD_SHARD_IDS must be shard numbers from 0 to {count - 1}, "
            "separated by commas (e.g. 0,1)"
        )
    ids = tuple(int(word) for word in words)
    if len(set(ids)) != len(ids):
        raise SettingsError("DISCORD_SHARD_IDS names a shard twice")
    return {"discord_shard_count": count, "discord_shard_ids": ids}


def _https_or_loopback(url: str) -> bool:
    """Telegram calls webhooks over https; plain http is only for this machine (tests)."""
    parsed = urlparse(url)
    return parsed.scheme == "https" or (
        parsed.scheme == "http" and parsed.hostname in ("127.0.0.1", "localhost", "::1")
    )


def read_dotenv(path: Path) -> dict[str, str]:
    """Read KEY=VALUE lines from a .env file, if there is one."""
    if not path.is_file():
        return {}
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.removeprefix("export ").partition("=")
        values[key.strip()] = value.strip().strip("'\"")
    return values
