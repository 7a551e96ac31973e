"""Holdspace's platform-neutral core: the public surface adapters use."""

from core.clock import Clock, FakeClock, SystemClock
from core.content import ContentError, Library, load_library
from core.conversation import Holdspace
from core.declarations import COMMANDS, requires_moderator
from core.model import Attachment, ChatKind, Choice, Event, Group, Member, Reply, Subscription
from core.settings import Secret, Settings, SettingsError
from core.storage import Storage, StorageError

__all__ = [
    "COMMANDS",
    "Attachment",
    "ChatKind",
    "Choice",
    "Clock",
    "ContentError",
    "Event",
    "FakeClock",
    "Group",
    "Holdspace",
    "Library",
    "Member",
    "Reply",
    "Secret",
    "Settings",
    "SettingsError",
    "Storage",
    "StorageError",
    "Subscription",
    "SystemClock",
    "load_library",
    "requires_moderator",
]
