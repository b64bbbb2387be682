"""Submitting tasks: a client-side queue that uploads local files, then schedules under the rate limit.

The server lets a user schedule 20 tasks per 120 s (a sliding window; calls it refuses with 429 do not
count, calls that fail otherwise do). The queue keeps its own record of calls and waits before the
server would refuse; when the server refuses anyway (other devices of the same user), the submission
stays at the head of the queue and is tried again later: nothing is lost. A 401 pauses the queue until
the account is signed in again. Plain asyncio, no Qt: the clock and sleep are injectable for tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import itertools
import logging
import os
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nctask_desktop.api import NextcloudClient, Task, WebDav
from nctask_desktop.api import errors as e
from nctask_desktop.services.clock import Clock, Sleep

from .tasks import (
    APP_ID,
    LocalFile,
    find_by_custom_id,
    local_files,
    new_custom_id,
    upload_local_files,
)

log = logging.getLogger(__name__)

SCHEDULE_LIMIT = 20
SCHEDULE_WINDOW = 120.0
REFUSED_RETRY = 15.0
"""After a 429 the server gives no hint of when to retry: look again after this many seconds."""


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


class SubmissionState(enum.Enum):
    QUEUED = "queued"
    """Waiting for its turn in this app's queue."""
    UPLOADING = "uploading"
    WAITING = "waiting"
    """Waiting for the server's rate limit (20 new tasks per 2 minutes)."""
    SENDING = "sending"
    SCHEDULED = "scheduled"
    """The server has the task (`Submission.task`)."""
    PAUSED = "paused"
    """The server refused the credentials; waits for the account to be signed in again."""
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def is_final(self) -> bool:
        return self in (
            SubmissionState.SCHEDULED,
            SubmissionState.FAILED,
            SubmissionState.CANCELLED,
        )


@dataclass(eq=False)
class Submission:
    """One task the user asked for, on its way to the server."""

    number: int
    type_id: str
    type_name: str
    inputs: Mapping[str, Any]
    """The input as the form gave it, with LocalFile placeholders for files on this computer."""
    custom_id: str
    state: SubmissionState = SubmissionState.QUEUED
    task: Task | None = None
    error: BaseException | None = None
    uploaded: int = 0
    upload_total: int = 0
    ready_at: float | None = None
    """While WAITING: the clock time when the rate limit allows the next try."""
    refusals: int = 0
    """How often the server answered 429 to this submission."""
    prepared: dict[str, Any] | None = field(default=None, repr=False)
    """The input with file ids in place of local files, once uploaded."""

    @property
    def has_local_files(self) -> bool:
        return bool(local_files(self.inputs))

    @property
    def upload_fraction(self) -> float | None:
        if self.upload_total <= 0:
            return None
        return min(1.0, self.uploaded / self.upload_total)


