"""The live history without Qt: cache then server list, polling, vanished tasks, actions, saving."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from nctask_desktop.api import NextcloudClient, Task, TaskStatus
from nctask_desktop.demo import DemoServer, DemoUser
from nctask_desktop.services.history import HistoryStore
from nctask_desktop.services.live_history import EventKind, HistoryEvent, LiveHistory
from nctask_desktop.services.results import ResultCache, SaveProgress
from tests.support import FakeTime, RecordingHandler, mock_client, ok, task_json

KEY = "alice@demo"


async def until(predicate: Callable[[], object], timeout: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {predicate}")
        await asyncio.sleep(0.01)


class Events(list[HistoryEvent]):
    def of(self, kind: EventKind) -> list[HistoryEvent]:
        return [x for x in self if x.kind is kind]

    def tasks(self, kind: EventKind) -> list[Task]:
        return [t for x in self.of(kind) for t in x.tasks]

    def ids(self, kind: EventKind) -> list[int]:
        return [i for x in self.of(kind) for i in x.task_ids]


async def fast_sleep(seconds: float) -> None:
    await asyncio.sleep(min(seconds, 0.02))


@pytest.fixture
async def server() -> AsyncIterator[DemoServer]:
    with DemoServer(
        users=[DemoUser("alice", "pw", "Alice")], task_seconds=0.3, rate_limit=200
    ) as demo:
        yield demo


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    history_store = HistoryStore(tmp_path / "h.sqlite3")
    yield history_store
    history_store.close()


def make_history(
    client: NextcloudClient, store: HistoryStore, tmp_path: Path, **kwargs: Any
) -> tuple[LiveHistory, Events]:
    events = Events()
    kwargs.setdefault("sleep", fast_sleep)
    history = LiveHistory(
        KEY,
        client,
        store,
        on_event=events.append,
        cache=ResultCache(KEY, tmp_path / "cache"),
        **kwargs,
    )
    return history, events


async def test_cache_first_then_the_servers_list_with_every_apps_tasks(
    server: DemoServer, tmp_path: Path, store: HistoryStore
) -> None:
    old = Task.from_json(
        task_json(999, "STATUS_SUCCESSFUL", scheduledAt=1000, output={"output": "from last week"})
    )
    store.merge(KEY, [old])  # the server has since forgotten it
    async with NextcloudClient(server.base_url, "alice", "pw") as client:
        web = await client.schedule_task("core:text2text", {"input": "from the web"}, app_id="web")
        history, events = make_history(client, store, tmp_path)
        history.start()
        await until(lambda: events.of(EventKind.REMOVED))
        await history.settle()
        await history.close()
    loaded = events.of(EventKind.LOADED)
    assert [x.task.id for x in loaded[0].entries] == [999]  # shown at once, before any request
    assert events.index(loaded[0]) == 0
    assert web.id in [t.id for t in events.tasks(EventKind.CHANGED)]  # every app's tasks
    assert events.ids(EventKind.REMOVED) == [999]
    entry = history.entry(999)
    assert entry is not None and entry.removed_from_server  # kept, marked
    again = {x.task.id: x for x in store.entries(KEY)}
    assert again[999].removed_from_server and web.id in again


async def test_a_task_scheduled_here_goes_through_every_status_and_finishes_once(
    server: DemoServer, tmp_path: Path, store: HistoryStore
) -> None:
    async with NextcloudClient(server.base_url, "alice", "pw") as client:
        history, events = make_history(client, store, tmp_path)
        history.start()
        await history.loaded.wait()
        task = await client.schedule_task("core:text2text", {"input": "hello"}, app_id="assistant")
        history.add(task)
        await until(lambda: events.of(EventKind.FINISHED))
        await asyncio.sleep(0.2)
        await history.settle()
        await history.close()
    seen = [t.status for t in events.tasks(EventKind.CHANGED) if t.id == task.id]
    assert seen[0] is TaskStatus.SCHEDULED and seen[-1] is TaskStatus.SUCCESSFUL
    assert TaskStatus.RUNNING in seen
    finished = events.tasks(EventKind.FINISHED)
    assert [t.id for t in finished] == [task.id]  # reported once
    assert finished[0].text_outputs()[0][1].startswith("This is a fake result")
    assert history.unfinished == [] and history.poller.active == []


async def test_a_404_task_is_kept_and_marked_removed(
    server: DemoServer, tmp_path: Path, store: HistoryStore
) -> None:
    server_slow = 600.0
    server._state.engine.task_seconds = server_slow
    async with NextcloudClient(server.base_url, "alice", "pw") as client:
        task = await client.schedule_task("core:text2text", {"input": "x"}, app_id="assistant")
        history, events = make_history(client, store, tmp_path)
        history.start()
        await history.loaded.wait()
        await until(lambda: history.entry(task.id) is not None)
        await client.delete_task(task.id)  # deleted on another device
        history.poke()
        await until(lambda: events.ids(EventKind.REMOVED) == [task.id])
        await history.close()
    entry = history.entry(task.id)
    assert entry is not None and entry.removed_from_server
    assert store.entries(KEY)[0].removed_from_server


async def test_cancel_delete_and_save_with_the_right_extension_never_overwriting(
    server: DemoServer, tmp_path: Path, store: HistoryStore
) -> None:
    downloads = tmp_path / "Downloads"
    async with NextcloudClient(server.base_url, "alice", "pw") as client:
        history, events = make_history(client, store, tmp_path)
        history.start()
        await history.loaded.wait()
        image = await client.schedule_task(
            "core:text2image", {"input": "a fox", "numberOfImages": 2}, app_id="assistant"
        )
        server._state.engine.task_seconds = 600.0
        slow = await client.schedule_task("core:text2text", {"input": "slow"}, app_id="x")
        history.add(image)
        history.add(slow)
        await until(lambda: (x := history.entry(image.id)) is not None and x.task.output)

        assert await history.cancel([slow.id]) == []
        cancelled = history.entry(slow.id)
        assert cancelled is not None and cancelled.task.status is TaskStatus.CANCELLED

        progress: list[SaveProgress] = []
        first = await history.save(image.id, downloads, progress=progress.append)
        second = await history.save(image.id, downloads)
        # named after the prompt ("a fox"), numbered, never overwriting
        assert [p.name for p in first] == ["a fox 1.png", "a fox 2.png"]
        assert [p.name for p in second] == ["a fox 1 (2).png", "a fox 2 (2).png"]
        assert all(p.read_bytes().startswith(b"\x89PNG") for p in first + second)
        assert progress[-1].fraction == 1.0 and progress[-1].count == 2
        assert not list(downloads.glob("*.part")) and not list(downloads.glob(".nctask-*"))
        saved = history.entry(image.id)
        assert saved is not None and len(saved.saved_files) == 4
        assert events.of(EventKind.SAVED)[-1].paths == tuple(second)

        cached = await history.fetch_file(image.id, image_file_id(history, image.id))
        assert cached.suffix == ".png" and cached.parent == history.cache.directory

        before = history.entry(image.id)
        assert before is not None
        stale = [before.task]
        assert await history.delete([image.id, slow.id]) == []
        assert events.ids(EventKind.FORGOTTEN) == [image.id, slow.id]
        assert history.entry(image.id) is None and store.entries(KEY) == []
        # a list reply sent before the deletion arrives after it: the task does not come back
        history._listed(stale)
        await history.settle()
        assert history.entry(image.id) is None and store.entries(KEY) == []
        assert all(p.exists() for p in first + second)  # what was saved stays
        assert not cached.exists()  # the cache of a deleted task goes
        assert server.task_count() == 0
        await history.close()


def image_file_id(history: LiveHistory, task_id: int) -> int:
    entry = history.entry(task_id)
    assert entry is not None
    return entry.task.output_file_ids()[0][1]


async def test_text_results_are_saved_as_text_files_and_automatically_by_type(
    server: DemoServer, tmp_path: Path, store: HistoryStore
) -> None:
    auto = tmp_path / "auto"
    async with NextcloudClient(server.base_url, "alice", "pw") as client:
        types = await client.get_task_types()  # a lone file id is known as a file by its shape
        history, events = make_history(
            client,
            store,
            tmp_path,
            types=lambda: types,
            auto_save_folder=lambda t: auto if t.type == "core:text2speech" else None,
        )
        history.start()
        await history.loaded.wait()
        speech = await client.schedule_task("core:text2speech", {"input": "hi"}, app_id="a")
        text = await client.schedule_task("core:text2text", {"input": "hi"}, app_id="a")
        history.add(speech)
        history.add(text)
        await until(lambda: len(events.of(EventKind.FINISHED)) >= 1 and events.of(EventKind.SAVED))
        await until(lambda: all(t.status.is_finished for t in (x.task for x in history.entries())))
        saved = events.of(EventKind.SAVED)
        assert saved[0].automatic and saved[0].task_ids == (speech.id,)
        assert [p.name for p in auto.iterdir()] == ["hi.wav"]  # after the prompt
        written = await history.save(text.id, tmp_path / "out")
        assert [p.name for p in written] == ["hi.txt"]
        assert written[0].read_text(encoding="utf-8").startswith("This is a fake result")
        await history.close()


async def test_back_off_while_the_network_is_gone_and_resume(
    tmp_path: Path, store: HistoryStore
) -> None:
    clock = FakeTime()
    failing = 3
    loaded = False
    done = task_json(1, "STATUS_SUCCESSFUL", output={"output": "x"})

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal failing, loaded
        listing = request.url.path.endswith("/taskprocessing/tasks")
        if listing and not loaded:  # the history's first look: the task runs
            loaded = True
            return httpx.Response(200, json=ok({"tasks": [task_json(1)]}))
        if failing:
            failing -= 1
            raise httpx.ConnectError("network is unreachable")
        return httpx.Response(200, json=ok({"tasks": [done]} if listing else {"task": done}))

    async with mock_client(handler) as client:
        history, events = make_history(
            client, store, tmp_path, clock=clock.clock, sleep=clock.sleep
        )
        history.start()
        await until(lambda: events.of(EventKind.FINISHED))
        await history.close()
    assert [x.online for x in events.of(EventKind.ONLINE)] == [False, True]
    assert clock.sleeps == [1.0, 2.0, 4.0, 8.0]  # first look, then the offline back-off


async def test_network_loss_pauses_and_its_return_polls_at_once(
    tmp_path: Path, store: HistoryStore
) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path.endswith("/taskprocessing/tasks"):
            return httpx.Response(200, json=ok({"tasks": [task_json(1)]}))
        return httpx.Response(200, json=ok({"task": task_json(1)}))

    async with mock_client(handler) as client:
        history, events = make_history(client, store, tmp_path, sleep=asyncio.sleep)
        history.start()
        await until(lambda: history.poller.active)
        history.set_network_available(False)
        assert not history.online and not history.poller.online
        before = len(calls)
        history.set_network_available(True)
        await until(lambda: len(calls) > before, timeout=0.5)  # not after a 1 s back-off
        await until(lambda: history.online)
        await history.close()
    assert [x.online for x in events.of(EventKind.ONLINE)] == [False, True]


async def test_focus_lists_again_at_most_every_refresh_interval(
    tmp_path: Path, store: HistoryStore
) -> None:
    clock = FakeTime()
    lists = RecordingHandler(lambda request: httpx.Response(200, json=ok({"tasks": []})))
    async with mock_client(lists) as client:
        history, _events = make_history(client, store, tmp_path, clock=clock.clock)
        history.start()
        await until(lambda: lists.calls == 1)
        history.poke()
        history.poke()
        await asyncio.sleep(0.05)
        assert lists.calls == 1  # nothing unfinished and listed a moment ago: no request
        clock.now += 31
        history.poke()
        await until(lambda: lists.calls == 2)
        await history.close()


async def test_a_401_stops_everything_until_signed_in_again(
    tmp_path: Path, store: HistoryStore
) -> None:
    refused = True

    def reply(request: httpx.Request) -> httpx.Response:
        if refused:
            return httpx.Response(401, json={"message": "Current user is not logged in"})
        return httpx.Response(200, json=ok({"tasks": [task_json(1, "STATUS_SUCCESSFUL")]}))

    handler = RecordingHandler(reply)
    failures: list[int] = []
    store.merge(KEY, [Task.from_json(task_json(1))])
    async with mock_client(handler) as client:
        history, events = make_history(
            client, store, tmp_path, on_auth_failed=lambda: failures.append(1)
        )
        history.start()
        await until(lambda: failures)
        history.poke()
        await asyncio.sleep(0.1)
        assert handler.calls == 1 and failures == [1]  # nothing loops
        refused = False
        history.set_client(client)
        await until(lambda: events.of(EventKind.FINISHED))
        await history.close()


async def test_the_cache_downloads_a_file_once(server: DemoServer, tmp_path: Path) -> None:
    async with NextcloudClient(server.base_url, "alice", "pw") as client:
        task = await client.schedule_task("core:text2image", {"input": "x"}, app_id="a")
        await asyncio.sleep(0.4)
        task = await client.get_task(task.id)
        file_id = task.output_file_ids()[0][1]
        cache = ResultCache(KEY, tmp_path)
        server.clear_requests()
        paths = await asyncio.gather(*(cache.fetch(client, task.id, file_id) for _ in range(3)))
        again = await cache.fetch(client, task.id, file_id)
    assert len(set(paths)) == 1 and again == paths[0] and paths[0].suffix == ".png"
    assert len(server.requests) == 1


async def test_a_task_scheduled_while_a_list_is_on_its_way_is_not_taken_for_removed(
    tmp_path: Path,
    store: HistoryStore,
) -> None:
    gate = asyncio.Event()
    lists = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal lists
        if request.url.path.endswith("/taskprocessing/tasks"):
            lists += 1
            if lists == 1:
                await gate.wait()  # the first list is slow: asked before the task existed
            return httpx.Response(200, json=ok({"tasks": []}))
        return httpx.Response(200, json=ok({"task": task_json(7)}))

    async with mock_client(handler) as client:
        history, events = make_history(client, store, tmp_path, refresh_interval=0)
        history.start()
        await until(lambda: lists == 1)
        history.add(Task.from_json(task_json(7)))
        await history.settle()
        gate.set()
        await until(lambda: history._last_listed is not None)
        await history.settle()
        assert events.ids(EventKind.REMOVED) == []
        history.refresh_now()  # a list asked after the task was known, without it: removed
        await until(lambda: events.ids(EventKind.REMOVED) == [7])
        await history.close()
