"""`/mydata` and `/forget`: everything stored about her, shown or deleted."""

from __future__ import annotations

import datetime as dt
import json
import secrets

from core.model import Attachment, Reply
from core.turn import Turn

CONFIRM_WINDOW = dt.timedelta(minutes=15)
MYDATA_FILE = "holdspace-my-data.json"


async def on_mydata(turn: Turn) -> list[Reply]:
    """Show everything stored about her, as JSON."""
    data = await turn.tx.member_data(turn.event.platform, turn.event.user_id)
    # no backticks, so that it can be shown inside a code block as it is
    dump = json.dumps(data, ensure_ascii=False, indent=2).replace("`", "\\u0060")
    attachment = Attachment(MYDATA_FILE, dump)
    return [Reply(turn.text("mydata.intro"), kind="data", attachment=attachment)]


async def on_forget(turn: Turn) -> list[Reply]:
    """Ask her to confirm, then delete everything stored about her."""
    token = secrets.token_hex(4)
    turn.update(pending=f"forget:{token}", pending_until=turn.now + CONFIRM_WINDOW)
    return [
        turn.say(
            "forget.confirm",
            choices=(
                turn.choice("forget.yes", f"forget:yes:{token}"),
                turn.choice("forget.no", "forget:no"),
            ),
        )
    ]


def _forget_asked(turn: Turn) -> str | None:
    """Return the token of the confirmation she was asked for, if it is still open."""
    member = turn.member
    if (
        member is not None
        and member.pending is not None
        and member.pending.startswith("forget:")
        and member.pending_until is not None
        and member.pending_until > turn.now
    ):
        return member.pending.removeprefix("forget:")
    return None


async def forget_no(turn: Turn, value: str) -> list[Reply]:
    if _forget_asked(turn) is not None:
        turn.update(pending=None, pending_until=None)
    return [turn.say("forget.kept")]


async def forget_yes(turn: Turn, token: str) -> list[Reply]:
    if _forget_asked(turn) != token:
        return [turn.say("error.button_expired")]
    await turn.tx.forget_member(turn.event.platform, turn.event.user_id)
    turn.member = None
    turn.scrub = True
    return [turn.say("forget.done")]
