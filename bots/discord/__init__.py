"""The Discord adapter (discord.py 2): slash commands from the core's declarations."""

from bots.discord.adapter import DiscordAdapter

__all__ = ["DiscordAdapter"]
