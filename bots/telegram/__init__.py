"""The Telegram adapter, on python-telegram-bot 22."""

from bots.telegram.adapter import TelegramAdapter
from bots.telegram.render import messages, split_html, to_html
from bots.telegram.sender import TelegramSender

__all__ = ["TelegramAdapter", "TelegramSender", "messages", "split_html", "to_html"]
