"""The history as a Qt table model that updates rows in place, and its filter/sort proxy."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from nctask_desktop.api import Task, TaskStatus, TaskType
from nctask_desktop.services.chat import is_chat_task
from nctask_desktop.services.history import HistoryEntry
from nctask_desktop.services.tasks import input_summary

from .widgets import translate, translate_n

STALLED_AFTER = 5 * 60
"""A task still scheduled after this many seconds: the server may have no worker running."""

Index = QModelIndex | QPersistentModelIndex


def input_text(entry: HistoryEntry, task_type: TaskType | None, length: int = 60) -> str:
    """What a task was given, in short: its main text, and the names of its input files as the
    user knew them (`interview.wav`); how many files when their names are not known."""
    task = entry.task
    summary = input_summary(task, task_type, length)
    names = entry.file_names
    if names:
        return f"{summary} · {', '.join(names)}" if summary else ", ".join(names)
    if summary:
        return summary
    files = len(task.input_file_ids(task_type))
    return translate_n("History", "%n file(s)", files) if files else ""


def relative_time(ts: float | None, now: float) -> str:
    """'just now', '5 min ago', '3 h ago', 'yesterday', or a date."""
    if not ts:
        return ""
    delta = max(0.0, now - ts)
    if delta < 45:
        return translate("History", "just now")
    if delta < 3600:
        return translate_n("History", "%n min ago", max(1, round(delta / 60)))
    if delta < 86400:
        return translate_n("History", "%n h ago", round(delta / 3600))
    then = datetime.fromtimestamp(ts)
    if (datetime.fromtimestamp(now).date() - then.date()).days == 1:
        return translate("History", "yesterday")
    return QLocale().toString(
        QDate(then.year, then.month, then.day), QLocale.FormatType.ShortFormat
    )


def format_duration(seconds: float | None) -> str:
    """'42 s', '3 min 5 s', '1 h 12 min'."""
    if seconds is None or seconds < 0:
        return ""
    s = round(seconds)
    if s < 60:
        return translate("History", "%1 s").replace("%1", _num(s))
    if s < 3600:
        text = translate("History", "%1 min %2 s")
        return text.replace("%1", _num(s // 60)).replace("%2", _num(s % 60))
    text = translate("History", "%1 h %2 min")
    return text.replace("%1", _num(s // 3600)).replace("%2", _num(s % 3600 // 60))


def _num(value: int) -> str:
    """A number in the locale's digits (Arabic-Indic in Arabic)."""
    return QLocale().toString(value)


def status_text(entry: HistoryEntry, now: float) -> str:
    """Where a task stands, honestly, in words."""
    task = entry.task
    if entry.removed_from_server and not task.status.is_finished:
        return translate("History", "Removed from the server")
    words = _status_words(entry, now)
    if entry.removed_from_server:
        return translate("History", "%1 — no longer on the server").replace("%1", words)
    return words


def _status_words(entry: HistoryEntry, now: float) -> str:
    task = entry.task
    status = task.status
    if status is TaskStatus.SCHEDULED:
        waited = now - (task.scheduled_at or now)
        if waited >= STALLED_AFTER:
            return translate("History", "Still waiting — the server may have no worker running")
        return translate("History", "Waiting for the server to start it")
    if status is TaskStatus.RUNNING:
        if task.progress:
            percent = _num(round(task.progress * 100))
            return translate("History", "Running — %1%").replace("%1", percent)
        return translate("History", "Running")
    if status is TaskStatus.SUCCESSFUL:
        return translate("History", "Done")
    if status is TaskStatus.FAILED:
        return translate("History", "Failed")
    if status is TaskStatus.CANCELLED:
        return translate("History", "Cancelled")
    return translate("History", "Unknown")


def duration_of(task: Task, now: float) -> float | None:
    """How long it took (finished) or has taken so far (unfinished)."""
    start = task.scheduled_at
    if start is None:
        return None
    end = task.ended_at if task.status.is_finished else now
    return None if end is None else end - start


