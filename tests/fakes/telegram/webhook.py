"""Webhooks: setWebhook and its kin, and the fake POSTing updates to the bot."""

from __future__ import annotations

import asyncio
import json
import time
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import aiohttp

from tests.fakes.telegram.methods import deliverable
from tests.fakes.telegram.wire import (
    _LOOPBACK_HOSTS,
    _SECRET_TOKEN,
    JSON,
    Params,
    WebhookDelivery,
    _bad_request,
)
from tests.fakes.telegram.world import _Webhook

if TYPE_CHECKING:
    from tests.fakes.telegram.server import FakeTelegram


async def set_webhook(fake: FakeTelegram, params: Params) -> bool:
    url = params.get("url")
    if not url:
        return await delete_webhook(fake, params)
    parts = urlsplit(str(url))
    if parts.scheme not in ("http", "https") or parts.hostname not in _LOOPBACK_HOSTS:
        raise _bad_request("bad webhook: this fake only delivers to http(s)://127.0.0.1")
    secret = params.get("secret_token")
    if secret is not None and not _SECRET_TOKEN.fullmatch(str(secret)):
        raise _bad_request("secret token contains unallowed characters")
    if params.get("drop_pending_updates"):
        fake._updates.clear()
    if "allowed_updates" in params:
        fake._allowed_updates = list(params["allowed_updates"] or [])
    fake._webhook = _Webhook(
        url=str(url),
        secret_token=secret,
        max_connections=int(params.get("max_connections") or 40),
        ip_address=params.get("ip_address"),
        has_custom_certificate="certificate" in params,
    )
    if fake._webhook_task is None or fake._webhook_task.done():
        fake._webhook_task = asyncio.create_task(deliver_webhooks(fake))
    fake._notify()
    return True


async def delete_webhook(fake: FakeTelegram, params: Params) -> bool:
    fake._webhook = None
    if params.get("drop_pending_updates"):
        fake._updates.clear()
    fake._notify()
    return True


async def get_webhook_info(fake: FakeTelegram, params: Params) -> JSON:
    hook = fake._webhook
    info: JSON = {
        "url": hook.url if hook else "",
        "has_custom_certificate": bool(hook and hook.has_custom_certificate),
        "pending_update_count": len(deliverable(fake)),
    }
    if hook is not None:
        info["max_connections"] = hook.max_connections
        if hook.ip_address:
            info["ip_address"] = hook.ip_address
        if hook.last_error_date is not None:
            info["last_error_date"] = hook.last_error_date
            info["last_error_message"] = hook.last_error_message or ""
    if fake._allowed_updates:
        info["allowed_updates"] = list(fake._allowed_updates)
    return info


async def deliver_webhooks(fake: FakeTelegram) -> None:
    while not fake._closed:
        event = fake._changed
        hook = fake._webhook
        if hook is None:
            return
        ready = deliverable(fake)
        if not ready:
            await event.wait()
            continue
        update = ready[0]
        status, error = await _post_update(fake, hook, update)
        fake.webhook_deliveries.append(
            WebhookDelivery(update["update_id"], hook.url, status, error, time.monotonic())
        )
        if status is not None and 200 <= status < 300:
            fake._updates = [u for u in fake._updates if u is not update]
        else:
            hook.last_error_date = fake._now()
            hook.last_error_message = error
        fake._notify()
        if status is None or not 200 <= status < 300:
            await asyncio.sleep(fake.webhook_retry_delay)


async def _post_update(
    fake: FakeTelegram, hook: _Webhook, update: JSON
) -> tuple[int | None, str | None]:
    assert fake._session is not None
    headers = {"Content-Type": "application/json"}
    if hook.secret_token:
        headers["X-Telegram-Bot-Api-Secret-Token"] = hook.secret_token
    try:
        async with fake._session.post(
            hook.url,
            data=json.dumps(update),
            headers=headers,
            timeout=aiohttp.ClientTimeout(total=5),
        ) as response:
            await response.read()
            if 200 <= response.status < 300:
                return response.status, None
            return (
                response.status,
                f"Wrong response from the webhook: {response.status} {response.reason}",
            )
    except (aiohttp.ClientError, OSError, TimeoutError) as exc:
        return None, f"Connection failed: {exc.__class__.__name__}"
