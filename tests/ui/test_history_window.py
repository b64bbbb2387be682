"""The History tab end to end against the simulator: live status, the window's poller, network loss,
vanished tasks, cancel, delete, run again, the results of every kind, saving, notifications."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QMessageBox, QWidget

from nctask_desktop.api import NextcloudClient, TaskStatus
from nctask_desktop.demo import DemoServer, DemoUser
from nctask_desktop.services.workspace import Workspace
from nctask_desktop.ui.history_model import HistoryModel
from nctask_desktop.ui.history_panel import HistoryPanel
from nctask_desktop.ui.main_window import MainWindow
from nctask_desktop.ui.notifier import DesktopNotifier, app_icon, badge_icon
from nctask_desktop.ui.work_page import HISTORY_TAB, NEW_TASK_TAB
from tests.ui.history_support import (
    confirm_delete,
    engine,
    every_state,
    schedule,
    schedule_one,
    schedule_texts,
    tamper,
)
from tests.ui.support import OpenedUrls, tab_path, wait_until

PASSWORD = "alice-app-password"
TASKS = "/ocs/v2.php/taskprocessing/tasks"


async def quick_sleep(seconds: float) -> None:
    """The poller's waits, shortened: tests see every step without waiting for real back-offs."""
    await asyncio.sleep(min(seconds, 0.1))


@pytest.fixture
def nc33() -> Iterator[DemoServer]:
    """A Nextcloud 33 simulator (failed tasks say why) with room for many tasks."""
    server = DemoServer(
        profile="nc33",
        users=[DemoUser("alice", PASSWORD, "Alice")],
        task_seconds=0.3,
        rate_limit=200,
    )
    server.start()
    yield server
    server.stop()


async def open_window(
    make_workspace: Callable[..., Workspace],
    make_window: Callable[..., MainWindow],
    server: DemoServer,
    *,
    sleep: Any = quick_sleep,
) -> MainWindow:
    workspace = make_workspace(history_options={"sleep": sleep})
    await workspace.accounts.add_with_app_password(server.base_url, "alice", PASSWORD)
    window = make_window(workspace, notifier=DesktopNotifier(backend="none"))
    await window.start()
    await wait_until(
        lambda: (
            window.session is not None
            and window.type_browser.model.types
            and window.session.history.loaded.is_set()
        ),
        10,
    )
    return window


async def open_history(
    make_workspace: Callable[..., Workspace],
    make_window: Callable[..., MainWindow],
    server: DemoServer,
) -> tuple[MainWindow, HistoryPanel]:
    """A window as open_window makes it, on its History tab: (window, its history panel)."""
    window = await open_window(make_workspace, make_window, server)
    window.tabs.setCurrentIndex(HISTORY_TAB)
    return window, window.history_panel


async def every_state_history(
    make_workspace: Callable[..., Workspace],
    make_window: Callable[..., MainWindow],
    server: DemoServer,
) -> tuple[MainWindow, HistoryPanel, dict[str, int]]:
    """Tasks in every state (history_support.every_state), then open_history: (window, panel,
    the tasks' ids by name)."""
    async with NextcloudClient(server.base_url, "alice", PASSWORD) as client:
        ids = await every_state(server, client, "alice")
    window, panel = await open_history(make_workspace, make_window, server)
    return window, panel, ids


def status_of(window: MainWindow, task_id: int) -> str:
    model = window.history_panel.model
    row = model.row_of(task_id)
    return "" if row is None else str(model.data(model.index(row, HistoryModel.STATUS)))


