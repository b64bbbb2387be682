"""The local history: every task of every account as last seen, in SQLite under the data folder.

The server forgets tasks (a week after their last change by default) and other clients delete them:
the history keeps them, marked as removed from the server, with the files the user saved.

A damaged file (not a database, failing SQLite's quick check at first use, "malformed" later) and
one written by a newer version of the app (`PRAGMA user_version` above SCHEMA_VERSION) are moved
aside, never deleted, and a fresh store is opened: the live history fills it again from the server.
A file that cannot be opened for another reason (permissions, a read-only disk) is left where it is
and the history is kept in memory for the session. `HistoryStore.recovered` says which happened.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Concatenate, Literal, ParamSpec, TypeVar

from nctask_desktop.api import Task

from . import paths
from .sqlite_store import is_damage, set_aside

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
"""`PRAGMA user_version` of the stores this version writes. 0: a store from before versions (the
same tables, perhaps without `fingerprint`), migrated in place."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS tasks (
    account TEXT NOT NULL,
    id INTEGER NOT NULL,
    raw TEXT NOT NULL,
    removed INTEGER NOT NULL DEFAULT 0,
    saved_files TEXT NOT NULL DEFAULT '[]',
    first_seen REAL NOT NULL,
    fingerprint TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (account, id)
);
CREATE TABLE IF NOT EXISTS input_names (
    account TEXT NOT NULL,
    id INTEGER NOT NULL,
    names TEXT NOT NULL,
    PRIMARY KEY (account, id)
);
CREATE TABLE IF NOT EXISTS uploaded_inputs (
    account TEXT NOT NULL,
    id INTEGER NOT NULL,
    files TEXT NOT NULL,
    PRIMARY KEY (account, id)
);
"""
# uploaded_inputs: [[file id, remote path], …] of the copies of local files this app uploaded as
# the task's inputs (never files picked from Nextcloud): what deleting the task may clean up.


@dataclass(frozen=True)
class HistoryEntry:
    """A task as last seen, whether the server still has it, and what the user saved of it."""

    task: Task
    removed_from_server: bool = False
    saved_files: tuple[str, ...] = ()
    first_seen: float = field(default=0.0, compare=False)
    input_names: tuple[tuple[int, str], ...] = ()
    """(file id, name) of the input files as the user knew them (the API gives only ids)."""

    def input_name(self, file_id: int) -> str | None:
        return dict(self.input_names).get(file_id)

    @property
    def file_names(self) -> list[str]:
        """The input files' names, in input order."""
        return [name for _id, name in self.input_names]


def _names_from_raw(raw: str | None) -> tuple[tuple[int, str], ...]:
    if not raw:
        return ()
    try:
        return tuple((int(k), str(v)) for k, v in json.loads(raw))
    except (ValueError, TypeError):
        return ()


def fingerprint(task: Task) -> str:
    """What changes when the server changes a task (it moves lastUpdated with every change): the
    per-cycle merge compares this instead of the whole task."""
    t = task
    output = len(t.output) if isinstance(t.output, Mapping) else 0
    return (
        f"{t.status.value}|{t.progress}|{t.last_updated}|{t.started_at}|{t.ended_at}|"
        f"{output}|{t.error_message}|{t.user_facing_error_message}|{t.completion_expected_at}"
    )


def _task_from_raw(raw: str) -> Task | None:
    try:
        return Task.from_json(json.loads(raw))
    except (ValueError, TypeError, Exception):  # a damaged row must not break the history
        return None


RecoveryKind = Literal["damaged", "newer", "unavailable"]


@dataclass(frozen=True)
class Recovery:
    """What happened to the history file at open (or when damage showed later).

    - damaged: not a database, or damaged pages; moved to `moved_to`, a fresh store opened.
    - newer: written by a newer version of the app (its `version`); moved aside untouched.
    - unavailable: could not be opened (permissions, read-only disk): left where it is
      (`moved_to` None), the history is kept in memory until the app quits.
    """

    kind: RecoveryKind
    path: Path
    moved_to: Path | None = None
    detail: str = ""
    """What SQLite or the system said (English, for the log and the curious)."""
    version: int = 0


