"""A batch (one task per file) at a glance: how many are done, running, waiting or failed, the
wait the server's limit imposes, each file with its state and result, and Pause, Resume, Cancel,
Retry failed. Also the list of batches in the right-hand panel, to come back to one."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QHideEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.services.batch import Batch, BatchItem, ItemState

from .desktop import open_path, show_in_folder
from .widgets import Banner, MutedLabel, button_row, every_second, push_button, scaled_font

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
FILE, STATE, RESULT = 0, 1, 2

_STATE_WORDS = {
    ItemState.QUEUED: QT_TRANSLATE_NOOP("BatchView", "Waiting its turn"),
    ItemState.SENDING: QT_TRANSLATE_NOOP("BatchView", "Sending…"),
    ItemState.WAITING: QT_TRANSLATE_NOOP("BatchView", "Waiting for the server's limit"),
    ItemState.RUNNING: QT_TRANSLATE_NOOP("BatchView", "Running"),
    ItemState.DONE: QT_TRANSLATE_NOOP("BatchView", "Done"),
    ItemState.FAILED: QT_TRANSLATE_NOOP("BatchView", "Failed"),
    ItemState.CANCELLED: QT_TRANSLATE_NOOP("BatchView", "Cancelled"),
    ItemState.PAUSED: QT_TRANSLATE_NOOP("BatchView", "Paused"),
}
_ON_SERVER = QT_TRANSLATE_NOOP("BatchView", "Sent; waiting for the server to start it")


def _on_server(item: BatchItem) -> bool:
    """WAITING is said of both a file waiting under the limit and a task the server has not
    started yet: the task id tells them apart."""
    return item.state is ItemState.WAITING and item.task_id is not None


def state_words(item: BatchItem, *, short: bool = False) -> str:
    """An item's state in words; a failed one with its reason (unless `short`: the list shows
    the reason in the Result column)."""
    if item.state is ItemState.FAILED and item.error and not short:
        return QCoreApplication.translate("BatchView", "Failed: {reason}").format(reason=item.error)
    words = _ON_SERVER if _on_server(item) else _STATE_WORDS[item.state]
    return QCoreApplication.translate("BatchView", str(words))


def grouped(batch: Batch) -> dict[str, int]:
    """The counts the user reads: done, running (being sent, or on the server), waiting (here,
    for its turn or the limit), failed, cancelled."""
    counts = dict.fromkeys(("done", "running", "waiting", "failed", "cancelled"), 0)
    for item in batch.items:
        state = item.state
        if state is ItemState.DONE:
            counts["done"] += 1
        elif state in (ItemState.SENDING, ItemState.RUNNING) or _on_server(item):
            counts["running"] += 1
        elif state is ItemState.FAILED:
            counts["failed"] += 1
        elif state is ItemState.CANCELLED:
            counts["cancelled"] += 1
        else:
            counts["waiting"] += 1
    return counts


def duration_words(seconds: float) -> str:
    """1 min 20 s, 45 s, 2 min."""
    total = max(0, math.ceil(seconds - 0.01))
    minutes, secs = divmod(total, 60)
    if minutes and secs:
        return QCoreApplication.translate("BatchView", "{m} min {s} s").format(m=minutes, s=secs)
    if minutes:
        return QCoreApplication.translate("BatchView", "{m} min").format(m=minutes)
    return QCoreApplication.translate("BatchView", "{s} s").format(s=secs)


def batch_title(batch: Batch) -> str:
    """Transcribe audio: 12 of 30 files done (paused)."""
    done = batch.counts().get(ItemState.DONE, 0)
    text = QCoreApplication.translate("BatchView", "{task}: {done} of {total} done").format(
        task=batch.type_name, done=done, total=len(batch.items)
    )
    if batch.paused and not batch.finished:
        text += " " + QCoreApplication.translate("BatchView", "(paused)")
    return text


class BatchItemsModel(QAbstractTableModel):
    """The files of one batch: name, state in words, result file name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[BatchItem] = []
        self._icons: dict[ItemState, QIcon] = {}
        if parent is not None:
            style = parent.style()
            self._icons = {
                ItemState.DONE: style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                ItemState.FAILED: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                ItemState.CANCELLED: style.standardIcon(
                    QStyle.StandardPixmap.SP_DialogCancelButton
                ),
            }

    def set_items(self, items: list[BatchItem]) -> None:
        if [i.path for i in items] == [i.path for i in self.items]:
            self.items = list(items)
            if items:
                self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, RESULT))
            return
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("File"), self.tr("State"), self.tr("Result"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == FILE:
                return item.path.name
            if column == STATE:
                return state_words(item, short=True)
            return item.error if item.state is ItemState.FAILED else _result_names(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == FILE:
                return str(item.path)
            if column == STATE or item.state is ItemState.FAILED:
                return state_words(item)
            return "\n".join(str(p) for p in item.saved) or None
        if role == Qt.ItemDataRole.DecorationRole and column == STATE:
            return self._icons.get(item.state)
        return None


def _result_names(item: BatchItem) -> str:
    if not item.saved:
        return ""
    first = item.saved[0].name
    more = len(item.saved) - 1
    return f"{first} (+{more})" if more else first


class BatchView(QWidget):
    """One batch: counts, progress, the limit's wait, the files, and what can be done."""

    action_requested = Signal(str, str)  # action ("pause", "resume", "cancel", "retry",
    # "forget"), batch id
    hidden = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        seconds_until_next: Callable[[str], float] = lambda _id: 0.0,
        limit: Callable[[], tuple[int, float]] = lambda: (20, 120.0),
    ) -> None:
        super().__init__(parent)
        self.open_url = open_url
        self.seconds_until_next = seconds_until_next
        self.limit = limit
        self.batch: Batch | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setFont(scaled_font(self, 1.1, bold=True))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)

        def act(name: str) -> Callable[[], None]:
            return lambda: self._act(name)

        self.pause_button = push_button(
            self.tr("&Pause"), self, act("pause"), accessible_name=self.tr("Pause the batch")
        )
        self.resume_button = push_button(
            self.tr("Res&ume"), self, act("resume"), accessible_name=self.tr("Resume the batch")
        )
        self.cancel_button = push_button(
            self.tr("Cancel"), self, act("cancel"), accessible_name=self.tr("Cancel the batch")
        )
        self.retry_button = push_button(
            self.tr("Retry failed"),
            self,
            act("retry"),
            accessible_name=self.tr("Retry the failed files"),
        )
        for button in (self.pause_button, self.resume_button, self.cancel_button):
            button.setAutoDefault(False)
        self.retry_button.setAutoDefault(False)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        for button in (
            self.pause_button,
            self.resume_button,
            self.cancel_button,
            self.retry_button,
        ):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Batch progress"))
        self.progress.setTextVisible(False)
        layout.addWidget(self.progress)
        self.counts = QLabel(self)
        self.counts.setAccessibleName(self.tr("Files done, running, waiting and failed"))
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.limit_line = MutedLabel("", self)
        self.limit_line.setAccessibleName(self.tr("The server's limit"))
        layout.addWidget(self.limit_line)
        self.where = MutedLabel("", self)
        self.where.setAccessibleName(self.tr("Where the results go"))
        layout.addWidget(self.where)
        self.message = Banner(self, kind="info")
        layout.addWidget(self.message)

        self.model = BatchItemsModel(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("The files of the batch"))
        header_view = self.view.header()
        header_view.setAccessibleName(self.tr("Columns"))
        header_view.setStretchLastSection(True)
        header_view.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Interactive)
        char = self.fontMetrics().averageCharWidth()
        header_view.resizeSection(FILE, char * 26)
        header_view.resizeSection(STATE, char * 30)
        self.view.selectionModel().selectionChanged.connect(self._update_item_buttons)
        self.view.doubleClicked.connect(lambda _index: self.open_result())
        layout.addWidget(self.view, 1)
        self.folder_button = push_button(
            self.tr("Show in &folder"),
            self,
            self.show_result_in_folder,
            accessible_name=self.tr("Show the selected file's result in its folder"),
            auto_default=False,
        )
        self.open_button = push_button(
            self.tr("&Open result"),
            self,
            self.open_result,
            accessible_name=self.tr("Open the selected file's result"),
            auto_default=False,
        )
        self.forget_button = push_button(
            self.tr("Remove from the list"),
            self,
            act("forget"),
            accessible_name=self.tr("Remove the finished batch from the list"),
            auto_default=False,
        )
        layout.addLayout(button_row(self.folder_button, self.open_button, None, self.forget_button))
        self.ticker = every_second(self, self.refresh_time)
        self.set_batch(None)

    # --- showing ----------------------------------------------------------------------------

    def set_batch(self, batch: Batch | None) -> None:
        self.batch = batch
        if batch is None:
            self.model.set_items([])
            self.title.setText("")
            return
        self.model.set_items(batch.items)
        self.title.setText(batch_title(batch))
        total = len(batch.items)
        g = grouped(batch)
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(g["done"] + g["failed"] + g["cancelled"])
        parts = [
            self.tr("%n done", None, g["done"]),
            self.tr("%n running", None, g["running"]),
            self.tr("%n waiting", None, g["waiting"]),
            self.tr("%n failed", None, g["failed"]),
        ]
        if g["cancelled"]:
            parts.append(self.tr("%n cancelled", None, g["cancelled"]))
        self.counts.setText(" · ".join(parts))
        if batch.output_dir is None:
            self.where.setText(self.tr("Results are saved next to each file."))
        else:
            self.where.setText(
                self.tr("Results are saved in {folder}.").format(folder=str(batch.output_dir))
            )
        finished = batch.finished
        self.pause_button.setVisible(not finished and not batch.paused)
        self.resume_button.setVisible(not finished and batch.paused)
        self.cancel_button.setVisible(not finished)
        self.retry_button.setVisible(g["failed"] > 0)
        self.forget_button.setVisible(finished)
        self.refresh_time()
        self._update_item_buttons()

    def refresh_time(self) -> None:
        """Every second while shown: the wait the server's limit imposes counts down."""
        batch = self.batch
        if batch is None or not self.isVisible():
            return
        line = ""
        if batch.finished:
            line = self.tr("Finished.")
        elif batch.paused:
            line = self.tr("Paused: no new task is sent. Tasks already sent go on.")
        else:
            wait = self.seconds_until_next(batch.id)
            if wait > 0.05:
                limit, window = self.limit()
                line = self.tr(
                    "The server allows {limit} new tasks per {window}: the next one goes in {wait}."
                ).format(limit=limit, window=duration_words(window), wait=duration_words(wait))
        self.limit_line.setText(line)
        self.limit_line.setVisible(bool(line))

    def selected_item(self) -> BatchItem | None:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        item: BatchItem | None = indexes[0].data(ITEM_ROLE)
        return item

    def _update_item_buttons(self, *_args: object) -> None:
        item = self.selected_item()
        has_result = item is not None and bool(item.saved)
        self.folder_button.setEnabled(has_result)
        self.open_button.setEnabled(has_result)

    def _act(self, name: str) -> None:
        if self.batch is not None:
            self.action_requested.emit(name, self.batch.id)

    # --- results ----------------------------------------------------------------------------

    def _result(self) -> Path | None:
        item = self.selected_item()
        return item.saved[0] if item is not None and item.saved else None

    def show_result_in_folder(self) -> str:
        path = self._result()
        if path is None:
            return ""
        return show_in_folder(
            path, open_url=self.open_url, parent=self, on_failed=lambda: self._no_app(path)
        )

    def open_result(self) -> bool:
        path = self._result()
        if path is None:
            return False
        if not open_path(path, self.open_url):
            self._no_app(path)
            return False
        return True

    def _no_app(self, path: Path) -> None:
        self.message.show_message(
            self.tr("This computer has no application to open “{name}”. It is in {folder}.").format(
                name=path.name, folder=str(path.parent)
            ),
            kind="warning",
        )

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.isHidden():  # hidden itself, not with the window or its tab
            self.hidden.emit()


