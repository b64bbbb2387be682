"""Polling: one request per cycle, the timetable, pausing while offline, and tasks that vanish."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from nctask_desktop.api import NextcloudClient, Task, TaskStatus
from nctask_desktop.demo import DemoServer, DemoUser
from nctask_desktop.services.history import HistoryStore
from nctask_desktop.services.poller import Plan, TaskPoller
from tests.support import FakeTime, RecordingHandler, cancelled, mock_client, ok, task_json

DONE = task_json(1, "STATUS_SUCCESSFUL", output={"output": "x"})


def long_history() -> dict[str, int]:
    """What most accounts have: many finished tasks (here of the type the tests use)."""
    return {"core:text2text": 1000}


class Recorder:
    def __init__(self) -> None:
        self.updated: list[Task] = []
        self.removed: list[int] = []
        self.online: list[bool] = []
        self.listed = 0

    def kwargs(self) -> dict[str, Any]:
        return {
            "on_updated": self.updated.extend,
            "on_removed": self.removed.extend,
            "on_online": self.online.append,
            "on_listed": lambda tasks: setattr(self, "listed", self.listed + 1),
            "history_counts": long_history,
        }


def quiet_poller(client: NextcloudClient, **kwargs: Any) -> TaskPoller:
    """A poller whose updates and removals go nowhere."""
    kwargs.setdefault("history_counts", long_history)
    return TaskPoller(client, on_updated=lambda t: None, on_removed=lambda i: None, **kwargs)


async def run_until(poller: TaskPoller, done: Callable[[], object]) -> None:
    """Run the poller until `done()` is true, then stop it."""
    runner = asyncio.create_task(poller.run())
    while not done():
        await asyncio.sleep(0)
    await cancelled(runner)


async def schedule_texts(client: NextcloudClient, count: int) -> list[Task]:
    return [
        await client.schedule_task("core:text2text", {"input": f"n{i}"}, app_id="assistant")
        for i in range(count)
    ]


async def test_one_list_request_per_cycle_with_50_unfinished_tasks() -> None:
    """50 unfinished among 60: one list costs less than 50 GETs."""
    with DemoServer(users=[DemoUser("alice", "pw")], task_seconds=600, rate_limit=100) as server:
        async with NextcloudClient(server.base_url, "alice", "pw") as client:
            tasks = await schedule_texts(client, 50)
            rec = Recorder()
            poller = TaskPoller(
                client, **{**rec.kwargs(), "history_counts": lambda: {"core:text2text": 60}}
            )
            for t in tasks:
                poller.track(t)
            server.clear_requests()
            await poller.poll_once()
            await poller.poll_once()
            requests = [(r.method, r.path) for r in server.requests]
    assert requests == [("GET", "/ocs/v2.php/taskprocessing/tasks")] * 2
    assert len(poller.active) == 50 and rec.listed == 2


async def test_few_tasks_are_fetched_one_by_one_and_every_status_is_seen() -> None:
    with DemoServer(users=[DemoUser("alice", "pw")], task_seconds=0.5) as server:
        async with NextcloudClient(server.base_url, "alice", "pw") as client:
            task = await client.schedule_task("core:text2text", {"input": "x"}, app_id="assistant")
            rec = Recorder()
            poller = TaskPoller(client, **rec.kwargs())
            poller.track(task)
            server.clear_requests()
            seen = {task.status}
            for _ in range(100):
                await poller.poll_once()
                seen.update(t.status for t in rec.updated)
                if not poller.active:
                    break
                await asyncio.sleep(0.03)
    assert seen == {TaskStatus.SCHEDULED, TaskStatus.RUNNING, TaskStatus.SUCCESSFUL}
    assert {(r.method, r.path) for r in server.requests} == {
        ("GET", f"/ocs/v2.php/taskprocessing/task/{task.id}")
    }
    assert rec.updated[-1].output


async def test_timetable_first_look_at_expected_completion_then_backoff_capped() -> None:
    clock = FakeTime()
    soon = task_json(1, completionExpectedAt=1020)
    handler = RecordingHandler(lambda request: httpx.Response(200, json=ok({"task": soon})))
    async with mock_client(handler) as client:
        poller = quiet_poller(client, clock=clock.clock, sleep=clock.sleep)
        poller.track(Task.from_json(soon))
        await run_until(poller, lambda: handler.calls >= 9)
    assert clock.sleeps[0] == pytest.approx(20.5)
    assert clock.sleeps[1:7] == [2.0, 4.0, 8.0, 16.0, 30.0, 30.0]
    assert max(clock.sleeps) <= 30.0


async def test_nothing_is_polled_when_nothing_is_unfinished_and_poke_polls_now() -> None:
    handler = RecordingHandler(lambda request: httpx.Response(200, json=ok({"task": DONE})))
    async with mock_client(handler) as client:
        rec = Recorder()
        poller = TaskPoller(client, **rec.kwargs())
        runner = asyncio.create_task(poller.run())
        await asyncio.sleep(0.05)
        assert handler.calls == 0 and poller.next_delay() is None
        poller.track(Task.from_json(task_json(1, completionExpectedAt=10**10)))  # far away
        await asyncio.sleep(0.05)
        assert handler.calls == 0
        poller.poke()  # the window gained focus
        for _ in range(50):
            if handler.calls:
                break
            await asyncio.sleep(0.01)
        await cancelled(runner)
    assert (
        handler.calls == 1
        and rec.updated[0].status is TaskStatus.SUCCESSFUL
        and poller.active == []
    )


async def test_pauses_while_offline_and_resumes() -> None:
    clock = FakeTime()
    failing = 3

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal failing
        if failing:
            failing -= 1
            raise httpx.ConnectError("network is unreachable")
        return httpx.Response(200, json=ok({"task": DONE}))

    async with mock_client(handler) as client:
        rec = Recorder()
        poller = TaskPoller(client, clock=clock.clock, sleep=clock.sleep, **rec.kwargs())
        poller.track(Task.from_json(task_json(1)))
        await run_until(poller, lambda: not poller.active)
    assert rec.online == [False, True]
    assert clock.sleeps == [1.0, 2.0, 4.0, 8.0]  # first look, then the offline back-off
    assert rec.updated[-1].status is TaskStatus.SUCCESSFUL


async def test_network_back_polls_at_once() -> None:
    async with mock_client(
        lambda r: httpx.Response(200, json=ok({"task": task_json(1)}))
    ) as client:
        poller = quiet_poller(client)
        poller.track(Task.from_json(task_json(1)))
        poller.set_network_available(False)
        assert not poller.online and poller.next_delay() == 1.0
        poller.set_network_available(True)
        assert poller.next_delay() == 0.0


async def test_vanished_task_is_reported_and_kept_in_history(tmp_path: Path) -> None:
    with DemoServer(users=[DemoUser("alice", "pw")], task_seconds=600) as server:
        async with NextcloudClient(server.base_url, "alice", "pw") as client:
            tasks = await schedule_texts(client, 3)
            history = HistoryStore(tmp_path / "h.sqlite3")
            history.merge("alice@x", tasks)
            rec = Recorder()
            poller = TaskPoller(client, **rec.kwargs())
            for t in tasks:
                poller.track(t)
            await client.delete_task(tasks[0].id)  # deleted on another device
            await poller.poll_once()
            history.mark_removed("alice@x", rec.removed)
            history.add_saved_files("alice@x", tasks[0].id, ["/home/alice/result.png"])
            entries = {x.task.id: x for x in history.entries("alice@x")}
            history.close()
    assert rec.removed == [tasks[0].id]
    assert entries[tasks[0].id].removed_from_server
    assert entries[tasks[0].id].saved_files == ("/home/alice/result.png",)
    assert not entries[tasks[1].id].removed_from_server


async def test_auth_failure_stops_polling_without_looping() -> None:
    handler = RecordingHandler(
        lambda request: httpx.Response(
            401,
            content=b'<?xml version="1.0"?><ocs><meta><status>failure</status><statuscode>997</statuscode><message>Unauthorised</message></meta><data/></ocs>',
            headers={"Content-Type": "text/xml"},
        )
    )
    failures: list[Exception] = []
    async with mock_client(handler) as client:
        poller = quiet_poller(client, on_auth_failed=failures.append)
        poller.track(Task.from_json(task_json(1)))
        runner = asyncio.create_task(poller.run())
        poller.poke()
        await asyncio.sleep(0.1)
        await cancelled(runner)
    assert handler.calls == 1 and len(failures) == 1 and poller.next_delay() is None


class ServerClock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


async def test_the_cheapest_way_counted_on_the_simulator() -> None:
    """300 finished tasks and 3 unfinished: a GET each (a list would carry all 303); then 200 more
    unfinished: one list. Counted on the simulator, which gzips as Nextcloud does; never more bytes
    than the web Assistant's way (a GET per unfinished task)."""
    clock = ServerClock()
    users = [DemoUser("alice", "pw")]
    with DemoServer(users=users, task_seconds=60, rate_limit=10_000, clock=clock) as server:
        async with NextcloudClient(server.base_url, "alice", "pw") as client:
            engine = server._state.engine  # 300 at once, without 300 requests
            for i in range(300):
                engine.schedule("core:text2text", {"input": f"old {i}"}, "assistant", "alice", "")
            clock.now += 120  # all done
            few = await schedule_texts(client, 3)
            counts: dict[str, int] = {}
            for task in await client.list_tasks():  # what the history knows
                counts[task.type] = counts.get(task.type, 0) + 1
            poller = quiet_poller(client, history_counts=lambda: counts)
            for task in few:
                poller.track(task)

            async def cycle() -> tuple[list[str], int]:
                server.clear_requests()
                await poller.poll_once()
                sent = [r.path.rsplit("/", 2)[-2] for r in server.requests]
                return sent, sum(r.body_bytes for r in server.requests)

            async def assistants_way() -> int:
                server.clear_requests()
                for task_id in [t.id for t in poller.active]:
                    await client.get_task(task_id)
                return sum(r.body_bytes for r in server.requests)

            sent, spent = await cycle()
            assert sent == ["task"] * 3  # GET /task/{id}, three times
            assert spent <= await assistants_way()
            for i in range(200):
                engine.schedule("core:text2text", {"input": f"new {i}"}, "assistant", "alice", "")
            for task in await client.list_tasks():
                if not task.status.is_finished:
                    poller.track(task)
            counts["core:text2text"] += 200
            sent, spent = await cycle()
            assert sent == ["taskprocessing"]  # GET /tasks: one list
            assert spent < await assistants_way() / 5
    assert poller.plans[Plan.GET_EACH] == 1 and poller.plans[Plan.LIST_ALL] == 1
