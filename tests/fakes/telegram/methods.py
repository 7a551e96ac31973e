"""The Bot API methods the fake answers, each a function of the fake and its parameters."""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import TYPE_CHECKING, Any

from tests.fakes.telegram.wire import (
    _CAPTION_LIMIT,
    _CHAT_ACTIONS,
    _COMMAND_NAME,
    _OPT_IN_UPDATES,
    _UPLOAD_LIMIT,
    JSON,
    Params,
    UploadedFile,
    _ApiError,
    _bad_request,
    _utf16_len,
)

if TYPE_CHECKING:
    from tests.fakes.telegram.server import FakeTelegram


async def answer_true(fake: FakeTelegram, params: Params) -> bool:
    return True


async def get_me(fake: FakeTelegram, params: Params) -> JSON:
    return {
        **fake._bot_json(),
        "can_join_groups": True,
        "can_read_all_group_messages": not fake.privacy_mode,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


def _allowed(fake: FakeTelegram, update: JSON) -> bool:
    kind = next(key for key in update if key != "update_id")
    if fake._allowed_updates:
        return kind in fake._allowed_updates
    return kind not in _OPT_IN_UPDATES


def deliverable(fake: FakeTelegram) -> list[JSON]:
    # Telegram never creates updates of kinds the bot did not ask for.
    fake._updates = [update for update in fake._updates if _allowed(fake, update)]
    return fake._updates


async def get_updates(fake: FakeTelegram, params: Params) -> list[JSON]:
    if fake._webhook is not None:
        raise _ApiError(
            409,
            "Conflict: can't use getUpdates method while webhook is active; "
            "use deleteWebhook to delete the webhook first",
        )
    fake._poll_generation += 1
    generation = fake._poll_generation
    offset = int(params.get("offset") or 0)
    limit = min(max(int(params.get("limit") or 100), 1), 100)
    timeout = max(float(params.get("timeout") or 0), 0.0)
    if "allowed_updates" in params:
        fake._allowed_updates = list(params["allowed_updates"] or [])
    if offset > 0:
        fake._updates = [u for u in fake._updates if u["update_id"] >= offset]
    elif offset < 0:
        fake._updates = fake._updates[offset:]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        event = fake._changed
        ready = deliverable(fake)[:limit]
        if ready or fake._draining or fake._closed:
            return ready
        if generation != fake._poll_generation:
            raise _ApiError(
                409,
                "Conflict: terminated by other getUpdates request; "
                "make sure that only one bot instance is running",
            )
        remaining = deadline - loop.time()
        if remaining <= 0:
            return []
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), remaining)


async def send_message(fake: FakeTelegram, params: Params) -> JSON:
    chat = fake._chat(params)
    fake._check_can_send(chat)
    text, entities = fake._message_text(params)
    markup = fake._inline_markup(params.get("reply_markup"))
    reply_to: int | None = params.get("reply_to_message_id")
    reply_parameters = params.get("reply_parameters")
    if isinstance(reply_parameters, dict):
        reply_to = reply_parameters.get("message_id")
        if (chat.id, reply_to) not in fake._messages and not reply_parameters.get(
            "allow_sending_without_reply"
        ):
            raise _bad_request("message to be replied not found")
    fake._admit(chat, params)
    return fake._store_message(
        chat,
        fake._bot_json(),
        text,
        entities=entities,
        thread_id=params.get("message_thread_id"),
        reply_to=reply_to,
        reply_markup=markup,
    )


async def send_document(fake: FakeTelegram, params: Params) -> JSON:
    chat = fake._chat(params)
    fake._check_can_send(chat)
    upload = params.get("document")
    if isinstance(upload, UploadedFile):
        if not upload.data:
            raise _bad_request("file must be non-empty")
        if len(upload.data) > _UPLOAD_LIMIT:
            raise _ApiError(413, "Request Entity Too Large")
        file_id = f"doc{len(fake.uploads) + 1}"
        fake.uploads[file_id] = upload
        document: JSON = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_name": upload.filename,
            "mime_type": upload.content_type,
            "file_size": len(upload.data),
        }
    elif isinstance(upload, str) and upload in fake.uploads:  # a file_id sent again
        known = fake.uploads[upload]
        document = {"file_id": upload, "file_unique_id": f"u{upload}"}
        document |= {"file_name": known.filename, "file_size": len(known.data)}
    else:
        raise _bad_request("there is no document in the request")
    caption, entities = "", None
    if params.get("caption"):
        caption, entities = fake._message_text({**params, "text": params["caption"]})
        if _utf16_len(caption) > _CAPTION_LIMIT:
            raise _bad_request("message caption is too long")
    fake._admit(chat, params)
    return fake._store_message(
        chat,
        fake._bot_json(),
        caption,
        entities=entities,
        thread_id=params.get("message_thread_id"),
        reply_markup=fake._inline_markup(params.get("reply_markup")),
        document=document,
    )


