"""The submission queue: uploads, the client-side rate limit, 429 re-queueing, pausing on 401."""

from __future__ import annotations

import asyncio
import json
from collections import deque
from pathlib import Path
from typing import Any

import httpx
import pytest

from nctask_desktop.api import NextcloudClient
from nctask_desktop.api import errors as e
from nctask_desktop.services.submissions import (
    RateWindow,
    Submission,
    SubmissionQueue,
    SubmissionState,
)
from nctask_desktop.services.tasks import APP_ID, CUSTOM_ID_PREFIX, LocalFile


class FakeClock:
    """Time that passes only when the test says so (`advance`), or at once with `auto`."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []
        self.auto = True
        self._sleepers: list[tuple[float, asyncio.Future[None]]] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        if self.auto:
            self.now += seconds
            await asyncio.sleep(0)
            return
        future = asyncio.get_running_loop().create_future()
        self._sleepers.append((self.now + seconds, future))
        await future

    async def advance(self, seconds: float) -> None:
        self.now += seconds
        for wake, future in list(self._sleepers):
            if wake <= self.now and not future.done():
                future.set_result(None)
                self._sleepers.remove((wake, future))
        for _ in range(10):
            await asyncio.sleep(0)


def _envelope(data: Any, status: int = 200) -> httpx.Response:
    meta = {"status": "ok" if status < 300 else "failure", "statuscode": status, "message": ""}
    return httpx.Response(status, json={"ocs": {"meta": meta, "data": data}})


class FakeServer:
    """Just enough Nextcloud for the queue: WebDAV PUT/MKCOL and schedule, with the real limit."""

    def __init__(self, clock: FakeClock, *, limit: int = 20, window: float = 120.0) -> None:
        self.clock = clock
        self.limit = limit
        self.window = window
        self.calls: deque[float] = deque()
        self.scheduled: list[dict[str, Any]] = []
        self.refused = 0
        self.uploads: dict[str, bytes] = {}
        self.folders: set[str] = set()
        self.password_ok = True
        self.reject_input: str | None = None
        self.other_device_calls = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.headers.get("Authorization") is None or not self.password_ok:
            return httpx.Response(
                401,
                headers={"Content-Type": "application/xml", "WWW-Authenticate": "Basic"},
                content=b'<?xml version="1.0"?><ocs><meta><status>failure</status>'
                b"<statuscode>997</statuscode><message>Unauthorised</message></meta><data/></ocs>",
            )
        path = request.url.path
        if request.method == "MKCOL":
            if path in self.folders:
                return httpx.Response(405)
            self.folders.add(path)
            return httpx.Response(201)
        if request.method == "PUT":
            self.uploads[path] = request.read()
            return httpx.Response(201, headers={"OC-FileId": f"{100 + len(self.uploads):08d}ocabc"})
        if path.endswith("/taskprocessing/schedule"):
            now = self.clock()
            while self.calls and self.calls[0] + self.window <= now:
                self.calls.popleft()
            if len(self.calls) + self.other_device_calls >= self.limit:
                self.refused += 1
                return httpx.Response(429, headers={"Content-Type": "text/html"})
            self.calls.append(now)
            body = json.loads(request.read())
            if self.reject_input:
                return _envelope({"message": self.reject_input}, 400)
            self.scheduled.append(body)
            task = {
                "id": len(self.scheduled),
                "type": body["type"],
                "status": "STATUS_SCHEDULED",
                "userId": "alice",
                "appId": body["appId"],
                "input": body["input"],
                "output": None,
                "customId": body["customId"],
            }
            return _envelope({"task": task})
        return httpx.Response(404)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def server(clock: FakeClock) -> FakeServer:
    return FakeServer(clock)


def _queue(
    server: FakeServer, clock: FakeClock, **kwargs: Any
) -> tuple[SubmissionQueue, list[tuple[int, SubmissionState]], NextcloudClient]:
    client = NextcloudClient(
        "https://cloud.example.org",
        "alice",
        "secret",
        transport=httpx.MockTransport(server.handle),
    )
    seen: list[tuple[int, SubmissionState]] = []

    def changed(sub: Submission) -> None:
        if not seen or seen[-1] != (sub.number, sub.state):
            seen.append((sub.number, sub.state))

    queue = SubmissionQueue(
        lambda: client, on_change=changed, clock=clock, sleep=clock.sleep, **kwargs
    )
    return queue, seen, client


def _crowded_queue(
    server: FakeServer, clock: FakeClock
) -> tuple[SubmissionQueue, list[tuple[int, SubmissionState]], NextcloudClient]:
    """A queue whose rate window another device of the same user has used up, on a clock that
    stands still until the test advances it."""
    server.other_device_calls = 20
    clock.auto = False
    return _queue(server, clock)


def test_rate_window_slides(clock: FakeClock) -> None:
    window = RateWindow(3, 10.0, clock=clock)
    for _ in range(3):
        assert window.wait_time() == 0
        window.record()
        clock.now += 1
    assert window.wait_time() == pytest.approx(7.0)  # the first call leaves the window at 1010
    clock.now += 7
    assert window.wait_time() == 0
    window.refused()
    assert window.wait_time() == pytest.approx(15.0)


async def test_schedules_with_assistant_app_id_and_custom_id(
    server: FakeServer, clock: FakeClock
) -> None:
    queue, seen, client = _queue(server, clock)
    sub = queue.submit("core:text2text", {"input": "Hello"}, type_name="Free text")
    await queue.join()
    assert sub.state is SubmissionState.SCHEDULED
    assert sub.task is not None and sub.task.id == 1
    body = server.scheduled[0]
    assert body["appId"] == APP_ID == "assistant"
    assert body["customId"] == sub.custom_id and sub.custom_id.startswith(CUSTOM_ID_PREFIX)
    assert seen == [
        (1, SubmissionState.QUEUED),
        (1, SubmissionState.SENDING),
        (1, SubmissionState.SCHEDULED),
    ]
    await client.aclose()


async def test_twenty_five_submissions_stay_under_the_limit(
    server: FakeServer, clock: FakeClock
) -> None:
    queue, seen, client = _queue(server, clock)
    subs = [queue.submit("core:text2text", {"input": f"n{i}"}) for i in range(25)]
    await queue.join()
    assert all(s.state is SubmissionState.SCHEDULED for s in subs)
    assert server.refused == 0  # the client never ran into the server's limit
    assert [b["input"]["input"] for b in server.scheduled] == [f"n{i}" for i in range(25)]
    # the 21st waited for the first call to leave the 120 s window, and said so
    assert (21, SubmissionState.WAITING) in seen
    assert sum(clock.sleeps) == pytest.approx(120.0)
    await client.aclose()


async def test_refused_submission_is_requeued_not_lost(
    server: FakeServer, clock: FakeClock
) -> None:
    queue, _seen, client = _crowded_queue(server, clock)
    first = queue.submit("core:text2text", {"input": "first"})
    second = queue.submit("core:text2text", {"input": "second"})
    await asyncio.sleep(0.05)
    assert first.refusals == 1 and first.state is SubmissionState.WAITING
    assert queue.pending == [first, second]
    assert queue.seconds_until_ready(first) == pytest.approx(15.0)
    await clock.advance(15)
    await asyncio.sleep(0.05)
    assert first.refusals == 2 and first.state is SubmissionState.WAITING
    server.other_device_calls = 0
    await clock.advance(15)
    await queue.join()
    assert [b["input"]["input"] for b in server.scheduled] == ["first", "second"]
    assert first.state is second.state is SubmissionState.SCHEDULED
    await client.aclose()


async def test_uploads_local_files_then_schedules_ids(
    server: FakeServer, clock: FakeClock, tmp_path: Path
) -> None:
    a = tmp_path / "a.png"
    a.write_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * 1000)
    b = tmp_path / "b.wav"
    b.write_bytes(b"RIFF" + b"y" * 500)
    queue, seen, client = _queue(server, clock, upload_folder=lambda: "My uploads")
    sub = queue.submit("core:x", {"images": [LocalFile(a), LocalFile(b)], "n": 2})
    await queue.join()
    assert sub.state is SubmissionState.SCHEDULED
    assert sub.upload_total == 1008 + 504 and sub.uploaded == sub.upload_total
    assert sub.upload_fraction == 1.0
    assert (1, SubmissionState.UPLOADING) in seen
    assert server.scheduled[0]["input"] == {"images": [101, 102], "n": 2}
    assert all("/My%20uploads/" in p or "/My uploads/" in p for p in server.uploads)
    await client.aclose()


async def test_server_400_fails_with_its_message(server: FakeServer, clock: FakeClock) -> None:
    server.reject_input = 'Missing key: "input"'
    queue, _seen, client = _queue(server, clock)
    sub = queue.submit("core:text2text", {})
    await queue.join()
    assert sub.state is SubmissionState.FAILED
    assert isinstance(sub.error, e.InvalidInputError)
    assert sub.error.server_message == 'Missing key: "input"'
    assert queue.rate.used == 1  # a refused input counts against the limit
    await client.aclose()


async def test_401_pauses_and_resume_continues(server: FakeServer, clock: FakeClock) -> None:
    server.password_ok = False
    failures: list[e.AuthenticationError] = []
    queue, _seen, client = _queue(server, clock, on_auth_failure=failures.append)
    first = queue.submit("core:text2text", {"input": "1"})
    second = queue.submit("core:text2text", {"input": "2"})
    await queue.join()
    assert queue.paused and len(failures) == 1  # one failure, no loop
    assert first.state is SubmissionState.PAUSED and second.state is SubmissionState.QUEUED
    server.password_ok = True
    queue.resume()
    await queue.join()
    assert first.state is second.state is SubmissionState.SCHEDULED
    await client.aclose()


async def test_cancel_waiting_and_queued(server: FakeServer, clock: FakeClock) -> None:
    queue, _seen, client = _crowded_queue(server, clock)
    first = queue.submit("core:text2text", {"input": "1"})
    second = queue.submit("core:text2text", {"input": "2"})
    await asyncio.sleep(0.02)
    assert first.state is SubmissionState.WAITING
    assert queue.cancel(second) and second.state is SubmissionState.CANCELLED
    assert queue.cancel(first) and first.state is SubmissionState.CANCELLED
    await queue.join()
    assert server.scheduled == [] and queue.pending == []
    assert not queue.cancel(first)
    server.other_device_calls = 0
    await clock.advance(15)
    third = queue.submit("core:text2text", {"input": "3"})
    await queue.join()
    assert third.state is SubmissionState.SCHEDULED
    await queue.close()
    await client.aclose()


async def test_close_stops_the_worker(server: FakeServer, clock: FakeClock) -> None:
    queue, _seen, client = _crowded_queue(server, clock)
    sub = queue.submit("core:text2text", {"input": "1"})
    await asyncio.sleep(0.02)
    await queue.close()
    assert sub.state is not SubmissionState.SCHEDULED
    with pytest.raises(RuntimeError):
        queue.submit("core:text2text", {"input": "2"})
    await client.aclose()


async def test_cancel_during_upload(clock: FakeClock, tmp_path: Path) -> None:
    started = asyncio.Event()
    never = asyncio.Event()

    async def slow_put(request: httpx.Request) -> httpx.Response:
        if request.method == "PUT":
            started.set()
            await never.wait()
        return httpx.Response(201 if request.method == "MKCOL" else 404)

    client = NextcloudClient(
        "https://cloud.example.org", "alice", "pw", transport=httpx.MockTransport(slow_put)
    )
    big = tmp_path / "big.bin"
    big.write_bytes(bytes(1000))
    queue = SubmissionQueue(lambda: client, clock=clock, sleep=clock.sleep)
    sub = queue.submit("core:x", {"file": LocalFile(big)})
    await asyncio.wait_for(started.wait(), 2)
    assert sub.state is SubmissionState.UPLOADING and sub.upload_total == 1000
    assert queue.cancel(sub)
    await asyncio.wait_for(queue.join(), 2)
    assert sub.state is SubmissionState.CANCELLED and queue.pending == []
    await client.aclose()
