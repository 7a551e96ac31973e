"""Discord's slash commands, generated from the core's declarations (`core.declarations`).

Each declared command becomes one application command: its options typed (a theme is a
choice, a zone autocompletes, a number is an integer), its descriptions from the content
library in every offered language (`description_localizations`), moderator commands with
Manage Server as their default permission (checked again when used), private commands
usable in DMs and in servers (where they answer only to her), group commands only in servers.
A command with subcommands gets one more, `show`, that runs it without one (Discord does
not let a command with subcommands be used bare).

`signature` hashes the whole payload: the adapter syncs only when it changed.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from bots.discord.sender import PLATFORM
from core.commands import Command, Kind, Option
from core.content import Library
from core.declarations import DECLARATIONS
from core.model import ChatKind

MANAGE_GUILD = 1 << 5
SHOW = "show"  # the subcommand that runs a command without one
STRING, INTEGER, SUB, CHANNEL, ROLE = 3, 4, 1, 7, 8
TEXT_CHANNEL = 0
TYPES = {Kind.INTEGER: INTEGER, Kind.ROLE: ROLE, Kind.CHANNEL: CHANNEL}  # others: a string
GUILD, BOT_DM = 0, 1  # interaction contexts
LOCALES = {"es": "es-ES", "de": "de"}  # content locale → Discord's locale code
CHOICES_LIMIT = 25


def core_locale(discord_locale: str | None) -> str | None:
    """Turn Discord's locale ("es-ES", "en-US", "de") into a content locale ("es")."""
    return discord_locale.split("-")[0].lower() if discord_locale else None


def _text(library: Library, key: str) -> dict[str, Any]:
    """A description and its translations, each within Discord's 100 characters."""
    localised = {
        code: library.text(key, locale)[:100]
        for locale, code in LOCALES.items()
        if locale in library.locales
    }
    return {
        "description": library.text(key, "en")[:100],
        "description_localizations": localised,
    }


def _option(library: Library, command: Command, option: Option) -> dict[str, Any]:
    made: dict[str, Any] = {
        "type": TYPES.get(option.kind, STRING),
        "name": option.name,
        "required": option.required,
        **_text(library, f"option.{command.name}.{option.name}"),
    }
    if option.kind is Kind.THEME:
        made["choices"] = [
            {
                "name": library.theme_name(theme, "en")[:100],
                "name_localizations": {
                    code: library.theme_name(theme, locale)[:100]
                    for locale, code in LOCALES.items()
                    if locale in library.locales
                },
                "value": theme,
            }
            for theme in library.themes[:CHOICES_LIMIT]
        ]
    elif option.kind is Kind.CHOICE:
        made["choices"] = [{"name": c, "value": c} for c in option.choices[:CHOICES_LIMIT]]
    elif option.kind is Kind.ZONE:
        made["autocomplete"] = True
    elif option.kind is Kind.CHANNEL:
        made["channel_types"] = [TEXT_CHANNEL]
    return made


def _options(library: Library, command: Command, options: tuple[Option, ...]) -> list[Any]:
    ordered = sorted(options, key=lambda o: not o.required)  # Discord: required ones first
    return [_option(library, command, option) for option in ordered]


def payload(library: Library, command: Command) -> dict[str, Any]:
    """Return one command as Discord's bulk overwrite takes it."""
    contexts = [GUILD] if ChatKind.PRIVATE not in command.where else [GUILD, BOT_DM]
    made: dict[str, Any] = {
        "type": 1,
        "name": command.name,
        **_text(library, command.key),
        "contexts": contexts,
        "integration_types": [0],
        "nsfw": False,
        "default_member_permissions": MANAGE_GUILD if command.moderator else None,
    }
    if command.subcommands:
        subs = [{"type": SUB, "name": SHOW, **_text(library, command.key), "options": []}]
        subs += [
            {
                "type": SUB,
                "name": sub.name,
                **_text(library, f"{command.key}.{sub.name}"),
                "options": _options(library, command, sub.options),
            }
            for sub in command.subcommands
            if sub.offered_on(PLATFORM)
        ]
        made["options"] = subs
    else:
        made["options"] = _options(library, command, command.options)
    return made


def payloads(library: Library) -> list[dict[str, Any]]:
    """Return every declared command as Discord's bulk overwrite takes them."""
    return [payload(library, command) for command in DECLARATIONS]


def signature(commands: list[dict[str, Any]]) -> str:
    """Hash the commands: a sync is needed only when this changes."""
    text = json.dumps(commands, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()
