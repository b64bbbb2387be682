"""The Chat screen's list of conversations: a model that updates rows in place (newest first), a
delegate with the title and a muted second line, and the pane around it (search, list, New
conversation). Renaming is the list's own editor (F2, double-click); Delete and the context menu
are the page's (ui/chat_page.py)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from .delegates import draw_blank_item
from .history_model import relative_time
from .widgets import MutedLabel, clear_button, muted_color, push_button, translate

if TYPE_CHECKING:
    from nctask_desktop.services.chat import Conversation

Index = QModelIndex | QPersistentModelIndex
PREVIEW_CHARS = 80


def subtitle(conversation: Conversation, now: float) -> str:
    """The second line of a conversation: when it last changed, and how its last message starts."""
    when = relative_time(conversation.updated or conversation.created, now)
    last = next((m for m in reversed(conversation.messages) if m.content.strip()), None)
    preview = " ".join(last.content.split())[:PREVIEW_CHARS] if last is not None else ""
    if not preview:
        return when or translate("ChatList", "No messages yet")
    return f"{when} · {preview}" if when else preview


class ConversationModel(QAbstractListModel):
    """Conversations, newest first. `set_conversations` updates the rows in place: removed and new
    rows are told as such and a new order as a layout change, so the selection, the current row
    and an open rename editor stay on their conversation."""

    ConversationRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2
    SubtitleRole = Qt.ItemDataRole.UserRole + 3

    renamed = Signal(str, str)  # conversation id, new title

    def __init__(self, parent: Any = None, *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self.clock = clock
        self.items: list[Conversation] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.title or self.tr("New conversation")
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.title
        if role == self.SubtitleRole:
            return subtitle(item, self.clock())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.title or self.tr('New conversation')}, {subtitle(item, self.clock())}"
        if role == self.ConversationRole:
            return item
        if role == self.IdRole:
            return item.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A rename in the list: told to the page, which asks the chat service (the list follows
        when the service says the conversation changed)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        title = " ".join(str(value).split())
        item = self.items[index.row()]
        if not title or title == item.title:
            return False
        self.renamed.emit(item.id, title)
        return True

    def row_of(self, conversation_id: str) -> int | None:
        for row, item in enumerate(self.items):
            if item.id == conversation_id:
                return row
        return None

    def set_conversations(self, conversations: Sequence[Conversation]) -> None:
        wanted = sorted(conversations, key=lambda c: c.updated or c.created, reverse=True)
        new_ids = [c.id for c in wanted]
        keep = set(new_ids)
        for row in range(len(self.items) - 1, -1, -1):
            if self.items[row].id not in keep:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.items[row]
                self.endRemoveRows()
        have = {c.id for c in self.items}
        added = [c for c in wanted if c.id not in have]
        if added:
            first = len(self.items)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self.items.extend(added)
            self.endInsertRows()
        by_id = {c.id: c for c in wanted}
        if [c.id for c in self.items] != new_ids:
            self.layoutAboutToBeChanged.emit()
            before = self.persistentIndexList()
            ids = [self.items[index.row()].id for index in before]
            self.items = [by_id[i] for i in new_ids]
            rows = {i: row for row, i in enumerate(new_ids)}
            self.changePersistentIndexList(before, [self.index(rows[i], 0) for i in ids])
            self.layoutChanged.emit()
        else:
            self.items = [by_id[i] for i in new_ids]
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, 0))


class ConversationDelegate(QStyledItemDelegate):
    """Two lines per conversation: its title, then (muted) when it changed and how it ends."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = option.fontMetrics
        margin = max(4, metrics.height() // 3)
        return QSize(metrics.averageCharWidth() * 24, metrics.lineSpacing() * 2 + margin * 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt, title = draw_blank_item(self, painter, option, index)
        metrics = opt.fontMetrics
        margin = max(4, metrics.height() // 3)
        rect = opt.rect.adjusted(margin, margin, -margin, -margin)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        bold = opt.font
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        line = QRect(rect.x(), rect.y(), rect.width(), metrics.lineSpacing())
        align = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        bold_metrics = painter.fontMetrics()
        painter.drawText(
            line, align, bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, line.width())
        )
        painter.setFont(option.font)
        second: str = index.data(ConversationModel.SubtitleRole) or ""
        painter.setPen(palette.color(text_role) if selected else muted_color(palette))
        line.translate(0, metrics.lineSpacing())
        painter.drawText(
            line, align, metrics.elidedText(second, Qt.TextElideMode.ElideRight, line.width())
        )
        painter.restore()


class ConversationList(QListView):
    """The list: F2 renames (Qt's editor; never a click, which only opens a conversation); Tab
    leaves the list (the arrows move in it)."""

    def __init__(self, model: ConversationModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(ConversationDelegate(self))
        self.setAccessibleName(self.tr("Conversations"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)  # F2, or Rename
        self.setTabKeyNavigation(False)
        self.setUniformItemSizes(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)


class ConversationPane(QWidget):
    """Search, the conversations, New conversation."""

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.time):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.new_button = push_button(
            self.tr("&New conversation"), self, lambda: None, auto_default=False
        )
        self.new_button.setToolTip(self.tr("Start a new conversation (Ctrl+N)"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search conversations"))
        self.search.setAccessibleName(self.tr("Search conversations"))
        clear_button(self.search)
        self.model = ConversationModel(self, clock=clock)
        self.view = ConversationList(self.model, self)
        self.empty = MutedLabel(self.tr("No conversations yet."), self)
        self.no_match = MutedLabel(self.tr("No conversation matches the search."), self)
        self.no_match.hide()
        layout.addWidget(self.new_button)
        layout.addWidget(self.search)
        layout.addWidget(self.empty)
        layout.addWidget(self.no_match)
        layout.addWidget(self.view, 1)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            return None
        value = index.data(ConversationModel.IdRole)
        return str(value) if value else None

    def select(self, conversation_id: str | None) -> None:
        """Make a conversation the current row (None: no row)."""
        selection = self.view.selectionModel()
        row = self.model.row_of(conversation_id) if conversation_id else None
        if row is None:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), selection.SelectionFlag.NoUpdate)
            return
        index = self.model.index(row, 0)
        if self.view.currentIndex() != index or not selection.isSelected(index):
            selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)

    def show_counts(self, searching: bool) -> None:
        rows = self.model.rowCount()
        self.empty.setVisible(rows == 0 and not searching)
        self.no_match.setVisible(rows == 0 and searching)
