"""The right-hand panel: the tasks submitted in this session, their state, and the send queue."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.api import Task, TaskStatus
from nctask_desktop.messages import explain, failed_task_reason
from nctask_desktop.services.accounts import Account
from nctask_desktop.services.live_history import EventKind, HistoryEvent
from nctask_desktop.services.submissions import Submission, SubmissionState
from nctask_desktop.services.tasks import local_files

from .delegates import draw_blank_item
from .widgets import MutedLabel, every_second, mix, scaled_font, translate

Index = QModelIndex | QPersistentModelIndex
SUBMISSION_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(eq=False)
class SessionRow:
    """One submission of this session and what the server last said about its task."""

    account: Account
    submission: Submission
    task: Task | None = None
    problem: str = ""
    """Why the task's state is not known (polling failed), in plain words."""


def seconds_left(submission: Submission) -> int:
    if submission.ready_at is None:
        return 0
    return max(0, round(submission.ready_at - time.monotonic()))


def status_text(row: SessionRow) -> str:
    """What the user reads about a submission: its way to the server, then its task's state."""
    sub = row.submission
    state = sub.state
    if state is SubmissionState.QUEUED and sub.resumed:
        return QCoreApplication.translate(
            "SessionPanel", "Queued before nctask-desktop was closed; sending it now."
        )
    if state is SubmissionState.QUEUED:
        return QCoreApplication.translate("SessionPanel", "Queued")
    if state is SubmissionState.UPLOADING:
        fraction = sub.upload_fraction
        percent = round((fraction or 0.0) * 100)
        return QCoreApplication.translate("SessionPanel", "Uploading files… {percent} %").format(
            percent=percent
        )
    if state is SubmissionState.WAITING and sub.offline:
        reason = explain(sub.error).render(translate) if sub.error is not None else ""
        return (
            QCoreApplication.translate("SessionPanel", "Not sent yet: {reason}").format(
                reason=reason
            )
            + " "
            + QCoreApplication.translate(
                "SessionPanel", "Next try in %n second(s).", None, seconds_left(sub)
            )
        )
    if state is SubmissionState.WAITING:
        return (
            QCoreApplication.translate(
                "SessionPanel", "Waiting: the server allows 20 new tasks per 2 minutes."
            )
            + " "
            + QCoreApplication.translate(
                "SessionPanel", "Next try in %n second(s).", None, seconds_left(sub)
            )
        )
    if state is SubmissionState.SENDING:
        return QCoreApplication.translate("SessionPanel", "Sending…")
    if state is SubmissionState.PAUSED:
        return QCoreApplication.translate("SessionPanel", "Paused: sign in again to send it.")
    if state is SubmissionState.CANCELLED:
        return QCoreApplication.translate("SessionPanel", "Cancelled before it was sent.")
    if state is SubmissionState.FAILED:
        assert sub.error is not None
        return QCoreApplication.translate("SessionPanel", "Not sent: {reason}").format(
            reason=explain(sub.error).render(translate)
        )
    task = row.task or sub.task
    if row.problem:
        return row.problem
    if task is None:
        return QCoreApplication.translate("SessionPanel", "Sent.")
    status = task.status
    if status is TaskStatus.SCHEDULED:
        return QCoreApplication.translate(
            "SessionPanel", "Sent; waiting for the server to start it."
        )
    if status is TaskStatus.RUNNING:
        if task.progress:
            return QCoreApplication.translate("SessionPanel", "Running… {percent} %").format(
                percent=round(task.progress * 100)
            )
        return QCoreApplication.translate("SessionPanel", "Running…")
    if status is TaskStatus.SUCCESSFUL:
        return QCoreApplication.translate("SessionPanel", "Done.")
    if status is TaskStatus.FAILED:
        return failed_task_reason(task.user_facing_error_message, task.error_message).render(
            translate
        )
    if status is TaskStatus.CANCELLED:
        return QCoreApplication.translate("SessionPanel", "Cancelled.")
    return QCoreApplication.translate("SessionPanel", "Sent.")


