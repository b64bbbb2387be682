"""Helpers shared by the tests (Qt-free): recorded server replies, OCS envelopes, a fake clock.

Test modules import helpers from here (or tests/ui/support.py), never from another test module.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

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
