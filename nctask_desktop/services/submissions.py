"""Submitting tasks: a client-side queue that uploads local files, then schedules under the rate limit.

The server lets a user schedule 20 tasks per 120 s (a sliding window; calls it refuses with 429 do not
count, calls that fail otherwise do). The queue keeps its own record of calls and waits before the
server would refuse; when the server refuses anyway (other devices of the same user), the submission
stays at the head of the queue and is tried again later: nothing is lost. A 401 pauses the queue until
the account is signed in again. A connection that fails (offline, the server in maintenance) holds
the submission back and tries again later, looking the task up by its custom id first: a request
that may have reached the server is never sent twice.

With an outbox (services/outbox.py) every submission is written to disk before anything of it is
sent, with each uploaded file and each confirmed chunk of a large file, and leaves it when the
server has the task: `restore` takes them back after a quit or a crash. Plain asyncio, no Qt: the
clock and sleep are injectable for tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import itertools
import logging
import os
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from nctask_desktop.api import NextcloudClient, Task, WebDav
from nctask_desktop.api import errors as e
from nctask_desktop.api.webdav import ChunkState
from nctask_desktop.services.clock import Clock, Sleep

from .outbox import ChunkedUpload, FileStamp, OutboxRecord, OutboxStore, stamps_for
from .rate import (
    OFFLINE_RETRY,
    REFUSED_RETRY,
    SCHEDULE_LIMIT,
    SCHEDULE_WINDOW,
    RateWindow,
    is_transient,
)
from .tasks import (
    APP_ID,
    CUSTOM_ID_PREFIX,
    LocalFile,
    LocalFileChangedError,
    local_files,
    new_custom_id,
)

log = logging.getLogger(__name__)


class SubmissionState(enum.Enum):
    QUEUED = "queued"
    """Waiting for its turn in this app's queue."""
    UPLOADING = "uploading"
    WAITING = "waiting"
    """Waiting for the server's rate limit (20 new tasks per 2 minutes), or, with `offline`,
    for the server to be reachable again."""
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
    resumed: bool = False
    """Taken back from the outbox: submitted before the app was last closed."""
    offline: bool = False
    """While WAITING: the server could not be reached (`error` says how)."""
    maybe_sent: bool = False
    """A schedule request may have reached the server without its answer reaching us: look the
    task up by its custom id before sending it again."""
    record: OutboxRecord | None = field(default=None, repr=False)
    uploaded_inputs: dict[int, str] = field(default_factory=dict)  # id → path: copies uploaded

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
        outbox: OutboxStore | None = None,
        account: str = "",
        webdav_options: Mapping[str, int] | None = None,
    ) -> None:
        """`outbox` and `account`: where this account's submissions are kept until the server
        has them. `webdav_options`: WebDav's chunked_threshold and chunk_size."""
        self._get_client = get_client
        self.outbox = outbox
        self.account = account
        self._webdav_options = dict(webdav_options or {})
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
        self._nudge: asyncio.Future[None] | None = None
        self._cleanups: set[asyncio.Task[None]] = set()

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

    def submit(
        self,
        type_id: str,
        inputs: Mapping[str, Any],
        *,
        type_name: str = "",
        custom_id: str | None = None,
    ) -> Submission:
        """Queue a task; it is sent as soon as the files are uploaded and the rate limit allows.
        `custom_id`: the task's custom id (a new one of this app's by default); it must start
        with this app's prefix and be new: a lost answer is looked up by it."""
        if self._closed:
            raise RuntimeError("the queue is closed")
        if custom_id is not None and not custom_id.startswith(CUSTOM_ID_PREFIX):
            raise ValueError(f"a custom id of this app starts with {CUSTOM_ID_PREFIX!r}")
        submission = Submission(
            number=next(self._numbers),
            type_id=type_id,
            type_name=type_name or type_id,
            inputs=dict(inputs),
            custom_id=custom_id or new_custom_id(),
        )
        if self.outbox is not None:
            record = OutboxRecord(
                custom_id=submission.custom_id,
                account=self.account,
                type_id=type_id,
                type_name=submission.type_name,
                inputs=dict(submission.inputs),
                created=time.time(),
                stamps=stamps_for(submission.inputs),
            )
            self.outbox.add(record)  # before anything is sent: one small transaction
            submission.record = record
        self._all.append(submission)
        self._queue.append(submission)
        self._changed(submission)
        self._wake()
        return submission

    def restore(self) -> list[Submission]:
        """Take back this account's submissions from the outbox (after a quit or a crash), in
        their order, and send them. Each is looked up on the server by its custom id first."""
        if self.outbox is None or self._closed:
            return []
        known = {s.custom_id for s in self._all}
        restored = []
        for record in self.outbox.pending(self.account):
            if record.custom_id in known:
                continue
            submission = Submission(
                number=next(self._numbers),
                type_id=record.type_id,
                type_name=record.type_name,
                inputs=record.inputs,
                custom_id=record.custom_id,
                prepared=record.prepared,
                resumed=True,
                maybe_sent=True,
                record=record,
                uploaded_inputs=record.uploaded_inputs(),
            )
            self._all.append(submission)
            self._queue.append(submission)
            restored.append(submission)
            self._changed(submission)
        self._wake()
        return restored

    def retry_now(self) -> None:
        """The network is back (or the computer woke up): submissions waiting for the server to
        be reachable try again at once."""
        for submission in self._queue:
            if submission.offline and submission.state is SubmissionState.WAITING:
                submission.ready_at = self._clock()
        nudge = self._nudge
        if nudge is not None and not nudge.done():
            nudge.set_result(None)

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
        if submission.state.is_final and submission.record is not None and self.outbox is not None:
            record, submission.record = submission.record, None
            self.outbox.remove(record.custom_id)  # the server has it, or it ended here
            if submission.state is SubmissionState.CANCELLED and record.chunked:
                self._discard_uploads(record)
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
        failures = 0
        while True:
            client = self._get_client()
            try:
                if submission.maybe_sent and await self._found(client, submission):
                    return
                if submission.prepared is None:
                    submission.prepared = await self._upload(client, submission)
                await self._schedule(client, submission)
                return
            except e.AuthenticationError as exc:
                submission.state = SubmissionState.PAUSED
                submission.error = exc
                submission.ready_at = None
                submission.offline = False
                self._paused = True
                self._changed(submission)
                if self._on_auth_failure is not None:
                    self._on_auth_failure(exc)
                return
            except e.NextcloudError as exc:
                if not is_transient(exc):
                    self._failed(submission, exc)
                    return
                # unreachable or in maintenance: hold it back and try again later
                delay = OFFLINE_RETRY[min(failures, len(OFFLINE_RETRY) - 1)]
                failures += 1
                log.info("submission %s waits for the server: %r", submission.number, exc)
                submission.state = SubmissionState.WAITING
                submission.offline = True
                submission.error = exc
                submission.ready_at = self._clock() + delay
                self._changed(submission)
                await self._wait_or_nudge(delay)
                submission.offline = False
            except (OSError, LocalFileChangedError) as exc:  # a local file vanished or changed
                self._failed(submission, exc)
                return

    def _failed(self, submission: Submission, exc: BaseException) -> None:
        submission.state = SubmissionState.FAILED
        submission.error = exc
        submission.ready_at = None
        submission.offline = False
        self._changed(submission)

    async def _wait_or_nudge(self, seconds: float) -> None:
        """Sleep, unless `retry_now` says the network is back."""
        nudge = asyncio.get_running_loop().create_future()
        self._nudge = nudge
        sleeper = asyncio.ensure_future(self._sleep(seconds))
        try:
            await asyncio.wait({sleeper, nudge}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            sleeper.cancel()
            if self._nudge is nudge:
                self._nudge = None

    async def _found(self, client: NextcloudClient, submission: Submission) -> bool:
        """Whether the server already has the task (a request that may have reached it).
        A lookup that fails raises: sending again without knowing could make it twice."""
        tasks = await client.list_tasks(custom_id=submission.custom_id)
        task = next((t for t in tasks if t.custom_id == submission.custom_id), None)
        submission.maybe_sent = False
        if task is None:
            return False
        self._scheduled(submission, task)
        return True

    def _scheduled(self, submission: Submission, task: Task) -> None:
        submission.task = task
        submission.state = SubmissionState.SCHEDULED
        submission.error = None
        submission.ready_at = None
        submission.offline = False
        self._changed(submission)

    def _save(self, record: OutboxRecord | None, *, prepared: bool = False) -> None:
        """Write how far a submission got (a small transaction); a full disk must not stop the
        upload itself, it only makes a resume after a crash start earlier."""
        if record is None or self.outbox is None:
            return
        try:
            if prepared:
                self.outbox.save_prepared(record)
            else:
                self.outbox.save_uploads(record)
        except (OSError, sqlite3.Error):
            log.exception("the outbox could not be written")

    async def _upload(self, client: NextcloudClient, submission: Submission) -> dict[str, Any]:
        files = local_files(submission.inputs)
        if not files:
            return dict(submission.inputs)
        record = submission.record
        uploaded = dict(record.uploaded) if record is not None else {}
        chunked = dict(record.chunked) if record is not None else {}
        stamps = record.stamps if record is not None else {}
        distinct = list(dict.fromkeys(_key(f) for f in files))
        for key in distinct:
            if key not in uploaded:
                await asyncio.to_thread(_check_unchanged, Path(key), stamps.get(key))
        sizes = await asyncio.to_thread(_sizes, [LocalFile(Path(k)) for k in distinct])
        done: dict[str, int] = {k: (sizes[k] if k in uploaded else 0) for k in distinct}
        submission.state = SubmissionState.UPLOADING
        submission.upload_total = sum(sizes.values())
        submission.uploaded = sum(done.values())
        self._changed(submission)
        dav = WebDav(client, **self._webdav_options)
        target = f"{self._upload_folder().strip('/')}/{datetime.now():%Y-%m-%d}"
        folder_ready = False
        for key in distinct:
            if key in uploaded:
                continue
            path = Path(key)
            previous = chunked.get(key)
            resume = (
                ChunkState(
                    previous.folder,
                    previous.remote,
                    previous.chunks,
                    previous.offset,
                    chunk_size=dav.chunk_size,
                )
                if previous is not None
                else None
            )
            if resume is None and not folder_ready:
                await dav.ensure_folder(target)
                folder_ready = True
            remote = resume.remote if resume else f"{target}/{datetime.now():%H%M%S}-{path.name}"

            def progress(sent: int, _total: int | None, key: str = key) -> None:
                done[key] = sent
                submission.uploaded = sum(done.values())
                self._changed(submission)

            def on_chunk(state: ChunkState, key: str = key) -> None:
                if record is not None:
                    record.chunked[key] = ChunkedUpload(
                        state.folder, state.remote, state.chunks, state.offset
                    )
                    self._save(record)

            uploaded[key] = await dav.upload(
                path, remote, progress=progress, resume=resume, on_chunk=on_chunk
            )
            submission.uploaded_inputs[uploaded[key]] = remote
            if record is not None:
                record.mark_uploaded(key, uploaded[key], remote)
                record.chunked.pop(key, None)
                self._save(record)

        def swap(item: Any) -> Any:
            return uploaded[_key(item)] if isinstance(item, LocalFile) else item

        prepared = {
            key: [swap(v) for v in value] if isinstance(value, list) else swap(value)
            for key, value in submission.inputs.items()
        }
        submission.uploaded = submission.upload_total
        if record is not None:
            record.prepared = prepared
            self._save(record, prepared=True)
        self._changed(submission)
        return prepared

    def _discard_uploads(self, record: OutboxRecord) -> None:
        """A cancelled submission: remove its unfinished chunked uploads from the server."""
        client = self._get_client()
        dav = WebDav(client, **self._webdav_options)

        async def discard() -> None:
            for up in record.chunked.values():
                await dav.discard_upload(ChunkState(up.folder, up.remote))

        task = asyncio.ensure_future(discard())
        self._cleanups.add(task)
        task.add_done_callback(self._cleanups.discard)

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
            submission.maybe_sent = True
            try:
                task = await client.schedule_task(
                    submission.type_id,
                    submission.prepared,
                    app_id=self.app_id,
                    custom_id=submission.custom_id,
                )
            except e.RateLimitedError:
                submission.maybe_sent = False
                submission.refusals += 1
                self.rate.refused()
                continue
            except e.ConnectionFailedError:
                self.rate.record()
                # The request may have reached the server: look for the task before sending
                # again (`maybe_sent` stays set until a lookup has answered).
                raise
            except e.NextcloudError:
                submission.maybe_sent = False
                self.rate.record()
                raise
            else:
                submission.maybe_sent = False
                self.rate.record()
            self._scheduled(submission, task)
            return


def _key(local: LocalFile) -> str:
    return str(Path(local.path).absolute())


def _check_unchanged(path: Path, stamp: FileStamp | None) -> None:
    now = FileStamp.of(path)
    if now is None:
        raise LocalFileChangedError(path, removed=True)
    if stamp is not None and now != stamp:
        raise LocalFileChangedError(path, removed=False)


def _sizes(files: list[LocalFile]) -> dict[str, int]:
    return {_key(f): os.stat(f.path).st_size for f in files}
