"""One account's history, kept live: the local cache, the server's list of all tasks, the poller.

- On start the cached history is shown at once, then the server's full list (every app's tasks, so
  those made in the web Assistant too) is merged in; tasks missing from it stay, marked removed.
- Unfinished tasks are watched by a TaskPoller (one request per cycle). Each list request it makes is
  merged as a full list too. `poke()` (the window gained focus) polls at once, and lists everything
  again when the last list is older than `refresh_interval`.
- Tasks that were seen unfinished and have ended are reported (notifications), and their results
  saved automatically when the user chose so for their type.
- Cancel, delete (on the server, then here, and the input copies this app uploaded for the task,
  unless `remove_uploaded_inputs()` says no), and save results (recorded in the history).

Plain asyncio, no Qt: the owner subscribes to `HistoryEvent`s; clock and sleep are injectable.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
from collections import Counter
from collections.abc import Callable, Coroutine, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from nctask_desktop.api import NextcloudClient, Task, TaskStatus, TaskType, WebDav
from nctask_desktop.api import errors as e
from nctask_desktop.services.clock import Clock, Sleep

from .history import HistoryEntry, HistoryStore
from .poller import Plan, TaskPoller
from .remote_results import remove_uploaded, save_to_nextcloud
from .results import ResultCache, SaveProgress, save_results
from .tasks import output_base

log = logging.getLogger(__name__)

REFRESH_INTERVAL = 5.0
"""A look (the History tab opened, the window back in front) lists everything again when the last
list is older than this: tasks made in the web Assistant show up without F5, and switching back
and forth costs at most one list request per this many seconds."""

CLOSE_TIMEOUT = 2.0
"""At most this long to wait for the history's own tasks to end when it closes."""

OFFLINE_ERRORS = (e.ConnectionFailedError, e.MaintenanceError, e.ServerError)


class EventKind(enum.Enum):
    LOADED = "loaded"
    """`entries`: the whole history as cached (once, at start)."""
    CHANGED = "changed"
    """`tasks`: new tasks, or tasks whose state changed (and `entries`: theirs)."""
    REMOVED = "removed"
    """`task_ids`: the server no longer has them; they stay in the history."""
    FORGOTTEN = "forgotten"
    """`task_ids`: deleted by the user; gone from the history."""
    FINISHED = "finished"
    """`tasks`: seen unfinished (or just scheduled here), now successful, failed or cancelled."""
    SAVED = "saved"
    """`task_ids[0]`'s results were saved as `paths` (`automatic` when by the preferences)."""
    ONLINE = "online"
    """`online`: whether the server can be reached."""
    PROBLEM = "problem"
    """`error`: listing or an automatic save failed for a reason worth showing."""


@dataclass(frozen=True)
class HistoryEvent:
    kind: EventKind
    entries: tuple[HistoryEntry, ...] = ()
    tasks: tuple[Task, ...] = ()
    task_ids: tuple[int, ...] = ()
    paths: tuple[Path, ...] = ()
    automatic: bool = False
    online: bool = True
    error: BaseException | None = None


TaskError = tuple[int, BaseException]


def _report(task: asyncio.Task[Any]) -> None:
    """A background task of the history failed unexpectedly: hand it to the loop's handler."""
    if not task.cancelled() and task.exception() is not None:
        task.get_loop().call_exception_handler(
            {"message": "the live history failed", "exception": task.exception(), "task": task}
        )


def _ints(value: Any) -> Iterable[int]:
    """Every integer in a task's input (file ids among them)."""
    if isinstance(value, Mapping):
        value = list(value.values())
    if isinstance(value, list | tuple):
        for item in value:
            yield from _ints(item)
    elif isinstance(value, int) and not isinstance(value, bool):
        yield value


def _newest_first(entry: HistoryEntry) -> tuple[float, int]:
    return (-(entry.task.scheduled_at or entry.first_seen), -entry.task.id)


