"""The `holdspace` command: run the bots, chat in the console, check the content, migrate."""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bots.console import LINE_SYNTAX, Console, command_help
from core.clock import SystemClock
from core.content import ContentError, check_library, load_library, record_ids, stats
from core.conversation import Holdspace
from core.logs import setup_logging
from core.settings import Settings, SettingsError
from core.storage import Storage, StorageError

DESCRIPTION = """\
Holdspace: a companion bot for support circles of mothers whose adult children have
pulled away from them.

The database schema is created and upgraded automatically whenever `run` or `console`
starts; `holdspace db upgrade` does only that (for operators who migrate before deploying).
Configuration comes from the environment (see README.md): HOLDSPACE_DATABASE_URL,
TELEGRAM_BOT_TOKEN, DISCORD_BOT_TOKEN, ...
"""

log = logging.getLogger("holdspace")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="holdspace",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    commands.add_parser(
        "run",
        help="run the Telegram and/or Discord bot (whichever token is set)",
        description="Run every adapter whose token is set, with the scheduler, in one process.",
    )
    commands.add_parser(
        "console",
        help="chat with Holdspace in this terminal (no token needed)",
        description="A local chat with Holdspace, on the same core and database as the bots.",
        epilog=LINE_SYNTAX + "\n" + command_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    content = commands.add_parser("content", help="check, count and record the content")
    content_commands = content.add_subparsers(
        dest="content_command", metavar="ACTION", required=True
    )
    check = content_commands.add_parser(
        "check", help="validate content/ (exit 1 with file, line and reason on any error)"
    )
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    stats_parser = content_commands.add_parser("stats", help="count prompts, reframes, lines")
    stats_parser.add_argument("--json", action="store_true", help="print one JSON object")
    content_commands.add_parser("record", help="add new content ids to content/ids.tsv")
    discord = commands.add_parser("discord", help="the Discord bot's slash commands")
    discord_commands = discord.add_subparsers(
        dest="discord_command", metavar="ACTION", required=True
    )
    discord_commands.add_parser(
        "sync", help="publish the slash commands now (run does it only when they changed)"
    )
    db = commands.add_parser("db", help="the database schema")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help="create or upgrade the schema to the newest version")
    db_commands.add_parser("status", help="show the schema's version")
    copy = db_commands.add_parser(
        "copy",
        help="copy every table into an empty database (moving a deployment; bot stopped)",
        description="Copy every table from one database into another that holds no rows, "
        "checking the count of each table; both are brought to the newest schema first.",
    )
    copy.add_argument(
        "--from", dest="source", required=True, metavar="URL", help="e.g. sqlite:///…"
    )
    copy.add_argument("--to", dest="target", required=True, metavar="URL", help="an empty database")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `holdspace` command line."""
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"holdspace: configuration error: {exc}", file=sys.stderr)
        return 2
    setup_logging(settings.log_level, format=settings.log_format)
    try:
        if args.command == "content":
            return _content(args, settings.content_dir)
        if args.command == "db" and args.db_command == "copy":
            return asyncio.run(_copy(args.source, args.target))
        if args.command == "db":
            return asyncio.run(_db(args.db_command, settings))
        if args.command == "console":
            return asyncio.run(_console(settings))
        if args.command == "discord":
            return asyncio.run(_discord_sync(settings))
        if args.command == "run":
            from bots.runner import run

            return asyncio.run(run(settings))
    except ContentError as exc:
        print(f"holdspace: the content does not validate: {exc}", file=sys.stderr)
        print("run 'holdspace content check' for every problem", file=sys.stderr)
        return 1
    except StorageError as exc:
        # one line naming the setting; the whole story only for an operator who asks
        log.debug("the database error in full", exc_info=exc)
        print(f"holdspace: HOLDSPACE_DATABASE_URL: {exc}", file=sys.stderr)
        return 2
    except SettingsError as exc:  # a setting found unusable only once in use (an address)
        print(f"holdspace: configuration error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 2


def _content(args: argparse.Namespace, root: Path) -> int:
    if args.content_command == "check":
        problems = check_library(root)
        for problem in problems:
            print(problem)
        errors = [p for p in problems if p.fatal or args.strict]
        if errors:
            print(f"{len(errors)} problem(s) found", file=sys.stderr)
            return 1
        print(f"content ok ({len(problems)} warning(s))")
        return 0
    if args.content_command == "record":
        added = record_ids(root)
        print(f"recorded {len(added)} new id(s) in {root / 'ids.tsv'}")
        return 0
    library = load_library(root)
    counts = stats(library)
    if args.json:
        print(json.dumps(counts, sort_keys=True))
    else:
        for code, numbers in counts["locales"].items():
            print(
                f"{code}: {numbers['prompts']} prompts, {numbers['reframes']} reframes, "
                f"{numbers['grounding']} grounding, {numbers['ui']} ui strings, "
                f"{numbers['missing_translations']} missing translations"
            )
        print(f"crisis lines: {counts['crisis_lines']} in {counts['crisis_countries']} countries")
    return 0


async def _discord_sync(settings: Settings) -> int:
    if settings.discord_token is None:
        print("holdspace: DISCORD_BOT_TOKEN is not set", file=sys.stderr)
        return 2
    from bots.discord.adapter import sync_now

    await sync_now(settings, load_library(settings.content_dir))
    print("Discord slash commands published")
    return 0


async def _db(action: str, settings: Settings) -> int:
    async with Storage(settings.database_url) as storage:
        if action == "upgrade":
            logging.getLogger("alembic").setLevel(logging.getLogger().level)
            await storage.migrate()
        current, head = await storage.revisions()
        print(f"schema version {current or 'none'} (newest {head})")
        return 0 if current == head or action == "status" else 1


async def _copy(source_url: str, target_url: str) -> int:
    from core.storage.copy import copy_database

    if source_url == target_url:
        print("holdspace: db copy: --from and --to name the same database", file=sys.stderr)
        return 2
    try:
        async with Storage(source_url) as source, Storage(target_url) as target:
            counts = await copy_database(source, target)
    except StorageError as exc:
        log.debug("the database error in full", exc_info=exc)
        print(f"holdspace: db copy: {exc}", file=sys.stderr)
        return 1
    for table, count in counts.items():
        print(f"{table}: {count} rows")
    print(f"copied {sum(counts.values())} rows in {len(counts)} tables; every count matches")
    return 0


async def _console(settings: Settings) -> int:
    # A piped file need not be UTF-8: a bad byte reads as U+FFFD, whatever the locale says.
    for stream in (sys.stdin, sys.stdout):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")
    library = load_library(settings.content_dir)
    async with Storage(settings.database_url) as storage:
        await storage.migrate()
        app = Holdspace(library, storage, SystemClock())
        interactive = sys.stdin.isatty()
        console = Console(app, sys.stdout, echo=not interactive)
        if interactive:
            print("Holdspace console. Type /start to begin, /help for commands, Ctrl-D to leave.")
            print("Scripting: 'holdspace console --help'.\n")
            while True:
                try:
                    line = await asyncio.to_thread(input, "you> ")
                except EOFError:
                    print()
                    return 0
                await console.feed(line)
        for line in sys.stdin:
            await console.feed(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
