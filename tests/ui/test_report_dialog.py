"""Help → Report a problem: the action, its dialog, the zip it writes, and what it says."""

from __future__ import annotations

import errno
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QWidget

from nctask_desktop.api import Task
from nctask_desktop.services import diagnostics, paths
from nctask_desktop.services.accounts import Account
from nctask_desktop.ui.report_dialog import ReportDialog

ACCOUNT = Account("https://cloud.example.org", "alice", "alice", "Alice Liddell")
PROMPT = "Write a poem about my secret garden"


def heard_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def menu_item_names(window: Any, title: str) -> list[str]:
    """What a screen reader says for each item of the menu bar's menu `title`."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title)
    interface = QAccessible.queryAccessibleInterface(menu)
    return [interface.child(i).text(QAccessible.Text.Name) for i in range(interface.childCount())]


async def dialog_ready(dialog: ReportDialog) -> None:
    looking = dialog.owner.get("tasks")
    if looking is not None:
        await looking


def zip_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return sorted(archive.namelist())


async def test_help_menu_offers_report_a_problem(make_workspace: Any, make_window: Any) -> None:
    workspace = make_workspace()
    window = make_window(workspace)
    action = window.menus.report_problem
    assert action in window.menus.all() and action.isEnabled()
    assert "Report a problem…" in menu_item_names(window, "Help")
    assert action.statusTip()
    action.trigger()
    dialog = window.help.dialogs["report"]
    assert isinstance(dialog, ReportDialog) and dialog.isVisible()
    await dialog_ready(dialog)
    action.trigger()  # asked again: the same dialog comes forward
    assert window.help.dialogs["report"] is dialog
    for widget in dialog.findChildren(QAbstractButton):
        if widget.isVisible():
            assert heard_name(widget), widget.text()
    assert dialog.include_tasks.isHidden()  # no tasks: no box that would do nothing
    assert str(paths.downloads_dir()) in dialog.folder_label.text()
    await dialog.create_report()
    path = dialog.path
    assert path is not None and path.parent == paths.downloads_dir()
    assert path.name.startswith("nctask-desktop-report-") and path.suffix == ".zip"
    assert "README.txt" in zip_names(path)
    assert (
        path.name in dialog.done_message.text() and str(path.parent) in dialog.done_message.text()
    )
    assert dialog.show_button.isVisible() and heard_name(dialog.show_button) == "Show in folder"
    await dialog.create_report()  # a second report never replaces the first
    assert dialog.path != path and path.exists() and dialog.path.name.endswith(" (2).zip")
    dialog.close()
    await workspace.close()


async def test_the_task_texts_box_appears_with_tasks_and_puts_them_in(
    make_workspace: Any, qtbot: Any, tmp_path: Path
) -> None:
    workspace = make_workspace()
    workspace.store.upsert(ACCOUNT)
    task = {
        "id": 5,
        "type": "core:text2text",
        "status": "STATUS_SUCCESSFUL",
        "input": {"input": PROMPT},
        "output": {"output": "Roses by the wall"},
    }
    workspace.history_store.merge(ACCOUNT.key, [Task.from_json(task)])
    shown: list[Path] = []
    dialog = ReportDialog(workspace, reveal=shown.append)
    qtbot.addWidget(dialog)
    dialog.show()
    await dialog_ready(dialog)
    assert dialog.include_tasks.isVisible() and not dialog.include_tasks.isChecked()
    assert heard_name(dialog.include_tasks) == "Include the text of my tasks"
    dialog.folder = tmp_path
    await dialog.create_report()
    first = dialog.path
    assert first is not None and "tasks.json" not in zip_names(first)
    assert PROMPT.encode() not in first.read_bytes()
    dialog.include_tasks.setChecked(True)
    await dialog.create_report()
    second = dialog.path
    assert second is not None and "tasks.json" in zip_names(second)
    with zipfile.ZipFile(second) as archive:
        assert PROMPT in archive.read("tasks.json").decode("utf-8")
    dialog.show_button.click()
    assert shown == [second]
    dialog.close()
    await workspace.close()


async def test_a_full_disk_is_said_and_leaves_nothing(
    make_workspace: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int, *args: Any, **kwargs: Any) -> Any:
        os.close(fd)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(diagnostics.os, "fdopen", full)
    workspace = make_workspace()
    dialog = ReportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder = tmp_path / "reports"
    await dialog.create_report()
    assert dialog.path is None and list((tmp_path / "reports").iterdir()) == []
    assert dialog.problem.text() == (
        f"The disk is full: the report could not be saved in {tmp_path / 'reports'}. "
        "Free some space or choose another folder, then save again."
    )
    assert dialog.create_button.isEnabled() and dialog.show_button.isHidden()
    dialog.close()
    await workspace.close()
