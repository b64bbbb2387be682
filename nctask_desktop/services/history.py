"""The local history: every task of every account as last seen, in SQLite under the data folder.

The server forgets tasks (a week after their last change by default) and other clients delete them:
the history keeps them, marked as removed from the server, with the files the user saved.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from nctask_desktop.api import Task

from . import paths

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
"""


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


class HistoryStore:
    """SQLite-backed history. The blocking methods are cheap; the async ones run them off the loop."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / "history.sqlite3"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(tasks)")}
        if "fingerprint" not in columns:  # a history from before fingerprints
            self._db.execute("ALTER TABLE tasks ADD COLUMN fingerprint TEXT NOT NULL DEFAULT ''")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # --- blocking -------------------------------------------------------------------------------

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
                self._db.execute("ROLLBACK")
                raise
        return changed

    def mark_removed(self, account: str, task_ids: Sequence[int]) -> None:
        with self._lock:
            self._db.executemany(
                "UPDATE tasks SET removed = 1 WHERE account = ? AND id = ?",
                [(account, i) for i in task_ids],
            )

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

    def set_input_names(self, account: str, task_id: int, names: Mapping[int, str]) -> None:
        """Remember the names of a task's input files (the API returns only their ids)."""
        if not names:
            return
        raw = json.dumps([[int(k), str(v)] for k, v in names.items()])
        with self._lock:
            self._db.execute(
                "INSERT INTO input_names (account, id, names) VALUES (?, ?, ?)"
                " ON CONFLICT (account, id) DO UPDATE SET names = excluded.names",
                (account, task_id, raw),
            )

    def forget(self, account: str, task_ids: Sequence[int]) -> None:
        """Remove tasks from the local history (the user deleted them)."""
        pairs = [(account, i) for i in task_ids]
        with self._lock:
            self._db.executemany("DELETE FROM tasks WHERE account = ? AND id = ?", pairs)
            self._db.executemany("DELETE FROM input_names WHERE account = ? AND id = ?", pairs)

    def forget_account(self, account: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM tasks WHERE account = ?", (account,))
            self._db.execute("DELETE FROM input_names WHERE account = ?", (account,))

    # --- async ----------------------------------------------------------------------------------

    async def aentries(self, account: str) -> list[HistoryEntry]:
        return await asyncio.to_thread(self.entries, account)

    async def amerge(self, account: str, tasks: Iterable[Task]) -> list[Task]:
        items = list(tasks)
        return await asyncio.to_thread(self.merge, account, items)
