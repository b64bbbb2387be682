"""`nctask batch TYPE FILE...`: one task per file, under the rate limit, every result saved next to
its input (or in --output-dir), named after it, never overwriting; a line per file and a summary."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nctask_desktop.api import NextcloudClient, Slot, Task, TaskStatus, TaskType
from nctask_desktop.api import errors as e
from nctask_desktop.cli import Session, UsageError, _err, _parse_inputs, _print_json
from nctask_desktop.cli_args import EXIT_OK, EXIT_TASK_FAILED
from nctask_desktop.messages import explain, failed_task_reason
from nctask_desktop.services import tasks as task_service
from nctask_desktop.services.batch import batch_custom_id, file_slots, files_in, fits_slot
from nctask_desktop.services.poller import TaskPoller
from nctask_desktop.services.results import save_results
from nctask_desktop.services.submissions import Submission, SubmissionQueue, SubmissionState

QUEUE_OPTIONS: dict[str, Any] = {}
"""Options of the submission queue (limit, window, retry_step): the defaults keep to the server's
rule, 20 new tasks per 2 minutes; tests make the window short."""

DONE, FAILED, CANCELLED = "done", "failed", "cancelled"


@dataclass
class _Item:
    path: Path
    custom_id: str = ""
    task: Task | None = None
    state: str = ""
    saved: list[Path] = field(default_factory=list)
    error: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "status": self.state,
            "task": self.task.id if self.task is not None else None,
            "saved": [str(p) for p in self.saved],
            "error": self.error,
        }


def _kind(slot: Slot) -> str:
    return {"Audio": "an audio", "Image": "an image", "Video": "a video"}.get(
        slot.type.item_type.value, "a"
    )


def choose_slot(task_type: TaskType, name: str | None) -> Slot:
    """The file input that takes each file: --slot, else the type's only one."""
    slots = file_slots(task_type)
    keys = ", ".join(s.key for s in slots)
    if not slots:
        raise UsageError(
            f"{task_type.id} takes no file: run it with `nctask run` (see `nctask types`)."
        )
    if name is not None:
        slot = next((s for s in slots if s.key == name), None)
        if slot is None:
            raise UsageError(f"--slot {name}: the file inputs of {task_type.id} are {keys}.")
        return slot
    if len(slots) > 1:
        raise UsageError(f"{task_type.id} has several file inputs ({keys}): name one with --slot.")
    return slots[0]


def _per(window: float) -> str:
    return f"{window / 60:g} minutes" if window >= 60 else f"{window:g} s"