class _Damaged(Exception):
    pass


class _Newer(Exception):
    def __init__(self, version: int) -> None:
        super().__init__(f"schema version {version}, this app knows {SCHEMA_VERSION}")
        self.version = version


def _look(path: Path) -> None:
    """Read-only (nothing is written to a file that is not ours to change: a newer version's,
    whose WAL is not even checkpointed), and cheap (the header page): _Newer, or _Damaged when
    it is not a database at all."""
    if not path.exists():
        return
    db = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True, check_same_thread=False)
    try:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise _Damaged(str(exc)) from exc
        raise
    finally:
        db.close()
    if version > SCHEMA_VERSION:
        raise _Newer(version)


def _connect(path: Path | str) -> sqlite3.Connection:
    """Open the store at `path` (after `_look`): create or migrate the schema. An existing store
    of this version is not written to (a damaged one stays as it was until it is set aside)."""
    db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.executescript(_SCHEMA)
        columns = {row[1] for row in db.execute("PRAGMA table_info(tasks)")}
        if "fingerprint" not in columns:  # a history from before fingerprints (and versions)
            db.execute("ALTER TABLE tasks ADD COLUMN fingerprint TEXT NOT NULL DEFAULT ''")
        if int(db.execute("PRAGMA user_version").fetchone()[0]) != SCHEMA_VERSION:
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.DatabaseError as exc:
        db.close()
        if is_damage(exc):
            raise _Damaged(str(exc)) from exc
        raise
    except BaseException:
        db.close()
        raise
    return db


P = ParamSpec("P")
R = TypeVar("R")


def _recovering(
    method: Callable[Concatenate[HistoryStore, P], R],
) -> Callable[Concatenate[HistoryStore, P], R]:
    """The first call checks the file (HistoryStore._check); damage found then or later (SQLite
    says "malformed"): set the file aside, open a fresh one, and do the call again there (once)."""

    @functools.wraps(method)
    def wrapper(self: HistoryStore, /, *args: P.args, **kwargs: P.kwargs) -> R:
        if not self._checked:
            self._check()
        generation = self._generation
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                raise
            self._recover_in_use(generation, str(exc))
        return method(self, *args, **kwargs)

    return wrapper


