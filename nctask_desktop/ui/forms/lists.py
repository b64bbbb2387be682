"""ListOf* inputs: several items, each in the editor (or preview) of its kind; add, remove, reorder."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.api import Slot, SlotType
from nctask_desktop.services.drafts import NextcloudFile
from nctask_desktop.services.tasks import LocalFile
from nctask_desktop.ui.widgets import style_spacing

from .browser import FileBrowserSource
from .editors import NumberEditor, SlotEditor, TextEditor, input_problem
from .fileeditors import FileCard, FileChoice, FilePicker, _FileSlotEditor, to_file_choice


class ListRow(QWidget):
    """One item of a list with its Up, Down and Remove buttons."""

    def __init__(self, item: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style_spacing(self, vertical=False) // 2)
        item.setParent(self)
        # A number field is short: its buttons sit right beside it. Texts and files fill the line.
        narrow = isinstance(item, NumberEditor)
        layout.addWidget(item, 0 if narrow else 1)
        style = self.style()
        # Arrows drawn by the style in the palette's colours (the standard arrow icons are black).
        self.up_button = self._button(None)
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.down_button = self._button(None)
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.remove_button = self._button(QStyle.StandardPixmap.SP_TrashIcon)
        if self.remove_button.icon().isNull():
            self.remove_button.setIcon(
                style.standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton)
            )
        align = (
            Qt.AlignmentFlag.AlignVCenter
            if isinstance(item, FileCard)
            else Qt.AlignmentFlag.AlignTop
        )
        for button in (self.up_button, self.down_button, self.remove_button):
            layout.addWidget(button, 0, align)
        if narrow:
            layout.addStretch(1)

    def _button(self, pixmap: QStyle.StandardPixmap | None) -> QToolButton:
        button = QToolButton(self)
        if pixmap is not None:
            button.setIcon(self.style().standardIcon(pixmap))
        button.setAutoRaise(True)
        return button


class ListEditor(_FileSlotEditor):
    """A ListOf* slot. Texts and numbers get an editor per item; files a preview per item and a
    place to drop or choose several at once."""

    def __init__(self, slot: Slot, parent: QWidget | None = None, **options: Any) -> None:
        super().__init__(slot, parent, **options)
        self.item_type = slot.type.item_type
        self.is_files = self.item_type.is_file
        self.rows: list[ListRow] = []
        spacing = style_spacing(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(spacing)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(spacing)
        layout.addLayout(self.rows_layout)
        self.add_button: QPushButton | None = None
        if self.is_files:
            self.setAcceptDrops(True)
            self.picker = FilePicker(
                slot, self.kind, multiple=True, file_browser=self.file_browser, parent=self
            )
            self.picker.localChosen.connect(self.add_local_files)
            self.picker.remoteChosen.connect(self.add_remote_files)
            layout.addWidget(self.picker)
        else:
            text = (
                self.tr("Add a number")
                if self.item_type is SlotType.NUMBER
                else self.tr("Add a text")
            )
            self.add_button = QPushButton(text, self)
            self.add_button.setIcon(QIcon.fromTheme("list-add"))
            self.add_button.setAccessibleName(
                self.tr("{action} to “{name}”").format(action=text, name=slot.name)
            )
            self.add_button.clicked.connect(self._add_clicked)
            footer = QHBoxLayout()
            footer.addWidget(self.add_button)
            footer.addStretch(1)
            layout.addLayout(footer)
        self.set_value(slot.default)

    # --- items --------------------------------------------------------------------------------

    def _item_slot(self) -> Slot:
        return dataclasses.replace(
            self.slot, type=self.item_type, mandatory=False, default=None, enum_values=()
        )

    def _make_item(self, value: Any) -> QWidget | None:
        if self.is_files:
            choice = to_file_choice(value)
            return None if choice is None else FileCard(choice, self)
        editor: SlotEditor
        if self.item_type is SlotType.NUMBER:
            editor = NumberEditor(self._item_slot(), self)
        else:
            editor = TextEditor(self._item_slot(), self, compact=True)
        editor.set_value(value)
        editor.changed.connect(self.changed)
        return editor

    def add_item(self, value: Any = None, *, focus: bool = False, notify: bool = True) -> bool:
        item = self._make_item(value)
        if item is None:
            return False
        row = ListRow(item, self)
        row.up_button.clicked.connect(self._row_button_clicked)
        row.down_button.clicked.connect(self._row_button_clicked)
        row.remove_button.clicked.connect(self._row_button_clicked)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self._renumber()
        if focus and isinstance(item, SlotEditor):
            item.focus_widget().setFocus()
        if notify:
            self.structureChanged.emit()
            self.changed.emit()
        return True

    def _add_clicked(self) -> None:
        self.add_item(None, focus=True)

    def _row_button_clicked(self) -> None:
        button = self.sender()
        row = next(
            (r for r in self.rows if button in (r.up_button, r.down_button, r.remove_button)), None
        )
        if row is None:
            return
        if button is row.remove_button:
            self.remove_row(row)
        else:
            self.move_row(row, -1 if button is row.up_button else +1)

    def remove_row(self, row: ListRow) -> None:
        if row not in self.rows:
            return
        index = self.rows.index(row)
        had_focus = row.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        if had_focus:
            if self.rows:
                self.rows[min(index, len(self.rows) - 1)].remove_button.setFocus()
            else:
                self._add_control().setFocus()
        self.structureChanged.emit()
        self.changed.emit()

    def move_row(self, row: ListRow, delta: int) -> None:
        if row not in self.rows:
            return
        index = self.rows.index(row)
        target = index + delta
        if not 0 <= target < len(self.rows):
            return
        self.rows.insert(target, self.rows.pop(index))
        self.rows_layout.removeWidget(row)
        self.rows_layout.insertWidget(target, row)
        self._renumber()
        button = row.up_button if delta < 0 else row.down_button
        if not button.isEnabled():
            button = row.down_button if delta < 0 else row.up_button
        button.setFocus()
        self.structureChanged.emit()
        self.changed.emit()

    def _add_control(self) -> QWidget:
        return self.add_button if self.add_button is not None else self.picker.choose_button

    def _renumber(self) -> None:
        count = len(self.rows)
        for n, row in enumerate(self.rows, 1):
            label = self.tr("“{name}”, item {n} of {count}").format(
                name=self.slot.name, n=n, count=count
            )
            item = row.item
            if isinstance(item, SlotEditor):
                item.focus_widget().setAccessibleName(label)
            else:
                item.setAccessibleName(label)
            row.up_button.setEnabled(n > 1)
            row.down_button.setEnabled(n < count)
            for button, text in (
                (row.up_button, self.tr("Move item {n} of “{name}” up")),
                (row.down_button, self.tr("Move item {n} of “{name}” down")),
                (row.remove_button, self.tr("Remove item {n} of “{name}”")),
            ):
                text = text.format(n=n, name=self.slot.name)
                button.setAccessibleName(text)
                button.setToolTip(text)

    def item_widgets(self) -> list[QWidget]:
        return [row.item for row in self.rows]

    def _item_value(self, item: QWidget) -> Any:
        if isinstance(item, FileCard):
            return item.choice
        if isinstance(item, SlotEditor):
            return item.value()
        return None

    # --- value --------------------------------------------------------------------------------

    def value(self) -> list[Any] | None:
        values = [self._item_value(row.item) for row in self.rows]
        values = [v for v in values if v is not None and v != ""]
        return values or None

    def set_value(self, value: Any) -> None:
        items = value if isinstance(value, list | tuple) else [] if value is None else [value]
        for row in list(self.rows):
            self.rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        for item in items:
            self.add_item(item, notify=False)
        if not self.is_files and not self.rows:
            self.add_item(None, notify=False)
        self._renumber()
        self.structureChanged.emit()
        self.changed.emit()

    def is_empty(self) -> bool:
        return not self.value() and not any(
            isinstance(row.item, NumberEditor) and row.item.raw_text().strip() for row in self.rows
        )

    def problem(self) -> str | None:
        for n, row in enumerate(self.rows, 1):
            item = row.item
            message: str | None = None
            if isinstance(item, SlotEditor):
                message = item.problem()
            elif (
                isinstance(item, FileCard)
                and isinstance(item.choice, LocalFile)
                and not Path(item.choice.path).is_file()
            ):
                message = input_problem(self.slot, "file-not-found", str(item.choice.path))
            if message:
                return self.tr("Item {n}: {problem}").format(n=n, problem=message)
        return None  # an empty list is a value: the server takes [] for a required list

    def focus_widget(self) -> QWidget:
        return self._add_control()

    def first_problem_widget(self) -> QWidget | None:
        for row in self.rows:
            if isinstance(row.item, SlotEditor) and row.item.problem():
                return row.item.focus_widget()
        return None

    # --- files --------------------------------------------------------------------------------

    def fits(self, path: Path) -> bool:
        return self.is_files and self.takes(path)

    def _accepts_drops_now(self) -> bool:
        return self.is_files

    def add_local_files(self, paths: list[Path]) -> bool:
        if not self.is_files:
            return False
        added = False
        refused = []
        for path in paths:
            if self.fits(path):
                added = self.add_item(LocalFile(path.absolute()), notify=False) or added
            else:
                refused.append(path)
        if refused:
            self._refuse(refused)  # the others are added; the refused ones are named
        elif added:
            self.refused.emit("")
        if added:
            self.structureChanged.emit()
            self.changed.emit()
        return added

    def add_remote_files(self, files: list[NextcloudFile]) -> bool:
        added = False
        for file in files:
            added = self.add_item(file, notify=False) or added
        if added:
            self.structureChanged.emit()
            self.changed.emit()
        return added

    def file_choices(self) -> list[FileChoice]:
        return [row.item.choice for row in self.rows if isinstance(row.item, FileCard)]

    def set_file_browser(self, source: FileBrowserSource | None) -> None:
        self.file_browser = source
        if self.is_files:
            self.picker.set_file_browser(source)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.is_files:
            self._drag_enter(event)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        if self.is_files:
            self._drag_leave()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.is_files:
            self._drop(event)
        else:
            event.ignore()
