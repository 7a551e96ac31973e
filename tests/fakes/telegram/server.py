"""The fake Bot API server: its world of users and chats, injecting updates, inspecting calls,
and the HTTP plumbing that hands each request to its method (methods.py, webhook.py)."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import functools
import itertools
import math
import os
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, Literal

import aiohttp
from aiohttp import web

from tests.fakes.telegram import methods, webhook
from tests.fakes.telegram.flood import FloodLimits, _FloodControl
from tests.fakes.telegram.html import _HtmlEntities
from tests.fakes.telegram.wire import (
    _CALLBACK_DATA_LIMIT,
    _LOOPBACK_HOSTS,
    _MEMBER_STATUSES,
    _MESSAGE_LIMIT,
    _PASS,
    _PRESENT,
    DEFAULT_BOT_USERNAME,
    FAKE_TOKEN,
    JSON,
    SEND_METHODS,
    Call,
    Fault,
    MemberStatus,
    Params,
    UploadedFile,
    WebhookDelivery,
    _ApiError,
    _bad_request,
    _utf16_len,
)
from tests.fakes.telegram.world import _Chat, _User, _Webhook
from tests.fakes.telegram_spec import TelegramSpec, decode_value

Handler = Callable[[Params], Awaitable[Any]]


# --------------------------------------------------------------------------- the fake


class FakeTelegram:
    """An aiohttp server on 127.0.0.1 that speaks enough of the Bot API for PTB.

    Public state, all plain lists and ints a test may read or clear:
    ``calls`` (every request as a :class:`Call`, bad-token and unknown-method ones included),
    ``spec_violations`` (problems found when an API description is loaded),
    ``webhook_deliveries`` (every POST attempt to the bot's webhook), ``http_429`` (every
    429 answered, from flood limits and from injected faults alike) and ``most_at_once``
    (the most requests it was answering at once).
    """

    def __init__(
        self,
        *,
        token: str = FAKE_TOKEN,
        bot_username: str = DEFAULT_BOT_USERNAME,
        bot_first_name: str = "Holdspace",
        flood_limits: FloodLimits | None = None,
        privacy_mode: bool = True,
        spec: TelegramSpec | Literal["env"] | None = "env",
        bypass_proxies: bool = True,
        clock: Callable[[], float] = time.time,
        webhook_retry_delay: float = 0.2,
        round_trip: float = 0.0,
    ) -> None:
        """Configure the fake; nothing listens until ``start()`` / ``async with``.

        ``spec="env"`` loads the API description named by ``HOLDSPACE_API_SPECS`` (validation
        off when unset); pass a :class:`TelegramSpec` or None to choose explicitly. ``clock``
        gives the Unix time used for message dates. ``round_trip`` delays every answer by that
        many seconds, as a distant API would (flood limits count a request when it arrives).
        """
        bot_id, _, _secret = token.partition(":")
        if not bot_id.isdigit():
            raise ValueError("token must look like '<bot id>:<secret>'")
        self.token = token
        self.bot_id = int(bot_id)
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.privacy_mode = privacy_mode
        self.webhook_retry_delay = webhook_retry_delay
        self.round_trip = round_trip
        self._spec = TelegramSpec.from_env() if spec == "env" else spec
        self._bypass_proxies = bypass_proxies
        self._clock = clock
        self._flood = _FloodControl(flood_limits) if flood_limits else None

        self.calls: list[Call] = []
        self.uploads: dict[str, UploadedFile] = {}  # file_id -> what was uploaded
        self.spec_violations: list[str] = []
        self.webhook_deliveries: list[WebhookDelivery] = []
        self.http_429 = 0
        self.most_at_once = 0  # the most requests it was answering at once
        self._answering = 0

        self._users: dict[int, _User] = {}
        self._chats: dict[int, _Chat] = {}
        self._messages: dict[tuple[int, int], JSON] = {}
        self._commands: dict[tuple[str, str], list[JSON]] = {}
        self._open_queries: set[str] = set()
        self._updates: list[JSON] = []
        self._update_ids = itertools.count(1)
        self._query_ids = itertools.count(4_000_000_001)
        self._allowed_updates: list[str] = []
        self._webhook: _Webhook | None = None
        self._faults: list[tuple[str, Fault, int, int | str | None]] = []
        self._stubs: dict[str, Callable[[Params], Any]] = {}
        self._poll_generation = 0

        self._changed = asyncio.Event()
        self._draining = False
        self._closed = True
        self._port = 0
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self._webhook_task: asyncio.Task[None] | None = None
        self._saved_env: dict[str, str | None] = {}

        self._handlers: dict[str, Handler] = {
            "getUpdates": functools.partial(methods.get_updates, self),
            "setWebhook": functools.partial(webhook.set_webhook, self),
            "deleteWebhook": functools.partial(webhook.delete_webhook, self),
            "getWebhookInfo": functools.partial(webhook.get_webhook_info, self),
            "getMe": functools.partial(methods.get_me, self),
            "sendMessage": functools.partial(methods.send_message, self),
            "sendDocument": functools.partial(methods.send_document, self),
            "editMessageText": functools.partial(methods.edit_message_text, self),
            "editMessageReplyMarkup": functools.partial(methods.edit_message_reply_markup, self),
            "answerCallbackQuery": functools.partial(methods.answer_callback_query, self),
            "setMyCommands": functools.partial(methods.set_my_commands, self),
            "getMyCommands": functools.partial(methods.get_my_commands, self),
            "deleteMyCommands": functools.partial(methods.delete_my_commands, self),
            "getChatMember": functools.partial(methods.get_chat_member, self),
            "getChatAdministrators": functools.partial(methods.get_chat_administrators, self),
            "getChat": functools.partial(methods.get_chat, self),
            "sendChatAction": functools.partial(methods.send_chat_action, self),
            "close": functools.partial(methods.answer_true, self),
            "logOut": functools.partial(methods.answer_true, self),
        }
        self._names = {name.lower(): name for name in self._handlers}

    # ------------------------------------------------------------------ lifecycle

    @property
    def port(self) -> int:
        """Return the TCP port the fake listens on (stable across refused-connection spells)."""
        return self._port

    @property
    def base_url(self) -> str:
        """Return the value for ``Bot(base_url=...)``; PTB appends the token and method."""
        return f"http://127.0.0.1:{self._port}/bot"

    @property
    def spec(self) -> TelegramSpec | None:
        """Return the API description requests are checked against, if any."""
        return self._spec

    async def __aenter__(self) -> FakeTelegram:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def start(self) -> None:
        """Listen on a free loopback port and start the webhook client."""
        if self._bypass_proxies:
            self._exempt_loopback_from_proxies()
        self._closed = False
        self._session = aiohttp.ClientSession(trust_env=False)
        try:
            await self._listen(0)
        except BaseException:
            await self.stop()
            raise

    async def stop(self) -> None:
        """Answer pending long polls, stop listening and restore the environment."""
        self._closed = True
        self._notify()
        if self._webhook_task is not None:
            self._webhook_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._webhook_task
            self._webhook_task = None
        await self._unlisten()
        if self._session is not None:
            await self._session.close()
            self._session = None
        self._restore_environment()

    async def stop_listening(self) -> None:
        """Close the port and every open connection: new requests get "connection refused"."""
        await self._unlisten()

    async def resume_listening(self) -> None:
        """Listen again on the same port."""
        if self._runner is None:
            await self._listen(self._port)

    @contextlib.asynccontextmanager
    async def refusing_connections(self) -> AsyncIterator[None]:
        """Refuse connections inside the block, then listen again on the same port."""
        await self.stop_listening()
        try:
            yield
        finally:
            await self.resume_listening()

    async def _listen(self, port: int) -> None:
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._dispatch)
        runner = web.AppRunner(
            app, handler_cancellation=True, access_log=None, shutdown_timeout=0.5
        )
        await runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            sock.close()
            await runner.cleanup()
            raise
        site = web.SockSite(runner, sock)
        await site.start()
        self._port = sock.getsockname()[1]
        self._runner = runner

    async def _unlisten(self) -> None:
        runner, self._runner = self._runner, None
        if runner is None:
            return
        self._draining = True  # long polls answer [] so shutdown need not wait for them
        self._notify()
        try:
            await runner.cleanup()
        finally:
            self._draining = False

    def _exempt_loopback_from_proxies(self) -> None:
        for key in ("NO_PROXY", "no_proxy"):
            self._saved_env[key] = os.environ.get(key)
            hosts = [h.strip() for h in (os.environ.get(key) or "").split(",") if h.strip()]
            hosts += [h for h in _LOOPBACK_HOSTS if h not in hosts]
            os.environ[key] = ",".join(hosts)

    def _restore_environment(self) -> None:
        for key, value in self._saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        self._saved_env.clear()

    # ------------------------------------------------------------------ state helpers

    def add_user(
        self,
        user_id: int,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        started: bool = True,
        is_bot: bool = False,
    ) -> JSON:
        """Create or update a user; ``started=False`` means she never pressed Start."""
        if user_id <= 0:
            raise ValueError("user ids are positive")
        user = self._users.get(user_id)
        if user is None:
            user = _User(user_id, first_name or f"User{user_id}", is_bot=is_bot)
            self._users[user_id] = user
        if first_name is not None:
            user.first_name = first_name
        if last_name is not None:
            user.last_name = last_name
        if username is not None:
            user.username = username
        user.language_code = language_code
        user.started = started
        return user.to_json()

    def add_group(
        self,
        chat_id: int,
        title: str,
        *,
        forum: bool = False,
        supergroup: bool | None = None,
        username: str | None = None,
        owner_id: int | None = None,
        bot_status: MemberStatus = "member",
    ) -> JSON:
        """Create a group with the bot in it; a supergroup if ``forum`` or the id is -100…."""
        if chat_id >= 0:
            raise ValueError("group chat ids are negative")
        if supergroup is None:
            supergroup = forum or chat_id <= -1_000_000_000_000
        chat = _Chat(
            chat_id,
            "supergroup" if supergroup else "group",
            title=title,
            username=username,
            is_forum=forum,
        )
        chat.members[self.bot_id] = bot_status
        self._chats[chat_id] = chat
        if owner_id is not None:
            self.set_member(chat_id, owner_id, "creator")
        return self._chat_json(chat)

    def set_member(self, chat_id: int, user_id: int, status: MemberStatus = "member") -> None:
        """Set a user's status in a group, creating the user if needed."""
        if status not in _MEMBER_STATUSES:
            raise ValueError(f"unknown member status {status!r}")
        chat = self._group(chat_id)
        if user_id != self.bot_id and user_id not in self._users:
            self.add_user(user_id)
        chat.members[user_id] = status

    def set_admin(self, chat_id: int, user_id: int) -> None:
        """Make a user (or the bot, by ``fake.bot_id``) an administrator of a group."""
        self.set_member(chat_id, user_id, "administrator")

    def set_bot_status(self, chat_id: int, status: MemberStatus) -> None:
        """Change the bot's own status in a group without sending an update."""
        self.set_member(chat_id, self.bot_id, status)

    def block_bot(self, user_id: int) -> None:
        """Make the user block the bot: sends to her private chat get 403 from now on."""
        if user_id not in self._users:
            self.add_user(user_id)
        self._users[user_id].blocked = True

    def unblock_bot(self, user_id: int) -> None:
        """Undo :meth:`block_bot`."""
        self._users[user_id].blocked = False

    def upgrade_to_supergroup(self, chat_id: int, new_chat_id: int) -> JSON:
        """Migrate a group: sends to the old id get 400 with ``migrate_to_chat_id`` after this."""
        old = self._group(chat_id)
        old.migrated_to = new_chat_id
        new = _Chat(
            new_chat_id,
            "supergroup",
            title=old.title,
            username=old.username,
            members=dict(old.members),
        )
        self._chats[new_chat_id] = new
        return self._chat_json(new)

    def commands(self, *, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        """Return the commands the bot set for a scope and language."""
        return list(self._commands.get(methods.commands_key(scope, language_code), []))

    def message(self, chat_id: int, message_id: int) -> JSON:
        """Return a copy of a message as it is now (after edits)."""
        return copy.deepcopy(self._messages[(chat_id, message_id)])

    @property
    def webhook_url(self) -> str | None:
        """Return the webhook URL the bot set, if any."""
        return self._webhook.url if self._webhook else None

    @property
    def webhook_secret(self) -> str | None:
        """Return the webhook secret token the bot set, if any."""
        return self._webhook.secret_token if self._webhook else None

    @property
    def pending_updates(self) -> list[JSON]:
        """Return the updates not yet confirmed by the bot (or not yet delivered by webhook)."""
        return list(self._updates)

    # ------------------------------------------------------------------ injecting updates

    def inject_update(self, payload: JSON) -> JSON:
        """Queue (or webhook-deliver) a raw update; the fake assigns ``update_id``."""
        # A snapshot: later edits of a stored message must not rewrite a queued update.
        update = {"update_id": next(self._update_ids), **copy.deepcopy(payload)}
        self._check_object("Update", update, "injected update")
        self._updates.append(update)
        self._notify()
        return update

    def inject_private_message(
        self,
        user_id: int,
        text: str,
        *,
        language_code: str | None = "en",
        first_name: str | None = None,
        last_name: str | None = None,
        username: str | None = None,
        reply_to_message_id: int | None = None,
    ) -> JSON:
        """Make a user write to the bot in private; returns the update."""
        self.add_user(
            user_id,
            first_name=first_name,
            last_name=last_name,
            username=username,
            language_code=language_code,
        )
        chat = self._private_chat(user_id)
        message = self._store_message(
            chat, self._users[user_id].to_json(), text, reply_to=reply_to_message_id
        )
        return self.inject_update({"message": message})

    def inject_group_message(
        self,
        chat_id: int,
        user_id: int,
        text: str,
        *,
        message_thread_id: int | None = None,
        reply_to_message_id: int | None = None,
        language_code: str | None = "en",
    ) -> JSON | None:
        """Make a member write in a group; returns the update, or None if privacy mode would
        hide it from the bot (not a command for it, not a reply to it, bot not an admin)."""
        chat = self._group(chat_id)
        if chat.migrated_to is not None:
            raise ValueError(f"chat {chat_id} migrated to {chat.migrated_to}")
        user = self._users.get(user_id)
        self.add_user(
            user_id,
            language_code=language_code,
            started=user.started if user else False,
        )
        if chat.members.get(user_id) not in _PRESENT:
            chat.members[user_id] = "member"
        message = self._store_message(
            chat,
            self._users[user_id].to_json(),
            text,
            thread_id=message_thread_id,
            reply_to=reply_to_message_id,
        )
        if not self._bot_sees(chat, message):
            return None
        return self.inject_update({"message": message})

    def inject_callback_query(self, user_id: int, chat_id: int, message_id: int, data: str) -> JSON:
        """Make a user press an inline button with ``data`` under a message; returns the update."""
        message = self._messages.get((chat_id, message_id))
        if message is None:
            raise ValueError(f"no message {message_id} in chat {chat_id}")
        if user_id not in self._users:
            self.add_user(user_id)
        query_id = str(next(self._query_ids))
        self._open_queries.add(query_id)
        query = {
            "id": query_id,
            "from": self._users[user_id].to_json(),
            "message": message,
            "chat_instance": str(abs(hash((self.bot_id, chat_id)))),
            "data": data,
        }
        return self.inject_update({"callback_query": query})

    def inject_my_chat_member(
        self,
        chat_id: int,
        new_status: MemberStatus,
        *,
        old_status: MemberStatus | None = None,
        from_user_id: int | None = None,
    ) -> JSON:
        """Change the bot's status in a chat and send the ``my_chat_member`` update.

        In a private chat (``chat_id`` = user id) "kicked" means blocked, "member" unblocked.
        """
        if chat_id > 0:
            if chat_id not in self._users:
                self.add_user(chat_id)
            chat = self._private_chat(chat_id)
            old = old_status or ("kicked" if self._users[chat_id].blocked else "member")
            self._users[chat_id].blocked = new_status == "kicked"
            actor = from_user_id or chat_id
        else:
            chat = self._group(chat_id)
            old = old_status or chat.members.get(self.bot_id, "left")
            chat.members[self.bot_id] = new_status
            actor = from_user_id or next(
                (uid for uid, status in chat.members.items() if status == "creator"), 0
            )
            if not actor:
                raise ValueError("pass from_user_id: the group has no owner to act")
        if actor not in self._users:
            self.add_user(actor)
        bot = self._bot_json()
        payload = {
            "chat": self._chat_json(chat),
            "from": self._users[actor].to_json(),
            "date": self._now(),
            "old_chat_member": self._member_json(chat, bot, old),
            "new_chat_member": self._member_json(chat, bot, new_status),
        }
        return self.inject_update({"my_chat_member": payload})

    def inject_chat_member(
        self,
        chat_id: int,
        user_id: int,
        new_status: MemberStatus,
        *,
        from_user_id: int | None = None,
    ) -> JSON | None:
        """Change a member's status in a group and send the ``chat_member`` update.

        As on Telegram, the update is sent only if the bot administers the group (and asked
        for ``chat_member`` in ``allowed_updates``); otherwise None is returned, the status
        changed all the same.
        """
        chat = self._group(chat_id)
        if user_id not in self._users:
            self.add_user(user_id)
        old = chat.members.get(user_id, "left")
        chat.members[user_id] = new_status
        if chat.members.get(self.bot_id) not in ("administrator", "creator"):
            return None
        actor = from_user_id or next(
            (uid for uid, status in chat.members.items() if status == "creator"), user_id
        )
        if actor not in self._users:
            self.add_user(actor)
        user = self._users[user_id].to_json()
        payload = {
            "chat": self._chat_json(chat),
            "from": self._users[actor].to_json(),
            "date": self._now(),
            "old_chat_member": self._member_json(chat, user, old),
            "new_chat_member": self._member_json(chat, user, new_status),
        }
        return self.inject_update({"chat_member": payload})

    # ------------------------------------------------------------------ faults and stubs

    def fail_next(
        self,
        method: str,
        fault: Fault,
        *,
        times: int = 1,
        chat_id: int | str | None = None,
        after: int = 0,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` (optionally to one chat) with a fault,
        once ``after`` such calls have been answered normally (``after=1``: the second part
        of a reply sent in two)."""
        for _ in range(after):
            self._faults.append((self._canonical(method), _PASS, 1, chat_id))
        self._faults.append((self._canonical(method), fault, times, chat_id))

    def stub(self, method: str, result: Any | Callable[[Params], Any]) -> None:
        """Answer an otherwise unimplemented method with a fixed result or ``result(params)``."""
        self._stubs[self._canonical(method)] = result if callable(result) else (lambda _: result)

    def _take_fault(self, method: str, params: Params) -> Fault | None:
        for index, (name, fault, times, chat_id) in enumerate(self._faults):
            if name != method:
                continue
            if chat_id is not None and str(params.get("chat_id")) != str(chat_id):
                continue
            if times <= 1:
                del self._faults[index]
            else:
                self._faults[index] = (name, fault, times - 1, chat_id)
            return fault
        return None

    # ------------------------------------------------------------------ inspecting calls

    def calls_to(self, method: str) -> list[Call]:
        """Return the recorded calls of one method, in order."""
        name = self._canonical(method)
        return [call for call in self.calls if call.method == name]

    def sent_documents(self, chat_id: int | str | None = None) -> list[Params]:
        """Return the params of every successful sendDocument (optionally to one chat).

        An uploaded file is ``params["document"]``, an :class:`UploadedFile`.
        """
        return [
            call.params
            for call in self.calls
            if call.method == "sendDocument"
            and call.status == 200
            and (chat_id is None or str(call.params.get("chat_id")) == str(chat_id))
        ]

    def sent_messages(self, chat_id: int | str | None = None) -> list[Params]:
        """Return the params of every successful sendMessage (optionally to one chat), in order."""
        return [
            call.params
            for call in self.calls
            if call.method == "sendMessage"
            and call.status == 200
            and (chat_id is None or str(call.params.get("chat_id")) == str(chat_id))
        ]

    async def wait_for(
        self,
        method: str,
        predicate: Callable[[Params], bool] | None = None,
        count: int = 1,
        timeout: float = 5.0,  # noqa: ASYNC109 - the fake's clock, not a cancellation scope
        *,
        answered: bool = True,
    ) -> list[Call]:
        """Wait until ``count`` calls of ``method`` matching ``predicate(params)`` were made.

        With ``answered`` (the default) a call counts once the fake has answered it, so its
        ``status`` is known; pass False to wait for a long poll that is still open.
        Raises AssertionError listing the calls seen when ``timeout`` passes.
        """
        name = self._canonical(method)

        def matching() -> list[Call]:
            return [
                call
                for call in self.calls
                if call.method == name
                and (call.done or not answered)
                and (predicate is None or predicate(call.params))
            ]

        await self._wait_until(
            lambda: len(matching()) >= count,
            timeout,
            lambda: f"{count} {name} call(s); saw {[c.method for c in self.calls]}",
        )
        return matching()[:count]

    async def wait_for_webhook(
        self,
        count: int = 1,
        timeout: float = 5.0,  # noqa: ASYNC109 - as in wait_for
    ) -> list[WebhookDelivery]:
        """Wait until ``count`` updates were delivered to the webhook with a 2xx answer."""

        def delivered() -> list[WebhookDelivery]:
            return [d for d in self.webhook_deliveries if d.ok]

        await self._wait_until(
            lambda: len(delivered()) >= count,
            timeout,
            lambda: f"{count} webhook deliveries; saw {self.webhook_deliveries}",
        )
        return delivered()[:count]

    def assert_spec_clean(self) -> None:
        """Fail if any request or response broke the API description (no-op when not loaded).

        Tests whose point is spec conformance should call ``telegram_spec.require_spec()``
        first, so they skip instead of passing vacuously when the description is absent.
        """
        if self.spec_violations:
            listing = "\n  ".join(self.spec_violations)
            raise AssertionError(f"{len(self.spec_violations)} spec violation(s):\n  {listing}")

    async def _wait_until(
        self, condition: Callable[[], bool], seconds: float, describe: Callable[[], str]
    ) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while True:
            event = self._changed
            if condition():
                return
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(f"timed out after {seconds}s waiting for {describe()}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    # ------------------------------------------------------------------ HTTP plumbing

    def _canonical(self, method: str) -> str:
        known = self._names.get(method.lower())
        if known:
            return known
        if self._spec is not None:
            return self._spec.canonical_method(method) or method
        return method

    async def _read_params(self, method: str, request: web.Request) -> Params:
        raw: dict[str, str] = dict(request.query)
        files: dict[str, UploadedFile] = {}
        typed: Params = {}
        if request.content_type == "application/json" and request.can_read_body:
            body = await request.json()
            if isinstance(body, dict):
                typed = body
        elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            for key, value in (await request.post()).items():
                if isinstance(value, web.FileField):
                    files[key] = UploadedFile(value.filename, value.content_type, value.file.read())
                else:
                    raw[key] = str(value)
        params: Params = {
            key: decode_value(
                key, value, self._spec.param_types(method, key) if self._spec else None
            )
            for key, value in raw.items()
        }
        params.update(typed)
        for part, upload in files.items():
            refs = [key for key, value in params.items() if value == f"attach://{part}"]
            for key in refs:
                params[key] = upload
            if not refs:
                params[part] = upload
        return params

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        method = self._canonical(request.match_info["method"])
        params = await self._read_params(method, request)
        call = Call(method, params, time.monotonic())
        self.calls.append(call)
        self._notify()
        self._answering += 1
        self.most_at_once = max(self.most_at_once, self._answering)
        try:
            response = await self._answer(request, call)
            if self.round_trip:
                await asyncio.sleep(self.round_trip)
            call.status = response.status
            if response.status == 429:
                self.http_429 += 1
            return response
        finally:
            self._answering -= 1
            call.done = True
            self._notify()

    async def _answer(self, request: web.Request, call: Call) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return self._error(_ApiError(401, "Unauthorized"))
        if self._spec is not None:
            self.spec_violations += [
                f"request {problem}"
                for problem in self._spec.check_request(call.method, call.params)
            ]
        fault = self._take_fault(call.method, call.params)
        if fault is _PASS:
            fault = None
        if fault is not None:
            if fault.kind == "error":
                return self._error(_ApiError(fault.status, fault.description, fault.parameters))
            if fault.kind == "disconnect":
                if request.transport is not None:
                    request.transport.abort()
                raise web.HTTPException()  # nothing is written to an aborted transport
            await asyncio.sleep(fault.delay)
        handler = self._handlers.get(call.method)
        stub = self._stubs.get(call.method)
        try:
            if handler is not None:
                result = await handler(call.params)
            elif stub is not None:
                if call.method in SEND_METHODS:
                    self._admit(self._chat(call.params), call.params)
                result = stub(call.params)
            else:
                raise _ApiError(404, "Not Found: method not found")
        except _ApiError as error:
            return self._error(error)
        if self._spec is not None and call.method != "getUpdates":  # checked when injected
            self.spec_violations += [
                f"response {problem}" for problem in self._spec.check_result(call.method, result)
            ]
        call.result = copy.deepcopy(result)
        body: JSON = {"ok": True, "result": result}
        if call.method in ("setWebhook", "deleteWebhook"):
            body["description"] = "Webhook was set" if self._webhook else "Webhook was deleted"
        return web.json_response(body)

    @staticmethod
    def _error(error: _ApiError) -> web.Response:
        body: JSON = {"ok": False, "error_code": error.status, "description": error.description}
        if error.parameters:
            body["parameters"] = dict(error.parameters)
        return web.json_response(body, status=error.status)

    def _check_object(self, type_name: str, value: JSON, where: str) -> None:
        if self._spec is not None:
            self.spec_violations += [
                f"{where}: {problem}" for problem in self._spec.check_object(type_name, value)
            ]

    # ------------------------------------------------------------------ JSON builders

    def _now(self) -> int:
        return int(self._clock())

    def _bot_json(self) -> JSON:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    def _chat_json(self, chat: _Chat) -> JSON:
        data: JSON = {"id": chat.id, "type": chat.type}
        if chat.type == "private":
            user = self._users[chat.id]
            data["first_name"] = user.first_name
            if user.last_name is not None:
                data["last_name"] = user.last_name
            if user.username is not None:
                data["username"] = user.username
            return data
        data["title"] = chat.title or ""
        if chat.username:
            data["username"] = chat.username
        if chat.is_forum:
            data["is_forum"] = True
        return data

    def _member_json(self, chat: _Chat, user: JSON, status: str) -> JSON:
        if status == "creator":
            return {"status": status, "user": user, "is_anonymous": False}
        if status == "administrator":
            rights: JSON = {
                "can_be_edited": False,
                "is_anonymous": False,
                "can_manage_chat": True,
                "can_delete_messages": True,
                "can_manage_video_chats": True,
                "can_restrict_members": True,
                "can_promote_members": False,
                "can_change_info": True,
                "can_invite_users": True,
                "can_post_stories": False,
                "can_edit_stories": False,
                "can_delete_stories": False,
            }
            if chat.type == "supergroup":
                rights["can_pin_messages"] = True
                rights["can_manage_topics"] = chat.is_forum
            return {"status": status, "user": user, **rights}
        if status == "restricted":
            flags = [
                "can_send_messages",
                "can_send_audios",
                "can_send_documents",
                "can_send_photos",
                "can_send_videos",
                "can_send_video_notes",
                "can_send_voice_notes",
                "can_send_polls",
                "can_send_other_messages",
                "can_add_web_page_previews",
                "can_react_to_messages",
                "can_change_info",
                "can_invite_users",
                "can_pin_messages",
                "can_manage_topics",
                "can_edit_tag",
            ]
            restricted: JSON = {"status": status, "user": user, "is_member": True, "until_date": 0}
            restricted.update(dict.fromkeys(flags, False))
            return restricted
        if status == "kicked":
            return {"status": status, "user": user, "until_date": 0}
        return {"status": status, "user": user}

    def _next_message_id(self, chat: _Chat) -> int:
        message_id = chat.next_message_id
        chat.next_message_id += 1
        return message_id

    def _store_message(
        self,
        chat: _Chat,
        sender: JSON,
        text: str,
        *,
        entities: list[JSON] | None = None,
        thread_id: int | None = None,
        reply_to: int | None = None,
        reply_markup: JSON | None = None,
        document: JSON | None = None,
    ) -> JSON:
        message: JSON = {
            "message_id": self._next_message_id(chat),
            "from": sender,
            "chat": self._chat_json(chat),
            "date": self._now(),
        }
        if thread_id is not None and chat.is_forum:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        if reply_to is not None:
            original = self._messages.get((chat.id, reply_to))
            if original is not None:
                message["reply_to_message"] = {
                    k: v for k, v in original.items() if k != "reply_to_message"
                }
        if document is not None:
            message["document"] = document
            if text:
                message["caption"] = text
            if entities:
                message["caption_entities"] = entities
        else:
            message["text"] = text
            if entities is None and not sender["is_bot"]:
                entities = self._command_entities(text)
            if entities:
                message["entities"] = entities
        if reply_markup is not None:
            message["reply_markup"] = reply_markup
        self._messages[(chat.id, message["message_id"])] = message
        return message

    def _command_entities(self, text: str) -> list[JSON]:
        if not text.startswith("/"):
            return []
        word = text.split(maxsplit=1)[0]
        return [{"type": "bot_command", "offset": 0, "length": _utf16_len(word)}]

    def _bot_sees(self, chat: _Chat, message: JSON) -> bool:
        if not self.privacy_mode or chat.members.get(self.bot_id) in ("creator", "administrator"):
            return True
        reply = message.get("reply_to_message")
        if reply is not None and reply.get("from", {}).get("id") == self.bot_id:
            return True
        text: str = message.get("text", "")
        if not text.startswith("/"):
            return False
        _, _, addressee = text.split(maxsplit=1)[0].partition("@")
        return not addressee or addressee.lower() == self.bot_username.lower()

    # ------------------------------------------------------------------ chat resolution

    def _group(self, chat_id: int) -> _Chat:
        chat = self._chats.get(chat_id)
        if chat is None or chat.type == "private":
            raise ValueError(f"no group {chat_id}; call add_group first")
        return chat

    def _private_chat(self, user_id: int) -> _Chat:
        chat = self._chats.get(user_id)
        if chat is None:
            chat = self._chats[user_id] = _Chat(user_id, "private")
        return chat

    def _chat(self, params: Params) -> _Chat:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise _bad_request("chat_id is empty")
        if isinstance(chat_id, str):
            if chat_id.lstrip("-").isdigit():
                chat_id = int(chat_id)
            else:
                name = chat_id.removeprefix("@").lower()
                for candidate in self._chats.values():
                    if (candidate.username or "").lower() == name:
                        return candidate
                raise _bad_request("chat not found")
        if not isinstance(chat_id, int):
            raise _bad_request("chat not found")
        chat = self._chats.get(chat_id)
        if chat is None and chat_id in self._users:
            chat = self._private_chat(chat_id)
        if chat is None:
            raise _bad_request("chat not found")
        return chat

    def _check_can_send(self, chat: _Chat) -> None:
        if chat.migrated_to is not None:
            raise _ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": chat.migrated_to},
            )
        if chat.type == "private":
            user = self._users[chat.id]
            if user.is_bot:
                raise _ApiError(403, "Forbidden: bot can't send messages to bots")
            if user.blocked:
                raise _ApiError(403, "Forbidden: bot was blocked by the user")
            if not user.started:
                raise _ApiError(403, "Forbidden: bot can't initiate conversation with a user")
            return
        status = chat.members.get(self.bot_id, "left")
        if status == "kicked":
            raise _ApiError(403, f"Forbidden: bot was kicked from the {chat.type} chat")
        if status not in _PRESENT:
            raise _ApiError(403, f"Forbidden: bot is not a member of the {chat.type} chat")

    def _admit(self, chat: _Chat, params: Params | None = None) -> None:
        if self._flood is None:
            return
        paid = bool(params and params.get("allow_paid_broadcast") is True)
        wait = self._flood.admit(chat.id, time.monotonic(), paid=paid)
        if wait > 0:
            retry_after = max(1, math.ceil(wait))
            raise _ApiError(
                429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
            )

    def _message_text(self, params: Params) -> tuple[str, list[JSON] | None]:
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise _bad_request("message text is empty")
        entities: list[JSON] | None = params.get("entities")
        if str(params.get("parse_mode", "")).lower() == "html":
            text, entities = _HtmlEntities(text).result()
            if not text.strip():
                raise _bad_request("message text is empty")
        if _utf16_len(text) > _MESSAGE_LIMIT:
            raise _bad_request("message is too long")
        return text, entities or None

    @staticmethod
    def _inline_markup(markup: Any) -> JSON | None:
        if not isinstance(markup, dict) or "inline_keyboard" not in markup:
            return None  # reply keyboards are accepted but not echoed in the Message
        for row in markup["inline_keyboard"]:
            for button in row:
                data = button.get("callback_data")
                if data is not None and len(str(data).encode()) > _CALLBACK_DATA_LIMIT:
                    raise _bad_request("BUTTON_DATA_INVALID")
        return markup
