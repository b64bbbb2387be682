"""Helpers for the tests and screenshots of batches (many files at once): tiny recordings, a
simulator whose limit is small, a window on the audio task, waiting with the history poked."""

from __future__ import annotations

import asyncio
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nctask_desktop.demo import DemoServer, DemoUser

AUDIO = "core:audio2text"


def wav(path: Path, seconds: float = 0.05) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(bytes(int(8000 * seconds) * 2))
    return path


def recordings(folder: Path, count: int) -> list[Path]:
    return [wav(folder / f"interview {i:02d}.wav") for i in range(1, count + 1)]


def fast_server() -> DemoServer:
    """The simulator with alice; its own limit (10 per second) is looser than the app's in the
    tests, so the app's queue is what makes batches wait."""
    server = DemoServer(
        users=[DemoUser("alice", "alice-app-password", "Alice Liddell")],
        task_seconds=0.1,
        rate_limit=10,
        rate_window=1.0,
    )
    server.start()
    return server


def schedules(server: DemoServer) -> int:
    """How many tasks the server took."""
    return sum(
        1
        for r in server.requests
        if r.method == "POST" and r.path.endswith("/schedule") and r.status == 200
    )


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
