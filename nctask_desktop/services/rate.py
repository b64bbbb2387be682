"""The server's scheduling limit as the queue keeps to it: a sliding window of schedule calls."""

from __future__ import annotations

import time
from collections import deque

from nctask_desktop.api import errors as e
from nctask_desktop.services.clock import Clock

SCHEDULE_LIMIT = 20
SCHEDULE_WINDOW = 120.0
REFUSED_RETRY = 15.0
"""After a 429 the server gives no hint of when to retry: look again after this many seconds."""
OFFLINE_RETRY = (5.0, 10.0, 20.0, 40.0, 60.0)
"""Seconds before the next try while the server cannot be reached, then every minute."""


def is_transient(exc: BaseException) -> bool:
    """The server could not be reached, or is in maintenance: try again later, nothing is lost."""
    if isinstance(exc, e.CertificateError):
        return False  # needs the user's decision
    return isinstance(exc, e.ConnectionFailedError | e.MaintenanceError)


class RateWindow:
    """A sliding window of schedule calls: at most `limit` in any `window` seconds."""

    def __init__(
        self,
        limit: int = SCHEDULE_LIMIT,
        window: float = SCHEDULE_WINDOW,
        *,
        retry_step: float = REFUSED_RETRY,
        clock: Clock = time.monotonic,
    ) -> None:
        self.limit = max(1, limit)
        self.window = window
        self.retry_step = retry_step
        self._clock = clock
        self._calls: deque[float] = deque()
        self._blocked_until = 0.0

    def _expire(self, now: float) -> None:
        while self._calls and self._calls[0] + self.window <= now:
            self._calls.popleft()

    def wait_time(self) -> float:
        """Seconds until a call may be made (0 when now)."""
        now = self._clock()
        self._expire(now)
        wait = max(0.0, self._blocked_until - now)
        if len(self._calls) >= self.limit:
            wait = max(wait, self._calls[len(self._calls) - self.limit] + self.window - now)
        return wait

    def record(self) -> None:
        """A call reached the server and counted against the limit."""
        now = self._clock()
        self._expire(now)
        self._calls.append(now)

    def refused(self) -> None:
        """The server answered 429: its window is full, whatever this record says."""
        self._blocked_until = self._clock() + self.retry_step

    @property
    def used(self) -> int:
        self._expire(self._clock())
        return len(self._calls)
