"""The console adapter: talk to Holdspace in a terminal, or script it through stdin."""

from bots.console.adapter import LINE_SYNTAX, Console, command_help

__all__ = ["LINE_SYNTAX", "Console", "command_help"]
