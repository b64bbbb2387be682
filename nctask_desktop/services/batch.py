"""Batches: one task per file (many recordings, a folder of photos), the other inputs filled once.

Each file is one submission of the account's queue (so the rate limit, the outbox and the look-up
before a second send all apply), with a custom id that names its batch:
`nctask-desktop:batch:<batch id>:<n>:<attempt>`. The batch itself (its type, the input that varies,
the other inputs, where results go, and every file's state, task id and saved results) is kept in
services/batch_store.py, so that after a quit or a crash it comes back: submissions the outbox
still holds are mapped back by custom id, the others are looked up on the server before they are
sent again, and tasks are followed through the live history. When a task ends well its results are
saved next to its input file (or in the chosen folder), named after it, never overwriting.

Plain asyncio, no Qt: the window subscribes to `changed`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from nctask_desktop.api import Task, TaskStatus, TaskType
from nctask_desktop.api import errors as e
from nctask_desktop.messages import (
    QT_TRANSLATE_NOOP,
    Explanation,
    Translate,
    explain,
    failed_task_reason,
)

from .background import Background
from .batch_files import file_slots, files_in, fits_slot
from .batch_store import Batch, BatchItem, BatchStore, ItemState
from .events import Event
from .live_history import EventKind, HistoryEvent, LiveHistory
from .results import save_results
from .submissions import Submission, SubmissionQueue, SubmissionState
from .tasks import CUSTOM_ID_PREFIX, LocalFile, validate_inputs

__all__ = [
    "BATCH_PREFIX",
    "Batch",
    "BatchItem",
    "BatchSession",
    "BatchStore",
    "ItemState",
    "batch_custom_id",
    "file_slots",
    "files_in",
    "fits_slot",
    "parse_custom_id",
]

log = logging.getLogger(__name__)

BATCH_PREFIX = CUSTOM_ID_PREFIX + "batch:"
CONTEXT = "Errors"

_NO_LONGER_ON_SERVER = QT_TRANSLATE_NOOP(CONTEXT, "The task is no longer on the server.")
_NOT_SAVED = QT_TRANSLATE_NOOP(CONTEXT, "The results could not be saved.")


def _identity(context: str, text: str) -> str:
    return text


# --- custom ids -----------------------------------------------------------------------------------


def batch_custom_id(batch_id: str, n: int, attempt: int = 1) -> str:
    """The custom id of item `n`'s `attempt`th submission."""
    return f"{BATCH_PREFIX}{batch_id}:{n}:{attempt}"


def parse_custom_id(custom_id: str | None) -> tuple[str, int, int] | None:
    """(batch id, item number, attempt) of a batch's custom id; None for any other."""
    if not custom_id or not custom_id.startswith(BATCH_PREFIX):
        return None
    parts = custom_id[len(BATCH_PREFIX) :].split(":")
    if len(parts) != 3 or not parts[0] or not parts[1].isdigit() or not parts[2].isdigit():
        return None
    return parts[0], int(parts[1]), int(parts[2])


def is_batch_custom_id(custom_id: str | None) -> bool:
    return parse_custom_id(custom_id) is not None


# --- the session ----------------------------------------------------------------------------------