_STATUS_COLOURS = {
    TaskStatus.SCHEDULED: "#8a8f98",
    TaskStatus.RUNNING: "#1a8ce0",
    TaskStatus.SUCCESSFUL: "#2e9d4f",
    TaskStatus.FAILED: "#d64541",
    TaskStatus.CANCELLED: "#8a6d3b",
    TaskStatus.UNKNOWN: "#8a8f98",
}
_icons: dict[tuple[TaskStatus, bool], QIcon] = {}


def status_icon(status: TaskStatus, removed: bool = False) -> QIcon:
    """A small round icon, readable on light and dark backgrounds."""
    key = (status, removed)
    if key not in _icons:
        icon = QIcon()
        for size in (16, 32):
            pix = QPixmap(size, size)
            pix.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pix)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            colour = QColor(_STATUS_COLOURS[status])
            m = size // 8
            if removed:
                painter.setPen(colour)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
            painter.drawEllipse(m, m, size - 2 * m, size - 2 * m)
            painter.end()
            icon.addPixmap(pix)
        _icons[key] = icon
    return _icons[key]


_STATUS_ORDER = {status: i for i, status in enumerate(TaskStatus)}


class HistoryModel(QAbstractTableModel):
    """One row per task of the account, newest first. Updates change rows in place."""

    TYPE, INPUT, STATUS, PROGRESS, SUBMITTED, DURATION = range(6)
    COLUMN_COUNT = 6
    EntryRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2
    StatusRole = Qt.ItemDataRole.UserRole + 3
    TypeIdRole = Qt.ItemDataRole.UserRole + 4
    SearchRole = Qt.ItemDataRole.UserRole + 5

    def __init__(self, parent: Any = None, *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self._entries: list[HistoryEntry] = []
        self._rows: dict[int, int] = {}
        self._types: Mapping[str, TaskType] = {}
        self._clock = clock
        self._sort_column = self.SUBMITTED
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._unfinished: bool | None = None
        self._has_chat: bool | None = None
        self._texts: dict[int, str] = {}
        """task id -> its input in short, for sorting by it."""
        self._haystacks: dict[int, str] = {}
        """task id -> what the search looks in (made once per task and version)."""

    # --- reading --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [
            translate("History", "Task"),
            translate("History", "Input"),
            translate("History", "Status"),
            translate("History", "Progress"),
            translate("History", "Submitted"),
            translate("History", "Duration"),
        ]
        return names[section] if 0 <= section < len(names) else None

    def entry(self, row: int) -> HistoryEntry:
        return self._entries[row]

    def entry_for(self, task_id: int) -> HistoryEntry | None:
        row = self._rows.get(task_id)
        return None if row is None else self._entries[row]

    def row_of(self, task_id: int) -> int | None:
        return self._rows.get(task_id)

    @property
    def entries(self) -> list[HistoryEntry]:
        return list(self._entries)

    def type_name(self, type_id: str) -> str:
        t = self._types.get(type_id)
        return t.name if t else type_id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        task = entry.task
        col = index.column()
        now = self._clock()
        if role == self.EntryRole:
            return entry
        if role == self.StatusRole:
            return task.status
        if role == self.TypeIdRole:
            return task.type
        if role == self.SearchRole:
            return self.haystack(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TYPE:
                return self.type_name(task.type)
            if col == self.INPUT:
                return self._input_text(entry)
            if col == self.STATUS:
                return status_text(entry, now)
            if col == self.PROGRESS:
                if task.status is TaskStatus.RUNNING and task.progress is not None:
                    return f"{round(task.progress * 100)}%"
                return ""
            if col == self.SUBMITTED:
                return relative_time(task.scheduled_at or entry.first_seen, now)
            if col == self.DURATION:
                return format_duration(duration_of(task, now))
        if role == self.SortRole:
            return self.sort_key(entry, col, now)
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATUS:
            return status_icon(task.status, entry.removed_from_server)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.SUBMITTED and task.scheduled_at:
                moment = QDateTime.fromSecsSinceEpoch(int(task.scheduled_at))
                return QLocale().toString(moment, QLocale.FormatType.LongFormat)
            if col == self.STATUS and entry.removed_from_server:
                return translate(
                    "History",
                    "The server no longer has this task (it removes old tasks after a while). Files you saved are kept.",
                )
            if col == self.STATUS:
                return status_text(entry, now)
            if col == self.INPUT:
                return self._input_text(entry, length=400)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.STATUS:
            return status_text(entry, now)
        return None

    def haystack(self, row: int) -> str:
        """What the search finds a task by: its kind, its texts, its files' names (lower case)."""
        entry = self._entries[row]
        task = entry.task
        found = self._haystacks.get(task.id)
        if found is None:
            texts = [v for v in task.input.values() if isinstance(v, str)]
            found = "\n".join([self.type_name(task.type), *texts, *entry.file_names]).lower()
            self._haystacks[task.id] = found
        return found

    def sort_key(self, entry: HistoryEntry, column: int, now: float) -> Any:
        """What a column sorts by; the id orders tasks that are equal in it."""
        return self._key_function(column, now)(entry)

    def _key_function(self, column: int, now: float) -> Callable[[HistoryEntry], Any]:
        """One small function per column (sorting calls it once per row)."""
        if column == self.TYPE:
            names = {t: self.type_name(t).lower() for t in {e.task.type for e in self._entries}}
            return lambda e: (names.get(e.task.type) or self.type_name(e.task.type), e.task.id)
        if column == self.INPUT:
            texts = self._texts

            def text(e: HistoryEntry) -> tuple[str, int]:
                found = texts.get(e.task.id)
                if found is None:
                    found = texts[e.task.id] = self._input_text(e).lower()
                return (found, e.task.id)

            return text
        if column == self.STATUS:
            return lambda e: (_STATUS_ORDER[e.task.status], e.task.id)
        if column == self.PROGRESS:
            return lambda e: (e.task.progress or 0.0, e.task.id)
        if column == self.DURATION:
            return lambda e: (duration_of(e.task, now) or 0.0, e.task.id)
        return lambda e: (e.task.scheduled_at or e.first_seen, e.task.id)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves (once, with a key per row: milliseconds for thousands of
        tasks, where a proxy would call back into Python for every comparison)."""
        if not 0 <= column < self.COLUMN_COUNT:
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._entries[i.row()].task.id if i.isValid() else None for i in before]
        self._entries = self._sorted(self._entries)
        self._reindex()
        after = [
            self.index(self._rows[task_id], i.column()) if task_id in self._rows else QModelIndex()
            for task_id, i in zip(ids, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sorted(self, entries: Iterable[HistoryEntry]) -> list[HistoryEntry]:
        key = self._key_function(self._sort_column, self._clock())
        return sorted(entries, key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _position_for(self, entry: HistoryEntry) -> int:
        """Where a new task goes in the current order (binary search)."""
        sort_key = self._key_function(self._sort_column, self._clock())
        key = sort_key(entry)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        low, high = 0, len(self._entries)
        while low < high:
            middle = (low + high) // 2
            other = sort_key(self._entries[middle])
            if (other > key) if descending else (other < key):
                low = middle + 1
            else:
                high = middle
        return low

    def unfinished(self) -> bool:
        """Whether a task of the list still runs (its times move on by the second)."""
        if self._unfinished is None:
            self._unfinished = any(
                not e.task.status.is_finished and not e.removed_from_server for e in self._entries
            )
        return self._unfinished

    def has_chat(self) -> bool:
        """Whether a task of the list is a message of this app's chat (a task's custom id never
        changes: looked at again only when the rows are replaced or one is removed)."""
        if self._has_chat is None:
            self._has_chat = any(is_chat_task(e.task) for e in self._entries)
        return self._has_chat

    def _input_text(self, entry: HistoryEntry, length: int = 60) -> str:
        return input_text(entry, self._types.get(entry.task.type), length)

    # --- changing -------------------------------------------------------------------------------

    def set_task_types(self, types: Mapping[str, TaskType]) -> None:
        self._types = dict(types)
        if self._entries:
            self.dataChanged.emit(
                self.index(0, self.TYPE), self.index(len(self._entries) - 1, self.INPUT)
            )

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        """Replace everything (another account)."""
        self.beginResetModel()
        self._haystacks.clear()
        self._texts.clear()
        self._entries = self._sorted(entries)
        self._has_chat = None
        self._reindex()
        self.endResetModel()

    def upsert_tasks(self, tasks: Iterable[Task]) -> None:
        """New tasks are inserted at their place; known ones change in place."""
        self.upsert_entries(HistoryEntry(task=task, first_seen=self._clock()) for task in tasks)

    def upsert_entries(self, entries: Iterable[HistoryEntry]) -> None:
        """Like upsert_tasks, with what the history knows besides (input file names)."""
        for entry in entries:
            task = entry.task
            row = self._rows.get(task.id)
            self._haystacks.pop(task.id, None)
            self._texts.pop(task.id, None)
            self._unfinished = None
            if row is not None:
                old = self._entries[row]
                self._entries[row] = replace(
                    old,
                    task=task,
                    removed_from_server=False,
                    input_names=entry.input_names or old.input_names,
                )
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))
                continue
            position = self._position_for(entry)
            self.beginInsertRows(QModelIndex(), position, position)
            self._entries.insert(position, entry)
            if self._has_chat is False and is_chat_task(task):  # known without a new look
                self._has_chat = True
            self._reindex()
            self.endInsertRows()

    def mark_removed(self, task_ids: Iterable[int]) -> None:
        self._unfinished = None
        for task_id in task_ids:
            row = self._rows.get(task_id)
            if row is None:
                continue
            self._entries[row] = replace(self._entries[row], removed_from_server=True)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    def add_saved_files(self, task_id: int, files: Iterable[str]) -> None:
        row = self._rows.get(task_id)
        if row is None:
            return
        old = self._entries[row]
        merged = tuple(dict.fromkeys([*old.saved_files, *map(str, files)]))
        self._entries[row] = replace(old, saved_files=merged)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    def remove_tasks(self, task_ids: Iterable[int]) -> None:
        for task_id in task_ids:
            row = self._rows.get(task_id)
            if row is None:
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._entries[row]
            self._has_chat = None  # it may have been the only one
            self._reindex()
            self.endRemoveRows()

    def _reindex(self) -> None:
        self._unfinished = None
        self._rows = {e.task.id: i for i, e in enumerate(self._entries)}


class HistoryFilter(QSortFilterProxyModel):
    """Filter by status group and task type, search over type names and text inputs. Chat
    messages (their home is the Chat tab) are left out unless asked for, or their kind is chosen."""

    filter_changed = Signal()
    """A filter was changed (also when no row came or went)."""

    ALL, ACTIVE, DONE, FAILED = "all", "active", "done", "failed"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._status = self.ALL
        self._type = ""
        self._search = ""
        self.show_chat = False
        self.setSortRole(HistoryModel.SortRole)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts its rows (see HistoryModel.sort); this proxy only filters."""
        model = self.sourceModel()
        if isinstance(model, HistoryModel):
            model.sort(column, order)

    def set_status_filter(self, group: str) -> None:
        self._refilter(lambda: setattr(self, "_status", group))

    def set_type_filter(self, type_id: str) -> None:
        self._refilter(lambda: setattr(self, "_type", type_id))

    def set_show_chat(self, show: bool) -> None:
        self._refilter(lambda: setattr(self, "show_chat", show))

    def only_chat_hidden(self) -> bool:
        """No other filter is set: what is hidden is chat messages only."""
        return (
            not self.show_chat and self._status == self.ALL and not self._type and not self._search
        )

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_search", text.strip().lower()))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateRowsFilter()
        self.filter_changed.emit()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        everything = self._status == self.ALL and not self._type and not self._search
        if everything and self.show_chat:
            return True
        model = self.sourceModel()
        if not isinstance(model, HistoryModel):
            return True
        if everything and not model.has_chat():  # the usual case, once per row at every sort
            return True
        task = model.entry(source_row).task  # the Python list, not a round trip through Qt
        if not self.show_chat and not self._type and is_chat_task(task):
            return False
        status = task.status
        if self._status == self.ACTIVE and not status.is_active:
            return False
        if self._status == self.DONE and status is not TaskStatus.SUCCESSFUL:
            return False
        if self._status == self.FAILED and status not in (TaskStatus.FAILED, TaskStatus.CANCELLED):
            return False
        if self._type and task.type != self._type:
            return False
        if self._search:
            haystack = model.haystack(source_row)
            return all(word in haystack for word in self._search.split())
        return True
