"""History's table: sorted newest first, a progress bar for running tasks, and Ctrl+C that copies
the results (never a cell)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFocusEvent, QIcon, QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QWidget,
)

from nctask_desktop.api import TaskStatus
from nctask_desktop.services.history import HistoryEntry

from .delegates import draw_blank_item, item_style
from .history_model import HistoryFilter, HistoryModel
from .widgets import clear_button

Index = QModelIndex | QPersistentModelIndex


class ProgressDelegate(QStyledItemDelegate):
    """The progress column: a progress bar for running tasks that report progress."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        entry: HistoryEntry | None = index.data(HistoryModel.EntryRole)
        task = entry.task if entry is not None else None
        if (
            task is None
            or entry is None
            or entry.removed_from_server
            or task.status is not TaskStatus.RUNNING
            or task.progress is None
        ):
            super().paint(painter, option, index)
            return
        opt, _text = draw_blank_item(self, painter, option, index)
        bar = QStyleOptionProgressBar()
        margin = max(2, option.rect.height() // 6)
        bar.rect = option.rect.adjusted(margin, margin, -margin, -margin)
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = round(task.progress * 100)
        bar.text = f"{bar.progress}%"
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        item_style(opt).drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, opt.widget)


class HistoryTable(QTableView):
    """The task table. Ctrl+C copies the selected tasks' results, as the menu promises; a plain
    QTableView would copy the clicked cell (a task name or the user's own prompt)."""

    copy_requested = Signal()

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(self.tr("Your tasks"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(True)
        self.sortByColumn(HistoryModel.SUBMITTED, Qt.SortOrder.DescendingOrder)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setItemDelegateForColumn(HistoryModel.PROGRESS, ProgressDelegate(self))
        header = self.horizontalHeader()
        header.setAccessibleName(self.tr("Columns: click one to sort by it"))
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        char = self.fontMetrics().averageCharWidth()
        for column, mode, width in (
            (HistoryModel.TYPE, QHeaderView.ResizeMode.Interactive, 24),
            (HistoryModel.INPUT, QHeaderView.ResizeMode.Stretch, 30),
            (HistoryModel.STATUS, QHeaderView.ResizeMode.Interactive, 44),
            (HistoryModel.PROGRESS, QHeaderView.ResizeMode.Interactive, 13),
            (HistoryModel.SUBMITTED, QHeaderView.ResizeMode.Interactive, 13),
            (HistoryModel.DURATION, QHeaderView.ResizeMode.Interactive, 12),
        ):
            header.setSectionResizeMode(column, mode)
            header.resizeSection(column, char * width)
        self.verticalHeader().setDefaultSectionSize(round(self.fontMetrics().height() * 1.7))

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Coming in by keyboard with nothing selected, the current (or first) task is selected,
        so the details and the toolbar speak of it at once."""
        super().focusInEvent(event)
        keyboard = event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        )
        model, selection = self.model(), self.selectionModel()
        if not keyboard or model is None or selection is None or selection.hasSelection():
            return
        if model.rowCount() == 0:
            return
        current = self.currentIndex()
        row = current.row() if current.isValid() else 0
        self.selectRow(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class HistoryFilterBar(QWidget):
    """Show (by state), Kind (by task type) and the search box; they drive the filter proxy."""

    STATUS_FILTERS = (
        (HistoryFilter.ALL, QT_TRANSLATE_NOOP("HistoryPanel", "All tasks")),
        (HistoryFilter.ACTIVE, QT_TRANSLATE_NOOP("HistoryPanel", "Not finished")),
        (HistoryFilter.DONE, QT_TRANSLATE_NOOP("HistoryPanel", "Done")),
        (HistoryFilter.FAILED, QT_TRANSLATE_NOOP("HistoryPanel", "Failed or cancelled")),
    )

    def __init__(self, proxy: HistoryFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        show = QLabel(self.tr("&Show:"), self)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show tasks by state"))
        for key, text in self.STATUS_FILTERS:
            self.status_filter.addItem(QCoreApplication.translate("HistoryPanel", str(text)), key)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: proxy.set_status_filter(self.status_filter.currentData())
        )
        show.setBuddy(self.status_filter)
        kind = QLabel(self.tr("&Kind:"), self)
        self.type_filter = QComboBox(self)
        self.type_filter.setAccessibleName(self.tr("Show tasks of one kind"))
        self.type_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.type_filter.addItem(self.tr("All kinds"), "")
        self.type_filter.currentIndexChanged.connect(
            lambda _i: proxy.set_type_filter(self.type_filter.currentData() or "")
        )
        kind.setBuddy(self.type_filter)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search your tasks"))
        self.search.setAccessibleName(self.tr("Search your tasks"))
        clear_button(self.search)
        self.search.textChanged.connect(proxy.set_search)
        self.chat_filter = QCheckBox(self.tr("Chat &messages"), self)
        self.chat_filter.setAccessibleName(self.tr("Show chat messages"))
        self.chat_filter.setToolTip(
            self.tr("The messages and answers of the Chat tab are left out unless this is on")
        )
        self.chat_filter.toggled.connect(proxy.set_show_chat)
        row.addWidget(show)
        row.addWidget(self.status_filter)
        row.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        row.addWidget(kind)
        row.addWidget(self.type_filter)
        row.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        row.addWidget(self.search, 1)
        row.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        row.addWidget(self.chat_filter)

    def fill_types(self, names: list[tuple[str, str]]) -> None:
        """The kinds to choose from, (name, type id), sorted by name; the choice is kept."""
        combo = self.type_filter
        current = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All kinds"), "")
        for name, type_id in sorted(names, key=lambda x: x[0].lower()):
            combo.addItem(name, type_id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        if (combo.currentData() or "") != current:
            self.proxy.set_type_filter(combo.currentData() or "")

    def clear(self) -> None:
        """Show everything (a task to select was hidden by the filters)."""
        self.status_filter.setCurrentIndex(0)
        self.type_filter.setCurrentIndex(0)
        self.chat_filter.setChecked(True)
        self.search.clear()


class HistoryToolbar(QToolBar):
    """The History page's task actions. Their keys work wherever the focus is in `page`; the
    keyboard reaches the buttons by Tab."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.page = page
        sp, keys = QStyle.StandardPixmap, QKeySequence.StandardKey
        self.open_action = self._action(
            self.tr("Open"), self.tr("Open the result"), sp.SP_DirOpenIcon, "Ctrl+O"
        )
        self.run_again_action = self._action(
            self.tr("Run again"),
            self.tr("Fill in the form with this task's input"),
            sp.SP_BrowserReload,
            "Ctrl+R",
        )
        self.cancel_action = self._action(
            self.tr("Cancel task"), self.tr("Stop the selected tasks"), sp.SP_BrowserStop, "Ctrl+K"
        )
        self.delete_action = self._action(
            self.tr("Delete…"), self.tr("Delete the selected tasks"), sp.SP_TrashIcon, keys.Delete
        )
        self.copy_action = self._action(self.tr("Copy text"), self.tr("Copy the text result"))
        self.copy_action.setIcon(QIcon.fromTheme("edit-copy", self.copy_action.icon()))
        self.copy_action.setShortcut(QKeySequence(keys.Copy))  # on the table only (Ctrl+C)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.save_action = self._action(
            self.tr("Save"),
            self.tr("Save the results in the download folder"),
            sp.SP_DialogSaveButton,
            keys.Save,
        )
        self.save_to_action = self._action(
            self.tr("Save to…"),
            self.tr("Save the results to a folder you choose"),
            sp.SP_DirIcon,
            "Ctrl+Shift+S",
        )
        self.inputs_action = self._action(
            self.tr("Input files"), self.tr("Show the task's input files"), sp.SP_FileIcon, "Ctrl+I"
        )
        self.setAccessibleName(self.tr("Task actions"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        extent = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.setIconSize(QSize(extent, extent))
        self.all = [
            self.open_action,
            self.run_again_action,
            self.cancel_action,
            self.delete_action,
            self.copy_action,
            self.save_action,
            self.save_to_action,
            self.inputs_action,
        ]
        for action in self.all:
            self.addAction(action)
            button = self.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.toolTip())
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        ext = self.findChild(QWidget, "qt_toolbar_ext_button")
        if ext is not None:
            ext.setAccessibleName(self.tr("More actions"))

    def _action(
        self,
        text: str,
        accessible: str,
        icon: QStyle.StandardPixmap | None = None,
        keys: str | QKeySequence.StandardKey = "",
    ) -> QAction:
        action = QAction(text, self.page)
        action.setToolTip(accessible)
        action.setStatusTip(accessible)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.page.addAction(action)
        return action
