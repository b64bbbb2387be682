"""The injectable time of the services: tests hand in a fake clock and a fake sleep."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

Clock = Callable[[], float]
"""Seconds: time.time for wall-clock times, time.monotonic for intervals."""
Sleep = Callable[[float], Awaitable[None]]
"""asyncio.sleep, or a fake that advances a fake clock."""
