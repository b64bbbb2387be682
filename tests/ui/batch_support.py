"""Helpers for the tests and screenshots of batches (many files at once): a simulator whose limit
is small, a window on the audio task, waiting with the history poked (tiny recordings and the
count of tasks taken are in tests/support.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from nctask_desktop.demo import DemoServer
from tests.support import alice_server

AUDIO = "core:audio2text"


def fast_server() -> DemoServer:
    """The simulator with alice; its own limit (10 per second) is looser than the app's in the
    tests, so the app's queue is what makes batches wait."""
    server = alice_server(task_seconds=0.1, rate_limit=10, rate_window=1.0)
    server.start()
    return server


async def until_poked(window: Any, done: Callable[[], object], timeout: float = 60) -> None:
    """Wait, poking the history's polling (the simulator's tasks end fast)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not done():
        if loop.time() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {done}")
        if window.session is not None:
            window.session.history.poller.poke()
        await asyncio.sleep(0.05)


def choose_audio(window: Any) -> None:
    window.type_browser.select_type(AUDIO)
    assert window.type_browser.current_id == AUDIO
