"""The outbox: submissions survive a quit, a crash mid-upload and a lost connection; never twice."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from nctask_desktop.api import NextcloudClient
from nctask_desktop.api import errors as e
from nctask_desktop.demo import DemoServer
from nctask_desktop.services.outbox import OutboxRecord, OutboxStore
from nctask_desktop.services.submissions import Submission, SubmissionQueue, SubmissionState
from nctask_desktop.services.tasks import LocalFile, LocalFileChangedError
from tests.support import wav

ACCOUNT = "alice@test"
ROOT = Path(__file__).resolve().parent.parent


def _queue(client: NextcloudClient, outbox: OutboxStore, **options: object) -> SubmissionQueue:
    return SubmissionQueue(lambda: client, outbox=outbox, account=ACCOUNT, **options)  # type: ignore[arg-type]


def _wav(path: Path, seconds: float = 4.0) -> Path:
    return wav(path, seconds, rate=16000)


def _scheduled(demo_server: DemoServer) -> list[str]:
    return [r.path for r in demo_server.requests if r.method == "POST" and "schedule" in r.path]


async def test_a_submission_is_kept_before_anything_is_sent_and_forgotten_once_scheduled(
    demo_server: DemoServer,
) -> None:
    outbox = OutboxStore()
    seen_at_first_request: list[int] = []

    async def watch(request: httpx.Request) -> None:
        seen_at_first_request.append(outbox.count(ACCOUNT))

    async with NextcloudClient(demo_server.base_url, "alice", "alice-app-password") as client:
        client._http.event_hooks["request"].append(watch)
        queue = _queue(client, outbox)
        sub = queue.submit("core:text2text", {"input": "a haiku about tea"}, type_name="Free")
        assert outbox.count(ACCOUNT) == 1  # written when submitted
        await queue.join()
    assert sub.state is SubmissionState.SCHEDULED
    assert seen_at_first_request[0] == 1
    assert outbox.count() == 0  # the server has it
    outbox.close()


async def test_a_quit_while_rate_limited_resumes_at_the_next_start(
    demo_server: DemoServer,
) -> None:
    outbox = OutboxStore()
    async with NextcloudClient(demo_server.base_url, "alice", "alice-app-password") as client:
        queue = _queue(client, outbox, limit=2, window=120.0)
        subs = [queue.submit("core:text2text", {"input": f"text {i}"}) for i in range(5)]
        while subs[2].state is not SubmissionState.WAITING:
            await asyncio.sleep(0.01)
        await queue.close()  # the app quits: three wait for the rate limit
    outbox.close()
    assert [s.state for s in subs[:2]] == [SubmissionState.SCHEDULED] * 2
    assert demo_server.task_count() == 2

    # the next start: a new store on the same file, a new queue
    outbox = OutboxStore()
    assert outbox.count(ACCOUNT) == 3
    async with NextcloudClient(demo_server.base_url, "alice", "alice-app-password") as client:
        queue = _queue(client, outbox)
        restored = queue.restore()
        assert [s.inputs["input"] for s in restored] == ["text 2", "text 3", "text 4"]
        assert all(s.resumed for s in restored)
        await queue.join()
    assert all(s.state is SubmissionState.SCHEDULED for s in restored)
    assert demo_server.task_count() == 5  # each once
    assert len({s.custom_id for s in subs}) == 5
    assert {s.custom_id for s in restored} == {s.custom_id for s in subs[2:]}
    assert outbox.count() == 0
    outbox.close()


@pytest.mark.parametrize("point", ["chunk-3", "scheduled"])
def test_a_crash_resumes_with_nothing_lost_and_nothing_twice(
    demo_server: DemoServer, tmp_path: Path, app_home: Path, point: str
) -> None:
    recording = _wav(tmp_path / "interview.wav")  # 128 000 bytes: 2 chunks of 64 KiB
    size = recording.stat().st_size
    if point == "chunk-3":
        recording = _wav(tmp_path / "interview.wav", seconds=10.0)  # 5 chunks
        size = recording.stat().st_size
    env = {**os.environ, "NCTASK_HOME": str(app_home), "PYTHONPATH": str(ROOT)}
    child = subprocess.run(
        [sys.executable, "-m", "tests.outbox_child", demo_server.base_url, str(recording), point],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -9, child.stderr  # killed, no clean-up ran
    first_run = list(demo_server.requests)
    demo_server.clear_requests()
    chunk_puts = [r.path for r in first_run if r.method == "PUT" and "/uploads/" in r.path]
    if point == "chunk-3":
        assert [p.rsplit("/", 1)[1] for p in chunk_puts][:3] == ["00001", "00002", "00003"]
        assert demo_server.task_count() == 0
    else:
        assert demo_server.task_count() == 1  # sent, but the outbox did not hear of it

    asyncio.run(_resume_after_crash(demo_server, recording, size, point))


async def _resume_after_crash(
    demo_server: DemoServer, recording: Path, size: int, point: str
) -> None:
    outbox = OutboxStore()
    assert outbox.count(ACCOUNT) == 1
    async with NextcloudClient(demo_server.base_url, "alice", "alice-app-password") as client:
        queue = _queue(
            client, outbox, webdav_options={"chunked_threshold": 65536, "chunk_size": 65536}
        )
        (sub,) = queue.restore()
        await queue.join()
        assert sub.state is SubmissionState.SCHEDULED and sub.task is not None
    assert demo_server.task_count() == 1  # nothing twice
    assert outbox.count() == 0
    outbox.close()
    files = demo_server.files_of("alice")
    uploaded = [content for name, content in files.items() if name.endswith("interview.wav")]
    assert uploaded == [recording.read_bytes()]  # nothing lost: the whole file, once
    puts = [r.path.rsplit("/", 1)[1] for r in demo_server.requests if r.method == "PUT"]
    if point == "chunk-3":
        # the upload went on after the last confirmed chunk: 1-3 were not sent again
        assert puts == ["00004", "00005"]
        assert _scheduled(demo_server)
    else:
        assert puts == [] and _scheduled(demo_server) == []  # found by its custom id


async def test_a_file_changed_or_removed_in_between_is_reported_on_its_submission(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    changed = _wav(tmp_path / "changed.wav", 1.0)
    removed = _wav(tmp_path / "removed.wav", 1.0)
    kept = _wav(tmp_path / "kept.wav", 1.0)
    outbox = OutboxStore()
    async with NextcloudClient(demo_server.base_url, "alice", "alice-app-password") as client:
        queue = _queue(client, outbox)
        await queue.close()  # quit before anything was sent
        for path in (changed, removed, kept):
            record = OutboxRecord(
                custom_id=f"nctask-desktop:{path.stem}",
                account=ACCOUNT,
                type_id="core:audio2text",
                type_name="Transcribe",
                inputs={"input": LocalFile(path)},
            )
            from nctask_desktop.services.outbox import stamps_for

            record.stamps = stamps_for(record.inputs)
            outbox.add(record)
    with changed.open("ab") as fh:
        fh.write(b"more")
    removed.unlink()
    async with NextcloudClient(demo_server.base_url, "alice", "alice-app-password") as client:
        queue = _queue(client, outbox)
        restored = {Path(s.inputs["input"].path).name: s for s in queue.restore()}
        await queue.join()
    bad = restored["changed.wav"].error
    assert isinstance(bad, LocalFileChangedError) and not bad.removed
    gone = restored["removed.wav"].error
    assert isinstance(gone, LocalFileChangedError) and gone.removed
    assert restored["changed.wav"].state is restored["removed.wav"].state is SubmissionState.FAILED
    assert restored["kept.wav"].state is SubmissionState.SCHEDULED
    assert demo_server.task_count() == 1
    assert outbox.count() == 0
    outbox.close()


class FlakyTransport(httpx.AsyncBaseTransport):
    """The simulator behind a connection that drops: either before a request reaches it, or
    after it was handled (the answer is lost)."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.down = False
        self.lose_answer_to: str | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.down:
            raise httpx.ConnectError("network is unreachable", request=request)
        response = await self.inner.handle_async_request(request)
        if self.lose_answer_to and self.lose_answer_to in request.url.path:
            self.lose_answer_to = None
            await response.aread()
            await response.aclose()
            raise httpx.ReadError("connection reset by peer", request=request)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


