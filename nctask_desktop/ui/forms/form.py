"""The form of a task type, generated from its input shape: one row per slot, optional ones folded."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.api import Slot, TaskType
from nctask_desktop.messages import explain_input
from nctask_desktop.services.drafts import NextcloudFile
from nctask_desktop.services.tasks import InputError, validate_inputs
from nctask_desktop.ui.keyboard import focusable_in_layout
from nctask_desktop.ui.widgets import InlineMessage, MutedLabel, style_spacing

from .browser import FileBrowserSource
from .editors import NumberEditor, SlotEditor, UnknownEditor
from .fileeditors import FileEditor, local_paths
from .filekinds import FileKind
from .lists import ListEditor
from .registry import editor_for


def _json_item(value: Any) -> Any:
    return value.file_id if isinstance(value, NextcloudFile) else value


def to_json_value(value: Any) -> Any:
    """A form value as the task input takes it: Nextcloud files become their ids."""
    if isinstance(value, list):
        return [_json_item(v) for v in value]
    return _json_item(value)


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


class CollapsibleSection(QWidget):
    """A header button with an arrow that shows or hides the section's body."""

    toggled = Signal(bool)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._expanded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style_spacing(self))
        self.button = QToolButton(self)
        self.button.setText(title)
        self.button.setAccessibleName(title)
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setArrowType(Qt.ArrowType.RightArrow)
        self.button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        font = self.button.font()
        font.setBold(True)
        self.button.setFont(font)
        self.button.clicked.connect(self.toggle)
        layout.addWidget(self.button)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body)
        self.body.hide()
        self._describe()

    def _describe(self) -> None:
        self.button.setAccessibleDescription(
            self.tr("Expanded") if self._expanded else self.tr("Collapsed")
        )

    def is_expanded(self) -> bool:
        return self._expanded

    def toggle(self) -> None:
        self.set_expanded(not self._expanded)

    def set_expanded(self, expanded: bool) -> None:
        if expanded == self._expanded:
            return
        self._expanded = expanded
        self.button.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)
        self._describe()
        self.toggled.emit(expanded)


