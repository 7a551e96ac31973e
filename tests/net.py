"""Reaching a running `holdspace run` over loopback HTTP: a free address for its pages,
fetching them, and waiting until they answer."""

from __future__ import annotations

import asyncio
import socket
import urllib.error
import urllib.request


def free_address() -> str:
    """Return a loopback address with a port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"127.0.0.1:{probe.getsockname()[1]}"


def fetch(address: str, path: str) -> tuple[int, str]:
    """GET a page straight from 127.0.0.1 (no proxy from the environment)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(f"http://{address}{path}", timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


async def get(address: str, path: str) -> tuple[int, str]:
    """GET a page without blocking the event loop; return its status and text."""
    return await asyncio.to_thread(fetch, address, path)


async def wait_for_page(address: str, process: asyncio.subprocess.Process) -> None:
    """Wait until a running process answers /healthz (up to 30 s)."""
    for _ in range(300):
        if process.returncode is not None:
            raise AssertionError("holdspace run stopped")
        try:
            await get(address, "/healthz")
            return
        except OSError:
            await asyncio.sleep(0.1)
    raise AssertionError("no /healthz")
