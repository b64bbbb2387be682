"""Waiting for tasks on the command line: one task until it is finished, with its result
(`nctask run --wait`, `nctask wait ID`), or every unfinished task of the account with the app's own
poller, the cheapest way each cycle, a line on stdout per change (`nctask wait --all`)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import Counter
from pathlib import Path

from nctask_desktop.api import NextcloudClient, Task, TaskStatus
from nctask_desktop.cli import (
    Session,
    _err,
    _print_json,
    _print_outputs,
    _task_json,
    status_words,
)
from nctask_desktop.cli_args import EXIT_OK, EXIT_TASK_FAILED
from nctask_desktop.messages import failed_task_reason
from nctask_desktop.services import tasks as task_service
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


async def wait_and_report(
    s: Session, client: NextcloudClient, task: Task, output_dir: Path | None, as_json: bool
) -> int:
    task_type = (await s.types(client)).get(task.type)
    started = time.monotonic()

    def update(t: Task) -> None:
        _err(f"Task {t.id}: {status_words(t)} ({int(time.monotonic() - started)} s)")

    if not task.status.is_finished:
        _err(f"Task {task.id}: {status_words(task)}")
    task = await task_service.wait_for_task(client, task, on_update=update)
    saved: list[Path] = []
    if task.status is TaskStatus.SUCCESSFUL and output_dir is not None:
        saved = await task_service.save_outputs(client, task, task_type, output_dir)
    if as_json:
        _print_json(_task_json(task, saved))
    elif task.status is TaskStatus.SUCCESSFUL:
        _print_outputs(task, task_type)
        for path in saved:
            _err(f"Saved {path}")
    if task.status is TaskStatus.FAILED:
        _err(
            failed_task_reason(task.user_facing_error_message, task.error_message).render()
            + f" (task {task.id})"
        )
        return EXIT_TASK_FAILED
    if task.status is TaskStatus.CANCELLED:
        _err(f"Task {task.id} was cancelled.")
        return EXIT_TASK_FAILED
    return EXIT_OK