async def test_a_task_goes_through_every_status_and_notifies_when_done(
    make_workspace: Any, make_window: Any, nc33: DemoServer
) -> None:
    engine(nc33).task_seconds = 1.5
    window = await open_window(make_workspace, make_window, nc33)
    model = window.history_panel.model
    seen: list[str] = []

    def record(*_args: object) -> None:
        for row in range(model.rowCount()):
            text = str(model.data(model.index(row, HistoryModel.STATUS)))
            if not seen or seen[-1] != text:
                seen.append(text)

    model.dataChanged.connect(record)
    model.rowsInserted.connect(record)
    window.new_task.current_form().set_values({"input": "Write a haiku about the sea"})
    submission = window.new_task.submit()
    assert submission is not None
    await wait_until(lambda: submission.task is not None, 5)
    task_id = submission.task.id
    await wait_until(lambda: status_of(window, task_id) == "Done", 10)
    assert seen[0] == "Waiting for the server to start it"
    assert any(s.startswith("Running") for s in seen) and seen[-1] == "Done"
    # the tab says how many are unfinished while they are
    assert window.tabs.tabText(HISTORY_TAB) == "History"
    # an OS notification when it ended; clicking it opens the result
    shown = window.notifier.shown[-1]
    assert shown.title == "“Free text to text prompt” is done"
    assert shown.body == "Write a haiku about the sea" and shown.notice.task_id == task_id
    window.notifier.activated.emit(shown.notice.account_key, task_id)
    await wait_until(lambda: window.tabs.currentIndex() == HISTORY_TAB)
    details = window.history_panel.details
    assert details.task is not None and details.task.id == task_id
    assert details.text_views[0].toPlainText().startswith("This is a fake result")
    # the panel of this session's tasks follows the same updates (no polling of its own)
    assert window.new_task.session_panel.model.rows[0].task.status is TaskStatus.SUCCESSFUL


async def test_failures_cancel_and_the_long_wait_are_told_honestly(
    make_workspace: Any, make_window: Any, nc33: DemoServer
) -> None:
    async with NextcloudClient(nc33.base_url, "alice", PASSWORD) as client:
        failed = await schedule(
            client, nc33, "core:text2text", {"input": "this provider is set to fail"}, seconds=0.2
        )
        silent = await schedule(
            client, nc33, "core:text2text", {"input": "also set to fail"}, seconds=0.2
        )
        waiting = await schedule(client, nc33, "core:text2text", {"input": "later"}, seconds=900)
        running = await schedule(client, nc33, "core:text2text", {"input": "long"}, seconds=900)
        await asyncio.sleep(0.4)
        await client.list_tasks()  # the simulator's worker moves them on
    import time

    now = time.time()
    tamper(nc33, waiting, scheduled_at=int(now - 400), start_time=now + 900)
    tamper(nc33, running, start_time=now - 1)
    tamper(nc33, silent, error_message=None, user_facing_error=None)
    window, panel = await open_history(make_workspace, make_window, nc33)
    await wait_until(lambda: status_of(window, silent) == "Failed", 5)
    panel.select_task(failed)
    assert panel.details.banner.text() == (
        "The task failed: The assistant could not process this request. Please try again later."
        f"\nTask id: {failed}"
    )
    panel.select_task(silent)
    assert panel.details.banner.text() == (
        f"The task failed, and the server gave no reason.\nTask id: {silent}"
    )
    panel.select_task(waiting)
    assert status_of(window, waiting) == "Still waiting — the server may have no worker running"
    assert "may have no worker running" in panel.details.banner.text()
    panel.select_task(running)
    await wait_until(lambda: status_of(window, running).startswith("Running"), 5)
    assert panel.cancel_action.isEnabled()
    panel.cancel_action.trigger()
    await wait_until(lambda: status_of(window, running) == "Cancelled", 5)
    assert panel.details.state_label.text() == "Cancelled."


