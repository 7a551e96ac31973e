"""The bot's Bot API traffic, checked against the API description (``HOLDSPACE_API_SPECS``).

Every end-to-end test's requests are checked by the `fake` fixture when the description is
there; without it that check cannot run and those tests cannot say so. This test is where
its absence shows: it skips with the reason, and in CI (``CI=true``) it fails instead.
"""

from __future__ import annotations

from core.content import Library
from core.model import Reply
from core.sending import Destination, Outcome
from tests.bots.telegram.conftest import Driver, buttons
from tests.fakes.telegram_spec import require_spec

ANN = 401
ROSA = 402
GROUP = -100700800
FORUM = -100700900
JOINED = -100701000


async def test_every_request_the_bot_makes_follows_the_bot_api(
    bot: Driver, library: Library
) -> None:
    spec = require_spec()
    fake = bot.fake
    assert fake.spec is not None  # the fake checks each request as it answers it
    assert spec.check_request("sendMessage", {"chat_id": ANN})  # and the check can fail

    # private chat: commands, free text, buttons, crisis
    [welcome] = await bot.say(ANN, "/start")
    await bot.press(ANN, ANN, welcome, buttons(welcome)[0]["callback_data"])
    await bot.say(ANN, "Sunday mornings are the hardest.")
    [menu] = await bot.say(ANN, "/reframe")
    await bot.press(ANN, ANN, menu, "reframe:grief")
    await bot.say(ANN, "/subscribe 07:30 Europe/London")
    for command in ("/settings zone Berlin", "/pause 3", "/resume", "/settings", "/mydata"):
        await bot.say(ANN, command)
    await bot.say(ANN, "I don't want to be alive anymore", language="en-GB")
    [confirm] = await bot.say(ANN, "/forget")
    await bot.press(ANN, ANN, confirm, "forget:yes:00000000")  # expired: answered anyway

    # groups: a moderator check, buttons, a forum topic, a deep link, being added
    fake.add_group(GROUP, "Circle", owner_id=ANN)
    fake.add_group(FORUM, "Forum circle", forum=True, owner_id=ANN)
    [saved] = await bot.say_in_group(GROUP, ANN, "/setup on 09:00 Europe/Berlin")
    await bot.press(ANN, GROUP, saved, "setup:off")
    await bot.say_in_group(FORUM, ANN, "/topic hope", thread=77)
    await bot.say_in_group(GROUP, ROSA, "/subscribe")
    await bot.say_in_group(GROUP, ROSA, "/helpnow")
    fake.add_group(JOINED, "New circle", owner_id=ROSA, bot_status="left")
    before = len(bot.delivered(JOINED))
    fake.inject_my_chat_member(JOINED, "member", from_user_id=ROSA)
    await bot._wait(JOINED, before, 1)

    # a scheduled post into a forum topic, long enough to be sent in parts
    long = "\n\n".join(f"**Part {n}.** " + "A quiet line to sit with. " * 40 for n in range(8))
    forum_topic = Destination("telegram", str(FORUM), is_group=True, thread_id="77")
    parts = bot.adapter.sender.split(Reply(long))
    assert len(parts) > 1
    for index, part in enumerate(parts):
        result = await bot.adapter.sender.send_part(forum_topic, part, nonce=f"hs1.{index}")
        assert result.outcome is Outcome.SENT and result.message_ids

    used = {call.method for call in fake.calls}
    assert used >= {
        "getMe", "setMyCommands", "getUpdates", "sendMessage", "answerCallbackQuery",
        "getChatMember",
    }  # fmt: skip
    problems = [p for call in fake.calls for p in spec.check_request(call.method, call.params)]
    problems += [
        problem
        for call in fake.calls
        if call.status == 200 and call.method != "getUpdates"  # updates: checked when injected
        for problem in spec.check_result(call.method, call.result)
    ]
    assert problems == []
    assert fake.spec_violations == []
