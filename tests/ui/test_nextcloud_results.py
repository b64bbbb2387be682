"""Results back into Nextcloud and notifications that act, in the window against the simulator:
Save to Nextcloud… (a text as .md, an image, never overwriting), the clean-up of uploaded inputs
on History → Delete, and a notification's click and Save button (desktop-notifier's back-end
replaced by a fake one)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import desktop_notifier
from desktop_notifier import Capability, Notification
from desktop_notifier.backends.base import DesktopNotifierBackend

from nctask_desktop.api import NextcloudClient, TaskStatus
from nctask_desktop.demo import DemoServer
from nctask_desktop.services.tasks import LocalFile
from nctask_desktop.ui.forms.browser import NextcloudFileDialog
from nctask_desktop.ui.main_window import MainWindow
from nctask_desktop.ui.notifier import DesktopNotifier
from nctask_desktop.ui.os_notify import SystemNotifications
from nctask_desktop.ui.result_view import ResultView
from nctask_desktop.ui.work_page import HISTORY_TAB
from tests.ui.history_support import confirm_delete, schedule_one
from tests.ui.support import wait_until

PASSWORD = "alice-app-password"


async def _window(
    make_workspace: Any, make_window: Any, server: DemoServer, **kw: Any
) -> MainWindow:
    workspace = make_workspace()
    await workspace.accounts.add_with_app_password(server.base_url, "alice", PASSWORD)
    window: MainWindow = make_window(workspace, **kw)
    await window.start()
    await wait_until(
        lambda: window.session is not None and window.session.history.loaded.is_set(), 10
    )
    window.tabs.setCurrentIndex(HISTORY_TAB)
    return window


async def _done(window: MainWindow, task_id: int) -> None:
    assert window.session is not None
    history = window.session.history

    def done() -> bool:
        entry = history.entry(task_id)
        return entry is not None and entry.task.status is TaskStatus.SUCCESSFUL

    await wait_until(done, 10)


async def _save_into(view: ResultView, folder: str) -> None:
    """Click Save to Nextcloud…, open `folder` in the picker, then Save here."""
    task_id = view.task.id if view.task is not None else -1
    assert view.details.save_nextcloud_button.isVisible()
    view.message.hide()
    view.details.save_nextcloud_button.click()
    await wait_until(lambda: view.nextcloud_dialog is not None)
    dialog = view.nextcloud_dialog
    assert isinstance(dialog, NextcloudFileDialog) and dialog.choose_folder
    await wait_until(lambda: dialog.choose_button.isEnabled())
    assert dialog.choose_button.text() == "Save here"
    dialog.navigate(folder)
    await wait_until(lambda: dialog.choose_button.isEnabled() and dialog.path == folder)
    dialog.choose_button.click()
    await wait_until(lambda: view.message.isVisible() and "Nextcloud" in view.message.text())
    assert view.task is not None and view.task.id == task_id


async def test_save_to_nextcloud_puts_a_text_result_as_markdown_never_overwriting(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    task_id = await schedule_one(
        demo_server, "core:text2text", {"input": "a summary of the meeting"}, seconds=0.1
    )
    window = await _window(make_workspace, make_window, demo_server)
    await _done(window, task_id)
    panel = window.history_panel
    panel.select_task(task_id)
    await _save_into(panel.result, "Documents")
    assert panel.message.text() == "Saved in your Nextcloud: Documents/a summary of the meeting.md"
    await _save_into(panel.result, "Documents")
    assert panel.message.text().endswith("Documents/a summary of the meeting (2).md")
    files = demo_server.files_of("alice")
    entry = window.session.history.entry(task_id) if window.session else None
    assert entry is not None
    [(_key, text)] = entry.task.text_outputs()
    assert files["Documents/a summary of the meeting.md"].decode() == text
    assert files["Documents/a summary of the meeting (2).md"].decode() == text
    assert files["Documents/Welcome.txt"]  # what was there stays


async def test_save_to_nextcloud_puts_an_image_output(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    task_id = await schedule_one(
        demo_server, "core:text2image", {"input": "fox", "numberOfImages": 1}, seconds=0.1
    )
    window = await _window(make_workspace, make_window, demo_server)
    await _done(window, task_id)
    panel = window.history_panel
    panel.select_task(task_id)
    await _save_into(panel.result, "Photos")
    await _save_into(panel.result, "Photos")
    files = demo_server.files_of("alice")
    assert files["Photos/fox.png"].startswith(b"\x89PNG")
    assert files["Photos/fox (2).png"] == files["Photos/fox.png"]
    assert panel.message.text() == "Saved in your Nextcloud: Photos/fox (2).png"


async def test_deleting_a_task_in_history_deletes_its_uploaded_copy(
    make_workspace: Any, make_window: Any, demo_server: DemoServer, tmp_path: Path
) -> None:
    window = await _window(make_workspace, make_window, demo_server)
    session = window.session
    assert session is not None
    local = tmp_path / "meeting.wav"
    local.write_bytes(b"RIFF....WAVEfmt a meeting")
    # the simulator's sample recording stands for a file the user picked in Nextcloud
    async with NextcloudClient(demo_server.base_url, "alice", PASSWORD) as client:
        from nctask_desktop.api import WebDav

        sample = await WebDav(client).entry("Recordings/sample.wav")
    assert sample is not None and sample.file_id is not None
    picked_id = sample.file_id
    mine = session.queue.submit("core:audio2text", {"input": LocalFile(local)})
    picked = session.queue.submit("core:audio2text", {"input": picked_id})
    await session.queue.join()
    assert mine.task is not None and picked.task is not None
    [remote] = mine.uploaded_inputs.values()
    assert remote in demo_server.files_of("alice") and picked.uploaded_inputs == {}
    for task in (mine.task, picked.task):
        await _done(window, task.id)
    panel = window.history_panel
    for task in (mine.task, picked.task):
        panel.select_task(task.id)
        deleting = panel.delete_selected()
        await confirm_delete(panel)
        assert deleting is not None
        await deleting
    files = demo_server.files_of("alice")
    assert remote not in files  # the copy the app made went with its task
    assert "Recordings/sample.wav" in files  # the file picked in Nextcloud is never touched


# --- notifications that act ---------------------------------------------------------------------


class FakeBackend(DesktopNotifierBackend):
    """desktop-notifier's back-end replaced: records what is sent; says it shows buttons."""

    def __init__(self, app_name: str, app_icon: Any = None) -> None:
        super().__init__(app_name, app_icon)
        self.sent: list[Notification] = []

    async def request_authorisation(self) -> bool:
        return True

    async def has_authorisation(self) -> bool:
        return True

    async def _send(self, notification: Notification) -> None:
        self.sent.append(notification)

    async def _clear(self, identifier: str) -> None:
        pass

    async def _clear_all(self) -> None:
        pass

    async def _get_capabilities(self) -> frozenset[Capability]:
        return frozenset({Capability.TITLE, Capability.ON_CLICKED, Capability.BUTTONS})