async def test_the_windows_poller_costs_one_request_per_cycle_with_50_unfinished_tasks(
    make_workspace: Any, make_window: Any, nc33: DemoServer
) -> None:
    engine(nc33).task_seconds = 900
    room = asyncio.Semaphore(4)  # the simulator's listen queue is short

    async def one(client: NextcloudClient, n: int) -> None:
        async with room:
            await client.schedule_task("core:text2text", {"input": f"n{n}"}, app_id="assistant")

    async with NextcloudClient(nc33.base_url, "alice", PASSWORD) as client:
        await asyncio.gather(*(one(client, n) for n in range(50)))
    window = await open_window(make_workspace, make_window, nc33, sleep=asyncio.sleep)
    history = window.session.history
    await wait_until(lambda: len(history.poller.active) == 50, 5)
    assert window.tabs.tabText(HISTORY_TAB) == "History (50 running)"
    poller = history.poller
    for _ in range(3):
        # no cycle on its way, so that every request recorded from here on is the focus's poll
        await wait_until(lambda: poller.cycles_done == poller.cycles, 5)
        done = poller.cycles_done
        nc33.clear_requests()
        # the window gains focus: a poll at once
        QGuiApplication.instance().applicationStateChanged.emit(
            Qt.ApplicationState.ApplicationActive
        )
        await wait_until(lambda d=done: poller.cycles_done > d, 5)
        await history.settle()
        assert [(r.method, r.path) for r in nc33.requests] == [("GET", TASKS)]


async def test_network_loss_pauses_polling_and_its_return_polls_at_once(
    make_workspace: Any, make_window: Any, nc33: DemoServer
) -> None:
    task_id = await schedule_one(nc33, "core:text2text", {"input": "x"}, seconds=900)
    window = await open_window(make_workspace, make_window, nc33, sleep=asyncio.sleep)
    history = window.session.history
    panel = window.history_panel
    await wait_until(lambda: history.poller.active, 5)
    window.network.availability_changed.emit(False)
    assert not history.online
    assert "cannot be reached" in panel.offline_banner.text()
    nc33.clear_requests()
    window.network.availability_changed.emit(True)
    await wait_until(lambda: bool(nc33.requests), 0.8)  # not after a back-off
    await wait_until(lambda: history.online and panel.offline_banner.text() == "", 5)
    assert status_of(window, task_id) == "Waiting for the server to start it"


async def test_a_task_the_server_no_longer_has_stays_marked_removed(
    make_workspace: Any, make_window: Any, nc33: DemoServer, tmp_path: Path
) -> None:
    async with NextcloudClient(nc33.base_url, "alice", PASSWORD) as client:
        task_id = await schedule(client, nc33, "core:text2text", {"input": "x"}, seconds=900)
        window = await open_window(make_workspace, make_window, nc33)
        await wait_until(lambda: window.history_panel.model.row_of(task_id) is not None, 5)
        await client.delete_task(task_id)  # retention, or deleted on another device
    await wait_until(lambda: status_of(window, task_id) == "Removed from the server", 5)
    panel = window.history_panel
    panel.select_task(task_id)
    assert "no longer has this task" in panel.details.banner.text()
    assert not panel.cancel_action.isEnabled()
    # kept in the local history, also after a restart
    entries = await window.workspace.history_store.aentries(window.account.key)
    assert [x.removed_from_server for x in entries if x.task.id == task_id] == [True]


async def test_delete_asks_first_and_keeps_saved_files(
    make_workspace: Any, make_window: Any, nc33: DemoServer
) -> None:
    async with NextcloudClient(nc33.base_url, "alice", PASSWORD) as client:
        ids = await schedule_texts(client, nc33, 3, seconds=0.1)
        await asyncio.sleep(0.2)
        await client.list_tasks()
    window, panel = await open_history(make_workspace, make_window, nc33)
    await wait_until(lambda: all(status_of(window, i) == "Done" for i in ids), 5)
    panel.select_task(ids[0])
    await panel.save([ids[0]])
    saved = panel.last_saved
    assert saved and saved[0].exists()
    selection = panel.view.selectionModel()
    for task_id in ids[:2]:
        index = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(task_id), 0))
        selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    # asked first; "Cancel" deletes nothing
    task = panel.delete_selected()
    await wait_until(lambda: panel.delete_box is not None)
    assert panel.delete_box.text() == "Delete 2 task(s)?"  # "2 tasks" with the English .qm
    panel.delete_box.button(QMessageBox.StandardButton.Cancel).click()
    await task
    assert nc33.task_count() == 3
    task = panel.delete_selected()
    await confirm_delete(panel)
    await task
    assert nc33.task_count() == 1
    assert panel.model.row_of(ids[0]) is None and panel.model.row_of(ids[2]) is not None
    assert saved[0].exists()  # what was saved stays