class BatchSession:
    """The batches of one account (`AccountSession.batches`)."""

    def __init__(
        self,
        account_key: str,
        queue: SubmissionQueue,
        history: LiveHistory,
        *,
        types: Callable[[], Mapping[str, TaskType] | None] = lambda: None,
        store: BatchStore | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.account_key = account_key
        self._queue = queue
        self._history = history
        self._types = types
        self._owns_store = store is None
        self.store = store or BatchStore()
        self._clock = clock
        self.translate: Translate = _identity
        """How error sentences are translated (the window sets its own)."""
        self.changed: Event[[str]] = Event("batch_changed")
        """A batch (its id) changed: an item moved on, it was paused, resumed, forgotten…"""
        self._batches: dict[str, Batch] = {b.id: b for b in self.store.batches(account_key)}
        self._by_task: dict[int, tuple[str, int]] = {}
        for batch in self._batches.values():
            for n, item in enumerate(batch.items):
                if item.task_id is not None:
                    self._by_task[item.task_id] = (batch.id, n)
        self._subs: dict[str, Submission] = {}
        """Live submissions of batch items, by custom id."""
        self._holding: set[str] = set()
        """Custom ids being cancelled by a pause: their CANCELLED is not the item's."""
        self._saving: set[tuple[str, int]] = set()
        self._fetched_types: dict[str, TaskType] | None = None
        self._background = Background("a batch's background work failed")
        self._started = False

    # --- reading --------------------------------------------------------------------------------

    def batches(self) -> list[Batch]:
        """The account's batches, oldest first."""
        return sorted(self._batches.values(), key=lambda b: b.created)

    def batch(self, batch_id: str) -> Batch | None:
        return self._batches.get(batch_id)

    def seconds_until_next(self, batch_id: str) -> float:
        """What the rate limit (or an unreachable server) still imposes before the batch's next
        item can be sent; 0 when none of its items waits to be sent."""
        batch = self._batches.get(batch_id)
        if batch is None or batch.paused:
            return 0.0
        unsent = [i for i in batch.items if i.task_id is None and _is_unsent(i.state)]
        if not unsent:
            return 0.0
        wait = self._queue.rate.wait_time()
        for item in unsent:
            sub = self._subs.get(item.custom_id)
            if sub is not None and sub.state is SubmissionState.WAITING:
                wait = max(wait, self._queue.seconds_until_ready(sub))
        return wait

    # --- actions --------------------------------------------------------------------------------

    def start(
        self,
        task_type: TaskType,
        slot: str,
        files: Sequence[Path],
        inputs: Mapping[str, Any],
        output_dir: Path | None = None,
    ) -> Batch:
        """A new batch: one task of `task_type` per file, each file in the input `slot`, the
        other `inputs` the same for all. ValueError when the slot is not a file input of the
        type or there are no files; InputError when the other inputs do not fit the type."""
        self._ensure_started()
        if slot not in {s.key for s in file_slots(task_type)}:
            raise ValueError(f"{slot!r} is not a file input of {task_type.id}")
        paths = [Path(f).absolute() for f in files]
        if not paths:
            raise ValueError("a batch needs at least one file")
        others = {k: v for k, v in inputs.items() if k != slot}
        validate_inputs(task_type, {**others, slot: LocalFile(paths[0])})
        batch_id = uuid.uuid4().hex[:12]
        batch = Batch(
            id=batch_id,
            account=self.account_key,
            type_id=task_type.id,
            type_name=task_type.name,
            slot=slot,
            inputs=others,
            output_dir=Path(output_dir).absolute() if output_dir is not None else None,
            created=self._clock(),
            paused=False,
            items=[
                BatchItem(path, ItemState.QUEUED, custom_id=batch_custom_id(batch_id, n))
                for n, path in enumerate(paths)
            ],
        )
        self._batches[batch_id] = batch
        self.store.add(batch)  # before any of it is submitted
        for n, item in enumerate(batch.items):
            self._submit(batch, n, item, new_attempt=False)
        self.changed.emit(batch_id)
        return batch

    def pause(self, batch_id: str) -> None:
        """Hold back the items not yet sent (an item being sent goes on); tasks already on the
        server go on."""
        batch = self._batches.get(batch_id)
        if batch is None or batch.paused or batch.finished:
            return
        batch.paused = True
        self.store.save_batch(batch)
        for n, item in enumerate(batch.items):
            if item.task_id is not None or not _is_unsent(item.state):
                continue
            sub = self._subs.get(item.custom_id)
            if sub is not None:
                self._holding.add(item.custom_id)
                if not self._queue.cancel(sub):
                    self._holding.discard(item.custom_id)
                    continue
                self._subs.pop(item.custom_id, None)
            item.state = ItemState.PAUSED
            self._save_item(batch, n, item)
        self.changed.emit(batch_id)

    def resume(self, batch_id: str) -> None:
        """Send the items a pause held back (in their order, under the rate limit)."""
        batch = self._batches.get(batch_id)
        if batch is None or not batch.paused:
            return
        batch.paused = False
        self.store.save_batch(batch)
        for n, item in enumerate(batch.items):
            if item.state is ItemState.PAUSED:
                self._submit(batch, n, item)
        self.changed.emit(batch_id)

    def cancel(self, batch_id: str) -> None:
        """Cancel every item not yet finished: those not sent here, those on the server there
        (an item being sent is cancelled on the server when it arrives)."""
        batch = self._batches.get(batch_id)
        if batch is None:
            return
        batch.cancelled = True
        batch.paused = False
        self.store.save_batch(batch)
        on_server: list[int] = []
        for n, item in enumerate(batch.items):
            if item.state.is_final or (batch.id, n) in self._saving:
                continue
            if item.task_id is not None:
                on_server.append(item.task_id)
                continue
            sub = self._subs.get(item.custom_id)
            if sub is not None and not self._queue.cancel(sub):
                continue  # being sent: see submission_changed
            item.state = ItemState.CANCELLED
            self._save_item(batch, n, item)
        if on_server:
            self._background.spawn(self._cancel_on_server(on_server))
        self.changed.emit(batch_id)

    def retry_failed(self, batch_id: str) -> None:
        """Run the failed items again (a new task each; an item whose task ended well but whose
        results could not be saved is only saved again)."""
        batch = self._batches.get(batch_id)
        if batch is None:
            return
        if batch.cancelled:
            batch.cancelled = False
            self.store.save_batch(batch)
        for n, item in enumerate(batch.items):
            if item.state is not ItemState.FAILED:
                continue
            entry = self._history.entry(item.task_id) if item.task_id is not None else None
            if entry is not None and entry.task.status is TaskStatus.SUCCESSFUL:
                self._start_save(batch, n, item, entry.task)
                continue
            if item.task_id is not None:
                self._by_task.pop(item.task_id, None)
            item.task_id, item.error = None, ""
            if batch.paused:
                item.state = ItemState.PAUSED
                self._save_item(batch, n, item)
            else:
                self._submit(batch, n, item)
        self.changed.emit(batch_id)

    def forget(self, batch_id: str) -> None:
        """Remove a batch from the list (cancelled first if it has not finished). Its tasks stay
        in the history, its saved results on disk."""
        batch = self._batches.get(batch_id)
        if batch is None:
            return
        if not batch.finished:
            self.cancel(batch_id)
        del self._batches[batch_id]
        for item in batch.items:
            if item.task_id is not None:
                self._by_task.pop(item.task_id, None)
            self._subs.pop(item.custom_id, None)
        self.store.remove(batch_id)
        self.changed.emit(batch_id)

    def close(self) -> None:
        """Stop what runs in the background (saves); close the store if it is ours."""
        self._background.close()
        if self._owns_store:
            self.store.close()

    async def settle(self) -> None:
        """Wait until what runs in the background has ended (tests; closing)."""
        await self._background.settle()

    def restore(self) -> None:
        """After the queue took back its outbox (a restart): send what of each batch neither the
        outbox nor the server has yet, looking each up on the server first."""
        self._ensure_started()

    # --- what the queue and the live history report ---------------------------------------------

    def submission_changed(self, sub: Submission) -> None:
        found = self._find(sub.custom_id)
        if found is None or self._background.closed:
            return
        batch, n, item = found
        if sub.state.is_final:
            self._subs.pop(sub.custom_id, None)
        else:
            self._subs[sub.custom_id] = sub
        if sub.custom_id in self._holding:
            if sub.state is SubmissionState.CANCELLED:
                self._holding.discard(sub.custom_id)
            return
        state = sub.state
        if state is SubmissionState.SCHEDULED and sub.task is not None:
            self._note_task(batch, n, item, sub.task.id)
            if batch.cancelled:
                self._background.spawn(self._cancel_on_server([sub.task.id]))
            self._apply_task(batch, n, item, sub.task)
            return
        if item.state.is_final:
            return
        if state is SubmissionState.FAILED:
            new, error = ItemState.FAILED, self._sentence(explain(sub.error or RuntimeError()))
        elif state is SubmissionState.CANCELLED:
            new, error = ItemState.CANCELLED, ""
        elif state in (SubmissionState.UPLOADING, SubmissionState.SENDING):
            new, error = ItemState.SENDING, ""
        elif state in (SubmissionState.WAITING, SubmissionState.PAUSED):
            new, error = ItemState.WAITING, ""
        else:
            new, error = ItemState.QUEUED, ""
        self._set(batch, n, item, new, error)

    def history_event(self, event: HistoryEvent) -> None:
        if self._background.closed:
            return
        if event.kind in (EventKind.LOADED, EventKind.CHANGED):
            for task in event.tasks or tuple(x.task for x in event.entries):
                self._task_seen(task)
        elif event.kind in (EventKind.REMOVED, EventKind.FORGOTTEN):
            for task_id in event.task_ids:
                key = self._by_task.get(task_id)
                batch = self._batches.get(key[0]) if key else None
                if key is None or batch is None or key in self._saving:
                    continue
                item = batch.items[key[1]]
                if not item.state.is_final:
                    self._set(
                        batch, key[1], item, ItemState.FAILED, self._text(_NO_LONGER_ON_SERVER)
                    )

    # --- internals ------------------------------------------------------------------------------

    def _ensure_started(self) -> None:
        """Once, after the queue restored its outbox: items that are not in it and not known on
        the server are sent again (looked up by custom id first: never twice)."""
        if self._started:
            return
        self._started = True
        for batch in list(self._batches.values()):
            for n, item in enumerate(batch.items):
                if item.task_id is not None or not _is_unsent(item.state):
                    continue
                if item.custom_id in self._subs:
                    continue  # the outbox had it
                if batch.paused or batch.cancelled:
                    state = ItemState.PAUSED if batch.paused else ItemState.CANCELLED
                    self._set(batch, n, item, state, "")
                    continue
                self._submit(batch, n, item, new_attempt=False, look_up=True)

    def _find(self, custom_id: str | None) -> tuple[Batch, int, BatchItem] | None:
        parsed = parse_custom_id(custom_id)
        if parsed is None:
            return None
        batch = self._batches.get(parsed[0])
        n = parsed[1]
        if batch is None or n >= len(batch.items) or batch.items[n].custom_id != custom_id:
            return None
        return batch, n, batch.items[n]

    def _submit(
        self,
        batch: Batch,
        n: int,
        item: BatchItem,
        *,
        new_attempt: bool = True,
        look_up: bool = False,
    ) -> None:
        if new_attempt or not item.custom_id:
            parsed = parse_custom_id(item.custom_id)
            attempt = parsed[2] + 1 if parsed is not None else 1
            item.custom_id = batch_custom_id(batch.id, n, attempt)
        item.state, item.task_id, item.error = ItemState.QUEUED, None, ""
        self._save_item(batch, n, item)
        inputs = {**batch.inputs, batch.slot: LocalFile(item.path)}
        sub = self._queue.submit(
            batch.type_id, inputs, type_name=batch.type_name, custom_id=item.custom_id
        )
        if look_up:
            sub.maybe_sent = True  # it may have reached the server before a crash

    def _note_task(self, batch: Batch, n: int, item: BatchItem, task_id: int) -> None:
        if item.task_id != task_id:
            if item.task_id is not None:
                self._by_task.pop(item.task_id, None)
            item.task_id = task_id
            self._save_item(batch, n, item)
        self._by_task[task_id] = (batch.id, n)

    def _task_seen(self, task: Task) -> None:
        key = self._by_task.get(task.id)
        if key is None:
            found = self._find(task.custom_id)
            if found is None or found[2].task_id is not None:
                return
            batch, n, item = found
            self._note_task(batch, n, item, task.id)
        else:
            found_batch = self._batches.get(key[0])
            if found_batch is None:
                return
            batch, n = found_batch, key[1]
            item = batch.items[n]
        self._apply_task(batch, n, item, task)

    def _apply_task(self, batch: Batch, n: int, item: BatchItem, task: Task) -> None:
        if item.state.is_final or (batch.id, n) in self._saving:
            return
        status = task.status
        if status is TaskStatus.SCHEDULED:
            self._set(batch, n, item, ItemState.WAITING, "")
        elif status is TaskStatus.RUNNING:
            self._set(batch, n, item, ItemState.RUNNING, "")
        elif status is TaskStatus.SUCCESSFUL:
            self._start_save(batch, n, item, task)
        elif status is TaskStatus.FAILED:
            reason = failed_task_reason(task.user_facing_error_message, task.error_message)
            self._set(batch, n, item, ItemState.FAILED, self._sentence(reason))
        elif status is TaskStatus.CANCELLED:
            self._set(batch, n, item, ItemState.CANCELLED, "")

    def _start_save(self, batch: Batch, n: int, item: BatchItem, task: Task) -> None:
        if (batch.id, n) in self._saving or self._background.closed:
            return
        self._saving.add((batch.id, n))
        self._set(batch, n, item, ItemState.RUNNING, "")
        self._background.spawn(self._save(batch, n, item, task))

    async def _save(self, batch: Batch, n: int, item: BatchItem, task: Task) -> None:
        directory = batch.output_dir or item.path.parent
        try:
            if not task.output:
                task = await self._history.client.get_task(task.id)
            task_type = await self._task_type(batch.type_id)
            await asyncio.to_thread(directory.mkdir, parents=True, exist_ok=True)
            saved = await save_results(
                self._history.client, task, task_type, directory, base=item.path.stem
            )
        except (e.NextcloudError, OSError) as exc:
            log.warning("the results of task %s could not be saved: %r", task.id, exc)
            text = self._text(_NOT_SAVED) + " " + self._sentence(explain(exc))
            self._saving.discard((batch.id, n))
            self._set(batch, n, item, ItemState.FAILED, text)
            return
        except asyncio.CancelledError:
            self._saving.discard((batch.id, n))
            raise
        item.saved = list(saved)
        self._saving.discard((batch.id, n))
        if batch.id in self._batches:
            self._set(batch, n, item, ItemState.DONE, "")
        if saved:
            with contextlib.suppress(Exception):
                await asyncio.to_thread(
                    self._history.store.add_saved_files, self.account_key, task.id, saved
                )

    async def _task_type(self, type_id: str) -> TaskType | None:
        types = self._types()
        if types and type_id in types:
            return types[type_id]
        if self._fetched_types is None:
            try:
                self._fetched_types = await self._history.client.get_task_types()
            except e.NextcloudError as exc:
                log.info("task types not available for saving: %r", exc)
                return None
        return self._fetched_types.get(type_id)

    async def _cancel_on_server(self, task_ids: list[int]) -> None:
        for task_id, exc in await self._history.cancel(task_ids):
            log.warning("the batch's task %s could not be cancelled: %r", task_id, exc)

    def _set(self, batch: Batch, n: int, item: BatchItem, state: ItemState, error: str) -> None:
        if item.state is state and item.error == error:
            return
        item.state, item.error = state, error
        self._save_item(batch, n, item)
        self.changed.emit(batch.id)

    def _save_item(self, batch: Batch, n: int, item: BatchItem) -> None:
        if batch.id not in self._batches:
            return
        try:
            self.store.save_item(batch.id, n, item)
        except Exception:
            log.exception("the batch store could not be written")

    def _text(self, text: str) -> str:
        return self.translate(CONTEXT, text)

    def _sentence(self, explanation: Explanation) -> str:
        return explanation.render(self.translate)


def _is_unsent(state: ItemState) -> bool:
    return state in (ItemState.QUEUED, ItemState.SENDING, ItemState.WAITING)
