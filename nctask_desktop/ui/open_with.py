"""Files opened with the app ("Open with", "Send to", a second start): which task takes them.

The task whose inputs take every file, and of their own kind (a required audio input for a
recording before an optional one, both before an input of any file), gets them. The current task
wins a tie; any other tie is the user's choice, asked in a small dialog with the best first.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.api import TaskType

from .forms.filekinds import FileKind, kind_for_slot, local_fits

if TYPE_CHECKING:
    from .new_task_page import NewTaskPage

log = logging.getLogger(__name__)

REQUIRED, OPTIONAL, ANY_FILE = 0, 1, 2  # how well an input takes a file: lower is better


def fit(task_type: TaskType, path: Path) -> int | None:
    """How well a task takes a file: REQUIRED, OPTIONAL (an input of the file's own kind), or
    ANY_FILE (an input of any file); None when none of its inputs takes it."""
    best: int | None = None
    for slot in task_type.inputs:
        if not slot.type.is_file:
            continue
        kind = kind_for_slot(slot.type)
        if not local_fits(kind, path):
            continue
        score = ANY_FILE if kind is FileKind.ANY else REQUIRED if slot.mandatory else OPTIONAL
        best = score if best is None else min(best, score)
    return best


def rank_types(
    types: Mapping[str, TaskType], files: list[Path], current: str = ""
) -> tuple[list[str], bool]:
    """The tasks that take some of the files, best first (every file before some; then the best
    input; then the current task; then the server's order), and whether the first is clearly
    the one (alone at its best, or the current task)."""
    order = [current] if current in types else []
    order += [t for t in types if t != current and not types[t].is_internal]
    scored: list[tuple[tuple[bool, int, int], str]] = []
    for index, type_id in enumerate(order):
        fits = [f for f in (fit(types[type_id], p) for p in files) if f is not None]
        if fits:
            scored.append(((len(fits) < len(files), min(fits), index), type_id))
    scored.sort()
    if not scored:
        return [], True
    best = [type_id for key, type_id in scored if key[:2] == scored[0][0][:2]]
    return [type_id for _, type_id in scored], len(best) == 1 or best[0] == current


class TaskChoiceDialog(QDialog):
    """Asks which of several fitting tasks takes the files."""

    def __init__(self, types: list[TaskType], files: list[Path], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a task"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        if len(files) == 1:
            text = self.tr("Which task should take {name}?").format(name=files[0].name)
        else:
            text = self.tr("Which task should take these %n files?", "", len(files))
        self.question = QLabel(text, self)
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Tasks that take the files"))
        for task_type in types:
            item = QListWidgetItem(task_type.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, task_type.id)
            item.setToolTip(task_type.description)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.question.setBuddy(self.list)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""


class FilePlacer(QObject):
    """Puts opened files into the New-task page's fitting form, or asks which task takes them."""

    def __init__(self, page: NewTaskPage) -> None:
        super().__init__(page)
        self.page = page
        self.dialog: TaskChoiceDialog | None = None

    def place(self, files: list[Path]) -> None:
        page = self.page
        types = page.type_browser.model.types
        ranked, clear = rank_types(types, files, page.type_browser.current_id)
        if self.dialog is not None:  # a newer hand-over replaces an unanswered question
            self.dialog.reject()
        if not ranked:
            self._say(_none_fits())
        elif clear:
            for type_id in ranked:  # a busy form takes nothing: the next fitting task then
                if self._put(type_id, files):
                    return
            self._say(_none_fits())
        else:
            dialog = TaskChoiceDialog([types[t] for t in ranked], files, page.window())
            dialog.accepted.connect(lambda: self._chosen(dialog, files))
            dialog.finished.connect(lambda _result: self._closed(dialog))
            self.dialog = dialog
            dialog.open()

    def _chosen(self, dialog: TaskChoiceDialog, files: list[Path]) -> None:
        if not self._put(dialog.chosen(), files):
            self._say(_no_such_file())

    def _closed(self, dialog: TaskChoiceDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _put(self, type_id: str, files: list[Path]) -> bool:
        page = self.page
        if not type_id or not page.type_browser.select_type(type_id):
            return False
        if page.batches.take_drop(files):  # several files for a one-file input: one task each
            log.info("%d opened files started a batch of %s", len(files), type_id)
            return True
        accept = getattr(page.current_form(), "accept_dropped_files", None)
        placed = accept is not None and bool(accept(files))
        if placed:
            log.info("%d opened file(s) went into the form of %s", len(files), type_id)
        return placed

    def _say(self, text: str) -> None:
        self.page.form_panel.notice.show_message(text, kind="warning")


def _none_fits() -> str:
    return QCoreApplication.translate(
        "NewTaskPage", "None of this server's tasks takes these files."
    )


def _no_such_file() -> str:
    return QCoreApplication.translate("NewTaskPage", "This task takes no such file.")


__all__ = ["FilePlacer", "TaskChoiceDialog", "fit", "rank_types"]
