"""The commands Holdspace answers, each declared once (the kinds are in `core.commands`).

Adding a command is one declaration here, its use case in `core/features/`, and its
content keys in every locale (`Command.content_keys`); Telegram's menus, the console's
help and `/help` follow, and `tests/core/test_commands.py` checks it.
"""

from __future__ import annotations

from core.commands import (
    BOTH,
    GROUP,
    PRIVATE,
    Action,
    Command,
    Kind,
    Option,
    Subcommand,
)
from core.features import (
    crisis,
    daily,
    groups,
    preferences,
    privacy,
    reflect,
    reframe,
    start,
    topics,
)
from core.model import ChatKind, Event

_THEME = Option("theme", Kind.THEME)
_TIME = Option("time", Kind.TIME)
_ZONE = Option("zone", Kind.ZONE)
_TIME_ZONE = (Option("time", Kind.TIME, required=True), _ZONE)
_VALUE = Option("value", Kind.TEXT, required=True)
_ON_OFF = ("on", "off")
_PLAN = Option("theme_at", Kind.TEXT, width=17 + len(" 2026-12-24 09:00"))  # a theme, a moment
_SWITCH_VALUE = Option("value", Kind.CHOICE, True, _ON_OFF)
_SWITCH = Option("to", Kind.CHOICE, choices=_ON_OFF)
_NUMBER = Option("number", Kind.INTEGER, width=9)  # ids are 32-bit integers on PostgreSQL
_SERVERS = ("discord",)  # the platforms whose servers have roles, channels and threads

DECLARATIONS: tuple[Command, ...] = (
    Command("start", start.on_start, where=BOTH, options=(Option("payload", Kind.TEXT),),
            menus=PRIVATE),
    Command("help", start.on_help, where=BOTH, menus=BOTH, button=True),
    Command("topic", topics.on_topic, where=GROUP, moderator=True, menus=GROUP,
            reader=topics.read_words, subcommands=(
        Subcommand("now", (_THEME,)),
        Subcommand("plan", (_THEME, Option("at", Kind.DATE_TIME, required=True))),
        Subcommand("list"),
        Subcommand("cancel", (Option("number", Kind.INTEGER, required=True, width=9),)),
    ), actions=(
        Action("topic", topics.topic_now, GROUP, True, _THEME),
        Action("topic:plan", topics.topic_plan, GROUP, True, _PLAN),
        Action("topic:cancel", topics.topic_cancel, GROUP, True, _NUMBER),
    )),
    Command("setup", groups.on_setup, where=GROUP, moderator=True, menus=GROUP, subcommands=(
        Subcommand("on", (_TIME, _ZONE)),
        Subcommand("off"),
        Subcommand("time", _TIME_ZONE),
        Subcommand("zone", (Option("zone", Kind.ZONE, required=True),)),
        Subcommand("themes", (Option("themes", Kind.TEXT, required=True),)),
        Subcommand("cadence", (Option("cadence", Kind.TEXT, required=True),)),
        Subcommand("moderator_role", (Option("role", Kind.ROLE),), platforms=_SERVERS),
        Subcommand("moderator_channel", (Option("channel", Kind.CHANNEL),), platforms=_SERVERS),
        Subcommand("thread", (Option("to", Kind.CHOICE, True, _ON_OFF),), platforms=_SERVERS),
    ), actions=(
        Action("setup", groups.setup_switch, GROUP, True, _SWITCH),
        Action("setup:themes", groups.setup_theme, GROUP, True, _THEME),
    )),
    Command("reflect", reflect.on_reflect, options=(_THEME,), menus=PRIVATE, button=True,
            actions=(Action("reflect", reflect.reflect_theme, value=_THEME, link=True),)),
    Command("reframe", reframe.on_reframe, options=(Option("words", Kind.TEXT),), menus=PRIVATE,
            button=True,
            actions=(Action("reframe", reframe.reframe_theme, value=_THEME, link=True),)),
    Command("subscribe", daily.on_subscribe, options=(_TIME, _ZONE), menus=BOTH, button=True,
            in_group="subscribe.in_group", link_label="subscribe.link"),
    Command("unsubscribe", daily.on_unsubscribe, menus=PRIVATE),
    Command("pause", daily.on_pause, options=(Option("until", Kind.TEXT),), menus=PRIVATE),
    Command("resume", daily.on_resume, menus=PRIVATE),
    Command("settings", preferences.on_settings, menus=PRIVATE, button=True, subcommands=(
        Subcommand("language", (_VALUE,), preferences.set_language),
        Subcommand("country", (_VALUE,), preferences.set_country),
        Subcommand("journal", (_SWITCH_VALUE,), preferences.set_journal),
        Subcommand("journal_days", (_VALUE,), preferences.set_journal_days),
        Subcommand("zone", (Option("value", Kind.ZONE, required=True),), preferences.set_zone),
        Subcommand("time", _TIME_ZONE, preferences.set_time),
        Subcommand("quiet", (_VALUE,), preferences.set_quiet),
        Subcommand("cadence", (_VALUE,), preferences.set_cadence),
        Subcommand("birthday", (_VALUE,), preferences.set_birthday),
        Subcommand("contact", (_VALUE,), preferences.set_contact),
    )),
    Command("language", preferences.on_language, options=(Option("language", Kind.TEXT),),
            menus=PRIVATE, link="settings"),
    Command("mydata", privacy.on_mydata, menus=PRIVATE),
    Command("forget", privacy.on_forget, menus=PRIVATE, actions=(
        Action("forget:yes", privacy.forget_yes, value=Option("token", Kind.TEXT, width=8)),
        Action("forget:no", privacy.forget_no),
    )),
    Command("helpnow", crisis.on_helpnow, where=BOTH, menus=BOTH, button=True, actions=(
        Action("crisis", crisis.crisis_button, BOTH,
               value=Option("what", Kind.CHOICE, True, ("ground", "lines", "other"))),
        Action("checkin", crisis.checkin_answer,
               value=Option("answer", Kind.CHOICE, True, crisis.CHECKIN_ANSWERS)),
    )),
)  # fmt: skip


BY_NAME: dict[str, Command] = {command.name: command for command in DECLARATIONS}
COMMANDS = tuple(BY_NAME)
_ACTIONS: dict[str, tuple[Command, Action]] = {
    action.id: (command, action) for command in DECLARATIONS for action in command.all_actions()
}


def find_action(action_id: str) -> tuple[Command, Action, str] | None:
    """Find which command's button an action id is, and its value ("" when it has none)."""
    head, _, rest = action_id.partition(":")
    second, _, value = rest.partition(":")
    for key, found in ((f"{head}:{second}", value), (head, rest), (action_id, "")):
        if key in _ACTIONS:
            command, action = _ACTIONS[key]
            return command, action, found
    return None


def requires_moderator(event: Event) -> bool:
    """Tell whether the platform must check that the sender is a moderator for this event."""
    if event.action is not None:
        found = find_action(event.action)
        return found is not None and found[1].moderator
    declared = BY_NAME.get((event.command or "").lower())
    return declared is not None and declared.moderator


def commands_for(kind: ChatKind) -> list[Command]:
    """Return the commands a chat's menu and `/help` list, in declaration order."""
    return [command for command in DECLARATIONS if kind in command.menus]
