"""Where batches are kept between runs: SQLite under the data folder, one row per batch and item.

A batch is written before any of its submissions (each of which the outbox keeps until the server
has it), and each item again whenever it moves on: after a quit or a crash the batch comes back
with every file's state, task id and saved results. No password or token is ever written here.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .drafts import decode_values, encode_values
from .sqlite_store import SqliteStore

_SCHEMA = """
CREATE TABLE IF NOT EXISTS batches (
    id TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    type_id TEXT NOT NULL,
    type_name TEXT NOT NULL,
    slot TEXT NOT NULL,
    inputs TEXT NOT NULL,
    output_dir TEXT,
    created REAL NOT NULL,
    paused INTEGER NOT NULL DEFAULT 0,
    cancelled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS items (
    batch_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    path TEXT NOT NULL,
    state TEXT NOT NULL,
    task_id INTEGER,
    error TEXT NOT NULL DEFAULT '',
    saved TEXT NOT NULL DEFAULT '[]',
    custom_id TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (batch_id, n)
);
"""


class ItemState(enum.Enum):
    """Where one file of a batch stands."""

    QUEUED = "queued"
    """Waiting for its turn in the account's queue."""
    SENDING = "sending"
    """Its file is being uploaded, or its task sent."""
    WAITING = "waiting"
    """Held back by the rate limit (or an unreachable server), or scheduled and not yet started
    by the server."""
    RUNNING = "running"
    """The server is working on it (or its results are being saved)."""
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"
    PAUSED = "paused"
    """Not sent: the batch is paused."""

    @property
    def is_final(self) -> bool:
        return self in (ItemState.DONE, ItemState.FAILED, ItemState.CANCELLED)


@dataclass
class BatchItem:
    """One input file of a batch, and what became of it."""

    path: Path
    state: ItemState
    task_id: int | None = None
    error: str = ""
    """Why it failed, as a plain sentence."""
    saved: list[Path] = field(default_factory=list)
    """The result files written for it."""
    custom_id: str = ""
    """The custom id of its latest submission (`nctask-desktop:batch:<batch id>:<n>:<attempt>`)."""


@dataclass
class Batch:
    """One task per file, of one type, the other inputs filled once."""

    id: str
    account: str
    type_id: str
    type_name: str
    slot: str
    """The input that takes each file."""
    inputs: dict[str, Any]
    """The other inputs, the same for every task."""
    output_dir: Path | None
    """Where results go; None: next to each input file."""
    created: float
    paused: bool
    items: list[BatchItem]
    cancelled: bool = False

    def counts(self) -> dict[ItemState, int]:
        """How many items are in each state (every state present, 0 when none)."""
        result = dict.fromkeys(ItemState, 0)
        for item in self.items:
            result[item.state] += 1
        return result

    @property
    def finished(self) -> bool:
        """Every item is done, failed or cancelled."""
        return all(item.state.is_final for item in self.items)


class BatchStore(SqliteStore):
    """The batches of every account. Each method is one small transaction; thread-safe."""

    FILE_NAME = "batches.sqlite3"
    NAME = "batch store"
    SCHEMA = _SCHEMA
    SCHEMA_VERSION = 1

    def add(self, batch: Batch) -> None:
        """Keep a new batch with its items (before any of it is submitted)."""
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.execute(
                    "INSERT OR REPLACE INTO batches (id, account, type_id, type_name, slot, inputs,"
                    " output_dir, created, paused, cancelled) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        batch.id,
                        batch.account,
                        batch.type_id,
                        batch.type_name,
                        batch.slot,
                        json.dumps(encode_values(batch.inputs)),
                        str(batch.output_dir) if batch.output_dir is not None else None,
                        batch.created,
                        int(batch.paused),
                        int(batch.cancelled),
                    ),
                )
                self._db.execute("DELETE FROM items WHERE batch_id = ?", (batch.id,))
                self._db.executemany(
                    "INSERT INTO items (batch_id, n, path, state, task_id, error, saved, custom_id)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(batch.id, n, *_item_row(item)) for n, item in enumerate(batch.items)],
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def save_batch(self, batch: Batch) -> None:
        """The batch's own flags (paused, cancelled)."""
        with self._lock:
            self._db.execute(
                "UPDATE batches SET paused = ?, cancelled = ? WHERE id = ?",
                (int(batch.paused), int(batch.cancelled), batch.id),
            )

    def save_item(self, batch_id: str, n: int, item: BatchItem) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE items SET path = ?, state = ?, task_id = ?, error = ?, saved = ?,"
                " custom_id = ? WHERE batch_id = ? AND n = ?",
                (*_item_row(item), batch_id, n),
            )

    def remove(self, batch_id: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM items WHERE batch_id = ?", (batch_id,))
            self._db.execute("DELETE FROM batches WHERE id = ?", (batch_id,))

    def forget_account(self, account: str) -> None:
        with self._lock:
            self._db.execute(
                "DELETE FROM items WHERE batch_id IN (SELECT id FROM batches WHERE account = ?)",
                (account,),
            )
            self._db.execute("DELETE FROM batches WHERE account = ?", (account,))

    def unfinished(self, account: str) -> int:
        """How many items of the account's batches are not done, failed or cancelled."""
        finals = tuple(s.value for s in ItemState if s.is_final)
        with self._lock:
            row = self._db.execute(
                "SELECT COUNT(*) FROM items JOIN batches ON items.batch_id = batches.id"
                " WHERE batches.account = ? AND items.state NOT IN (?, ?, ?)",
                (account, *finals),
            ).fetchone()
        return int(row[0])

    def batches(self, account: str) -> list[Batch]:
        """The account's batches, oldest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, account, type_id, type_name, slot, inputs, output_dir, created, paused,"
                " cancelled FROM batches WHERE account = ? ORDER BY created, rowid",
                (account,),
            ).fetchall()
            items = {
                row[0]: self._db.execute(
                    "SELECT path, state, task_id, error, saved, custom_id FROM items"
                    " WHERE batch_id = ? ORDER BY n",
                    (row[0],),
                ).fetchall()
                for row in rows
            }
        result = []
        for bid, acc, type_id, type_name, slot, inputs, out, created, paused, cancelled in rows:
            try:
                raw_inputs = json.loads(inputs)
            except ValueError:
                raw_inputs = {}
            result.append(
                Batch(
                    id=bid,
                    account=acc,
                    type_id=type_id,
                    type_name=type_name,
                    slot=slot,
                    inputs=dict(decode_values(raw_inputs)),
                    output_dir=Path(out) if out else None,
                    created=created,
                    paused=bool(paused),
                    cancelled=bool(cancelled),
                    items=[_item(*row) for row in items[bid]],
                )
            )
        return result


def _item_row(item: BatchItem) -> tuple[Any, ...]:
    return (
        str(item.path),
        item.state.value,
        item.task_id,
        item.error,
        json.dumps([str(p) for p in item.saved]),
        item.custom_id,
    )


def _item(
    path: str, state: str, task_id: int | None, error: str, saved: str, custom_id: str
) -> BatchItem:
    try:
        item_state = ItemState(state)
    except ValueError:
        item_state = ItemState.QUEUED
    try:
        saved_list = [Path(p) for p in json.loads(saved) if isinstance(p, str)]
    except (ValueError, TypeError):
        saved_list = []
    return BatchItem(
        Path(path),
        item_state,
        task_id=task_id if isinstance(task_id, int) else None,
        error=error or "",
        saved=saved_list,
        custom_id=custom_id or "",
    )
