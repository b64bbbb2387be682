"""Work a session runs on the side (saving results, cancelling on the server…): kept until it ends,
its unexpected failures handed to the event loop's handler, cancelled when the session closes."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any


class Background:
    """The background tasks of one session."""

    def __init__(self, failure: str) -> None:
        self.failure = failure
        """What the loop's exception handler is told when a task fails ("the chat failed")."""
        self.tasks: set[asyncio.Task[Any]] = set()
        self.closed = False
        """Set by `close`: the session takes no new work."""

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        task.add_done_callback(self._report)

    def close(self) -> None:
        """Cancel what runs (`settle` waits for it to end)."""
        self.closed = True
        for task in list(self.tasks):
            task.cancel()

    async def settle(self) -> None:
        """Wait until every task has ended, those they started too (tests; closing)."""
        while self.tasks:
            await asyncio.gather(*list(self.tasks), return_exceptions=True)

    def _report(self, task: asyncio.Task[Any]) -> None:
        if not task.cancelled() and (exc := task.exception()) is not None:
            task.get_loop().call_exception_handler(
                {"message": self.failure, "exception": exc, "task": task}
            )
