"""The task-type browser: the account's task types, grouped, searchable, in a stable order."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.api import SlotType, TaskType
from nctask_desktop.services.chat import CHAT_TYPE

from .widgets import BusyBar, MutedLabel, clear_button

TYPE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TASK_TYPE_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
GROUP_ROLE = Qt.ItemDataRole.UserRole + 4


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class Group(enum.IntEnum):
    """Groups in display order."""

    TEXT = 0
    TRANSLATE = 1
    IMAGE = 2
    AUDIO = 3
    OTHER = 4


GROUP_NAMES = {
    Group.TEXT: QT_TRANSLATE_NOOP("TypeBrowser", "Text"),
    Group.TRANSLATE: QT_TRANSLATE_NOOP("TypeBrowser", "Translate"),
    Group.IMAGE: QT_TRANSLATE_NOOP("TypeBrowser", "Image"),
    Group.AUDIO: QT_TRANSLATE_NOOP("TypeBrowser", "Audio"),
    Group.OTHER: QT_TRANSLATE_NOOP("TypeBrowser", "Other"),
}

_TEXTUAL = {SlotType.TEXT, SlotType.NUMBER, SlotType.ENUM}
DEFAULT_TYPE = "core:text2text"
"""Shown first when no type was used yet: the free prompt, the one most people start with."""


def group_of(task_type: TaskType) -> Group:
    """Where a type belongs, by its id and the kinds of its inputs and outputs."""
    type_id = task_type.id.lower()
    kinds = {slot.type.item_type for slot in (*task_type.inputs, *task_type.outputs)}
    if "translate" in type_id:
        return Group.TRANSLATE
    if kinds & {SlotType.VIDEO, SlotType.FILE, SlotType.UNKNOWN}:
        return Group.OTHER
    if SlotType.AUDIO in kinds:
        return Group.AUDIO
    if SlotType.IMAGE in kinds:
        return Group.IMAGE
    if SlotType.TEXT in kinds and kinds <= _TEXTUAL:
        return Group.TEXT
    return Group.OTHER


def sort_key(task_type: TaskType) -> tuple[str, str]:
    return (task_type.name.casefold(), task_type.id)


def group_name(group: Group) -> str:
    return QCoreApplication.translate("TypeBrowser", GROUP_NAMES[group])


class TaskTypeModel(QStandardItemModel):
    """Groups at the top level, task types below; internal types left out.

    Roles: TYPE_ID_ROLE (the id), TASK_TYPE_ROLE (the TaskType), SEARCH_ROLE (what search matches),
    GROUP_ROLE (the Group of a group row).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Task")])
        self._types: dict[str, TaskType] = {}

    def set_types(self, types: Mapping[str, TaskType] | Iterable[TaskType]) -> None:
        values = list(types.values()) if isinstance(types, Mapping) else list(types)
        # chat has its own tab: its form would ask for the history as raw JSON
        visible = [t for t in values if not t.is_internal and t.id != CHAT_TYPE]
        self._types = {t.id: t for t in visible}
        self.clear()
        self.setHorizontalHeaderLabels([self.tr("Task")])
        by_group: dict[Group, list[TaskType]] = {}
        for task_type in visible:
            by_group.setdefault(group_of(task_type), []).append(task_type)
        root = self.invisibleRootItem()
        for group in Group:
            members = sorted(by_group.get(group, []), key=sort_key)
            if not members:
                continue
            header = QStandardItem(group_name(group))
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
            header.setData(int(group), GROUP_ROLE)
            header.setData("", SEARCH_ROLE)
            header.setAccessibleText(group_name(group))
            for task_type in members:
                item = QStandardItem(task_type.name)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setData(task_type.id, TYPE_ID_ROLE)
                item.setData(task_type, TASK_TYPE_ROLE)
                item.setData(
                    " ".join((task_type.name, task_type.description, task_type.id)), SEARCH_ROLE
                )
                if task_type.description:
                    item.setToolTip(task_type.description)
                    item.setAccessibleDescription(task_type.description)
                header.appendRow(item)
            root.appendRow(header)

    @property
    def types(self) -> dict[str, TaskType]:
        return dict(self._types)

    def index_of(self, type_id: str) -> QModelIndex:
        for row in range(self.rowCount()):
            group = self.index(row, 0)
            for child_row in range(self.rowCount(group)):
                child = self.index(child_row, 0, group)
                if child.data(TYPE_ID_ROLE) == type_id:
                    return child
        return QModelIndex()

    def type_ids(self) -> list[str]:
        """Every type id in display order."""
        result: list[str] = []
        for row in range(self.rowCount()):
            group = self.index(row, 0)
            result.extend(
                self.index(r, 0, group).data(TYPE_ID_ROLE) for r in range(self.rowCount(group))
            )
        return result