class LiveHistory:
    """The live history of one account. Start it once; close it when the session ends."""

    def __init__(
        self,
        account_key: str,
        client: NextcloudClient,
        store: HistoryStore,
        *,
        on_event: Callable[[HistoryEvent], None],
        types: Callable[[], Mapping[str, TaskType] | None] = lambda: None,
        auto_save_folder: Callable[[Task], Path | None] = lambda _task: None,
        on_auth_failed: Callable[[], None] | None = None,
        cache: ResultCache | None = None,
        clock: Clock = time.time,
        sleep: Sleep = asyncio.sleep,
        refresh_interval: float = REFRESH_INTERVAL,
    ) -> None:
        self.account_key = account_key
        self.store = store
        self.cache = cache or ResultCache(account_key)
        self._on_event = on_event
        self._types = types
        self._auto_save_folder = auto_save_folder
        self._on_auth_failed = on_auth_failed
        self._clock = clock
        self.refresh_interval = refresh_interval
        self.poller = TaskPoller(
            client,
            on_updated=self._polled,
            on_removed=self._vanished,
            on_listed=self._listed,
            on_online=self._set_online,
            on_auth_failed=lambda _exc: self._auth_failed(),
            history_counts=self.counts_by_type,
            clock=clock,
            sleep=sleep,
        )
        self._entries: dict[int, HistoryEntry] = {}
        self._seen_at: dict[int, float] = {}
        """time.monotonic() when a task was first known here (0: from the cache)."""
        self._expected: set[int] = set()
        self._names: dict[int, tuple[tuple[int, str], ...]] = {}
        self._deleted: set[int] = set()
        """Tasks the user deleted: a list reply sent before the deletion must not bring them back."""
        """Tasks scheduled here: their first sight counts as unfinished."""
        self._lock = asyncio.Lock()
        self._runner: asyncio.Task[None] | None = None
        self._spawned: set[asyncio.Task[Any]] = set()
        self._last_listed: float | None = None
        self._refreshing: asyncio.Task[bool] | None = None
        self.loaded = asyncio.Event()
        self.online = True
        self.auth_failed = False
        self.remove_uploaded_inputs: Callable[[], bool] = lambda: True
        """Whether deleting a task also deletes the copies of local files uploaded for it."""

    # --- reading --------------------------------------------------------------------------------

    @property
    def client(self) -> NextcloudClient:
        return self.poller.client

    def entries(self) -> list[HistoryEntry]:
        """The history as known now, newest first."""
        return sorted(self._entries.values(), key=_newest_first)

    def counts_by_type(self) -> Counter[str]:
        """The account's tasks known here, by task type (what a list of them would hold)."""
        return Counter(x.task.type for x in self._entries.values() if not x.removed_from_server)

    def entry(self, task_id: int) -> HistoryEntry | None:
        return self._entries.get(task_id)

    @property
    def unfinished(self) -> list[HistoryEntry]:
        return [
            x
            for x in self._entries.values()
            if not x.task.status.is_finished and not x.removed_from_server
        ]

    # --- running --------------------------------------------------------------------------------

    def start(self) -> None:
        """Load the cache, list the server's tasks and poll the unfinished ones (in the background)."""
        if self._runner is None:
            self._runner = asyncio.ensure_future(self._run())
            self._runner.add_done_callback(_report)

    async def _run(self) -> None:
        entries = await self.store.aentries(self.account_key)
        self._entries = {x.task.id: x for x in entries}
        self._emit(HistoryEvent(EventKind.LOADED, entries=tuple(entries)))
        for entry in entries:
            if not entry.removed_from_server and not entry.task.status.is_finished:
                self.poller.track(entry.task)
        self.loaded.set()
        await self.refresh()
        await self.poller.run()

    async def close(self) -> None:
        tasks = [t for t in (self._runner, self._refreshing, *self._spawned) if t is not None]
        for task in tasks:
            task.cancel()
        pending = [t for t in tasks if not t.done()]
        if pending:
            # Bounded: closing must never hang, even if a cancelled task is slow to report back
            # (seen, rarely, on the Qt loop: a cancelled runner done but its waiter never woken).
            await asyncio.wait(pending, timeout=CLOSE_TIMEOUT)
        self._runner = None

    async def settle(self) -> None:
        """Wait until what the poller reported has been applied (tests, and before reading)."""
        while self._spawned:
            await asyncio.gather(*list(self._spawned), return_exceptions=True)

    def set_client(self, client: NextcloudClient) -> None:
        """Signed in again: go on with the new credentials."""
        self.poller.client = client
        self.auth_failed = False
        self.poller.resume_after_sign_in()
        self._refresh_soon(force=True)

    def poke(self) -> None:
        """The window gained focus: poll now, and list everything again if that is a while ago."""
        if self.auth_failed:
            return
        if self.poller.active and self.poller.plan() is Plan.LIST_ALL:
            self.poller.poke()  # its list of every task refreshes everything anyway: one look
            return
        if not self._refresh_soon():
            self.poller.poke()

    def refresh_now(self) -> None:
        """List everything again now (the user asked for it)."""
        if not self.auth_failed:
            self._refresh_soon(force=True)

    def set_network_available(self, available: bool) -> None:
        """The system says the network came back (poll and list now) or went away (pause)."""
        self.poller.set_network_available(available)
        if available:
            if not self.poller.active:
                self._refresh_soon(force=not self.online)
        elif self.online:
            self._set_online(False)

    def _refresh_soon(self, *, force: bool = False) -> bool:
        if self._refreshing is not None and not self._refreshing.done():
            return True
        if self._runner is None or not self.loaded.is_set():
            return False
        now = self._clock()
        stale = self._last_listed is None or now - self._last_listed >= self.refresh_interval
        if not (force or stale):
            return False
        self._refreshing = asyncio.ensure_future(self.refresh())
        self._refreshing.add_done_callback(_report)
        return True

    async def refresh(self) -> bool:
        """List all of the user's tasks and merge them; False when that failed."""
        started = time.monotonic()
        try:
            tasks = await self.client.list_tasks()
        except e.AuthenticationError:
            self._auth_failed()
            return False
        except OFFLINE_ERRORS as exc:
            log.info("listing tasks failed (%s)", type(exc).__name__)
            self._set_online(False)
            return False
        except e.NextcloudError as exc:
            log.warning("listing tasks failed: %r", exc)
            self._emit(HistoryEvent(EventKind.PROBLEM, error=exc))
            return False
        self._last_listed = self._clock()
        self._set_online(True)
        await self._apply(tasks, complete_since=started)
        return True

    def add(
        self,
        task: Task,
        input_names: Mapping[int, str] | None = None,
        uploaded: Mapping[int, str] | None = None,
    ) -> None:
        """A task this app just scheduled, with the names of its input files as the user knew
        them (the server gives only their ids), and {file id: remote path} of the local files
        this app uploaded for it."""
        self._expected.add(task.id)
        self._seen_at.setdefault(task.id, time.monotonic())
        if input_names:
            self._names[task.id] = tuple(input_names.items())
        self._spawn(self._add(task, dict(input_names or {}), dict(uploaded or {})))

    async def _add(self, task: Task, input_names: dict[int, str], uploaded: dict[int, str]) -> None:
        def remember() -> None:  # one trip to the store's thread
            self.store.set_input_names(self.account_key, task.id, input_names)
            self.store.set_uploaded_inputs(self.account_key, task.id, uploaded)

        if input_names or uploaded:
            await asyncio.to_thread(remember)
        await self._apply([task])

    # --- the poller's reports -------------------------------------------------------------------

    def _polled(self, tasks: list[Task]) -> None:
        self._spawn(self._apply(tasks))

    def _listed(self, tasks: list[Task]) -> None:
        self._last_listed = self._clock()
        self._spawn(self._apply(tasks, complete_since=self.poller.list_started))

    def _vanished(self, task_ids: list[int]) -> None:
        self._spawn(self._mark_removed(task_ids))

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self._emit(HistoryEvent(EventKind.ONLINE, online=online))

    def _auth_failed(self) -> None:
        if self.auth_failed:
            return
        self.pause_for_auth()
        if self._on_auth_failed is not None:
            self._on_auth_failed()

    def pause_for_auth(self) -> None:
        """The server refused the credentials (here or elsewhere): ask nothing until signed in."""
        self.auth_failed = True
        self.poller.stop_for_auth()

    # --- applying what the server says ----------------------------------------------------------

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._spawned.add(task)

        def done(finished: asyncio.Task[Any]) -> None:
            self._spawned.discard(finished)

        task.add_done_callback(done)
        task.add_done_callback(_report)

    async def _apply(self, tasks: Iterable[Task], *, complete_since: float | None = None) -> None:
        """Merge what the server said. With `complete_since` the tasks are the server's whole
        list as asked at that time (time.monotonic()): a task known before then and missing from
        it is gone from the server (a task scheduled while the list was on its way is not)."""
        tasks = [t for t in tasks if t.id not in self._deleted]
        async with self._lock:
            changed = await self.store.amerge(self.account_key, tasks)
            removed: list[int] = []
            if complete_since is not None:
                listed = {t.id for t in tasks}
                removed = [
                    task_id
                    for task_id, entry in self._entries.items()
                    if task_id not in listed
                    and not entry.removed_from_server
                    and self._seen_at.get(task_id, 0.0) < complete_since
                ]
                if removed:
                    await asyncio.to_thread(self.store.mark_removed, self.account_key, removed)
            finished: list[Task] = []
            for task in changed:
                before = self._entries.get(task.id)
                was_unfinished = (before is not None and not before.task.status.is_finished) or (
                    before is None and task.id in self._expected
                )
                if task.status.is_finished and was_unfinished:
                    finished.append(task)
                if task.status.is_finished:
                    self._expected.discard(task.id)
                if before is None:
                    self._entries[task.id] = HistoryEntry(
                        task, first_seen=self._clock(), input_names=self._names.pop(task.id, ())
                    )
                    self._seen_at.setdefault(task.id, time.monotonic())
                else:
                    self._entries[task.id] = replace(before, task=task, removed_from_server=False)
                if task.status.is_finished:
                    if task.id in {t.id for t in self.poller.active}:
                        self.poller.untrack(task.id)
                elif not self.poller.is_tracking(task):
                    self.poller.track(task)
            gone = self._note_removed(removed)
            if changed:
                self._emit(
                    HistoryEvent(
                        EventKind.CHANGED,
                        tasks=tuple(changed),
                        entries=tuple(self._entries[t.id] for t in changed),
                    )
                )
            if gone:
                self._emit(HistoryEvent(EventKind.REMOVED, task_ids=tuple(gone)))
            if finished:
                self._emit(HistoryEvent(EventKind.FINISHED, tasks=tuple(finished)))
        for task in finished:
            await self._auto_save(task)

    def _note_removed(self, task_ids: Iterable[int]) -> list[int]:
        gone = []
        for task_id in task_ids:
            entry = self._entries.get(task_id)
            if task_id in {t.id for t in self.poller.active}:
                self.poller.untrack(task_id)
            if entry is None or entry.removed_from_server:
                continue
            self._entries[task_id] = replace(entry, removed_from_server=True)
            gone.append(task_id)
        return gone

    async def _mark_removed(self, task_ids: Sequence[int]) -> None:
        async with self._lock:
            await asyncio.to_thread(self.store.mark_removed, self.account_key, list(task_ids))
            gone = self._note_removed(task_ids)
            if gone:
                self._emit(HistoryEvent(EventKind.REMOVED, task_ids=tuple(gone)))

    async def _auto_save(self, task: Task) -> None:
        if task.status is not TaskStatus.SUCCESSFUL:
            return
        folder = self._auto_save_folder(task)
        if folder is None:
            return
        try:
            await self.save(task.id, folder, automatic=True)
        except (e.NextcloudError, OSError) as exc:
            log.warning("saving the results of task %s automatically failed: %r", task.id, exc)
            self._emit(HistoryEvent(EventKind.PROBLEM, task_ids=(task.id,), error=exc))

    def _emit(self, event: HistoryEvent) -> None:
        self._on_event(event)

    # --- actions ------------------------------------------------------------------------------------

    async def cancel(self, task_ids: Sequence[int]) -> list[TaskError]:
        """Cancel scheduled or running tasks; the errors per task (none when all went well)."""
        errors: list[TaskError] = []
        for task_id in task_ids:
            try:
                task = await self.client.cancel_task(task_id)
            except e.NotFoundError:
                await self._mark_removed([task_id])
                continue
            except e.AuthenticationError as exc:
                self._auth_failed()
                errors.append((task_id, exc))
                break
            except e.NextcloudError as exc:
                errors.append((task_id, exc))
                continue
            await self._apply([task])
        return errors

    async def delete(self, task_ids: Sequence[int]) -> list[TaskError]:
        """Delete tasks on the server and from the history (saved files stay on disk)."""
        errors: list[TaskError] = []
        forgotten: list[int] = []
        for task_id in task_ids:
            self._deleted.add(task_id)  # from now on, whatever a list still says of it
            entry = self._entries.get(task_id)
            if entry is not None and not entry.removed_from_server:
                try:
                    await self.client.delete_task(task_id)
                except e.NotFoundError:
                    pass
                except e.AuthenticationError as exc:
                    self._deleted.discard(task_id)
                    self._auth_failed()
                    errors.append((task_id, exc))
                    break
                except e.NextcloudError as exc:
                    self._deleted.discard(task_id)
                    errors.append((task_id, exc))
                    continue
            forgotten.append(task_id)
        if forgotten:
            uploads = await asyncio.to_thread(
                self.store.uploaded_inputs, self.account_key, forgotten
            )
            async with self._lock:
                await asyncio.to_thread(self.store.forget, self.account_key, forgotten)
                for task_id in forgotten:
                    self._entries.pop(task_id, None)
                    self._seen_at.pop(task_id, None)
                    self._expected.discard(task_id)
                    self.poller.untrack(task_id)
                self._emit(HistoryEvent(EventKind.FORGOTTEN, task_ids=tuple(forgotten)))
            for task_id in forgotten:
                await self.cache.forget_task(task_id)
            if uploads and self.remove_uploaded_inputs():
                await self._remove_uploads(uploads)
        return errors

    async def _remove_uploads(self, uploads: list[tuple[int, str]]) -> None:
        """The input copies of deleted tasks; a file another task of the history still takes
        as input (Run again may reuse it) is kept."""
        in_use = {v for entry in self._entries.values() for v in _ints(entry.task.input)}
        await remove_uploaded(WebDav(self.client), [u for u in uploads if u[0] not in in_use])

    async def save(
        self,
        task_id: int,
        directory: Path,
        *,
        file_ids: Sequence[int] | None = None,
        automatic: bool = False,
        progress: Callable[[SaveProgress], None] | None = None,
    ) -> list[Path]:
        """Save a task's results (or only `file_ids`) into `directory`, and remember where."""
        entry = self._entries.get(task_id)
        if entry is None:
            raise KeyError(task_id)
        task_type = (self._types() or {}).get(entry.task.type)
        try:
            saved = await save_results(
                self.client,
                entry.task,
                task_type,
                directory,
                file_ids=file_ids,
                progress=progress,
                base=output_base(entry.task, task_type, entry.file_names),
            )
        except e.NotFoundError:
            await self._mark_removed([task_id])
            raise
        if saved:
            await asyncio.to_thread(self.store.add_saved_files, self.account_key, task_id, saved)
            current = self._entries.get(task_id)
            if current is not None:
                merged = tuple(dict.fromkeys([*current.saved_files, *map(str, saved)]))
                self._entries[task_id] = replace(current, saved_files=merged)
            self._emit(
                HistoryEvent(
                    EventKind.SAVED, task_ids=(task_id,), paths=tuple(saved), automatic=automatic
                )
            )
        return saved

    async def save_to_nextcloud(
        self, task_id: int, folder: str, *, file_ids: Sequence[int] | None = None
    ) -> list[str]:
        """Put a task's results (or only `file_ids`) into `folder` of the user's Nextcloud, texts
        as `.md`, never replacing a file; the remote paths written."""
        entry = self._entries.get(task_id)
        if entry is None:
            raise KeyError(task_id)
        task_type = (self._types() or {}).get(entry.task.type)
        base = output_base(entry.task, task_type, entry.file_names)
        dav = WebDav(self.client)
        fetch = self.fetch_file
        return await save_to_nextcloud(
            dav, entry.task, task_type, folder, fetch=fetch, file_ids=file_ids, base=base
        )

    async def fetch_file(
        self,
        task_id: int,
        file_id: int,
        *,
        progress: Callable[[int, int | None], None] | None = None,
    ) -> Path:
        """A task's file (output or input) in the cache, downloaded once."""
        return await self.cache.fetch(self.client, task_id, file_id, progress=progress)