def task_text(row: SessionRow) -> str:
    sub = row.submission
    preview = ""
    for value in sub.inputs.values():
        if isinstance(value, str) and value.strip():
            preview = " ".join(value.split())
            break
    if not preview:  # a task of files: their names (interview.wav), not "1 file"
        preview = ", ".join(f.path.name for f in local_files(sub.inputs))
    if len(preview) > 40:
        preview = preview[:39] + "…"
    return f"{sub.type_name}: {preview}" if preview else sub.type_name


class SubmissionModel(QAbstractListModel):
    """Rows of SessionRow, newest first. DisplayRole: the task; STATUS_ROLE: its state in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionRow] = []

    # --- Qt model -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return task_text(row)
        if role == STATUS_ROLE:
            return status_text(row)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return task_text(row) + "\n" + status_text(row)
        if role == SUBMISSION_ROLE:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- rows -----------------------------------------------------------------------------------

    @property
    def rows(self) -> list[SessionRow]:
        return list(self._rows)

    def row_for(self, submission: Submission) -> SessionRow | None:
        return next((r for r in self._rows if r.submission is submission), None)

    def upsert(self, account: Account, submission: Submission) -> SessionRow:
        for number, row in enumerate(self._rows):
            if row.submission is submission:
                row.account = account
                self._changed(number)
                return row
        row = SessionRow(account, submission)
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, row)
        self.endInsertRows()
        return row

    def refresh(self, row: SessionRow) -> None:
        if row in self._rows:
            self._changed(self._rows.index(row))

    def refresh_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def remove_account(self, key: str) -> None:
        for number in reversed(range(len(self._rows))):
            if self._rows[number].account.key == key:
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._rows[number]
                self.endRemoveRows()

    def _changed(self, number: int) -> None:
        index = self.index(number, 0)
        self.dataChanged.emit(index, index)


class SubmissionDelegate(QStyledItemDelegate):
    """Two parts per row: the task in bold (one line), its state below (muted, wrapped)."""

    MAX_STATUS_LINES = 4

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def _margins(self, option: QStyleOptionViewItem) -> int:
        return max(4, QFontMetrics(option.font).height() // 3)

    def _status_rect(self, option: QStyleOptionViewItem, width: int, text: str) -> QRect:
        _bold, plain = self._fonts(option)
        metrics = QFontMetrics(plain)
        rect = metrics.boundingRect(
            QRect(0, 0, max(10, width), metrics.height() * self.MAX_STATUS_LINES),
            int(Qt.TextFlag.TextWordWrap),
            text,
        )
        return rect

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        margin = self._margins(option)
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 200
        width -= 2 * margin
        bold, _plain = self._fonts(option)
        status = self._status_rect(option, width, str(index.data(STATUS_ROLE) or ""))
        height = QFontMetrics(bold).height() + min(
            status.height(),
            QFontMetrics(option.font).height() * self.MAX_STATUS_LINES,
        )
        return QSize(width, height + 2 * margin + margin // 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt, title = draw_blank_item(self, painter, option, index)
        margin = self._margins(option)
        rect = opt.rect.adjusted(margin, margin, -margin, -margin)
        bold, plain = self._fonts(option)
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = palette.color(text_role)
        base_role = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        muted = mix(palette.color(base_role), text_color, 0.72)
        painter.save()
        painter.setFont(bold)
        painter.setPen(text_color)
        title_height = QFontMetrics(bold).height()
        elided = QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), title_height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            elided,
        )
        painter.setFont(plain)
        painter.setPen(muted)
        painter.drawText(
            QRect(
                rect.left(),
                rect.top() + title_height + margin // 2,
                rect.width(),
                rect.height() - title_height,
            ),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            str(index.data(STATUS_ROLE) or ""),
        )
        painter.restore()


class SessionPanel(QWidget):
    """The list of this session's submissions, a Cancel button and the queue's state."""

    cancel_requested = Signal(object)  # SessionRow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SubmissionModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Sent in this session"), self)
        title.setFont(scaled_font(self, 1.1, bold=True))
        layout.addWidget(title)
        self.placeholder = MutedLabel(
            self.tr(
                "Tasks you submit appear here while they are sent and run. Their results will "
                "also be in the Assistant of your Nextcloud."
            ),
            self,
        )
        layout.addWidget(self.placeholder)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(SubmissionDelegate(self.view))
        self.view.setAlternatingRowColors(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("Tasks sent in this session"))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.view, 1)
        self.queue_label = MutedLabel("", self)
        self.queue_label.setAccessibleName(self.tr("Send queue"))
        layout.addWidget(self.queue_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel sending"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel sending the selected task"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._cancel_selected)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.model.rowsInserted.connect(self._update)
        self.model.rowsRemoved.connect(self._update)
        self.model.dataChanged.connect(self._update)
        self._ticker = every_second(self, self._tick)
        self._ticker.stop()  # runs while a submission waits
        self._update()

    def selected_row(self) -> SessionRow | None:
        indexes = self.view.selectionModel().selectedIndexes()
        if not indexes:
            return None
        row: SessionRow | None = indexes[0].data(SUBMISSION_ROLE)
        return row

    def select(self, row: SessionRow) -> None:
        rows = self.model.rows
        if row in rows:
            self.view.setCurrentIndex(self.model.index(rows.index(row), 0))

    def queue_text(self) -> str:
        return self.queue_label.text()

    def _cancel_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.cancel_requested.emit(row)

    def _update_buttons(self, *_args: object) -> None:
        row = self.selected_row()
        cancellable = row is not None and row.submission.state in (
            SubmissionState.QUEUED,
            SubmissionState.UPLOADING,
            SubmissionState.WAITING,
            SubmissionState.PAUSED,
        )
        self.cancel_button.setEnabled(cancellable)

    def _update(self, *_args: object) -> None:
        rows = self.model.rows
        self.placeholder.setVisible(not rows)
        waiting = sum(1 for r in rows if r.submission.state is SubmissionState.WAITING)
        offline = sum(
            1
            for r in rows
            if r.submission.state is SubmissionState.WAITING and r.submission.offline
        )
        pending = sum(1 for r in rows if not r.submission.state.is_final)
        resumed = sum(1 for r in rows if r.submission.resumed and not r.submission.state.is_final)
        if offline:
            text = QCoreApplication.translate(
                "SessionPanel",
                "%n task(s) wait for the server to be reachable. They are kept, also if you "
                "quit, and sent as soon as it answers.",
                None,
                pending,
            )
        elif resumed:
            text = QCoreApplication.translate(
                "SessionPanel",
                "Sending %n task(s) you submitted before nctask-desktop was last closed.",
                None,
                resumed,
            )
        elif waiting:
            text = (
                QCoreApplication.translate(
                    "SessionPanel", "Waiting: the server allows 20 new tasks per 2 minutes."
                )
                + " "
                + QCoreApplication.translate(
                    "SessionPanel", "%n task(s) in the queue.", None, pending
                )
            )
        elif pending:
            text = QCoreApplication.translate(
                "SessionPanel", "%n task(s) being sent.", None, pending
            )
        elif resumed_sent := sum(
            1
            for r in rows
            if r.submission.resumed and r.submission.state is SubmissionState.SCHEDULED
        ):
            text = QCoreApplication.translate(
                "SessionPanel",
                "Sent after the restart: %n task(s) you submitted before nctask-desktop was last "
                "closed.",
                None,
                resumed_sent,
            )
        else:
            text = ""
        self.queue_label.setText(text)
        self.queue_label.setVisible(bool(text))
        if waiting and not self._ticker.isActive():
            self._ticker.start()
        elif not waiting and self._ticker.isActive():
            self._ticker.stop()
        self._update_buttons()

    def _tick(self) -> None:
        self.model.refresh_all()

    def apply_history(self, account: Account, event: HistoryEvent) -> None:
        """Sent rows follow what the account's live history says of their tasks."""
        if event.kind is EventKind.CHANGED:
            by_id = {t.id: t for t in event.tasks}
            for row in self.model.rows:
                task = row.task or row.submission.task
                if row.account.key == account.key and task is not None and task.id in by_id:
                    row.task = by_id[task.id]
                    row.problem = ""
                    self.model.refresh(row)
        elif event.kind in (EventKind.REMOVED, EventKind.FORGOTTEN):
            gone = set(event.task_ids)
            for row in self.model.rows:
                task = row.task or row.submission.task
                if row.account.key == account.key and task is not None and task.id in gone:
                    row.problem = (
                        self.tr("Deleted.")
                        if event.kind is EventKind.FORGOTTEN
                        else self.tr("The server no longer has this task.")
                    )
                    self.model.refresh(row)
