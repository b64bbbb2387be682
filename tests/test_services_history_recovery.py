"""A damaged, newer or unopenable history file: set aside (or left alone), a fresh store, and told."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

from nctask_desktop.api import NextcloudClient, Task
from nctask_desktop.demo import DemoServer, DemoUser
from nctask_desktop.services.history import SCHEMA_VERSION, HistoryStore, set_aside
from nctask_desktop.services.live_history import EventKind, HistoryEvent, LiveHistory
from nctask_desktop.services.results import ResultCache
from nctask_desktop.services.storage import read_json
from tests.support import scheduled_texts


def t(i: int, **kw: Any) -> Task:
    return Task.from_json(
        {
            "id": i,
            "type": "core:text2text",
            "status": "STATUS_SUCCESSFUL",
            "input": {"input": f"a long enough prompt to fill pages {i} " * 40},
            "scheduledAt": 100 + i,
            **kw,
        }
    )


def user_version(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    finally:
        db.close()


def filled_store(path: Path, count: int = 300) -> None:
    """A valid history with `count` tasks, its WAL folded in (closed)."""
    store = HistoryStore(path)
    store.merge("a", [t(i) for i in range(1, count + 1)])
    store.close()
    assert not path.with_name(path.name + "-wal").exists()


def damage_a_middle_page(path: Path) -> None:
    size = path.stat().st_size
    page = 4096
    with open(path, "r+b") as fh:
        fh.seek((size // page // 2) * page)
        fh.write(b"\xa5" * page)


def quick_check_fails(path: Path) -> bool:
    db = sqlite3.connect(path)
    try:
        return bool(db.execute("PRAGMA quick_check").fetchone()[0] != "ok")
    except sqlite3.DatabaseError:
        return True
    finally:
        db.close()


def assert_fresh_and_working(store: HistoryStore) -> None:
    assert store.entries("a") == []
    store.merge("a", [t(7)])
    store.add_saved_files("a", 7, ["/x/out.txt"])
    assert [(e.task.id, e.saved_files) for e in store.entries("a")] == [(7, ("/x/out.txt",))]
    assert user_version(store.path) == SCHEMA_VERSION


def test_a_new_store_has_a_version_and_opens_again_without_a_word(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store = HistoryStore(path)
    assert store.recovered is None
    store.merge("a", [t(1)])
    store.close()
    assert user_version(path) == SCHEMA_VERSION
    again = HistoryStore(path)
    assert again.recovered is None and [e.task.id for e in again.entries("a")] == [1]
    again.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.sqlite3"]


def test_a_store_from_before_versions_is_migrated_in_place(tmp_path: Path) -> None:
    """No user_version and no fingerprint column: the format of earlier versions, kept."""
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE tasks (account TEXT NOT NULL, id INTEGER NOT NULL, raw TEXT NOT NULL,"
        " removed INTEGER NOT NULL DEFAULT 0, saved_files TEXT NOT NULL DEFAULT '[]',"
        " first_seen REAL NOT NULL, PRIMARY KEY (account, id));"
    )
    db.execute(
        "INSERT INTO tasks (account, id, raw, first_seen) VALUES ('a', 3, ?, 1.0)",
        (
            '{"id": 3, "type": "core:text2text", "status": "STATUS_SUCCESSFUL",'
            ' "input": {"input": "old"}}',
        ),
    )
    db.commit()
    db.close()
    store = HistoryStore(path)
    assert store.recovered is None
    assert [e.task.id for e in store.entries("a")] == [3]
    assert store.merge("a", [t(3)])  # the fingerprint column works
    store.close()
    assert user_version(path) == SCHEMA_VERSION
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.sqlite3"]


@pytest.mark.parametrize(
    "content",
    [b"garbage, not a database at all " * 200, b"SQLite format 3\x00\x10\x00", b"\x00" * 50],
    ids=["garbage", "truncated-header", "zeros"],
)
def test_a_file_that_is_not_a_database_is_set_aside(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(content)
    store = HistoryStore(path)
    recovery = store.recovered
    assert recovery is not None and recovery.kind == "damaged"
    assert recovery.path == path and recovery.moved_to is not None
    assert recovery.moved_to.name.startswith("history.sqlite3.damaged-")
    assert recovery.moved_to.read_bytes() == content  # the old file, as it was
    assert_fresh_and_working(store)
    store.close()
    again = HistoryStore(path)  # told once: the next start is a normal one
    assert again.recovered is None and [e.task.id for e in again.entries("a")] == [7]
    again.close()


def test_damaged_pages_are_found_at_the_first_call_and_set_aside(tmp_path: Path) -> None:
    """The quick check runs at the first call (off the UI thread, as `aentries` at session start),
    whatever the call: here one that would not read the damaged page."""
    path = tmp_path / "history.sqlite3"
    filled_store(path)
    damage_a_middle_page(path)
    damaged = path.read_bytes()
    assert quick_check_fails(path)  # really damaged, as SQLite itself sees it
    store = HistoryStore(path)
    assert store.recovered is None  # opening reads the header only
    assert store.entries("nobody") == []
    recovery = store.recovered
    assert recovery is not None and recovery.kind == "damaged" and recovery.moved_to is not None
    assert recovery.moved_to.read_bytes() == damaged
    assert recovery.detail  # what SQLite said, for the log
    assert_fresh_and_working(store)
    store.close()


def test_damage_found_in_use_is_set_aside_and_the_call_done_again(tmp_path: Path) -> None:
    """Damage that shows after the quick check at open (the disk failing while the app runs):
    "database disk image is malformed" on a read: set aside, a fresh store, the call done there."""
    path = tmp_path / "history.sqlite3"
    filled_store(path)
    store = HistoryStore(path)
    assert store.recovered is None
    store._db.execute("PRAGMA shrink_memory")  # nothing cached: the next read goes to the disk
    damage_a_middle_page(path)
    assert store.entries("a") == []  # no exception: the fresh store answered
    recovery = store.recovered
    assert recovery is not None and recovery.kind == "damaged" and recovery.moved_to is not None
    assert recovery.moved_to.exists()
    assert_fresh_and_working(store)
    store.close()


def test_a_store_from_a_newer_version_is_set_aside_untouched(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE tasks (whatever TEXT, the BLOB, future INTEGER)")
    db.execute("INSERT INTO tasks VALUES ('kept', x'00', 1)")
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    before = path.read_bytes()
    store = HistoryStore(path)
    recovery = store.recovered
    assert recovery is not None and recovery.kind == "newer" and recovery.version == 99
    assert recovery.moved_to is not None
    assert recovery.moved_to.name.startswith("history.sqlite3.newer-")
    assert recovery.moved_to.read_bytes() == before
    assert user_version(recovery.moved_to) == 99
    assert_fresh_and_working(store)
    store.close()


def test_set_aside_never_overwrites_moves_the_wal_along_and_keeps_a_few(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    now = 1_800_000_000.0
    moved = []
    for n in range(5):
        path.write_bytes(b"copy %d" % n)
        path.with_name(path.name + "-wal").write_bytes(b"wal %d" % n)
        moved.append(set_aside(path, "damaged", keep=3, now=now))
    assert len(set(moved)) == 5  # the same minute: -2, -3, … never over an earlier copy
    assert [m.name for m in moved[1:]] == [moved[0].name + f"-{n}" for n in range(2, 6)]
    assert not path.exists() and not path.with_name(path.name + "-wal").exists()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == sorted([m.name for m in moved[2:]] + [m.name + "-wal" for m in moved[2:]])
    assert moved[4].read_bytes() == b"copy 4"
    assert moved[4].with_name(moved[4].name + "-wal").read_bytes() == b"wal 4"
    path.write_bytes(b"newer")
    newer = set_aside(path, "newer", keep=3, now=now)  # another kind: counted apart
    assert newer.exists() and all(m.exists() for m in moved[2:])


def test_a_file_that_cannot_be_opened_is_left_where_it_is(tmp_path: Path) -> None:
    """Not damage (here: a folder in the way; permissions, a read-only disk): nothing is moved,
    the history is kept in memory for the session, and that is said."""
    path = tmp_path / "history.sqlite3"
    path.mkdir()
    (path / "something").write_text("the user's")
    store = HistoryStore(path)
    recovery = store.recovered
    assert recovery is not None and recovery.kind == "unavailable"
    assert recovery.moved_to is None and recovery.detail
    store.merge("a", [t(1)])
    assert [e.task.id for e in store.entries("a")] == [1]
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.sqlite3"]
    assert (path / "something").read_text() == "the user's"


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="POSIX permissions, not as root"
)
def test_a_file_without_permission_is_not_taken_for_damage(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    filled_store(path, 3)
    before = path.read_bytes()
    for mode in (0o000, 0o444):
        os.chmod(path, mode)
        store = HistoryStore(path)
        store.entries("a")  # read-only: found by the write of the first call's check
        recovery = store.recovered
        assert recovery is not None and recovery.kind == "unavailable"
        assert recovery.moved_to is None
        store.close()
        os.chmod(path, 0o600)
        assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.damaged-*"))


async def test_a_damaged_store_is_filled_again_from_the_server(tmp_path: Path) -> None:
    """The live history's first list at session start fills the fresh store: what the server
    still has is back; what it no longer keeps is only in the old copy."""
    path = tmp_path / "history.sqlite3"
    with DemoServer(users=[DemoUser("alice", "pw", "Alice")], task_seconds=0.1) as server:
        async with NextcloudClient(server.base_url, "alice", "pw") as client:
            ids = await scheduled_texts(client, [f"t{n}" for n in range(3)])
            path.write_bytes(b"not a database " * 100)
            store = HistoryStore(path)
            assert store.recovered is not None and store.recovered.kind == "damaged"
            events: list[HistoryEvent] = []

            async def fast(seconds: float) -> None:
                await asyncio.sleep(min(seconds, 0.02))

            history = LiveHistory(
                "alice@x",
                client,
                store,
                on_event=events.append,
                cache=ResultCache("alice@x", tmp_path / "cache"),
                sleep=fast,
            )
            history.start()
            loop = asyncio.get_running_loop()
            deadline = loop.time() + 10
            while {e.task.id for e in store.entries("alice@x")} != set(ids):
                assert loop.time() < deadline, "the store was not filled from the server"
                await asyncio.sleep(0.02)
            await history.close()
            assert events[0].kind is EventKind.LOADED and not events[0].entries
            store.close()
    again = HistoryStore(path)
    assert again.recovered is None
    assert {e.task.id for e in again.entries("alice@x")} == set(ids)
    again.close()


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe garbage", b"[" * 100_000, b'{"accounts": '],
    ids=["syntax", "not-utf8", "absurdly-deep", "truncated"],
)
def test_a_corrupt_json_file_is_set_aside_and_defaults_used(tmp_path: Path, content: bytes) -> None:
    """accounts.json, preferences.json and drafts.json all read through read_json: a damaged one
    must not stop the start; it is kept (never over an earlier damaged copy)."""
    path = tmp_path / "accounts.json"
    for n in range(1, 4):
        path.write_bytes(content + str(n).encode())
        assert read_json(path, {"default": True}) == {"default": True}
    assert not path.exists()
    copies = ["accounts.json.corrupt", "accounts.json.corrupt-2", "accounts.json.corrupt-3"]
    assert sorted(p.name for p in tmp_path.iterdir()) == copies
    assert (tmp_path / copies[2]).read_bytes() == content + b"3"