async def test_offline_submissions_wait_and_go_when_the_network_is_back(
    demo_server: DemoServer,
) -> None:
    transport = FlakyTransport()
    transport.down = True
    outbox = OutboxStore()
    async with NextcloudClient(
        demo_server.base_url, "alice", "alice-app-password", transport=transport
    ) as client:
        queue = _queue(client, outbox)
        sub = queue.submit("core:text2text", {"input": "offline"})
        while not sub.offline:
            await asyncio.sleep(0.01)
        assert sub.state is SubmissionState.WAITING and isinstance(
            sub.error, e.ConnectionFailedError
        )
        assert outbox.count(ACCOUNT) == 1  # kept, also across a quit
        transport.down = False
        queue.retry_now()  # the network is back
        await asyncio.wait_for(queue.join(), 10)
    assert sub.state is SubmissionState.SCHEDULED and demo_server.task_count() == 1
    assert outbox.count() == 0
    outbox.close()


async def test_a_lost_answer_to_schedule_is_looked_up_not_sent_twice(
    demo_server: DemoServer,
) -> None:
    transport = FlakyTransport()
    transport.lose_answer_to = "/schedule"
    outbox = OutboxStore()
    async with NextcloudClient(
        demo_server.base_url, "alice", "alice-app-password", transport=transport
    ) as client:
        queue = _queue(client, outbox)
        sub: Submission = queue.submit("core:text2text", {"input": "once"})
        await asyncio.wait_for(queue.join(), 30)
    assert sub.state is SubmissionState.SCHEDULED
    assert demo_server.task_count() == 1
    assert len(_scheduled(demo_server)) == 1
    outbox.close()


def test_a_damaged_or_newer_outbox_is_set_aside_and_a_fresh_one_used(app_home: Path) -> None:
    path = app_home / "data" / "outbox.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database" * 100)
    damaged = path.read_bytes()
    outbox = OutboxStore()
    assert outbox.set_aside is not None and outbox.set_aside.read_bytes() == damaged
    assert ".damaged-" in outbox.set_aside.name and not outbox.in_memory
    outbox.add(OutboxRecord("nctask-desktop:x", ACCOUNT, "core:text2text", "Free", {"input": "x"}))
    assert [r.inputs for r in outbox.pending(ACCOUNT)] == [{"input": "x"}]
    outbox.close()

    import sqlite3

    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version=7")
    db.close()
    outbox = OutboxStore()
    assert outbox.set_aside is not None and ".newer-" in outbox.set_aside.name
    assert outbox.count() == 0
    outbox.close()


def test_an_outbox_that_cannot_be_opened_keeps_submissions_in_memory(app_home: Path) -> None:
    path = app_home / "data" / "outbox.sqlite3"
    path.mkdir(parents=True)  # a folder where the file should be: not damage, not ours to move
    outbox = OutboxStore()
    assert outbox.in_memory and outbox.set_aside is None and path.is_dir()
    outbox.add(OutboxRecord("nctask-desktop:y", ACCOUNT, "core:text2text", "Free", {"input": "y"}))
    assert outbox.count(ACCOUNT) == 1
    outbox.close()
