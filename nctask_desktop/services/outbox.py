"""The outbox: every submission, written to disk before anything is sent, until the server has it.

A quit while the rate limit holds submissions back, a crash in the middle of an upload, a power
cut: on the next start the account's queue takes its submissions back from here, in their order.
A submission leaves the outbox when the server has confirmed its task (or the user cancelled it,
or the server refused it for good). SQLite in WAL mode with `synchronous=FULL`: a submission the
user saw queued survives a power cut.

What is kept per submission: the form's values (local files by path, with the size and
modification time they had, so that a file changed in between is noticed), the files already
uploaded (their ids), and for a chunked upload under way its upload folder and the chunks the
server confirmed. No password or token is ever written here.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .drafts import decode_values, encode_values
from .sqlite_store import SqliteStore
from .tasks import local_files

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    custom_id TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    created REAL NOT NULL,
    type_id TEXT NOT NULL,
    type_name TEXT NOT NULL,
    inputs TEXT NOT NULL,
    stamps TEXT NOT NULL,
    uploads TEXT NOT NULL DEFAULT '{}',
    prepared TEXT
);
"""


@dataclass(frozen=True)
class FileStamp:
    """What a local file was like when the user submitted it."""

    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileStamp | None:
        try:
            st = os.stat(path)
        except OSError:
            return None
        return cls(st.st_size, st.st_mtime_ns)


@dataclass
class ChunkedUpload:
    """A chunked upload under way: its folder on the server and how far the server confirmed."""

    folder: str
    """The upload folder's URL path (`/remote.php/dav/uploads/<user>/<id>`)."""
    remote: str
    """Where the file goes in the user's files."""
    chunks: int = 0
    """Chunks the server confirmed (numbered 1 … chunks)."""
    offset: int = 0
    """Bytes of the file those chunks hold."""


@dataclass
class OutboxRecord:
    """A submission as the outbox keeps it."""

    custom_id: str
    account: str
    type_id: str
    type_name: str
    inputs: dict[str, Any]
    """The form's values: LocalFile for files on this computer, NextcloudFile, plain values."""
    created: float = 0.0
    stamps: dict[str, FileStamp] = field(default_factory=dict)
    """Local file path → how it was when submitted."""
    uploaded: dict[str, int] = field(default_factory=dict)
    """Local file path → its file id on the server, once uploaded."""
    chunked: dict[str, ChunkedUpload] = field(default_factory=dict)
    """Local file path → its chunked upload under way."""
    prepared: dict[str, Any] | None = None
    """The input as sent (file ids for files), once every file is uploaded."""
    remotes: dict[str, str] = field(default_factory=dict)
    """Local file path → where it was uploaded in the user's files (what deleting the task may
    clean up)."""

    def mark_uploaded(self, key: str, file_id: int, remote: str) -> None:
        self.uploaded[key] = file_id
        self.remotes[key] = remote

    def uploaded_inputs(self) -> dict[int, str]:
        """File id → remote path of the local files uploaded for this submission."""
        return {self.uploaded[k]: r for k, r in self.remotes.items() if k in self.uploaded}


def stamps_for(inputs: Mapping[str, Any]) -> dict[str, FileStamp]:
    stamps: dict[str, FileStamp] = {}
    for local in local_files(inputs):
        stamp = FileStamp.of(local.path)
        if stamp is not None:
            stamps[str(local.path)] = stamp
    return stamps


def _encode_uploads(record: OutboxRecord) -> str:
    raw: dict[str, Any] = {}
    for path, file_id in record.uploaded.items():
        raw[path] = {"fileId": file_id}
        if path in record.remotes:
            raw[path]["remote"] = record.remotes[path]
    for path, up in record.chunked.items():
        if path not in record.uploaded:
            raw[path] = {
                "folder": up.folder,
                "remote": up.remote,
                "chunks": up.chunks,
                "offset": up.offset,
            }
    return json.dumps(raw)


def _decode_uploads(
    text: str,
) -> tuple[dict[str, int], dict[str, ChunkedUpload], dict[str, str]]:
    uploaded: dict[str, int] = {}
    chunked: dict[str, ChunkedUpload] = {}
    remotes: dict[str, str] = {}
    try:
        raw = json.loads(text)
    except ValueError:
        return uploaded, chunked, remotes
    if not isinstance(raw, dict):
        return uploaded, chunked, remotes
    for path, value in raw.items():
        if not isinstance(value, dict):
            continue
        file_id = value.get("fileId")
        if isinstance(file_id, int) and not isinstance(file_id, bool):
            uploaded[str(path)] = file_id
            if isinstance(value.get("remote"), str):
                remotes[str(path)] = value["remote"]
            continue
        folder, remote = value.get("folder"), value.get("remote")
        chunks, offset = value.get("chunks"), value.get("offset")
        if (
            isinstance(folder, str)
            and isinstance(remote, str)
            and isinstance(chunks, int)
            and isinstance(offset, int)
        ):
            chunked[str(path)] = ChunkedUpload(folder, remote, chunks, offset)
    return uploaded, chunked, remotes