class SubmissionQueue:
    """The submissions of one account, sent one after another in the order they were made."""

    def __init__(
        self,
        get_client: Callable[[], NextcloudClient],
        *,
        upload_folder: Callable[[], str] = lambda: "nctask-desktop",
        on_change: Callable[[Submission], None] | None = None,
        on_auth_failure: Callable[[e.AuthenticationError], None] | None = None,
        app_id: str = APP_ID,
        limit: int = SCHEDULE_LIMIT,
        window: float = SCHEDULE_WINDOW,
        retry_step: float = REFUSED_RETRY,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self._get_client = get_client
        self._upload_folder = upload_folder
        self._on_change = on_change
        self._on_auth_failure = on_auth_failure
        self.app_id = app_id
        self.rate = RateWindow(limit, window, retry_step=retry_step, clock=clock)
        self._clock = clock
        self._sleep = sleep
        self._numbers = itertools.count(1)
        self._all: list[Submission] = []
        self._queue: deque[Submission] = deque()
        self._worker: asyncio.Task[None] | None = None
        self._current: Submission | None = None
        self._current_task: asyncio.Task[None] | None = None
        self._paused = False
        self._closed = False
        self._idle = asyncio.Event()
        self._idle.set()

    # --- what the UI reads ----------------------------------------------------------------------

    @property
    def submissions(self) -> list[Submission]:
        """Every submission of this session, oldest first."""
        return list(self._all)

    @property
    def pending(self) -> list[Submission]:
        """Submissions not yet scheduled, failed or cancelled, in the order they will be sent."""
        return [s for s in self._all if not s.state.is_final]

    @property
    def paused(self) -> bool:
        return self._paused

    def seconds_until_ready(self, submission: Submission) -> float:
        if submission.ready_at is None:
            return 0.0
        return max(0.0, submission.ready_at - self._clock())

    # --- what the UI does -----------------------------------------------------------------------

    def submit(self, type_id: str, inputs: Mapping[str, Any], *, type_name: str = "") -> Submission:
        """Queue a task; it is sent as soon as the files are uploaded and the rate limit allows."""
        if self._closed:
            raise RuntimeError("the queue is closed")
        submission = Submission(
            number=next(self._numbers),
            type_id=type_id,
            type_name=type_name or type_id,
            inputs=dict(inputs),
            custom_id=new_custom_id(),
        )
        self._all.append(submission)
        self._queue.append(submission)
        self._changed(submission)
        self._wake()
        return submission

    def cancel(self, submission: Submission) -> bool:
        """Stop a submission that has not reached the server; False when it is too late."""
        if submission.state.is_final or submission.state is SubmissionState.SENDING:
            return False
        if submission is self._current and self._current_task is not None:
            submission.state = SubmissionState.CANCELLED
            self._current_task.cancel()
        else:
            with contextlib.suppress(ValueError):
                self._queue.remove(submission)
            submission.state = SubmissionState.CANCELLED
        submission.ready_at = None
        self._changed(submission)
        return True

    def resume(self) -> None:
        """Go on after the account was signed in again (the client getter gives the new client)."""
        if not self._paused:
            return
        self._paused = False
        for submission in self._queue:
            if submission.state is SubmissionState.PAUSED:
                submission.state = SubmissionState.QUEUED
                self._changed(submission)
        self._wake()

    async def join(self) -> None:
        """Wait until the queue is empty or paused."""
        await self._idle.wait()

    async def close(self) -> None:
        """Stop sending (what is queued stays unsent); the worker task ends."""
        self._closed = True
        worker, self._worker = self._worker, None
        if worker is not None and not worker.done():
            worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await worker
        self._idle.set()

    # --- the worker -----------------------------------------------------------------------------

    def _changed(self, submission: Submission) -> None:
        if self._on_change is not None:
            self._on_change(submission)

    def _wake(self) -> None:
        if self._paused or self._closed or not self._queue:
            return
        if self._worker is None or self._worker.done():
            self._idle.clear()
            self._worker = asyncio.ensure_future(self._run())

    async def _run(self) -> None:
        try:
            while self._queue and not self._paused and not self._closed:
                submission = self._queue[0]
                self._current = submission
                self._current_task = asyncio.ensure_future(self._process(submission))
                try:
                    await asyncio.wait({self._current_task})
                except asyncio.CancelledError:
                    self._current_task.cancel()
                    raise
                finally:
                    self._current = None
                task, self._current_task = self._current_task, None
                if task is None:
                    continue
                if task.cancelled():
                    if submission.state is not SubmissionState.CANCELLED:
                        submission.state = SubmissionState.CANCELLED
                        self._changed(submission)
                elif task.exception() is not None:
                    exc = task.exception()
                    log.error("submission %s failed unexpectedly", submission.number, exc_info=exc)
                    submission.state = SubmissionState.FAILED
                    submission.error = exc
                    self._changed(submission)
                if submission.state is not SubmissionState.PAUSED:
                    with contextlib.suppress(ValueError):
                        self._queue.remove(submission)
        finally:
            self._idle.set()

    async def _process(self, submission: Submission) -> None:
        client = self._get_client()
        try:
            if submission.prepared is None:
                submission.prepared = await self._upload(client, submission)
            await self._schedule(client, submission)
        except e.AuthenticationError as exc:
            submission.state = SubmissionState.PAUSED
            submission.error = exc
            submission.ready_at = None
            self._paused = True
            self._changed(submission)
            if self._on_auth_failure is not None:
                self._on_auth_failure(exc)
        except e.NextcloudError as exc:
            submission.state = SubmissionState.FAILED
            submission.error = exc
            submission.ready_at = None
            self._changed(submission)
        except OSError as exc:  # a local file vanished or cannot be read
            submission.state = SubmissionState.FAILED
            submission.error = exc
            self._changed(submission)

    async def _upload(self, client: NextcloudClient, submission: Submission) -> dict[str, Any]:
        files = local_files(submission.inputs)
        if not files:
            return dict(submission.inputs)
        sizes = await asyncio.to_thread(_sizes, files)
        done: dict[Path, int] = dict.fromkeys(sizes, 0)
        submission.state = SubmissionState.UPLOADING
        submission.upload_total = sum(sizes.values())
        submission.uploaded = 0
        self._changed(submission)

        def progress(local: LocalFile, sent: int, _total: int | None) -> None:
            done[local.path] = sent
            submission.uploaded = sum(done.values())
            self._changed(submission)

        prepared = await upload_local_files(
            WebDav(client), submission.inputs, self._upload_folder(), progress=progress
        )
        submission.uploaded = submission.upload_total
        self._changed(submission)
        return prepared

    async def _schedule(self, client: NextcloudClient, submission: Submission) -> None:
        assert submission.prepared is not None
        while True:
            wait = self.rate.wait_time()
            if wait > 0:
                submission.state = SubmissionState.WAITING
                submission.ready_at = self._clock() + wait
                self._changed(submission)
                await self._sleep(wait)
                continue
            submission.state = SubmissionState.SENDING
            submission.ready_at = None
            self._changed(submission)
            try:
                task = await client.schedule_task(
                    submission.type_id,
                    submission.prepared,
                    app_id=self.app_id,
                    custom_id=submission.custom_id,
                )
            except e.RateLimitedError:
                submission.refusals += 1
                self.rate.refused()
                continue
            except e.ConnectionFailedError:
                self.rate.record()
                # The request may have reached the server: look for the task before giving up.
                existing = await find_by_custom_id(client, submission.custom_id)
                if existing is None:
                    raise
                task = existing
            except e.NextcloudError:
                self.rate.record()
                raise
            else:
                self.rate.record()
            submission.task = task
            submission.state = SubmissionState.SCHEDULED
            submission.error = None
            self._changed(submission)
            return


def _sizes(files: list[LocalFile]) -> dict[Path, int]:
    return {f.path: os.stat(f.path).st_size for f in files}