async def test_run_again_fills_the_form_and_catches_a_value_no_longer_offered(
    make_workspace: Any, make_window: Any, nc33: DemoServer
) -> None:
    async with NextcloudClient(nc33.base_url, "alice", PASSWORD) as client:
        old = await schedule(
            client,
            nc33,
            "core:text2text",
            {"input": "Summarise the budget", "model": "model_2", "max_tokens": 99},
            seconds=0.1,
        )
        good = await schedule(
            client, nc33, "core:text2text", {"input": "Hello", "model": "model_3"}, seconds=0.1
        )
    engine(nc33)._tasks[old].input["model"] = "model_9"  # the server no longer offers it
    window = await open_window(make_workspace, make_window, nc33)
    panel = window.history_panel
    await wait_until(lambda: panel.model.row_of(old) is not None, 5)
    window.tabs.setCurrentIndex(HISTORY_TAB)
    panel.select_task(old)
    count = nc33.task_count()
    assert panel.run_again_action.isEnabled()
    panel.run_again_action.trigger()
    assert window.tabs.currentIndex() == NEW_TASK_TAB
    assert window.type_browser.current_id == "core:text2text"
    form = window.new_task.current_form()
    assert form.editor("input").value() == "Summarise the budget"
    assert form.editor("max_tokens").value() == 99
    assert form.editor("model").current_name() == "model_9 (not offered)"
    assert "model" in form.errors()  # flagged in the form, before anything is sent
    assert "changed since it was run" in window.new_task.form_panel.notice.text()
    assert window.new_task.submit() is None and nc33.task_count() == count
    # a task whose values are all still offered is ready to send again
    window.tabs.setCurrentIndex(HISTORY_TAB)
    panel.select_task(good)
    panel.run_again_action.trigger()
    assert form.errors() == {} and form.values()["model"] == "model_3"
    submission = window.new_task.submit()
    assert submission is not None
    await wait_until(lambda: submission.task is not None, 5)
    assert nc33.task_count() == count + 1


async def test_text_image_audio_and_file_results(
    make_workspace: Any, make_window: Any, nc33: DemoServer
) -> None:
    window, panel, ids = await every_state_history(make_workspace, make_window, nc33)
    details = panel.details
    await wait_until(lambda: panel.model.row_of(ids["file"]) is not None, 5)

    panel.select_task(ids["text"])
    [view] = details.text_views
    assert "Prompt: Write a short poem" in view.toPlainText()  # markdown rendered: no "- "
    assert view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert panel.copy_selected().startswith("This is a fake result")
    assert QGuiApplication.clipboard().text().startswith("This is a fake result")

    panel.select_task(ids["images"])
    await wait_until(
        lambda: len(details.thumbnails) == 3 and all(t.path for t in details.thumbnails), 5
    )
    assert all(t.path.suffix == ".png" for t in details.thumbnails)
    assert not details.thumbnails[0].icon().isNull()
    assert "256 × 256" in details.thumbnails[0].toolTip()
    details.thumbnails[1].click()
    await wait_until(lambda: bool(panel.viewers) and not panel.viewers[0].image_size().isEmpty())
    assert panel.viewers[0].windowTitle() == "Output images 2"
    panel.viewers[0].reject()

    panel.select_task(ids["audio"])
    await wait_until(lambda: all(c.path for c in details.cards.values()), 5)
    [card] = details.cards.values()
    assert card.details_label.text().startswith("WAV audio · 0:0")
    play = card.findChildren(QAbstractButton)[0]
    assert play.text() == "Play"
    play.click()  # the system's player plays it
    opened: OpenedUrls = window.open_url
    assert opened[-1].endswith(".wav") and opened[-1].startswith("file://")

    panel.select_task(ids["file"])
    await wait_until(lambda: details.cards and all(c.path for c in details.cards.values()), 5)
    assert details.text_views[0].toPlainText().startswith("Received input:")
    [report] = details.cards.values()
    assert report.name_label.full_text() == "Report"
    assert "bytes" in report.details_label.text()
    # the input files: downloaded into the cache and listed with Open
    panel.inputs_action.trigger()
    await wait_until(lambda: details.input_cards and all(c.path for c in details.input_cards), 5)
    assert details.input_cards[0].name_label.full_text() == "File"