class _BatchRun:
    def __init__(
        self,
        s: Session,
        client: NextcloudClient,
        task_type: TaskType,
        slot: str,
        files: list[Path],
        inputs: dict[str, Any],
    ) -> None:
        self.s, self.client, self.task_type, self.slot = s, client, task_type, slot
        self.inputs = inputs
        self.output_dir: Path | None = s.args.output_dir
        self.as_json: bool = s.args.json
        self.items = [_Item(path) for path in files]
        self.by_custom: dict[str, _Item] = {}
        self.by_task: dict[int, _Item] = {}
        self.fatal: BaseException | None = None
        self.saving: set[asyncio.Task[None]] = set()
        self._said_wait: tuple[int, float] | None = None
        self.poller = TaskPoller(
            client,
            on_updated=self._updated,
            on_removed=self._removed,
            on_online=self._online,
            on_auth_failed=self._abort,
        )
        self.queue = SubmissionQueue(
            lambda: client,
            upload_folder=lambda: s.prefs.upload_folder or "nctask-desktop",
            on_change=self._changed,
            on_auth_failure=self._abort,
            **QUEUE_OPTIONS,
        )

    async def run(self) -> int:
        batch_id = uuid.uuid4().hex[:12]
        count = len(self.items)
        _err(f"Running {self.task_type.id} on {count} file{'s' if count != 1 else ''}…")
        for n, item in enumerate(self.items):
            item.custom_id = batch_custom_id(batch_id, n)
            self.by_custom[item.custom_id] = item
            self.queue.submit(
                self.task_type.id,
                {**self.inputs, self.slot: task_service.LocalFile(item.path)},
                type_name=self.task_type.name,
                custom_id=item.custom_id,
            )
        polling = asyncio.ensure_future(self.poller.run())
        try:
            while self.fatal is None and not all(item.state for item in self.items):
                await asyncio.sleep(0.05)
        finally:
            polling.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await polling
            await self.queue.close()
            for task in list(self.saving):
                task.cancel()
            await asyncio.gather(*self.saving, return_exceptions=True)
        if self.fatal is not None:
            raise self.fatal
        return self._summary()

    def _summary(self) -> int:
        done = sum(1 for i in self.items if i.state == DONE)
        failed = sum(1 for i in self.items if i.state == FAILED)
        cancelled = sum(1 for i in self.items if i.state == CANCELLED)
        if self.as_json:
            _print_json(
                {
                    "type": self.task_type.id,
                    "files": [i.as_json() for i in self.items],
                    "summary": {"done": done, "failed": failed, "cancelled": cancelled},
                }
            )
        count = len(self.items)
        _err(
            f"{count} file{'s' if count != 1 else ''}: {done} done, {failed} failed, "
            f"{cancelled} cancelled."
        )
        return EXIT_OK if done == len(self.items) else EXIT_TASK_FAILED

    # --- what the queue and the poller report ---------------------------------------------------

    def _abort(self, exc: BaseException) -> None:
        if self.fatal is None:
            self.fatal = exc

    def _online(self, online: bool) -> None:
        if not online:
            self._abort(
                e.ConnectionFailedError(
                    "the server could not be reached while following the tasks",
                    url=self.client.base_url,
                )
            )

    def _changed(self, sub: Submission) -> None:
        item = self.by_custom.get(sub.custom_id)
        if item is None:
            return
        if sub.state is SubmissionState.WAITING:
            if sub.offline:  # the command line does not wait for a server that went away
                self._abort(sub.error or e.ConnectionFailedError(url=self.client.base_url))
                return
            self._say_wait(sub)
        elif sub.state is SubmissionState.SCHEDULED and sub.task is not None:
            item.task = sub.task
            self.by_task[sub.task.id] = item
            if sub.task.status.is_finished:
                self._finished(item, sub.task)
            else:
                self.poller.track(sub.task)
        elif sub.state is SubmissionState.FAILED:
            self._end(item, FAILED, explain(sub.error or RuntimeError()).render())
        elif sub.state is SubmissionState.CANCELLED:
            self._end(item, CANCELLED)

    def _say_wait(self, sub: Submission) -> None:
        wait = self.queue.seconds_until_ready(sub)
        key = (sub.number, round(sub.ready_at or 0.0, 1))
        if wait <= 0 or key == self._said_wait:
            return
        self._said_wait = key
        sent = sum(1 for i in self.items if i.task is not None)
        rate = self.queue.rate
        why = (
            "the server refused more for now"
            if sub.refusals
            else f"the server allows {rate.limit} new tasks per {_per(rate.window)}"
        )
        _err(
            f"Waiting {wait:.0f} s for the rate limit ({why}) before sending the next file; "
            f"{sent} of {len(self.items)} sent."
        )

    def _updated(self, tasks: list[Task]) -> None:
        for task in tasks:
            item = self.by_task.get(task.id)
            if item is not None and task.status.is_finished:
                self._finished(item, task)

    def _removed(self, task_ids: list[int]) -> None:
        for task_id in task_ids:
            item = self.by_task.get(task_id)
            if item is not None:
                self._end(item, FAILED, "The task is no longer on the server.")

    def _finished(self, item: _Item, task: Task) -> None:
        if item.state:
            return
        item.task = task
        if task.status is TaskStatus.SUCCESSFUL:
            saver = asyncio.ensure_future(self._save(item, task))
            self.saving.add(saver)
            saver.add_done_callback(self.saving.discard)
        elif task.status is TaskStatus.CANCELLED:
            self._end(item, CANCELLED)
        else:
            reason = failed_task_reason(task.user_facing_error_message, task.error_message)
            self._end(item, FAILED, reason.render() + f" (task {task.id})")

    async def _save(self, item: _Item, task: Task) -> None:
        directory = self.output_dir or item.path.parent
        try:
            if not task.output:
                task = await self.client.get_task(task.id)
            item.saved = await save_results(
                self.client, task, self.task_type, directory, base=item.path.stem
            )
        except e.AuthenticationError as exc:
            self._abort(exc)
        except (e.NextcloudError, OSError) as exc:
            self._end(item, FAILED, "The results could not be saved. " + explain(exc).render())
        else:
            self._end(item, DONE)

    def _end(self, item: _Item, state: str, error: str = "") -> None:
        if item.state:
            return
        item.state, item.error = state, error
        if self.as_json:
            return
        detail = ", ".join(str(p) for p in item.saved) if state == DONE else error
        print(f"{item.path}\t{state}" + (f"\t{detail}" if detail else ""), flush=True)


async def cmd_batch(s: Session) -> int:
    args = s.args
    pairs = _parse_inputs(args.input)
    given: list[Path] = [Path(p).expanduser() for p in args.files]
    for path in given:
        if not path.exists():
            raise UsageError(f"No such file or folder: {path}")
    async with s.client() as client:
        task_type = await s.task_type(client, args.type)
        slot = choose_slot(task_type, args.slot)
        if any(key == slot.key for key, _ in pairs):
            raise UsageError(f"-i {slot.key}: that input takes each file in turn.")
        files = files_in(given, slot.type)
        chosen = {p.absolute() for p in files}
        for path in given:
            if path.is_file() and path.absolute() not in chosen and not fits_slot(path, slot.type):
                _err(f"Skipping {path}: not {_kind(slot)} file.")
        if not files:
            raise UsageError(
                f"No files for {slot.key} ({slot.type.item_type.value}) among those given."
            )
        inputs = task_service.build_inputs(task_type, [*pairs, (slot.key, files[0])])
        inputs.pop(slot.key, None)
        if args.output_dir is not None:
            args.output_dir.mkdir(parents=True, exist_ok=True)
        if not client.user_id or client.user_id == client.login_name:
            await client.get_user()  # uploads go to the user's files
        return await _BatchRun(s, client, task_type, slot.key, files, inputs).run()
