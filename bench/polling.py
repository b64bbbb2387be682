"""Benchmark: what following unfinished tasks costs the server, as the history grows.

Run: .venv/bin/python bench/polling.py [--minutes 5]

For each history (finished tasks) and number of unfinished tasks, the app's poller (TaskPoller, the
code the window and `nctask wait --all` use) follows the unfinished tasks for some minutes of a
simulated clock, against the simulator, which gzips its replies as Nextcloud does. The floor is the
web Assistant's pattern: one GET per unfinished task every 2 s, measured on the same simulator.
Figures per minute: requests, and reply bodies as sent (gzipped) plus 500 B of headers per request.
"""

from __future__ import annotations

import argparse
import asyncio
from collections import Counter

from nctask_desktop.api import NextcloudClient
from nctask_desktop.demo import DemoServer, DemoUser
from nctask_desktop.services.poller import HEADER_BYTES, TaskPoller

TEXT, IMAGE = "core:text2text", "core:text2image"
SCENARIOS = [
    (100, 1, TEXT),
    (1000, 3, TEXT),
    (1000, 10, TEXT),
    (5000, 3, TEXT),
    (1000, 20, IMAGE),  # unfinished of another type than the history: one list of that type
    (1000, 100, TEXT),
    (1000, 500, TEXT),
]


class Clock:
    """The simulated time of the simulator and of the poller: a sleep moves it on."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


def spent(server: DemoServer) -> tuple[int, int]:
    """(requests, bytes with headers) since the last clear."""
    records = list(server.requests)
    return len(records), sum(r.body_bytes for r in records) + HEADER_BYTES * len(records)


async def scenario(history: int, unfinished: int, kind: str, minutes: float) -> dict[str, float]:
    clock = Clock()
    users = [DemoUser("alice", "pw")]
    with DemoServer(users=users, task_seconds=3600, rate_limit=10**6, clock=clock) as server:
        engine = server._state.engine
        for i in range(history):
            engine.schedule("core:text2text", {"input": f"done {i}"}, "assistant", "alice", "")
        clock.now += 7200  # all finished
        for i in range(unfinished):
            engine.schedule(kind, {"input": f"running {i}"}, "assistant", "alice", "")
        async with NextcloudClient(server.base_url, "alice", "pw") as client:
            tasks = await client.list_tasks()
            counts = Counter(t.type for t in tasks)
            running = [t for t in tasks if not t.status.is_finished]
            # the floor: the Assistant's GET per task, every 2 s
            server.clear_requests()
            for task in running:
                await client.get_task(task.id)
            floor_requests, floor_bytes = spent(server)
            floor = {"requests": floor_requests * 30.0, "bytes": floor_bytes * 30.0}
            # the app's poller, on the simulated clock
            poller = TaskPoller(
                client,
                on_updated=lambda _t: None,
                on_removed=lambda _i: None,
                history_counts=lambda: counts,
                clock=clock,
                sleep=clock.sleep,
            )
            for task in running:
                poller.track(task)
            server.clear_requests()
            end = clock.now + 60 * minutes
            runner = asyncio.ensure_future(poller.run())
            while clock.now < end:
                await asyncio.sleep(0)
            runner.cancel()
            requests, data = spent(server)
    return {
        "requests": requests / minutes,
        "bytes": data / minutes,
        "floor_requests": floor["requests"],
        "floor_bytes": floor["bytes"],
        "plans": dict(poller.plans),  # type: ignore[dict-item]
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    args = parser.parse_args()
    print(
        f"{'finished':>9} {'unfinished':>16} | {'req/min':>8} {'floor':>8} {'ratio':>6} | "
        f"{'KB/min':>9} {'floor':>9} {'ratio':>6} | plans"
    )
    for history, unfinished, kind in SCENARIOS:
        r = asyncio.run(scenario(history, unfinished, kind, args.minutes))
        what = f"{unfinished} {kind.split(':')[-1]}"
        plans = ", ".join(f"{k.value} {v}" for k, v in r["plans"].items() if v)  # type: ignore[attr-defined]
        print(
            f"{history:>9} {what:>16} | {r['requests']:>8.1f} {r['floor_requests']:>8.0f} "
            f"{r['requests'] / r['floor_requests']:>6.3f} | {r['bytes'] / 1024:>9.1f} "
            f"{r['floor_bytes'] / 1024:>9.1f} {r['bytes'] / r['floor_bytes']:>6.3f} | {plans}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