async def test_save_gives_the_right_extension_and_never_overwrites(
    make_workspace: Any, make_window: Any, nc33: DemoServer, app_home: Path
) -> None:
    task_id = await schedule_one(
        nc33, "core:text2image", {"input": "fox", "numberOfImages": 1}, seconds=0.1
    )
    window, panel = await open_history(make_workspace, make_window, nc33)
    await wait_until(lambda: status_of(window, task_id) == "Done", 5)
    panel.select_task(task_id)
    assert panel.save_action.isEnabled()
    panel.save_action.trigger()
    await wait_until(lambda: bool(panel.last_saved), 5)
    first = panel.last_saved
    panel.result.last_saved = []
    # "Save to…" asks for a folder without a nested event loop
    target = app_home / "Pictures"
    target.mkdir()
    task = panel.save([task_id], ask=True)
    await wait_until(lambda: panel.folder_dialog is not None)
    panel.folder_dialog.setDirectory(str(target))
    panel.folder_dialog.accept()
    await task
    elsewhere = panel.last_saved
    panel.save_action.trigger()
    await wait_until(lambda: panel.last_saved and panel.last_saved != elsewhere, 5)
    second = panel.last_saved
    downloads = app_home / "downloads"
    assert [p.name for p in first] == ["fox.png"]  # after the prompt
    assert [p.name for p in second] == ["fox (2).png"]
    assert first[0].parent == downloads and elsewhere[0].parent == target
    assert first[0].read_bytes().startswith(b"\x89PNG")
    assert sorted(p.name for p in downloads.iterdir()) == [
        "fox (2).png",
        "fox.png",
    ]  # no temporary files left
    assert "saved in" in panel.message.text() and panel.message.button.text() == "Show in folder"
    entry = window.session.history.entry(task_id)
    assert len(entry.saved_files) == 3
    details = panel.details
    assert details.saved_title.isVisible()


def _interactive(root: QWidget) -> list[QWidget]:
    from PySide6.QtWidgets import QAbstractItemView, QScrollBar

    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, kinds) and w.isVisible() and not isinstance(w, QScrollBar)
    ]


async def test_history_controls_have_accessible_names_and_a_tab_order(
    make_workspace: Any, make_window: Any, nc33: DemoServer
) -> None:
    _window, panel, ids = await every_state_history(make_workspace, make_window, nc33)
    await wait_until(lambda: panel.model.row_of(ids["audio"]) is not None, 5)
    for name in ("audio", "images", "file", "failed", "waiting"):
        panel.select_task(ids[name])
        await asyncio.sleep(0.05)
        missing = [
            (type(w).__name__, w.text() if isinstance(w, QAbstractButton) else "")
            for w in _interactive(panel)
            if not w.accessibleName()
        ]
        assert missing == [], name
    window = panel.window()
    assert tab_path(window, panel.status_filter, 2) == [panel.type_filter, panel.search]


