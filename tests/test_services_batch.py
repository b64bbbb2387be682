"""Batches against the simulator: many files under the rate limit, results next to the originals,
a restart in the middle, pause, resume, cancel, retry, never overwriting, folders expanded."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from nctask_desktop.api import SlotType, TaskType
from nctask_desktop.demo import DemoServer
from nctask_desktop.services.batch import (
    BatchStore,
    ItemState,
    batch_custom_id,
    file_slots,
    files_in,
    parse_custom_id,
)
from nctask_desktop.services.outbox import OutboxStore
from nctask_desktop.services.submissions import SubmissionState
from nctask_desktop.services.workspace import AccountSession, Workspace
from tests.support import (
    alice_server,
    alice_session,
    poke_until,
    recordings,
    schedules,
    services_workspace,
    wav,
)

AUDIO = "core:audio2text"


@pytest.fixture
def demo_server() -> Iterator[DemoServer]:
    """The simulator with a rate limit of 10 new tasks per 1.5 s (the real one is 20 per 120 s:
    the same rule, faster), tasks taking about 0.3 s."""
    with alice_server(task_seconds=0.3, rate_limit=10, rate_window=1.5) as server:
        yield server


def _workspace(limit: int, window: float) -> Workspace:
    """The queue keeps to `limit` per `window` (at most the server's own)."""
    return services_workspace(queue_options={"limit": limit, "window": window, "retry_step": 0.5})


def _audio_type(session: AccountSession) -> TaskType:
    assert session.types is not None
    return session.types[AUDIO]


async def test_thirty_recordings_are_transcribed_under_the_rate_limit_next_to_the_originals(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    limit, window = 10, 1.5
    workspace = _workspace(limit, window)
    account, session = await alice_session(demo_server, workspace)
    files = recordings(tmp_path / "recordings", 30)
    sent_at: list[float] = []
    workspace.submission_changed.connect(
        lambda _a, sub: (
            sent_at.append(time.monotonic()) if sub.state is SubmissionState.SCHEDULED else None
        )
    )
    changes: list[str] = []
    session.batches.changed.connect(changes.append)
    batch = session.batches.start(_audio_type(session), "input", files, {})
    assert session.batches.batch(batch.id) is batch and session.batches.batches() == [batch]
    assert [i.path for i in batch.items] == files
    assert all(parse_custom_id(i.custom_id)[:2] == (batch.id, n) for n, i in enumerate(batch.items))  # type: ignore[index]

    waits: list[float] = []
    waiting_items: list[int] = []

    def look() -> bool:
        waits.append(session.batches.seconds_until_next(batch.id))
        waiting_items.append(batch.counts()[ItemState.WAITING])
        return batch.finished

    await poke_until(session, look)
    counts = batch.counts()
    assert counts[ItemState.DONE] == 30, [(i.path.name, i.state, i.error) for i in batch.items]
    assert max(waits) > 0.2  # the rate limit was said to hold the next one back
    assert max(waiting_items) > 0
    assert session.batches.seconds_until_next(batch.id) == 0
    assert changes and set(changes) == {batch.id}

    # every file was sent once, never more than `limit` within a window
    assert demo_server.task_count() == 30 and schedules(demo_server) == 30
    sent_at.sort()
    for i in range(len(sent_at) - limit):
        assert sent_at[i + limit] - sent_at[i] >= window * 0.9

    for path, item in zip(files, batch.items, strict=True):
        result = path.with_suffix(".txt")
        assert item.saved == [result]
        assert path.name in result.read_text(encoding="utf-8")
    assert sorted(p.name for p in files[0].parent.iterdir() if p.suffix == ".txt") == sorted(
        p.with_suffix(".txt").name for p in files
    )
    # kept on disk as it is shown
    stored = BatchStore().batches(account.key)
    assert [i.state for i in stored[0].items] == [ItemState.DONE] * 30
    assert stored[0].items[3].saved == [files[3].with_suffix(".txt")]
    session.batches.forget(batch.id)
    assert session.batches.batches() == [] and BatchStore().batches(account.key) == []
    await workspace.close()


async def test_a_restart_in_the_middle_resumes_with_nothing_lost_or_doubled(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    files = recordings(tmp_path / "in", 30)
    out = tmp_path / "transcripts"
    workspace = _workspace(8, 1.5)
    account, session = await alice_session(demo_server, workspace)
    batch = session.batches.start(_audio_type(session), "input", files, {}, output_dir=out)
    await poke_until(session, lambda: sum(1 for i in batch.items if i.task_id is not None) >= 12)
    before = batch.counts()
    assert before[ItemState.DONE] < 30
    await workspace.close()  # the app quits in the middle (or crashes: the stores are on disk)
    assert OutboxStore().count(account.key) > 0

    again = _workspace(8, 1.5)
    session = await again.session(account)
    restored = session.batches.batches()
    assert [b.id for b in restored] == [batch.id]
    batch = restored[0]
    assert batch.output_dir == out
    await poke_until(session, lambda: batch.finished)
    assert batch.counts()[ItemState.DONE] == 30, [
        (i.path.name, i.state, i.error) for i in batch.items
    ]
    assert demo_server.task_count() == 30 and schedules(demo_server) == 30  # each file once
    assert len({i.task_id for i in batch.items}) == 30
    assert sorted(p.name for p in out.iterdir()) == sorted(
        p.with_suffix(".txt").name for p in files
    )
    assert OutboxStore().count(account.key) == 0
    await again.close()


async def test_a_batch_resumes_when_the_app_starts_again_with_every_file_sent(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    """Nothing of the batch in the outbox any more (all sent): the next start still follows it
    and saves what ended while the app was closed."""
    files = recordings(tmp_path, 4)
    workspace = _workspace(10, 1.5)
    _account, session = await alice_session(demo_server, workspace)
    batch = session.batches.start(_audio_type(session), "input", files, {})
    await poke_until(session, lambda: all(i.task_id is not None for i in batch.items))
    await workspace.close()
    await asyncio.sleep(0.5)  # the tasks end while the app is closed

    again = _workspace(10, 1.5)
    assert await again.resume_unsent() == 0  # opens the account's session for its batch
    session = again.sessions[0]
    batch = session.batches.batches()[0]
    await poke_until(session, lambda: batch.finished)
    assert batch.counts()[ItemState.DONE] == 4 and demo_server.task_count() == 4
    assert all(p.with_suffix(".txt").exists() for p in files)
    await again.close()


async def test_pause_holds_back_what_is_not_sent_and_resume_sends_it(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    files = recordings(tmp_path, 8)
    workspace = _workspace(3, 1.0)
    _account, session = await alice_session(demo_server, workspace)
    batch = session.batches.start(_audio_type(session), "input", files, {})
    await poke_until(session, lambda: sum(1 for i in batch.items if i.task_id is not None) >= 3)
    session.batches.pause(batch.id)
    assert batch.paused
    held = batch.counts()[ItemState.PAUSED]
    assert held >= 4
    assert session.batches.seconds_until_next(batch.id) == 0
    assert not session.queue.pending
    await asyncio.sleep(1.5)  # the window has room again: nothing is sent while paused
    sent = demo_server.task_count()
    assert sent == 8 - held
    assert batch.counts()[ItemState.PAUSED] == held and not batch.finished

    session.batches.resume(batch.id)
    assert not batch.paused and batch.counts()[ItemState.PAUSED] == 0
    await poke_until(session, lambda: batch.finished)
    assert batch.counts()[ItemState.DONE] == 8 and demo_server.task_count() == 8
    await workspace.close()


async def test_cancel_stops_what_is_left_and_retry_runs_the_failed_ones(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    files = recordings(tmp_path, 6)
    workspace = _workspace(2, 30.0)  # stricter than the server: only 2 go
    account, session = await alice_session(demo_server, workspace)
    batch = session.batches.start(_audio_type(session), "input", files, {})
    await poke_until(session, lambda: sum(1 for i in batch.items if i.task_id is not None) >= 2)
    assert session.batches.seconds_until_next(batch.id) > 20  # the window is full for a while
    session.batches.cancel(batch.id)
    await poke_until(session, lambda: batch.finished)
    counts = batch.counts()
    assert (
        counts[ItemState.CANCELLED] >= 4
        and counts[ItemState.DONE] + counts[ItemState.CANCELLED] == 6
    )
    assert demo_server.task_count() == 2 and OutboxStore().count(account.key) == 0
    assert session.batches.seconds_until_next(batch.id) == 0
    await workspace.close()


async def test_failed_items_are_retried_and_results_never_overwrite(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    files = recordings(tmp_path, 5)
    files[0].with_suffix(".txt").write_text("my own notes", encoding="utf-8")
    workspace = _workspace(2, 1.0)
    _account, session = await alice_session(demo_server, workspace)
    batch = session.batches.start(_audio_type(session), "input", files, {})
    files[4].unlink()  # gone before its turn: that item fails, the others go on
    await poke_until(session, lambda: batch.finished)
    counts = batch.counts()
    assert counts[ItemState.DONE] == 4 and counts[ItemState.FAILED] == 1
    failed = batch.items[4]
    assert failed.state is ItemState.FAILED and failed.task_id is None
    assert failed.error and "interview 05.wav" in failed.error
    assert files[0].with_suffix(".txt").read_text(encoding="utf-8") == "my own notes"
    assert batch.items[0].saved == [files[0].with_name("interview 01 (2).txt")]

    wav(files[4])
    session.batches.retry_failed(batch.id)
    assert batch.items[4].state is not ItemState.FAILED and not batch.finished
    assert batch.items[4].custom_id == batch_custom_id(batch.id, 4, 2)
    await poke_until(session, lambda: batch.finished)
    assert batch.counts()[ItemState.DONE] == 5 and demo_server.task_count() == 5
    assert files[4].with_suffix(".txt").exists()
    await workspace.close()


async def test_a_batch_over_a_type_with_several_file_inputs_varies_the_chosen_one(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    photos = [tmp_path / f"photo {i}.png" for i in (1, 2)]
    for photo in photos:
        photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    workspace = _workspace(10, 1.5)
    _account, session = await alice_session(demo_server, workspace)
    assert session.types is not None
    allslots = session.types["demo:allslots"]
    assert [s.key for s in file_slots(allslots)] == ["file", "image", "audio", "video"]
    assert file_slots(session.types[AUDIO])[0].key == "input"
    with pytest.raises(ValueError):
        session.batches.start(allslots, "text", photos, {})
    out = tmp_path / "results"
    batch = session.batches.start(
        allslots, "file", photos, {"text": "hello", "number": 2, "choice": "b"}, output_dir=out
    )
    await poke_until(session, lambda: batch.finished)
    assert batch.counts()[ItemState.DONE] == 2
    # the summary and the report (a JSON file the server sends as text), named after each input
    assert sorted(p.name for p in out.iterdir()) == [
        "photo 1 (2).txt",
        "photo 1.txt",
        "photo 2 (2).txt",
        "photo 2.txt",
    ]
    assert all(len(i.saved) == 2 for i in batch.items)
    assert any("photo 2.png" in p.read_text(encoding="utf-8") for p in batch.items[1].saved)

    failing = session.batches.start(
        allslots, "file", photos, {"text": "set to fail", "number": 2, "choice": "a"}
    )
    await poke_until(session, lambda: failing.finished)
    assert failing.counts()[ItemState.FAILED] == 2
    assert all(i.error and i.task_id for i in failing.items)
    await workspace.close()


def test_folders_are_expanded_to_the_files_that_fit(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    for name in ("b.wav", "A.mp3", "c.flac", "notes.txt", "photo.jpg", ".hidden.wav", "noext"):
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_bytes(b"x")
    wav(folder / "deeper" / "d.wav")
    lone = tmp_path / "recording.unknownext"
    lone.write_bytes(b"x")
    picture = tmp_path / "z.png"
    picture.write_bytes(b"x")

    audio = files_in([folder, lone, picture, folder / "b.wav"], SlotType.AUDIO)
    assert [p.name for p in audio] == ["A.mp3", "b.wav", "c.flac", "recording.unknownext"]
    assert [p.name for p in files_in([folder], SlotType.IMAGE)] == ["photo.jpg"]
    assert [p.name for p in files_in([folder], SlotType.TEXT)] == ["notes.txt"]
    assert [p.name for p in files_in([folder], SlotType.FILE)] == [
        "A.mp3",
        "b.wav",
        "c.flac",
        "noext",
        "notes.txt",
        "photo.jpg",
    ]
    assert files_in([tmp_path / "missing"], SlotType.FILE) == []