def _decode_stamps(text: str) -> dict[str, FileStamp]:
    try:
        raw = json.loads(text)
    except ValueError:
        return {}
    stamps: dict[str, FileStamp] = {}
    if isinstance(raw, dict):
        for path, value in raw.items():
            if (
                isinstance(value, list)
                and len(value) == 2
                and all(isinstance(v, int) for v in value)
            ):
                stamps[str(path)] = FileStamp(value[0], value[1])
    return stamps


def _json_or_none(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


class OutboxStore(SqliteStore):
    """Submissions not yet confirmed by the server, of every account. Each method is one small
    transaction; they are thread-safe (the queue calls them from worker threads)."""

    FILE_NAME = "outbox.sqlite3"
    NAME = "outbox"
    SCHEMA = _SCHEMA
    SCHEMA_VERSION = 1
    QUICK_CHECK = True  # small: a few rows

    def add(self, record: OutboxRecord) -> None:
        """Keep a new submission (before anything of it is sent)."""
        stamps = {path: [s.size, s.mtime_ns] for path, s in record.stamps.items()}
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO outbox (custom_id, account, created, type_id, type_name,"
                " inputs, stamps, uploads, prepared) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.custom_id,
                    record.account,
                    record.created or time.time(),
                    record.type_id,
                    record.type_name,
                    json.dumps(encode_values(record.inputs)),
                    json.dumps(stamps),
                    _encode_uploads(record),
                    json.dumps(record.prepared) if record.prepared is not None else None,
                ),
            )

    def save_uploads(self, record: OutboxRecord) -> None:
        """The files uploaded so far, and how far a chunked upload got."""
        with self._lock:
            self._db.execute(
                "UPDATE outbox SET uploads = ? WHERE custom_id = ?",
                (_encode_uploads(record), record.custom_id),
            )

    def save_prepared(self, record: OutboxRecord) -> None:
        """Every file is uploaded: the input as it will be sent."""
        with self._lock:
            self._db.execute(
                "UPDATE outbox SET uploads = ?, prepared = ? WHERE custom_id = ?",
                (
                    _encode_uploads(record),
                    json.dumps(record.prepared) if record.prepared is not None else None,
                    record.custom_id,
                ),
            )

    def remove(self, custom_id: str) -> None:
        """The server has the task (or the submission ended otherwise): forget it."""
        with self._lock:
            self._db.execute("DELETE FROM outbox WHERE custom_id = ?", (custom_id,))

    def forget_account(self, account: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM outbox WHERE account = ?", (account,))

    def move_account(self, old: str, new: str) -> None:
        """An account's submissions now belong to another (the demo server of a new run): what
        was uploaded to the old server is uploaded again."""
        with self._lock:
            self._db.execute(
                "UPDATE outbox SET account = ?, uploads = '{}', prepared = NULL WHERE account = ?",
                (new, old),
            )

    def pending(self, account: str) -> list[OutboxRecord]:
        """An account's submissions, oldest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT custom_id, account, created, type_id, type_name, inputs, stamps, uploads,"
                " prepared FROM outbox WHERE account = ? ORDER BY created, rowid",
                (account,),
            ).fetchall()
        records = []
        for custom_id, acc, created, type_id, type_name, inputs, stamps, uploads, prepared in rows:
            uploaded, chunked, remotes = _decode_uploads(uploads)
            records.append(
                OutboxRecord(
                    custom_id=custom_id,
                    account=acc,
                    created=created,
                    type_id=type_id,
                    type_name=type_name,
                    inputs=dict(decode_values(_json_or_none(inputs) or {})),
                    stamps=_decode_stamps(stamps),
                    uploaded=uploaded,
                    chunked=chunked,
                    prepared=_json_or_none(prepared),
                    remotes=remotes,
                )
            )
        return records

    def count(self, account: str | None = None) -> int:
        with self._lock:
            if account is None:
                row = self._db.execute("SELECT COUNT(*) FROM outbox").fetchone()
            else:
                row = self._db.execute(
                    "SELECT COUNT(*) FROM outbox WHERE account = ?", (account,)
                ).fetchone()
        return int(row[0])
