"""A damaged or newer history file at start: set aside, the History tab filled again from the
server, and the user told once where the old copy is (end to end against the simulator)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QPushButton

from nctask_desktop.api import NextcloudClient
from nctask_desktop.demo import DemoServer
from nctask_desktop.services.live_history import EventKind, HistoryEvent
from nctask_desktop.ui.work_page import HISTORY_TAB
from tests.support import scheduled_texts
from tests.ui.support import alice_window, wait_until


def garbage(path: Path) -> None:
    path.write_bytes(b"this is not a database " * 300)


def newer(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE tasks (from_the_future TEXT)")
    db.execute("PRAGMA user_version = 42")
    db.commit()
    db.close()


def in_the_way(path: Path) -> None:
    path.mkdir()


@pytest.mark.parametrize(
    ("make_file", "kind", "words"),
    [
        (garbage, "damaged", "was damaged, so it was set aside"),
        (newer, "newer", "written by a newer version of nctask-desktop"),
        (in_the_way, "unavailable", "could not be opened"),
    ],
    ids=["damaged", "newer", "unavailable"],
)
async def test_the_history_is_read_again_from_the_server_and_the_user_told_once(
    make_workspace: Any,
    make_window: Any,
    demo_server: DemoServer,
    app_home: Path,
    make_file: Any,
    kind: str,
    words: str,
) -> None:
    async with NextcloudClient(demo_server.base_url, "alice", "alice-app-password") as client:
        ids = await scheduled_texts(client, [f"before the damage {n}" for n in range(3)])
    data = app_home / "data"
    data.mkdir(parents=True)
    path = data / "history.sqlite3"
    make_file(path)
    before = path.read_bytes() if path.is_file() else None

    workspace, window = await alice_window(make_workspace, make_window, demo_server)
    await wait_until(lambda: window.session.history.loaded.is_set())
    store = workspace.history_store
    recovery = store.recovered
    assert recovery is not None and recovery.kind == kind
    if kind == "unavailable":
        assert recovery.moved_to is None and path.is_dir()  # left where it is
    else:
        assert recovery.moved_to is not None and recovery.moved_to.read_bytes() == before
    old = recovery.moved_to or recovery.path

    window.tabs.setCurrentIndex(HISTORY_TAB)
    panel = window.history_panel
    await wait_until(lambda: all(panel.model.row_of(i) is not None for i in ids), 10)
    assert {e.task.id for e in store.entries(window.session.account.key)} == set(ids)

    banner = panel.store_banner
    assert banner.isVisible()
    text = banner.text()
    assert words in text and str(old) in text
    if kind != "unavailable":
        assert "older than about a week" in text
    panel.grab().save(str(app_home / f"history-{kind}.png"))

    banner.button.click()  # "Show the file": its folder in the file manager
    assert window.open_url[-1] == QUrl.fromLocalFile(str(old.parent)).toString()
    assert banner.isVisible()
    dismiss = next(b for b in banner.findChildren(QPushButton) if b.text() == "Dismiss")
    dismiss.click()
    assert not banner.isVisible()
    panel.history_event(HistoryEvent(EventKind.ONLINE, online=True))  # more events: told once
    panel.set_session(window.session)
    assert not banner.isVisible()


async def test_a_normal_start_says_nothing_about_the_history_file(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace, window = await alice_window(make_workspace, make_window, demo_server)
    window.tabs.setCurrentIndex(HISTORY_TAB)
    await wait_until(lambda: window.session.history.loaded.is_set())
    assert workspace.history_store.recovered is None
    assert window.history_panel.store_banner.text() == ""