class _SearchProxy(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterRole(SEARCH_ROLE)


class TypeBrowser(QWidget):
    """Search box, refresh button and the grouped list of task types.

    Emits `type_chosen(TaskType)` when the user (or `select_type`) picks a type, and
    `refresh_requested()` on the refresh button or F5. The window fetches the types and calls
    `set_types`, `set_loading` or `show_problem`.
    """

    type_chosen = Signal(object)
    refresh_requested = Signal()
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TaskTypeModel(self)
        self.proxy = _SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self._current_id = ""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search tasks"))
        self.search.setAccessibleName(self.tr("Search tasks"))
        clear_button(self.search)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.choose_first_match)
        self.refresh_button = QToolButton(self)
        self.refresh_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
        )
        self.refresh_button.setToolTip(
            self.tr("Refresh the list of tasks ({key})").format(
                key=QKeySequence(QKeySequence.StandardKey.Refresh).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.refresh_button.setAccessibleName(self.tr("Refresh the list of tasks"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        top.addWidget(self.search, 1)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        self.busy = BusyBar(self)
        self.busy.hide()
        layout.addWidget(self.busy)

        self.pages = QStackedWidget(self)
        self.view = QTreeView(self)
        self.view.setModel(self.proxy)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Task types"))
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.pages.addWidget(self.view)

        message_page = QWidget(self)
        message_layout = QVBoxLayout(message_page)
        self.message = QLabel(message_page)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message_hint = MutedLabel("", message_page)
        self.retry_button = QPushButton(self.tr("Try again"), message_page)
        self.retry_button.setAccessibleName(self.tr("Try again"))
        self.retry_button.clicked.connect(self.retry_requested)
        message_layout.addWidget(self.message)
        message_layout.addWidget(self.message_hint)
        message_layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        message_layout.addStretch(1)
        self.pages.addWidget(message_page)
        layout.addWidget(self.pages, 1)

        self.no_match = MutedLabel(self.tr("No task matches your search."), self)
        self.no_match.hide()
        layout.addWidget(self.no_match)

    # --- what the window calls ------------------------------------------------------------------

    def set_loading(self, loading: bool = True) -> None:
        self.busy.setVisible(loading)
        self.refresh_button.setEnabled(not loading)

    def set_types(self, types: Mapping[str, TaskType], select: str = "") -> None:
        """Show these types; select `select` (or keep the current one, else the first)."""
        self.set_loading(False)
        wanted = select or self._current_id
        self.model.set_types(types)
        self._filter(self.search.text())
        if not self.model.types:
            self.show_problem(
                self.tr("This server offers no AI tasks yet."),
                self.tr(
                    "Ask the administrator to install the Assistant app and an AI provider "
                    "(for example a local language model)."
                ),
                retry=False,
            )
            self._current_id = ""
            return
        self.pages.setCurrentIndex(0)
        self.view.expandAll()
        ids = self.model.type_ids()
        fallback = DEFAULT_TYPE if DEFAULT_TYPE in ids else ids[0]
        target = wanted if wanted in ids else fallback
        self._current_id = ""
        self.select_type(target)

    def show_problem(self, text: str, hint: str = "", *, retry: bool = True) -> None:
        self.set_loading(False)
        self.message.setText(text)
        self.message_hint.setText(hint)
        self.message_hint.setVisible(bool(hint))
        self.retry_button.setVisible(retry)
        self.pages.setCurrentIndex(1)

    def clear(self) -> None:
        self.model.set_types([])
        self._current_id = ""
        self.pages.setCurrentIndex(0)

    def select_type(self, type_id: str) -> bool:
        source = self.model.index_of(type_id)
        if not source.isValid():
            return False
        index = self.proxy.mapFromSource(source)
        if not index.isValid():  # filtered away: clear the search so it can be shown
            self.search.clear()
            index = self.proxy.mapFromSource(source)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)
        return True

    @property
    def current_type(self) -> TaskType | None:
        return self.model.types.get(self._current_id)

    @property
    def current_id(self) -> str:
        return self._current_id

    def choose_first_match(self) -> bool:
        """Return in the search: the first task type that matches is chosen, and the list takes
        the focus (the arrows move on from there; Tab goes on to its form)."""
        pending = [self.proxy.index(row, 0) for row in range(self.proxy.rowCount())]
        while pending:
            index = pending.pop(0)
            if index.data(TYPE_ID_ROLE):
                self.view.setCurrentIndex(index)
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            children = [self.proxy.index(r, 0, index) for r in range(self.proxy.rowCount(index))]
            pending[:0] = children
        return False

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- internals ------------------------------------------------------------------------------

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.view.expandAll()
        has_rows = self.proxy.rowCount() > 0
        self.no_match.setVisible(bool(text.strip()) and not has_rows and bool(self.model.types))

    def _current_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: object
    ) -> None:
        type_id = current.data(TYPE_ID_ROLE) if current.isValid() else None
        if not type_id or type_id == self._current_id:
            return
        self._current_id = type_id
        task_type = self.model.types.get(type_id)
        if task_type is not None:
            self.type_chosen.emit(task_type)
