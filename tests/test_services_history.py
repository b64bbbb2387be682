"""The local history in SQLite: merging server lists, vanished tasks, saved files, restarts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nctask_desktop.api import Task
from nctask_desktop.services.history import HistoryStore


def t(i: int, status: str = "STATUS_SCHEDULED", **kw: Any) -> Task:
    return Task.from_json(
        {
            "id": i,
            "type": "core:text2text",
            "status": status,
            "input": {"input": f"x{i}"},
            "scheduledAt": 100 + i,
            **kw,
        }
    )


def test_merge_reports_only_changes_and_survives_restart(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store = HistoryStore(path)
    changed = store.merge("a", [t(1), t(2)])
    assert [x.id for x in changed] == [1, 2]
    changed = store.merge("a", [t(1), t(2, "STATUS_RUNNING", progress=0.5)])
    assert [x.id for x in changed] == [2]
    store.merge("b", [t(1, "STATUS_FAILED")])  # another account: separate history
    store.close()
    again = HistoryStore(path)
    entries = again.entries("a")
    assert [e.task.id for e in entries] == [2, 1]  # newest first
    assert entries[0].task.progress == 0.5
    assert again.entries("b")[0].task.status.name == "FAILED"
    again.close()


def test_removed_tasks_are_kept_with_their_saved_files(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    store.merge("a", [t(1), t(2), t(3)])
    store.add_saved_files("a", 2, ["/x/result.png"])
    store.add_saved_files("a", 2, ["/x/result.png", "/x/other.txt"])
    store.mark_removed("a", [2, 3])
    entries = {e.task.id: e for e in store.entries("a")}
    assert entries[2].removed_from_server and entries[2].saved_files == (
        "/x/result.png",
        "/x/other.txt",
    )
    assert not entries[1].removed_from_server
    assert store.merge("a", [t(1)]) == []  # unchanged: nothing reported again
    store.merge("a", [t(2, "STATUS_SUCCESSFUL")])  # the server has it again after all
    assert not {e.task.id: e for e in store.entries("a")}[2].removed_from_server
    store.forget("a", [3])
    assert sorted(e.task.id for e in store.entries("a")) == [1, 2]
    store.forget_account("a")
    assert store.entries("a") == []
    store.close()


async def test_async_wrappers(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    changed = await store.amerge("a", [t(5)])
    assert [x.id for x in changed] == [5]
    assert [e.task.id for e in await store.aentries("a")] == [5]
    store.close()


def test_input_file_names_are_kept_and_forgotten_with_their_task(tmp_path: Path) -> None:
    """The API gives only ids for input files: the names the user knew are kept here."""
    path = tmp_path / "h.sqlite3"
    store = HistoryStore(path)
    task = Task.from_json(
        {"id": 9, "type": "core:audio2text", "status": "STATUS_SCHEDULED", "input": {"input": 41}}
    )
    store.merge("alice@x", [task])
    store.set_input_names("alice@x", 9, {41: "interview.wav"})
    store.close()
    again = HistoryStore(path)
    (entry,) = again.entries("alice@x")
    assert entry.file_names == ["interview.wav"] and entry.input_name(41) == "interview.wav"
    again.forget("alice@x", [9])
    again.merge("alice@x", [task])
    (fresh,) = again.entries("alice@x")
    assert fresh.input_names == ()  # a forgotten task's names went with it
    again.close()


def test_saved_outputs_are_named_after_the_input_or_the_prompt() -> None:
    from nctask_desktop.services.drafts import NextcloudFile
    from nctask_desktop.services.tasks import (
        LocalFile,
        input_file_names,
        output_base,
        output_stem,
    )

    transcript = Task.from_json(
        {"id": 3, "type": "core:audio2text", "status": "STATUS_SUCCESSFUL", "input": {"input": 41}}
    )
    assert output_base(transcript, None, ["interview.wav"]) == "interview"
    assert output_stem(transcript, "output", 0, 1, "interview") == "interview"
    images = Task.from_json(
        {
            "id": 4,
            "type": "core:text2image",
            "status": "STATUS_SUCCESSFUL",
            "input": {"input": "a red fox in the snow", "numberOfImages": 2},
        }
    )
    base = output_base(images, None, [])
    assert base == "a red fox in the snow"
    assert output_stem(images, "images", 0, 2, base) == "a red fox in the snow 1"
    assert output_stem(images, "images", 1, 2, None) == "task-4-images-2"  # no base: as before
    names = input_file_names(
        {"input": LocalFile(Path("/home/u/interview.wav")), "more": [NextcloudFile(7, "a.png"), 8]},
        {"input": 41, "more": [7, 8]},
    )
    assert names == {41: "interview.wav", 7: "a.png"}


def test_a_history_from_before_fingerprints_is_kept_and_compared_by_them(tmp_path: Path) -> None:
    """An older history file has no fingerprint column: it gains one, keeps its tasks, and its
    tasks are written once more, then compared by fingerprint (a change of lastUpdated counts)."""
    import sqlite3

    path = tmp_path / "history.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE tasks (account TEXT NOT NULL, id INTEGER NOT NULL, raw TEXT NOT NULL,"
        " removed INTEGER NOT NULL DEFAULT 0, saved_files TEXT NOT NULL DEFAULT '[]',"
        " first_seen REAL NOT NULL, PRIMARY KEY (account, id));"
    )
    old.execute(
        "INSERT INTO tasks (account, id, raw, first_seen) VALUES ('a', 1, ?, 5.0)",
        ('{"id": 1, "type": "core:text2text", "status": "STATUS_SUCCESSFUL", "input": {}}',),
    )
    old.commit()
    old.close()
    store = HistoryStore(path)
    assert [e.task.id for e in store.entries("a")] == [1]
    done = t(1, "STATUS_SUCCESSFUL", lastUpdated=200)
    assert [x.id for x in store.merge("a", [done])] == [1]  # no fingerprint yet: written once
    assert store.merge("a", [done]) == []  # now compared by its fingerprint
    assert [x.id for x in store.merge("a", [t(1, "STATUS_SUCCESSFUL", lastUpdated=201)])] == [1]
    store.close()