class HistoryStore:
    """SQLite-backed history. The blocking methods are cheap; the async ones run them off the loop.

    Opening reads only the file's header (not a database, or a newer version's: set aside at
    once). SQLite's quick check of every page runs at the first call instead, normally `aentries`
    off the UI thread at session start: about 5 ms for 10,000 tasks with the file in the OS's
    cache, but about 100 ms right after a reboot (bench/history.py), too long for the UI thread
    that opens the store.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / "history.sqlite3"
        self._lock = threading.Lock()
        self._generation = 0
        self._checked = True
        """False while an existing file has not had its quick check."""
        self.recovered: Recovery | None = None
        """Set when the file was damaged, newer or unavailable (see Recovery); None normally."""
        self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                _look(self.path)
                existed = self.path.exists()
                db = _connect(self.path)
                self._checked = not existed
                return db
            except _Damaged as exc:
                moved = set_aside(self.path, "damaged")
                log.warning("the history was damaged (%s): set aside as %s", exc, moved)
                self.recovered = Recovery("damaged", self.path, moved, str(exc))
            except _Newer as exc:
                moved = set_aside(self.path, "newer")
                log.warning("the history is from a newer version (%s): set aside as %s", exc, moved)
                self.recovered = Recovery("newer", self.path, moved, str(exc), exc.version)
            return _connect(self.path)
        except (OSError, sqlite3.Error, _Damaged, _Newer) as exc:
            # Not damage (or nothing to be done about it here): permissions, a read-only disk, a
            # folder in the way. The file stays; the history lives in memory until the app quits.
            log.warning("the history cannot be opened at %s: %r", self.path, exc)
            self._unavailable(str(getattr(exc, "strerror", None) or exc))
            return _connect(":memory:")

    def _unavailable(self, detail: str) -> None:
        previous = self.recovered
        moved = previous.moved_to if previous is not None else None
        self.recovered = Recovery("unavailable", self.path, moved, detail)

    def _check(self) -> None:
        """Once, at the first call: SQLite's quick check of every page, then a write (of the
        version, unchanged), so that a file that cannot be written shows now, not mid-merge."""
        with self._lock:
            if self._checked:
                return
            self._checked = True
            generation = self._generation
            try:
                check = [str(row[0]) for row in self._db.execute("PRAGMA quick_check(5)")]
                if check == ["ok"]:
                    self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                    return
                problem = "; ".join(check)
            except sqlite3.DatabaseError as exc:
                if not is_damage(exc):
                    log.warning("the history cannot be written at %s: %r", self.path, exc)
                    self._generation += 1
                    with contextlib.suppress(sqlite3.Error):
                        self._db.close()
                    self._unavailable(str(exc))
                    self._db = _connect(":memory:")
                    return
                problem = str(exc)
        self._recover_in_use(generation, problem)

    def _recover_in_use(self, generation: int, problem: str) -> None:
        with self._lock:
            if generation != self._generation:
                return  # another thread found it first: the store is fresh already
            self._generation += 1
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            if self.recovered is not None and self.recovered.kind == "unavailable":
                self._db = _connect(":memory:")  # the in-memory store itself: start it again
                return
            try:
                moved = set_aside(self.path, "damaged")
            except OSError as exc:
                log.warning("the damaged history cannot be set aside: %r", exc)
                self._unavailable(problem)
                self._db = _connect(":memory:")
                return
            log.warning("the history was damaged (%s): set aside as %s", problem, moved)
            self.recovered = Recovery("damaged", self.path, moved, problem)
            try:
                self._db = _connect(self.path)
            except (OSError, sqlite3.Error, _Damaged, _Newer) as exc:
                log.warning("a fresh history cannot be opened: %r", exc)
                self._unavailable(str(exc))
                self._db = _connect(":memory:")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # --- blocking -------------------------------------------------------------------------------

    @_recovering
    def entries(self, account: str) -> list[HistoryEntry]:
        """The account's history, newest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT t.raw, t.removed, t.saved_files, t.first_seen, n.names FROM tasks t"
                " LEFT JOIN input_names n ON n.account = t.account AND n.id = t.id"
                " WHERE t.account = ?",
                (account,),
            ).fetchall()
        result = []
        for raw, removed, saved, first_seen, names in rows:
            task = _task_from_raw(raw)
            if task is None:
                continue
            try:
                files = tuple(str(p) for p in json.loads(saved))
            except ValueError:
                files = ()
            result.append(
                HistoryEntry(task, bool(removed), files, first_seen, _names_from_raw(names))
            )
        result.sort(key=lambda x: (x.task.scheduled_at or x.first_seen, x.task.id), reverse=True)
        return result

    def merge(self, account: str, tasks: Iterable[Task]) -> list[Task]:
        """Store what the server says; the tasks that changed or are new.

        Which known tasks the server no longer has is for the caller to decide (LiveHistory knows
        which tasks were scheduled while a list was on its way) and to record with `mark_removed`.
        """
        return self._merge(account, list(tasks))

    @_recovering
    def _merge(self, account: str, tasks: list[Task]) -> list[Task]:
        changed: list[Task] = []
        now = time.time()
        with self._lock:
            known = {
                row[0]: (row[1], row[2])
                for row in self._db.execute(
                    "SELECT id, fingerprint, removed FROM tasks WHERE account = ?", (account,)
                )
            }
            self._db.execute("BEGIN")
            try:
                for task in tasks:
                    mark = fingerprint(task)
                    old = known.get(task.id)
                    if old is not None and old[0] == mark and not old[1]:
                        continue  # unchanged: no JSON written, none even made
                    self._db.execute(
                        "INSERT INTO tasks (account, id, raw, removed, first_seen, fingerprint)"
                        " VALUES (?, ?, ?, 0, ?, ?) ON CONFLICT (account, id) DO UPDATE SET"
                        " raw = excluded.raw, removed = 0, fingerprint = excluded.fingerprint",
                        (account, task.id, json.dumps(dict(task.raw)), now, mark),
                    )
                    changed.append(task)
                self._db.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                raise
        return changed

    @_recovering
    def mark_removed(self, account: str, task_ids: Sequence[int]) -> None:
        with self._lock:
            self._db.executemany(
                "UPDATE tasks SET removed = 1 WHERE account = ? AND id = ?",
                [(account, i) for i in task_ids],
            )

    @_recovering
    def add_saved_files(self, account: str, task_id: int, files: Sequence[Path | str]) -> None:
        with self._lock:
            row = self._db.execute(
                "SELECT saved_files FROM tasks WHERE account = ? AND id = ?", (account, task_id)
            ).fetchone()
            if row is None:
                return
            try:
                current = [str(p) for p in json.loads(row[0])]
            except ValueError:
                current = []
            current += [str(f) for f in files if str(f) not in current]
            self._db.execute(
                "UPDATE tasks SET saved_files = ? WHERE account = ? AND id = ?",
                (json.dumps(current), account, task_id),
            )

    @_recovering
    def set_input_names(self, account: str, task_id: int, names: Mapping[int, str]) -> None:
        """Remember the names of a task's input files (the API returns only their ids)."""
        self._put_file_map("input_names", "names", account, task_id, names)

    @_recovering
    def set_uploaded_inputs(self, account: str, task_id: int, files: Mapping[int, str]) -> None:
        """Remember the copies this app uploaded as a task's inputs: {file id: remote path}."""
        self._put_file_map("uploaded_inputs", "files", account, task_id, files)

    def _put_file_map(
        self, table: str, column: str, account: str, task_id: int, values: Mapping[int, str]
    ) -> None:
        """Write a task's {file id: text} (nothing when empty) as [[id, text], …] in `table`."""
        if not values:
            return
        raw = json.dumps([[int(k), str(v)] for k, v in values.items()])
        with self._lock:
            self._db.execute(
                f"INSERT INTO {table} (account, id, {column}) VALUES (?, ?, ?)"
                f" ON CONFLICT (account, id) DO UPDATE SET {column} = excluded.{column}",
                (account, task_id, raw),
            )

    @_recovering
    def uploaded_inputs(self, account: str, task_ids: Sequence[int]) -> list[tuple[int, str]]:
        """(file id, remote path) of the input copies this app uploaded for these tasks."""
        result: list[tuple[int, str]] = []
        with self._lock:
            for task_id in task_ids:
                row = self._db.execute(
                    "SELECT files FROM uploaded_inputs WHERE account = ? AND id = ?",
                    (account, task_id),
                ).fetchone()
                if row is not None:
                    result += _names_from_raw(row[0])
        return result

    @_recovering
    def forget(self, account: str, task_ids: Sequence[int]) -> None:
        """Remove tasks from the local history (the user deleted them)."""
        pairs = [(account, i) for i in task_ids]
        with self._lock:
            self._db.executemany("DELETE FROM tasks WHERE account = ? AND id = ?", pairs)
            for table in ("input_names", "uploaded_inputs"):
                self._db.executemany(f"DELETE FROM {table} WHERE account = ? AND id = ?", pairs)

    @_recovering
    def forget_account(self, account: str) -> None:
        with self._lock:
            for table in ("tasks", "input_names", "uploaded_inputs"):
                self._db.execute(f"DELETE FROM {table} WHERE account = ?", (account,))

    # --- async ----------------------------------------------------------------------------------

    async def aentries(self, account: str) -> list[HistoryEntry]:
        return await asyncio.to_thread(self.entries, account)

    async def amerge(self, account: str, tasks: Iterable[Task]) -> list[Task]:
        items = list(tasks)
        return await asyncio.to_thread(self.merge, account, items)