class BatchList(QWidget):
    """The batches of the account, newest first, in the right-hand panel; hidden without any."""

    chosen = Signal(str)  # batch id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Runs on many files"), self)
        title.setFont(scaled_font(self, 1.1, bold=True))
        layout.addWidget(title)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Runs on many files"))
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        self.list.currentItemChanged.connect(lambda item, _old: self._chosen(item))
        layout.addWidget(self.list)
        self._filling = False
        self.hide()

    def set_batches(self, batches: list[Batch], current: str | None) -> None:
        self._filling = True
        try:
            self.list.clear()
            for batch in sorted(batches, key=lambda b: b.created, reverse=True):
                item = QListWidgetItem(batch_title(batch), self.list)
                item.setData(Qt.ItemDataRole.UserRole, batch.id)
                if batch.id == current:
                    self.list.setCurrentItem(item)
        finally:
            self._filling = False
        self.setVisible(bool(batches))
        rows = min(max(len(batches), 1), 4)  # as high as its rows, up to four (then it scrolls)
        row = self.list.sizeHintForRow(0) if batches else self.fontMetrics().height()
        self.list.setFixedHeight(rows * max(row, 1) + 2 * self.list.frameWidth() + 2)

    def ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def clear_selection(self) -> None:
        self._filling = True
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self._filling = False

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None and not self._filling:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))


__all__ = ["BatchItemsModel", "BatchList", "BatchView", "batch_title", "state_words"]
