"""Helpers shared by the tests (Qt-free): recorded server replies, OCS envelopes, mock
clients, a fake clock.

Test modules import helpers from here (or tests/ui/support.py), never from another test module.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from nctask_desktop.api import NextcloudClient

RECORDED = Path(__file__).parent / "data" / "recorded"


def recorded_data(name: str) -> Any:
    """The `ocs.data` of a reply recorded from a real Nextcloud 30."""
    return json.loads((RECORDED / "nc30" / f"{name}.body").read_bytes())["ocs"]["data"]


def ok(data: Any) -> dict[str, Any]:
    """An OCS envelope that says "ok" around `data`."""
    return {"ocs": {"meta": {"status": "ok", "statuscode": 200, "message": "OK"}, "data": data}}


def task_json(i: int, status: str = "STATUS_RUNNING", **kw: Any) -> dict[str, Any]:
    """A task as the server sends it."""
    return {
        "id": i,
        "type": "core:text2text",
        "status": status,
        "input": {"input": f"t{i}"},
        "output": None,
        **kw,
    }


def mock_client(handler: Callable[[httpx.Request], Any], **kwargs: Any) -> NextcloudClient:
    """A client of https://x.org whose requests `handler` answers (httpx.MockTransport)."""
    return NextcloudClient(
        "https://x.org", "a", "p", transport=httpx.MockTransport(handler), **kwargs
    )


class RecordingHandler:
    """A MockTransport handler that keeps every request it answers with `reply`."""

    def __init__(self, reply: Callable[[httpx.Request], httpx.Response]) -> None:
        self.reply = reply
        self.requests: list[httpx.Request] = []

    @property
    def calls(self) -> int:
        return len(self.requests)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.reply(request)


async def cancelled(runner: asyncio.Task[Any]) -> None:
    """Cancel a background task and wait until it has ended with CancelledError."""
    runner.cancel()
    with pytest.raises(asyncio.CancelledError):
        await runner


class FakeTime:
    """A clock and a sleep that moves it: services tests run without waiting."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


def tls_server(ca: Any, port: int = 0) -> Any:
    """A started simulator over https with a certificate of `ca` (a trustme.CA no computer
    trusts), for alice (app password "pw")."""
    import ssl

    from nctask_desktop.demo import DemoServer, DemoUser

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    server = DemoServer(users=[DemoUser("alice", "pw", "Alice")], port=port, tls=context)
    server.start()
    return server