class SlotRow(QWidget):
    """One slot: its name (the editor's buddy), the server's description, the editor, an error."""

    def __init__(self, slot: Slot, editor: SlotEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slot = slot
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.label = QLabel(slot.name.replace("&", "&&"), self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.label.setBuddy(editor.focus_widget())
        layout.addWidget(self.label)
        self.description: MutedLabel | None = None
        if slot.description and slot.description.strip() != slot.name.strip():
            self.description = MutedLabel(slot.description, self)
            layout.addWidget(self.description)
        layout.addSpacing(style_spacing(self) // 2)
        editor.setParent(self)
        layout.addWidget(editor)
        self.error = InlineMessage(QStyle.StandardPixmap.SP_MessageBoxCritical, self)
        layout.addWidget(self.error)
        editor.refused.connect(self.set_error)  # a refused file is explained where it was dropped
        self._describe(None)

    def _describe(self, error: str | None) -> None:
        parts = [p for p in (error, self.slot.description) if p]
        self.editor.set_described_by("\n".join(parts))

    def set_error(self, text: str | None) -> None:
        if text:
            self.error.show_message(text)
        else:
            self.error.clear()
        self._describe(text)

    def error_text(self) -> str:
        return self.error.text()


_SERVER_KEY = re.compile(r"key:?\s*[\"“']([^\"”']+)[\"”']", re.IGNORECASE)


class FormWidget(QWidget):
    """The form of one task type. Scrolls by itself; values() gives the task's input map."""

    changed = Signal()  # any value changed (drafts debounce this themselves)
    submitRequested = Signal()  # Ctrl+Enter / Cmd+Enter inside the form

    def __init__(
        self,
        task_type: TaskType,
        parent: QWidget | None = None,
        *,
        file_browser: FileBrowserSource | None = None,
    ) -> None:
        super().__init__(parent)
        self.task_type = task_type
        self._file_browser = file_browser
        self._loading = 0
        self._busy = False
        self.rows: dict[str, SlotRow] = {}
        self.setAcceptDrops(True)
        spacing = style_spacing(self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(spacing)
        # The server's message sits above the scrolling part (always in view), aligned with the
        # slots below it.
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        self.server_error_box = QWidget(self)
        box = QVBoxLayout(self.server_error_box)
        box.setContentsMargins(margin, margin, margin, 0)
        self.server_error = InlineMessage(
            QStyle.StandardPixmap.SP_MessageBoxCritical, self.server_error_box, framed=True
        )
        self.server_error.text_label.setAccessibleName(self.tr("The server's answer"))
        box.addWidget(self.server_error)
        self.server_error_box.hide()
        outer.addWidget(self.server_error_box)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll_area, 1)

        self.content = QWidget(self.scroll_area)
        self.content.setObjectName("formContent")
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(margin, margin, margin, margin)
        self.content_layout.setSpacing(spacing * 3)
        self.scroll_area.setWidget(self.content)

        mandatory = [s for s in task_type.inputs if s.mandatory]
        optional = [s for s in task_type.inputs if not s.mandatory]
        for slot in mandatory:
            self.content_layout.addWidget(self._make_row(slot, self.content))
        self.more: CollapsibleSection | None = None
        if optional:
            self.more = CollapsibleSection(self.tr("More options"), self.content)
            self.more.body_layout.setSpacing(spacing * 3)
            self.more.body_layout.setContentsMargins(0, spacing, 0, 0)
            for slot in optional:
                self.more.body_layout.addWidget(self._make_row(slot, self.more.body))
            self.content_layout.addWidget(self.more)
            self.more.toggled.connect(self._fix_tab_order)
            if not mandatory:
                self.more.set_expanded(True)
        if not task_type.inputs:
            empty = MutedLabel(self.tr("This task needs no input."), self.content)
            self.content_layout.addWidget(empty)
        self.content_layout.addStretch(1)

        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._submit_shortcut)

        self._loading += 1
        try:
            for row in self.rows.values():
                row.editor.set_value(row.slot.default)
        finally:
            self._loading -= 1
        self._fix_tab_order()

    def _make_row(self, slot: Slot, parent: QWidget) -> SlotRow:
        editor = editor_for(slot, None, file_browser=self._file_browser)
        row = SlotRow(slot, editor, parent)
        # Bound methods only (no lambdas holding `self`): widgets must not sit in reference
        # cycles, or the garbage collector may delete them later from another thread.
        editor.changed.connect(self._editor_changed)
        editor.structureChanged.connect(self._fix_tab_order)
        self.rows[slot.key] = row
        return row

    # --- public interface ---------------------------------------------------------------------

    def editor(self, key: str) -> SlotEditor:
        return self.rows[key].editor

    def values(self) -> dict[str, Any]:
        """The task's input map: numbers, enum values, text, file ids (int) for Nextcloud files,
        LocalFile for files on this computer, lists for ListOf* slots. Empty slots are left out,
        except a required list, which is sent as [] (the server takes an empty list)."""
        result: dict[str, Any] = {}
        for key, row in self.rows.items():
            if isinstance(row.editor, UnknownEditor):
                continue
            value = row.editor.value()
            if not _is_empty(value):
                result[key] = to_json_value(value)
            elif row.slot.mandatory and row.slot.type.is_list:
                result[key] = []  # e.g. the chat history of a first message
        return result

    def draft_values(self) -> dict[str, Any]:
        """Like values(), but Nextcloud files stay NextcloudFile (with their names) and a number
        that is not one yet keeps its text: what a draft stores."""
        result: dict[str, Any] = {}
        for key, row in self.rows.items():
            editor = row.editor
            if isinstance(editor, UnknownEditor):
                continue
            value = editor.value()
            if isinstance(editor, NumberEditor) and value is None and editor.raw_text().strip():
                value = editor.raw_text()
            if not _is_empty(value):
                result[key] = value
        return result

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Show these values (a draft, or the input of an earlier task). Slots not given are
        emptied; file slots take LocalFile, NextcloudFile, file ids or paths."""
        self._loading += 1
        try:
            for key, row in self.rows.items():
                row.editor.set_value(values.get(key))
                row.set_error(None)
        finally:
            self._loading -= 1
        self.clear_server_error()
        if self.more is not None and not self.more.is_expanded():
            for row in self.rows.values():
                if row.slot.mandatory:
                    continue
                value = to_json_value(row.editor.value())
                if not _is_empty(value) and value != row.slot.default:
                    self.more.set_expanded(True)
                    break
        self._fix_tab_order()
        self.changed.emit()

    def validate(self, skip: str = "") -> bool:
        """Check every slot (but `skip`, filled later: one file per task of a batch); show what
        is wrong next to it and focus the first bad one."""
        first: SlotRow | None = None
        for row in self.rows.values():
            problem = None if row.slot.key == skip else row.editor.problem()
            row.set_error(problem)
            if problem and first is None:
                first = row
        if first is None:
            try:
                values = self.values()
                if skip in self.rows:
                    values[skip] = [0] if self.rows[skip].slot.type.is_list else 0
                validate_inputs(self.task_type, values)
            except InputError as exc:
                first = self.rows.get(exc.key)
                if first is not None:
                    first.set_error(
                        explain_input(exc, first.slot.name).render(QCoreApplication.translate)
                    )
        if first is None:
            return True
        self._reveal(first)
        widget: QWidget | None = None
        if isinstance(first.editor, ListEditor):
            widget = first.editor.first_problem_widget()
        (widget or first.editor.focus_widget()).setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def errors(self) -> dict[str, str]:
        """The inline errors shown, by slot key."""
        return {key: row.error_text() for key, row in self.rows.items() if row.error_text()}

    def show_server_error(self, text: str) -> None:
        """The server's 400 message, in its words, above the form; cleared on the next change."""
        self.server_error.show_message(text)
        self.server_error_box.setVisible(bool(text))
        match = _SERVER_KEY.search(text)
        if match and match.group(1) in self.rows:
            self._reveal(self.rows[match.group(1)])

    def server_error_text(self) -> str:
        return self.server_error.text()

    def clear_server_error(self) -> None:
        self.server_error.clear()
        self.server_error_box.hide()

    def set_busy(self, busy: bool) -> None:
        """While submitting: nothing can be edited (the values stay visible)."""
        self._busy = busy
        self.content.setEnabled(not busy)
        self.setAcceptDrops(not busy)

    def is_busy(self) -> bool:
        return self._busy

    def set_file_browser(self, source: FileBrowserSource | None) -> None:
        self._file_browser = source
        for row in self.rows.values():
            if isinstance(row.editor, FileEditor | ListEditor):
                row.editor.set_file_browser(source)

    def more_options_expanded(self) -> bool:
        return self.more is not None and self.more.is_expanded()

    def set_more_options_expanded(self, expanded: bool) -> None:
        if self.more is not None:
            self.more.set_expanded(expanded)

    def focus_first(self) -> None:
        """Put the cursor in the first slot (when the form is shown)."""
        for row in self.rows.values():
            if row.isVisibleTo(self) or row.slot.mandatory:
                row.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # --- files dropped on the window ----------------------------------------------------------

    def _file_editors(self) -> list[FileEditor | ListEditor]:
        return [
            row.editor
            for row in self.rows.values()
            if isinstance(row.editor, FileEditor)
            or (isinstance(row.editor, ListEditor) and row.editor.is_files)
        ]

    def accept_dropped_files(self, paths: list[Path]) -> bool:
        """Put dropped files into the first fitting empty file slots: slots of the file's own kind
        (image, audio, video) before slots that take any file. False when none fitted."""
        if self._busy:
            return False
        editors = self._file_editors()
        ordered = [e for e in editors if e.kind is not FileKind.ANY] + [
            e for e in editors if e.kind is FileKind.ANY
        ]
        placed = False
        remaining = [p for p in paths if p.is_file()]
        for path in list(remaining):
            if path not in remaining:  # taken by a list slot with an earlier file
                continue
            for editor in ordered:
                if not editor.is_empty() or not editor.fits(path):
                    continue
                if isinstance(editor, ListEditor):
                    batch = [p for p in remaining if editor.fits(p)]
                    editor.add_local_files(batch)
                    for p in batch:
                        remaining.remove(p)
                else:
                    editor.add_local_files([path])
                    remaining.remove(path)
                self._reveal(self._row_of(editor))
                placed = True
                break
        return placed

    def _row_of(self, editor: SlotEditor) -> SlotRow:
        return self.rows[editor.slot.key]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # Files no slot takes are let in too: the drop is then explained at the slot it landed on.
        if not self._busy and local_paths(event.mimeData()) and self._file_editors():
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if self.accept_dropped_files(paths):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return
        editors = self._file_editors()
        if not paths or not editors:
            event.ignore()
            return
        editor = self._file_editor_at(event.position().toPoint()) or editors[0]
        row = self._row_of(editor)
        row.set_error(editor.refusal(paths[0]))  # names what the slot takes
        self._reveal(row)
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def _file_editor_at(self, pos: QPoint) -> FileEditor | ListEditor | None:
        widget = self.childAt(pos)
        editors = self._file_editors()
        while widget is not None and widget is not self:
            for editor in editors:
                if editor is widget:
                    return editor
            widget = widget.parentWidget()
        return None

    # --- internals ----------------------------------------------------------------------------

    def _editor_changed(self) -> None:
        if self._loading:
            return
        editor = self.sender()
        if isinstance(editor, SlotEditor) and editor.slot.key in self.rows:
            self.rows[editor.slot.key].set_error(None)
        self.clear_server_error()
        self.changed.emit()

    def _submit_shortcut(self) -> None:
        if not self._busy:
            self.submitRequested.emit()

    def _reveal(self, row: SlotRow) -> None:
        if self.more is not None and not row.slot.mandatory and not self.more.is_expanded():
            self.more.set_expanded(True)
        self.scroll_area.ensureWidgetVisible(row)

    def focus_chain(self) -> list[QWidget]:
        """The form's focusable controls in layout order (the tab order)."""
        return focusable_in_layout(self.content_layout)

    def _fix_tab_order(self, *_args: object) -> None:
        for row in self.rows.values():  # a file slot's control changes when a file is chosen
            row.label.setBuddy(row.editor.focus_widget())
        chain = self.focus_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
