"""`nctask wait --all`: every unfinished task of the account, followed with the app's own poller
(the cheapest way each cycle) until all are finished; a line on stdout per change."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import Counter

from nctask_desktop.api import Task, TaskStatus
from nctask_desktop.cli import EXIT_OK, EXIT_TASK_FAILED, Session, _err, status_words
from nctask_desktop.services.poller import TaskPoller


async def wait_all(s: Session) -> int:
    """Follow every unfinished task with the app's own poller (the cheapest way each cycle) until
    all are finished; a line on stdout per change."""
    async with s.client() as client:
        started = time.monotonic()
        everything = await client.list_tasks()
        counts = Counter(t.type for t in everything)
        unfinished = [t for t in everything if not t.status.is_finished]
        if not unfinished:
            _err("No unfinished tasks.")
            return EXIT_OK
        ended: list[Task] = []

        def changed(tasks: list[Task]) -> None:
            for t in tasks:
                print(f"{t.id}\t{t.type}\t{status_words(t)}", flush=True)
                if t.status.is_finished:
                    ended.append(t)

        def removed(ids: list[int]) -> None:
            for task_id in ids:
                print(f"{task_id}\t\tno longer on the server", flush=True)

        poller = TaskPoller(
            client, on_updated=changed, on_removed=removed, history_counts=lambda: counts
        )
        for t in unfinished:
            poller.track(t)
        _err(f"Following {len(unfinished)} unfinished tasks…")
        runner = asyncio.ensure_future(poller.run())
        try:
            while poller.active and not poller.stopped_for_auth:
                await asyncio.sleep(0.05)
        finally:
            runner.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await runner
        if s.args.stats:
            plans = ", ".join(f"{p.value}={n}" for p, n in poller.plans.items())
            _err(
                f"requests={client.traffic.requests} bytes={client.traffic.bytes_in} "
                f"cycles={poller.cycles} seconds={time.monotonic() - started:.1f} {plans}"
            )
    failed = [t for t in ended if t.status is not TaskStatus.SUCCESSFUL]
    _err(f"All followed tasks have finished: {len(ended) - len(failed)} done, {len(failed)} not.")
    return EXIT_TASK_FAILED if failed else EXIT_OK