def fake_system() -> tuple[SystemNotifications, FakeBackend]:
    notifier = desktop_notifier.DesktopNotifier(app_name="AI Tasks for Nextcloud", app_icon=None)
    backend = FakeBackend("AI Tasks for Nextcloud")
    notifier._backend = backend  # the library's own API and callbacks, over a fake service
    return SystemNotifications("AI Tasks for Nextcloud", notifier=notifier), backend


async def test_a_notification_click_opens_the_result_and_save_saves(
    make_workspace: Any, make_window: Any, demo_server: DemoServer, app_home: Path
) -> None:
    system, backend = fake_system()
    notifier = DesktopNotifier(backend="none", system=system)
    window = await _window(make_workspace, make_window, demo_server, notifier=notifier)
    window.workspace.prefs.download_folder = str(app_home / "saved")
    session = window.session
    assert session is not None
    submission = session.queue.submit("core:text2text", {"input": "a haiku about snow"})
    await session.queue.join()
    assert submission.task is not None
    task_id = submission.task.id
    await wait_until(lambda: backend.sent, 10)
    [sent] = backend.sent
    assert sent.title.endswith("is done") and "a haiku about snow" in sent.message
    assert [b.title for b in sent.buttons] == ["Save"]
    assert notifier.shown[-1].backend == "system"

    window.tabs.setCurrentIndex(0)  # elsewhere; the click brings the task back
    window.history_panel.view.clearSelection()
    backend.handle_clicked(sent.identifier, sent)
    await wait_until(lambda: window.tabs.currentIndex() == HISTORY_TAB)
    details = window.history_panel.details
    await wait_until(lambda: details.task is not None and details.task.id == task_id)

    [save] = sent.buttons
    backend.handle_button(sent.identifier, save.identifier, sent)
    await wait_until(lambda: len(backend.sent) == 2, 10)
    saved = list((app_home / "saved").iterdir())
    assert [p.name for p in saved] == ["a haiku about snow.txt"]
    confirmation = backend.sent[1]
    assert confirmation.title == "1 file(s) saved" or confirmation.title == "1 file saved"
    assert str(app_home / "saved") in confirmation.message
    entry = session.history.entry(task_id)
    assert entry is not None and len(entry.saved_files) == 1


async def test_without_a_notification_service_the_old_way_shows_it(qapp: Any) -> None:
    class Unreachable(FakeBackend):
        async def _send(self, notification: Notification) -> None:
            raise OSError("org.freedesktop.Notifications was not provided by any .service files")

    notifier = desktop_notifier.DesktopNotifier(app_name="x", app_icon=None)
    notifier._backend = Unreachable("x")
    system = SystemNotifications("x", notifier=notifier)
    shown: list[str] = []
    task = system.send(
        "Title", "Body", on_clicked=lambda: None, on_failed=lambda: shown.append("x")
    )
    await task
    assert system.failed and shown == ["x"]
    await asyncio.sleep(0)
