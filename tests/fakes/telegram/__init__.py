"""A fake Telegram Bot API on 127.0.0.1 for end-to-end tests of the real python-telegram-bot.

Usage::

    async with FakeTelegram() as fake:
        fake.add_user(42, first_name="Ada", language_code="en")
        fake.add_group(-100123, "Circle", forum=True, owner_id=7)
        bot = telegram.Bot(fake.token, base_url=fake.base_url)
        async with bot:
            await bot.send_message(42, "hello")
        assert fake.sent_messages(42)[0]["text"] == "hello"

        app = ApplicationBuilder().token(fake.token).base_url(fake.base_url).build()
        ...                                             # long polling works as on Telegram
        fake.inject_private_message(42, "/start")
        await fake.wait_for("sendMessage", lambda p: p["chat_id"] == 42)

The package: ``server.py`` holds :class:`FakeTelegram` (its world, injecting updates,
inspecting calls, the HTTP plumbing), ``methods.py`` and ``webhook.py`` the Bot API methods it
answers, ``wire.py`` the values a test sees and the API's limits and errors, ``flood.py`` the
flood limits, ``html.py`` the HTML parse mode, ``world.py`` its users and chats.

What it models: long polling (``getUpdates`` with ``offset``/``timeout``/``limit``/
``allowed_updates``, a newer poll terminating an older one with 409), webhooks (``setWebhook`` makes
the fake POST updates as JSON with ``X-Telegram-Bot-Api-Secret-Token`` to a loopback URL, retrying
until it answers 2xx), chats, users, members and the bot's own status, files sent with
``sendDocument`` (a multipart upload, kept in ``uploads``; captions up to 1024 characters), the
errors Telegram answers (blocked, kicked, never started, chat not found, migrated, not modified,
message too long, bad HTML), flood limits as strict sliding windows (:class:`FloodLimits`), one-shot
faults (:class:`Fault`, :meth:`FakeTelegram.fail_next`), refused connections
(:meth:`FakeTelegram.refusing_connections`) and, when ``HOLDSPACE_API_SPECS`` is set, a check of
every request and response against the Bot API description (``tests/fakes/telegram_spec.py``).
Methods it does not implement answer 404 unless given a canned result with
:meth:`FakeTelegram.stub`. ``parse_mode="HTML"`` is parsed like Telegram does (tags stripped,
entities returned, unsupported or unbalanced tags rejected); Markdown modes pass through unparsed.

python-telegram-bot's wire format (22.x, ``telegram/request/``), which the decoder follows:

- Every request is a POST to ``<base_url><token>/<method>``; the fake's ``base_url`` ends in
  ``/bot`` for that reason.
- Parameters go as ``application/x-www-form-urlencoded`` fields, or as ``multipart/form-data``
  when a file is uploaded. A method without parameters (``getMe``) sends an empty body with *no*
  form content type at all.
- Each value is ``json.dumps(value)`` except ``str`` values, which go verbatim. ``chat_id=123`` and
  ``text="123"`` are therefore both the bytes ``123`` on the wire: only the parameter's declared
  type can tell them apart, so decoding is per parameter (``telegram_spec.decode_value``).
  Booleans arrive as ``true``/``false``; ``reply_markup`` is a JSON string; datetimes are Unix
  timestamps; ``None`` values are dropped before sending.
- An uploaded file is a multipart part named after the parameter (or after its ``attach://``
  name). The fake decodes it to :class:`UploadedFile`.
- HTTP status decides the exception: 403 ``Forbidden``, 400 ``BadRequest``, 401/404
  ``InvalidToken``, 409 ``Conflict``, anything else ``NetworkError``; but a response carrying
  ``parameters.migrate_to_chat_id`` or ``parameters.retry_after`` raises ``ChatMigrated`` /
  ``RetryAfter`` whatever the status. A dropped connection becomes ``NetworkError``
  ("httpx.RemoteProtocolError"), a client-side timeout ``TimedOut``, a refused connection
  ``NetworkError`` ("httpx.ConnectError").

Proxies: PTB's ``HTTPXRequest`` builds an ``httpx.AsyncClient`` with ``trust_env`` left on and
no transport, so it *does* honour ``HTTP_PROXY``/``HTTPS_PROXY``/``ALL_PROXY`` (and
``NO_PROXY``) from the environment, read once when the ``Bot`` is constructed. httpx has no
built-in loopback exemption: with ``ALL_PROXY`` set, requests to 127.0.0.1 go to the proxy.
So while the fake runs it appends ``127.0.0.1,localhost,::1`` to ``NO_PROXY``/``no_proxy`` (and
restores them on exit); build the ``Bot``/``Application`` inside ``async with FakeTelegram()``.
Pass ``bypass_proxies=False`` to opt out. The fake's own webhook client (aiohttp) ignores proxy
variables (``trust_env=False``), and it refuses webhook URLs that are not on loopback.
"""

from tests.fakes.telegram.flood import FloodLimits
from tests.fakes.telegram.server import FakeTelegram
from tests.fakes.telegram.wire import FAKE_TOKEN, Call, Fault, UploadedFile, WebhookDelivery

__all__ = [
    "FAKE_TOKEN",
    "Call",
    "FakeTelegram",
    "Fault",
    "FloodLimits",
    "UploadedFile",
    "WebhookDelivery",
]