def _editable(fake: FakeTelegram, params: Params) -> JSON | None:
    if params.get("inline_message_id"):
        return None  # inline messages are not tracked; Telegram answers True
    chat = fake._chat(params)
    message_id = params.get("message_id")
    if message_id is None:
        raise _bad_request("message identifier is not specified")
    message = fake._messages.get((chat.id, message_id))
    if message is None:
        raise _bad_request("message to edit not found")
    if message["from"]["id"] != fake.bot_id:
        raise _bad_request("message can't be edited")
    return message


def _apply_edit(fake: FakeTelegram, message: JSON, changes: JSON) -> JSON:
    current = {key: message.get(key) for key in changes}
    if current == changes:
        raise _bad_request(
            "message is not modified: specified new message content and reply markup are "
            "exactly the same as a current content and reply markup of the message"
        )
    for key, value in changes.items():
        if value is None:
            message.pop(key, None)
        else:
            message[key] = value
    message["edit_date"] = fake._now()
    return message


async def edit_message_text(fake: FakeTelegram, params: Params) -> JSON | bool:
    message = _editable(fake, params)
    text, entities = fake._message_text(params)
    # An edit without reply_markup removes the inline keyboard, as on Telegram.
    markup = fake._inline_markup(params.get("reply_markup"))
    if message is None:
        return True
    return _apply_edit(fake, message, {"text": text, "entities": entities, "reply_markup": markup})


async def edit_message_reply_markup(fake: FakeTelegram, params: Params) -> JSON | bool:
    message = _editable(fake, params)
    markup = fake._inline_markup(params.get("reply_markup"))
    if message is None:
        return True
    return _apply_edit(fake, message, {"reply_markup": markup})


async def answer_callback_query(fake: FakeTelegram, params: Params) -> bool:
    query_id = str(params.get("callback_query_id", ""))
    if query_id not in fake._open_queries:
        raise _bad_request("query is too old and response timeout expired or query ID is invalid")
    fake._open_queries.discard(query_id)
    return True


def commands_key(scope: Any, language_code: Any) -> tuple[str, str]:
    scope = scope or {"type": "default"}
    return json.dumps(scope, sort_keys=True), str(language_code or "")


async def set_my_commands(fake: FakeTelegram, params: Params) -> bool:
    commands = params.get("commands")
    if not isinstance(commands, list):
        raise _bad_request("commands is empty")
    for command in commands:
        if not _COMMAND_NAME.fullmatch(str(command.get("command", ""))):
            raise _bad_request("BOT_COMMAND_INVALID")
    key = commands_key(params.get("scope"), params.get("language_code"))
    fake._commands[key] = [
        {"command": c["command"], "description": c.get("description", "")} for c in commands
    ]
    return True


async def get_my_commands(fake: FakeTelegram, params: Params) -> list[JSON]:
    return fake.commands(scope=params.get("scope"), language_code=params.get("language_code") or "")


async def delete_my_commands(fake: FakeTelegram, params: Params) -> bool:
    fake._commands.pop(commands_key(params.get("scope"), params.get("language_code")), None)
    return True


def _user_json(fake: FakeTelegram, user_id: Any) -> JSON:
    if user_id == fake.bot_id:
        return fake._bot_json()
    user = fake._users.get(user_id) if isinstance(user_id, int) else None
    if user is None:
        raise _bad_request("user not found")
    return user.to_json()


async def get_chat_member(fake: FakeTelegram, params: Params) -> JSON:
    chat = fake._chat(params)
    user = _user_json(fake, params.get("user_id"))
    if chat.type == "private":
        status = "member" if user["id"] in (chat.id, fake.bot_id) else "left"
    else:
        status = chat.members.get(user["id"], "left")
    return fake._member_json(chat, user, status)


async def get_chat_administrators(fake: FakeTelegram, params: Params) -> list[JSON]:
    chat = fake._chat(params)
    if chat.type == "private":
        raise _bad_request("there are no administrators in the private chat")
    return [
        fake._member_json(chat, _user_json(fake, user_id), status)
        for user_id, status in chat.members.items()
        if status in ("creator", "administrator")
    ]


async def get_chat(fake: FakeTelegram, params: Params) -> JSON:
    chat = fake._chat(params)
    return {
        **fake._chat_json(chat),
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": {
            "unlimited_gifts": False,
            "limited_gifts": False,
            "unique_gifts": False,
            "premium_subscription": False,
            "gifts_from_channels": False,
        },
    }


async def send_chat_action(fake: FakeTelegram, params: Params) -> bool:
    chat = fake._chat(params)
    fake._check_can_send(chat)
    if params.get("action") not in _CHAT_ACTIONS:
        raise _bad_request("wrong parameter action in request")
    return True
