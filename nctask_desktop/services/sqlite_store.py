"""What the app's SQLite stores share: telling damage from other failures, setting a damaged (or
newer-version) file aside, never deleting it, and `SqliteStore`, the opening of a small store that
falls back to a fresh file, or to memory, when its own cannot be used.

The history (history.py) opens its file in its own way (a cheap look at open, SQLite's quick check
later, off the UI thread) and uses only `is_damage` and `set_aside` from here.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import threading
import time
from pathlib import Path
from typing import ClassVar

from . import paths

log = logging.getLogger(__name__)

KEEP_ASIDE = 3
"""At most this many copies set aside of each kind (damaged, newer) are kept; older ones go."""

_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


def is_damage(exc: BaseException) -> bool:
    """Whether SQLite says the file is damaged or not a database at all (not: locked, read-only,
    no permission, disk full)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(exc)
    return "malformed" in text or "not a database" in text


def _companions(path: Path) -> list[Path]:
    """SQLite's -wal and -shm files of a database file."""
    return [path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


_ASIDE = re.compile(r"^(?P<stamp>\d{4}-\d{2}-\d{2}-\d{4})(?:-(?P<n>\d+))?$")


def set_aside(path: Path, label: str, *, keep: int = KEEP_ASIDE, now: float | None = None) -> Path:
    """Rename `path` (and its -wal and -shm, which keep their suffixes so that the copy opens as
    it was) to `<name>.<label>-<local date and time>`, never over an existing file; then delete
    all but the `keep` newest copies of this label. The new path; OSError when it cannot move."""
    stamp = time.strftime("%Y-%m-%d-%H%M", time.localtime(now))
    base = f"{path.name}.{label}-{stamp}"
    # after the copies of this minute (even when an earlier one was pruned): the newest sorts last
    n = max((key[1] for key, _p in _copies(path, label) if key[0] == stamp), default=0) + 1
    target = path.with_name(base if n == 1 else f"{base}-{n}")
    while any(p.exists() for p in (target, *_companions(target))):
        n += 1
        target = path.with_name(f"{base}-{n}")
    os.rename(path, target)
    for old, new in zip(_companions(path), _companions(target), strict=True):
        try:
            if old.exists():
                os.rename(old, new)
        except OSError:
            # never leave another file's WAL next to the fresh store
            with contextlib.suppress(OSError):
                old.unlink()
    _prune(path, label, keep)
    return target


def _copies(path: Path, label: str) -> list[tuple[tuple[str, int], Path]]:
    """The copies of `path` set aside as `label`, oldest first, by (stamp, number)."""
    prefix = f"{path.name}.{label}-"
    copies: list[tuple[tuple[str, int], Path]] = []
    for candidate in path.parent.glob(prefix + "*"):
        match = _ASIDE.match(candidate.name[len(prefix) :])
        if match:
            copies.append(((match["stamp"], int(match["n"] or 1)), candidate))
    return sorted(copies)


def _prune(path: Path, label: str, keep: int) -> None:
    copies = _copies(path, label)
    for _key, old in copies[: max(0, len(copies) - keep)]:
        for file in (old, *_companions(old)):
            with contextlib.suppress(OSError):
                file.unlink(missing_ok=True)


class NewerStore(sqlite3.DatabaseError):
    """Written by a newer version of the app: set aside untouched."""


class SqliteStore:
    """One SQLite file under the data folder (WAL mode), with its schema created or brought up to
    `SCHEMA_VERSION` at open. A damaged file, or one written by a newer version of the app, is set
    aside (`set_aside` says where) and a fresh store is opened; a file that cannot be opened at all
    (permissions, a read-only disk) is left alone and the store is kept in memory until the app
    quits (`in_memory`). Subclasses name the file and give its schema."""

    FILE_NAME: ClassVar[str]
    """The file's name in the data folder."""
    NAME: ClassVar[str]
    """What the store is called in the log ("chat store")."""
    SCHEMA: ClassVar[str]
    SCHEMA_VERSION: ClassVar[int] = 1
    SYNCHRONOUS: ClassVar[str] = "FULL"
    """`PRAGMA synchronous`: FULL, a change survives a power cut; NORMAL, no fsync per commit."""
    QUICK_CHECK: ClassVar[bool] = False
    """Run SQLite's quick check at open (for small stores: it reads every page)."""
    TIMEOUT: ClassVar[float] = 5.0
    """How long to wait for another process's lock."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / self.FILE_NAME
        self._lock = threading.RLock()
        self.set_aside: Path | None = None
        """Where a damaged (or newer-version) file was moved, when it was."""
        self.in_memory = False
        """The file could not be opened: the store is kept in memory until the app quits."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = self._open(self.path)
        except (OSError, sqlite3.Error) as exc:
            if isinstance(exc, NewerStore) or is_damage(exc):
                self._db = self._fresh("newer" if isinstance(exc, NewerStore) else "damaged")
            else:
                self._db = self._in_memory(exc)

    def _open(self, path: Path | str) -> sqlite3.Connection:
        db = sqlite3.connect(
            path, check_same_thread=False, isolation_level=None, timeout=self.TIMEOUT
        )
        try:
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            if version > self.SCHEMA_VERSION:
                raise NewerStore(f"{self.NAME} version {version}")
            if self.QUICK_CHECK and db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("database disk image is malformed")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(f"PRAGMA synchronous={self.SYNCHRONOUS}")
            db.executescript(self.SCHEMA)
            if version != self.SCHEMA_VERSION:
                db.execute(f"PRAGMA user_version={self.SCHEMA_VERSION}")
        except BaseException:
            db.close()
            raise
        return db

    def _fresh(self, label: str) -> sqlite3.Connection:
        """Set the file aside as `label` ("damaged", "newer") and open a fresh one in its place;
        in memory when either fails."""
        try:
            self.set_aside = set_aside(self.path, label)
            log.warning("the %s was %s; set aside as %s", self.NAME, label, self.set_aside)
            return self._open(self.path)
        except (OSError, sqlite3.Error) as exc:
            return self._in_memory(exc)

    def _in_memory(self, exc: BaseException) -> sqlite3.Connection:
        log.error("the %s cannot be opened, keeping it in memory: %r", self.NAME, exc)
        self.in_memory = True
        return self._open(":memory:")

    def close(self) -> None:
        with self._lock:
            self._db.close()
