"""The History tab: every task of the account (also from the web Assistant), live, with its results.

Filters and search on top, the table (rows updated in place), the selected task's details below.
Actions in a toolbar and the context menu, several rows at once where it makes sense: open, run
again, cancel, delete (with confirmation), copy the text, save the results, show the input files.
All network and disk work runs in named tasks of `owner`; nothing blocks the window.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.api import TaskStatus, TaskType
from nctask_desktop.api import errors as e
from nctask_desktop.services.accounts import Account
from nctask_desktop.services.events import Event
from nctask_desktop.services.history import HistoryEntry
from nctask_desktop.services.live_history import EventKind, HistoryEvent, LiveHistory
from nctask_desktop.services.settings import Preferences
from nctask_desktop.services.workspace import AccountSession

from .asyncqt import TaskOwner
from .history_model import HistoryFilter, HistoryModel
from .history_table import HistoryFilterBar, HistoryTable, HistoryToolbar
from .image_viewer import ImageViewer
from .result_view import COPIED_MS, ResultView
from .store_banner import StoreBanner
from .widgets import Banner, MutedLabel, confirm, every_second, explain_text

Index = QModelIndex | QPersistentModelIndex
MAX_OPEN = 10
"""At most this many files are opened at once (a task with many images)."""


class HistoryPanel(QWidget):
    """The history of the shown account; `set_session` switches it."""

    run_again_requested = Signal(object)  # HistoryEntry

    def __init__(
        self,
        prefs: Preferences,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        clock: Callable[[], float] = time.time,
        history_changed: Event[[Account, HistoryEvent]] | None = None,
        auth_refused: Event[[Account]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self._unsubscribe: list[Callable[[], None]] = []
        if history_changed is not None:
            self._unsubscribe.append(history_changed.connect(self._history_changed))
        if auth_refused is not None:  # Run again, Cancel and Save need a signed-in account
            self._unsubscribe.append(auth_refused.connect(lambda _a: self._update_actions()))
        self.open_url = open_url
        self.owner = TaskOwner()
        self.session: AccountSession | None = None
        self.types: dict[str, TaskType] = {}
        self.delete_box: QMessageBox | None = None
        self.model = HistoryModel(self, clock=clock)
        self.proxy = HistoryFilter(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filters = HistoryFilterBar(self.proxy, self)
        self.status_filter = self.filters.status_filter
        self.type_filter = self.filters.type_filter
        self.search = self.filters.search
        layout.addWidget(self.filters)
        self._build_actions(layout)
        self.offline_banner = Banner(self, kind="warning")
        self.problem_banner = Banner(self, kind="error")
        self.store_banner = StoreBanner(self, self.open_url)
        for banner in (self.store_banner, self.offline_banner, self.problem_banner):
            layout.addWidget(banner)

        self.pages = QStackedWidget(self)
        self.placeholder = MutedLabel(
            self.tr(
                "No tasks yet. The tasks you run here, and those you run in the Assistant of "
                "your Nextcloud, appear here with their results."
            ),
            self.pages,
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.placeholder)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self.pages)
        self.splitter.setChildrenCollapsible(False)
        table_box = QWidget(self.splitter)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        self.no_match = MutedLabel(self.tr("No task matches the filter."), table_box)
        self.no_match.hide()
        table_layout.addWidget(self.no_match)
        self.view = HistoryTable(self.proxy, table_box)
        self.view.copy_requested.connect(self.copy_selected)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(lambda _index: self.open_selected())
        table_layout.addWidget(self.view, 1)
        self.result = ResultView(prefs, self.splitter, open_url=open_url, clock=clock)
        self.result.setAccessibleName(self.tr("The selected task"))
        self.result.inputs_requested.connect(lambda task_id: self.show_inputs(task_id))
        self.details = self.result.details
        self.message = self.result.message
        self.splitter.addWidget(table_box)
        self.splitter.addWidget(self.result)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        line = self.fontMetrics().height()
        self.splitter.setSizes([line * 18, line * 20])
        self.pages.addWidget(self.splitter)
        layout.addWidget(self.pages, 1)

        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.rowsInserted.connect(self._rows_changed)
        self.model.rowsRemoved.connect(self._rows_changed)
        self.model.modelReset.connect(self._rows_changed)
        # a filter change removes or inserts the rows in as many ranges as there are gaps: look
        # once they are all done
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self._rows_changed)
        self.proxy.rowsInserted.connect(self._rows_timer.start)
        self.proxy.rowsRemoved.connect(self._rows_timer.start)
        self.proxy.layoutChanged.connect(self._rows_timer.start)
        self.proxy.filter_changed.connect(self._rows_timer.start)
        self.ticker = every_second(self, self._tick)
        self._ticks = 0
        self._rows_changed()
        self._update_actions()

    # --- building -------------------------------------------------------------------------------

    def keyboard_shortcuts(self) -> list[tuple[str, QKeySequence]]:
        """For Help → Keyboard shortcuts."""
        return [
            (self.tr("History: {action}").format(action=a.toolTip()), a.shortcut())
            for a in self.actions_
            if not a.shortcut().isEmpty()
        ]

    def _build_actions(self, layout: QVBoxLayout) -> None:
        self.toolbar = HistoryToolbar(self)
        bar = self.toolbar
        self.actions_ = bar.all
        self.open_action, self.run_again_action = bar.open_action, bar.run_again_action
        self.cancel_action, self.delete_action = bar.cancel_action, bar.delete_action
        self.copy_action, self.save_action = bar.copy_action, bar.save_action
        self.save_to_action, self.inputs_action = bar.save_to_action, bar.inputs_action
        self.open_action.triggered.connect(self.open_selected)
        self.run_again_action.triggered.connect(self._run_again)
        self.cancel_action.triggered.connect(lambda: self.cancel_selected())
        self.delete_action.triggered.connect(lambda: self.delete_selected())
        self.copy_action.triggered.connect(self.copy_selected)
        self.save_action.triggered.connect(lambda: self.save(self.selected_ids()))
        self.save_to_action.triggered.connect(lambda: self.save(self.selected_ids(), ask=True))
        self.inputs_action.triggered.connect(self._show_selected_inputs)
        layout.addWidget(self.toolbar)

    # --- the account --------------------------------------------------------------------------

    def set_session(self, session: AccountSession | None) -> None:
        """Show this account's history (None: nothing, e.g. while signed out)."""
        self.owner.cancel_all()
        self.session = session
        self.offline_banner.hide()
        self.problem_banner.hide()
        self.result.set_history(session.history if session is not None else None)
        self.result.show_entry(None)
        if session is None:
            self.model.set_entries([])
            return
        self._tell_store_recovery()
        history = session.history
        self.set_types(session.types or {})
        self.model.set_entries(history.entries())
        if not history.online:
            self._show_offline(True)

    def set_types(self, types: dict[str, TaskType]) -> None:
        self.types = dict(types)
        self.result.types = self.types
        self.model.set_task_types(self.types)
        self._fill_type_filter()
        self._show_current()

    def _fill_type_filter(self) -> None:
        ids = {x.task.type for x in self.model.entries} | set(self.types)
        self.filters.fill_types([(self.model.type_name(i), i) for i in ids])

    def _history_changed(self, account: Account, event: HistoryEvent) -> None:
        """The workspace's events: those of the shown account's history."""
        if self.session is not None and account.key == self.session.account.key:
            self.history_event(event)

    def history_event(self, event: HistoryEvent) -> None:
        """What the account's live history reports (the window forwards the shown account's)."""
        kind = event.kind
        if kind is EventKind.LOADED:
            self.model.set_entries(event.entries)
            self._fill_type_filter()
        elif kind is EventKind.CHANGED:
            known = {x.task.type for x in self.model.entries}
            if event.entries:
                self.model.upsert_entries(event.entries)
            else:
                self.model.upsert_tasks(event.tasks)
            if any(t.type not in known for t in event.tasks):
                self._fill_type_filter()
        elif kind is EventKind.REMOVED:
            self.model.mark_removed(event.task_ids)
        elif kind is EventKind.FORGOTTEN:
            self.model.remove_tasks(event.task_ids)
        elif kind is EventKind.SAVED:
            self.model.add_saved_files(event.task_ids[0], [str(p) for p in event.paths])
            if event.automatic:
                self.result.saved_message(list(event.paths), automatic=True)
        elif kind is EventKind.ONLINE:
            self._show_offline(not event.online)
        elif kind is EventKind.PROBLEM and event.error is not None:
            self.problem_banner.show_message(explain_text(event.error))
        self._tell_store_recovery()
        if kind in (EventKind.CHANGED, EventKind.REMOVED, EventKind.SAVED):
            changed = set(event.task_ids) | {t.id for t in event.tasks}
            current = self.details.task
            if current is not None and current.id in changed:
                self._show_current()
        self._update_actions()

    def _tell_store_recovery(self) -> None:
        """When the history file was set aside or could not be opened, say so once."""
        if self.session is not None:
            self.store_banner.tell(self.session.history.store.recovered)

    def _show_offline(self, offline: bool) -> None:
        if offline:
            self.offline_banner.show_message(
                self.tr(
                    "The server cannot be reached right now. The list shows what was known; it "
                    "is updated as soon as the connection is back."
                )
            )
        else:
            self.offline_banner.hide()

    # --- selection ----------------------------------------------------------------------------

    def selected_entries(self) -> list[HistoryEntry]:
        rows = self.view.selectionModel().selectedRows()
        entries = [index.data(HistoryModel.EntryRole) for index in rows]
        return [x for x in entries if x is not None]

    def selected_ids(self) -> list[int]:
        return [x.task.id for x in self.selected_entries()]

    def select_task(self, task_id: int) -> bool:
        """Select a task (clearing the filters when they hide it); False when it is not here."""
        row = self.model.row_of(task_id)
        if row is None:
            return False
        source = self.model.index(row, 0)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.filters.clear()
            index = self.proxy.mapFromSource(source)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()

    def _show_current(self) -> None:
        """One selection drives the details and the actions: the details show the row clicked
        last when it is selected, else the first selected row, else nothing (never a task the
        toolbar would not act on)."""
        selection = self.view.selectionModel()
        index = selection.currentIndex()
        if not (index.isValid() and selection.isRowSelected(index.row(), index.parent())):
            rows = selection.selectedRows()
            index = rows[0] if rows else QModelIndex()
        entry: HistoryEntry | None = index.data(HistoryModel.EntryRole) if index.isValid() else None
        if entry is not None and self.session is not None:
            entry = self.session.history.entry(entry.task.id) or entry
        self.result.show_entry(entry)

    def _selection_changed(self, *_args: object) -> None:
        self._show_current()
        self._update_actions()

    def _rows_changed(self, *_args: object) -> None:
        has_rows = self.model.rowCount() > 0
        self.pages.setCurrentIndex(1 if has_rows else 0)
        none_shown = has_rows and self.proxy.rowCount() == 0
        if none_shown and self.proxy.only_chat_hidden():
            self.no_match.setText(
                self.tr(
                    "Your tasks so far are chat messages, which are kept in the Chat tab. Tick "
                    "Chat messages to list them here too."
                )
            )
        else:
            self.no_match.setText(self.tr("No task matches the filter."))
        self.no_match.setVisible(none_shown)
        self._update_actions()

    def _update_actions(self) -> None:
        entries = self.selected_entries()
        one = len(entries) == 1
        signed_in = self.session is not None and not self.session.history.auth_failed
        done = [x for x in entries if x.task.status is TaskStatus.SUCCESSFUL]
        self.open_action.setEnabled(bool(entries))
        self.run_again_action.setEnabled(one and signed_in)
        self.cancel_action.setEnabled(
            signed_in
            and any(x.task.status.is_active and not x.removed_from_server for x in entries)
        )
        self.delete_action.setEnabled(bool(entries) and self.session is not None)
        self.copy_action.setEnabled(any(x.task.text_outputs(self._type(x)) for x in done))
        self.save_action.setEnabled(signed_in and bool(done))
        self.save_to_action.setEnabled(signed_in and bool(done))
        self.inputs_action.setEnabled(
            one
            and signed_in
            and not entries[0].removed_from_server
            and bool(entries[0].task.input_file_ids(self._type(entries[0])))
        )
        for action in self.actions_:
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleDescription(
                    "" if action.isEnabled() else self.tr("Unavailable")
                )

    def _type(self, entry: HistoryEntry) -> TaskType | None:
        return self.types.get(entry.task.type)

    def _context_menu(self, pos: QPoint) -> None:
        if not self.view.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        for action in self.actions_:
            menu.addAction(action)
            if action in (self.run_again_action, self.delete_action, self.copy_action):
                menu.addSeparator()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    # --- timers -------------------------------------------------------------------------------

    def _tick(self) -> None:
        """Every second: the shown task's times (elapsed, "Submitted 5 min ago": the details
        never say "just now" beside a list that says "5 min ago"); the table's times when
        something runs, else every 30 s."""
        self._ticks += 1
        if not self.isVisible():
            return
        if self._ticks % 30 == 0 or self.model.unfinished():
            # the rows shown ask for their times again: status, progress, submitted, duration
            view = self.view
            edges = [
                edge
                for column in range(HistoryModel.STATUS, HistoryModel.COLUMN_COUNT)
                for edge in (
                    view.columnViewportPosition(column),
                    view.columnViewportPosition(column) + view.columnWidth(column),
                )
            ]  # the same columns wherever they are (right to left too)
            height = view.viewport().height()
            view.viewport().update(QRect(min(edges), 0, max(edges) - min(edges), height))
        if self.details.task is not None:
            self.details.refresh_time()

    # --- actions ------------------------------------------------------------------------------

    def _history(self) -> LiveHistory | None:
        return self.session.history if self.session is not None else None

    def open_selected(self) -> asyncio.Task[None] | None:
        entries = self.selected_entries()
        if not entries:
            return None
        return self.owner.start("open", self._open(entries))

    async def _open(self, entries: Sequence[HistoryEntry]) -> None:
        history = self._history()
        opened = 0
        for entry in entries:
            task = entry.task
            files = task.output_file_ids(self._type(entry))
            if task.status is not TaskStatus.SUCCESSFUL or not files or history is None:
                continue
            for _key, file_id in files:
                if opened >= MAX_OPEN:
                    return
                try:
                    path = await history.fetch_file(task.id, file_id)
                except (e.NextcloudError, OSError) as exc:
                    self.problem_banner.show_message(explain_text(exc))
                    return
                if not self.result.open_file(path):
                    return
                opened += 1
        if not opened:
            self.details.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.details.text_views:
                self.details.text_views[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _run_again(self) -> None:
        entries = self.selected_entries()
        if len(entries) != 1:
            return
        if entries[0].task.type not in self.types:
            self.problem_banner.show_message(
                self.tr(
                    "This kind of task (“{type}”) is not offered by the server any more, so it "
                    "cannot be run again here."
                ).format(type=self.model.type_name(entries[0].task.type))
            )
            return
        self.run_again_requested.emit(entries[0])

    def cancel_selected(self) -> asyncio.Task[None] | None:
        ids = [
            x.task.id
            for x in self.selected_entries()
            if x.task.status.is_active and not x.removed_from_server
        ]
        history = self._history()
        if not ids or history is None:
            return None
        return self.owner.start("cancel", self._cancel(history, ids))

    async def _cancel(self, history: LiveHistory, ids: list[int]) -> None:
        self.cancel_action.setEnabled(False)
        errors = await history.cancel(ids)
        if errors:
            self.problem_banner.show_message(
                self.tr("Could not cancel it: {reason}").format(reason=explain_text(errors[0][1]))
            )
        self._update_actions()

    def delete_selected(self) -> asyncio.Task[None] | None:
        entries = self.selected_entries()
        history = self._history()
        if not entries or history is None:
            return None
        running = self.owner.get("delete")
        if running is not None and not running.done():
            return running
        return self.owner.start("delete", self._delete(history, [x.task.id for x in entries]))

    async def _delete(self, history: LiveHistory, ids: list[int]) -> None:
        sure = await confirm(
            self,
            title=self.tr("Delete tasks"),
            text=self.tr("Delete %n task(s)?", None, len(ids)),
            informative=self.tr(
                "They are deleted from your Nextcloud (also from its Assistant) and from this "
                "list. Files you saved on this computer are kept."
            ),
            action=self.tr("Delete"),
            destructive=True,
            showing=lambda box: setattr(self, "delete_box", box),
        )
        if not sure:
            return
        errors = await history.delete(ids)
        if errors:
            self.problem_banner.show_message(
                self.tr("Could not delete it: {reason}").format(reason=explain_text(errors[0][1]))
            )

    def copy_selected(self) -> str:
        """Ctrl+C and "Copy text": the text results of the selected tasks (never a cell)."""
        texts = []
        for entry in self.selected_entries():
            if entry.task.status is TaskStatus.SUCCESSFUL:
                texts += [text for _key, text in entry.task.text_outputs(self._type(entry))]
        text = "\n\n".join(texts)
        if text:
            self.result.copy(text)
        elif self.selected_entries():
            self.result.message.show_message(
                self.tr("The selected task has no text result to copy."),
                timeout=COPIED_MS,
            )
        return text

    def save(
        self, task_ids: Sequence[int], *, ask: bool = False, file_ids: Sequence[int] | None = None
    ) -> asyncio.Task[None] | None:
        return self.result.save(task_ids, ask=ask, file_ids=file_ids)

    @property
    def last_saved(self) -> list[Path]:
        return self.result.last_saved

    @property
    def viewers(self) -> list[ImageViewer]:
        return self.result.viewers

    @property
    def folder_dialog(self) -> QFileDialog | None:
        return self.result.folder_dialog

    def _show_selected_inputs(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.show_inputs(ids[0])

    def show_inputs(self, task_id: int) -> asyncio.Task[None] | None:
        if self.details.task is None or self.details.task.id != task_id:
            self.select_task(task_id)
        return self.result.show_inputs(task_id)

    # --- layout -------------------------------------------------------------------------------

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("history/header", self.view.horizontalHeader().saveState())
        settings.setValue("history/splitter", self.splitter.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        header = settings.value("history/header")
        if isinstance(header, QByteArray | bytes):
            self.view.horizontalHeader().restoreState(QByteArray(header))
        splitter = settings.value("history/splitter")
        if isinstance(splitter, QByteArray | bytes):
            self.splitter.restoreState(QByteArray(splitter))

    def close_all(self) -> None:
        """The window closes: stop downloads, close viewers and dialogs."""
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()
        self.owner.cancel_all()
        self.result.close_all()