async def test_preferences_for_results_and_notifications(
    make_workspace: Any, make_window: Any, nc33: DemoServer
) -> None:
    window = await open_window(make_workspace, make_window, nc33)
    prefs = window.workspace.prefs
    assert prefs.notifications  # on by default
    task = window.show_preferences()
    await wait_until(lambda: window.preferences.dialog is not None)
    dialog = window.preferences.dialog
    names = [box.text() for box in dialog.auto_save_boxes.values()]
    assert "Generate speech" in names and "Translate" in names
    dialog.auto_save_boxes["core:text2speech"].setChecked(True)
    dialog.notifications.setChecked(False)
    dialog.download_folder.setText("relative/folder")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "full path" in dialog.error.text()
    dialog.download_folder.setText("")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    await task
    assert prefs.auto_save_types == ["core:text2speech"] and not prefs.notifications
    # notifications off: a finished task shows none
    shown = len(window.notifier.shown)
    window.new_task.current_form().set_values({"input": "quiet"})
    submission = window.new_task.submit()
    await wait_until(lambda: submission.task is not None, 5)
    await wait_until(lambda: status_of(window, submission.task.id) == "Done", 5)
    assert len(window.notifier.shown) == shown


def test_the_tray_badge_shows_the_count(qapp: Any) -> None:
    base = app_icon()
    assert not base.isNull()
    assert badge_icon(base, 0) is base
    badged = badge_icon(base, 3)
    assert isinstance(badged, QIcon) and not badged.isNull()
    assert badged.pixmap(64, 64).toImage() != base.pixmap(64, 64).toImage()
    notifier = DesktopNotifier(backend="none")
    notifier.set_running(2, "2 tasks running")
    assert notifier.running == 2 and notifier.tooltip == "2 tasks running"
    notifier.deleteLater()


async def test_after_a_delete_the_details_and_the_toolbar_agree(
    make_workspace: Any, make_window: Any, nc33: DemoServer
) -> None:
    async with NextcloudClient(nc33.base_url, "alice", PASSWORD) as client:
        ids = await schedule_texts(client, nc33, 2, seconds=0.05, prefix="n")
    window, panel = await open_history(make_workspace, make_window, nc33)
    await wait_until(lambda: all(status_of(window, i) == "Done" for i in ids), 10)
    panel.select_task(ids[0])
    assert panel.details.task is not None and panel.details.task.id == ids[0]
    task = panel.delete_selected()
    await confirm_delete(panel)
    await task
    await wait_until(lambda: panel.model.row_of(ids[0]) is None)
    # whatever the details show, the toolbar acts on; nothing selected, nothing shown
    selected = panel.selected_ids()
    shown = panel.details.task.id if panel.details.task is not None else None
    assert selected == ([shown] if shown is not None else [])
    assert panel.delete_action.isEnabled() == bool(selected)


async def test_a_task_made_elsewhere_shows_up_when_history_is_opened(
    make_workspace: Any, make_window: Any, nc33: DemoServer
) -> None:
    """No task of this app is running, so nothing polls: opening History a few seconds after the
    last look lists the tasks again, and one made in the web Assistant shows up without F5."""
    now = [time.time()]
    workspace = make_workspace(history_options={"sleep": quick_sleep, "clock": lambda: now[0]})
    await workspace.accounts.add_with_app_password(nc33.base_url, "alice", PASSWORD)
    window = make_window(workspace, notifier=DesktopNotifier(backend="none"))
    await window.start()
    await wait_until(lambda: window.session is not None and window.session.history.loaded.is_set())
    history = window.session.history
    await wait_until(lambda: history._last_listed is not None)
    async with NextcloudClient(nc33.base_url, "alice", PASSWORD) as client:
        elsewhere = await client.schedule_task(
            "core:text2text", {"input": "from the web Assistant"}, app_id="assistant"
        )
    now[0] += 6  # the app's "few seconds" have passed since the last look
    assert window.history_panel.model.row_of(elsewhere.id) is None
    window.tabs.setCurrentIndex(HISTORY_TAB)
    await wait_until(lambda: window.history_panel.model.row_of(elsewhere.id) is not None, 5)
