"""One small editor class per kind of input slot: text, number, choice, and unknown kinds."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.api import Slot
from nctask_desktop.messages import explain_input
from nctask_desktop.services.tasks import InputError
from nctask_desktop.ui.widgets import (
    InlineMessage,
    MutedLabel,
    format_number,
    parse_number,
    style_spacing,
)

# Servers accept long texts, but providers (and the web Assistant) stop around here.
TEXT_WARNING_LIMIT = 64_000


def input_problem(slot: Slot, reason: str, detail: str = "") -> str:
    """The plain-language sentence for an input problem (messages.py), translated."""
    return explain_input(InputError(slot.key, reason, detail), slot.name).render(
        QCoreApplication.translate
    )


class SlotEditor(QWidget):
    """The editor of one input slot. Subclasses keep the value in their widgets.

    `value()` is None when empty; files are LocalFile or NextcloudFile (the form turns the latter
    into file ids). `problem()` returns the sentence to show when the value cannot be sent.
    """

    changed = Signal()
    structureChanged = Signal()  # widgets were added or removed (the tab order needs a refresh)
    refused = Signal(str)  # what the user gave was refused, and why (shown at the slot; "" clears)

    def __init__(self, slot: Slot, parent: QWidget | None = None, **_options: Any) -> None:
        super().__init__(parent)
        self.slot = slot

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def is_empty(self) -> bool:
        value = self.value()
        return value is None or value == "" or value == []

    def problem(self) -> str | None:
        """Why the value cannot be sent (mandatory and empty, not a number, …), or None."""
        if self.slot.mandatory and self.is_empty():
            return input_problem(self.slot, "missing")
        return None

    def focus_widget(self) -> QWidget:
        """The control that takes focus (and is the label's buddy)."""
        return self

    def set_described_by(self, description: str) -> None:
        """Accessible description of the editor's controls (the slot's helper text or an error)."""
        self.focus_widget().setAccessibleDescription(description)


# --- text -----------------------------------------------------------------------------------------


def _has_local_files(mime: QMimeData | None) -> bool:
    return mime is not None and mime.hasUrls() and any(u.isLocalFile() for u in mime.urls())


class GrowingTextEdit(QPlainTextEdit):
    """A plain-text box that grows with its text between a few lines and a dozen, then scrolls."""

    def __init__(self, min_lines: int = 4, max_lines: int = 12, parent: QWidget | None = None):
        super().__init__(parent)
        self.min_lines = min_lines
        self.max_lines = max_lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._size_changed)
        self._lines = min_lines

    # Files dragged over the text box go on to the form, which puts them into a file slot; the
    # box would otherwise insert their paths as text.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _has_local_files(event.mimeData()):
            event.ignore()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _has_local_files(event.mimeData()):
            event.ignore()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if _has_local_files(event.mimeData()):
            event.ignore()
        else:
            super().dropEvent(event)

    def _size_changed(self) -> None:
        lines = max(self.min_lines, min(self.max_lines, int(self.document().size().height())))
        if lines != self._lines:
            self._lines = lines
            self.updateGeometry()

    def _height_for(self, lines: int) -> int:
        margins = self.contentsMargins()
        doc_margin = int(self.document().documentMargin())
        return (
            self.fontMetrics().lineSpacing() * lines
            + 2 * doc_margin
            + margins.top()
            + margins.bottom()
            + 2
        )

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height_for(self._lines))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height_for(self.min_lines))


class TextEditor(SlotEditor):
    """Multi-line text with a live character count and a warning above 64,000 characters."""

    def __init__(
        self, slot: Slot, parent: QWidget | None = None, *, compact: bool = False, **options: Any
    ) -> None:
        super().__init__(slot, parent, **options)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style_spacing(self) // 2)
        self.edit = GrowingTextEdit(2 if compact else 4, 8 if compact else 12, self)
        self.edit.setAccessibleName(slot.name)
        layout.addWidget(self.edit)
        self.count_label = MutedLabel("", self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.count_label.setVisible(not compact)
        self.compact = compact
        self.warning = InlineMessage(QStyle.StandardPixmap.SP_MessageBoxWarning, self)
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        footer.addWidget(self.warning, 1)
        footer.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(footer)
        self.edit.textChanged.connect(self._text_changed)
        self._length = -1
        self._update_count()

    def _text_changed(self) -> None:
        self._update_count()
        self.changed.emit()

    def length(self) -> int:
        return len(self.edit.toPlainText())

    def _update_count(self) -> None:
        length = self.length()
        if length == self._length:
            return
        self._length = length
        count = QLocale().toString(length)
        self.count_label.setText(self.tr("Characters: {count}").format(count=count))
        self.count_label.setAccessibleName(self.count_label.text())
        too_long = length > TEXT_WARNING_LIMIT
        if too_long and self.warning.isHidden():
            self.warning.show_message(
                self.tr(
                    "This text is longer than {limit} characters. The server may refuse it or cut it short."
                ).format(limit=QLocale().toString(TEXT_WARNING_LIMIT))
            )
        elif not too_long and not self.warning.isHidden():
            self.warning.clear()
        if self.compact:
            self.count_label.setVisible(too_long)

    def value(self) -> str | None:
        text = self.edit.toPlainText()
        return text if text else None

    def set_value(self, value: Any) -> None:
        text = "" if value is None else value if isinstance(value, str) else str(value)
        if text != self.edit.toPlainText():
            self.edit.setPlainText(text)

    def problem(self) -> str | None:
        text = self.edit.toPlainText()
        if self.slot.mandatory and not text.strip():
            return input_problem(self.slot, "missing")
        return None

    def focus_widget(self) -> QWidget:
        return self.edit


# --- numbers --------------------------------------------------------------------------------------

_NUMBER_CHARS = re.compile(r"^[\s0-9+\-\u2212.,eE]*$")


class NumberSpinBox(QAbstractSpinBox):
    """A number field that may be empty and keeps what was typed: "3" is an int, "3.5" a float.

    The arrows (and Up/Down keys) step by 1 for whole numbers and by the last decimal otherwise.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        minimum: float | None = None,
        start: int | float = 0,
    ) -> None:
        super().__init__(parent)
        self.minimum = minimum
        self.start = start
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setKeyboardTracking(True)
        self.setAccelerated(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def text_value(self) -> str:
        return self.lineEdit().text()

    def number(self) -> int | float | None:
        """The number typed, None when empty; ValueError when it is not a number."""
        text = self.text_value().strip()
        if not text:
            return None
        return parse_number(text)

    def set_number(self, value: int | float | None) -> None:
        self.lineEdit().setText("" if value is None else format_number(value))

    def set_text(self, text: str) -> None:
        self.lineEdit().setText(text)

    def validate(self, text: str, pos: int) -> QValidator.State:  # type: ignore[override]
        if not _NUMBER_CHARS.match(text):
            return QValidator.State.Invalid
        if self.minimum is not None and self.minimum >= 0 and "-" in text:
            return QValidator.State.Invalid
        if not text.strip():
            return QValidator.State.Acceptable
        try:
            value = parse_number(text)
        except ValueError:
            return QValidator.State.Intermediate
        if self.minimum is not None and value < self.minimum:
            return QValidator.State.Intermediate
        return QValidator.State.Acceptable

    def fixup(self, text: str) -> str:
        return text

    def _current(self) -> int | float | None:
        try:
            return self.number()
        except ValueError:
            return None

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.isReadOnly():
            return QAbstractSpinBox.StepEnabledFlag.StepNone
        flags = QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        value = self._current()
        if self.minimum is None or value is None or value > self.minimum:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def stepBy(self, steps: int) -> None:
        value = self._current()
        if value is None:
            value = self.start
            steps = 0 if self.text_value().strip() == "" else steps
        if isinstance(value, int):
            new: int | float = value + steps
        else:
            text = format_number(value).replace(QLocale().decimalPoint(), ".")
            decimals = len(text.split(".", 1)[1]) if "." in text and "e" not in text else 1
            new = round(value + steps * 10.0**-decimals, decimals)
        if self.minimum is not None and new < self.minimum:
            new = type(new)(self.minimum)
        self.set_number(new)
        self.lineEdit().selectAll()


class NumberEditor(SlotEditor):
    """A number field, whole numbers staying ints; within the default's range (≥ 0 if it is)."""

    def __init__(self, slot: Slot, parent: QWidget | None = None, **options: Any) -> None:
        super().__init__(slot, parent, **options)
        default = slot.default
        is_number = isinstance(default, int | float) and not isinstance(default, bool)
        minimum = 0 if is_number and default >= 0 else None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.spin = NumberSpinBox(self, minimum=minimum, start=default if is_number else 0)
        self.spin.setAccessibleName(slot.name)
        if is_number:
            self.spin.lineEdit().setPlaceholderText(
                self.tr("Default: {value}").format(value=format_number(default))
            )
        width = self.spin.fontMetrics().horizontalAdvance("0") * 14
        self.spin.setMinimumWidth(width)
        layout.addWidget(self.spin)
        layout.addStretch(1)
        self.spin.lineEdit().textChanged.connect(self.changed)

    def value(self) -> int | float | str | None:
        try:
            return self.spin.number()
        except ValueError:
            return None

    def raw_text(self) -> str:
        return self.spin.text_value()

    def is_empty(self) -> bool:
        return not self.spin.text_value().strip()

    def set_value(self, value: Any) -> None:
        if value is None or value == "":
            self.spin.set_number(None)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            self.spin.set_number(value)
        else:
            self.spin.set_text(str(value))

    def problem(self) -> str | None:
        if self.is_empty():
            return super().problem()
        try:
            number = self.spin.number()
        except ValueError:
            return input_problem(self.slot, "not-a-number", self.spin.text_value().strip())
        minimum = self.spin.minimum
        if minimum is not None and number is not None and number < minimum:
            return self.tr("“{name}” must be {minimum} or more.").format(
                name=self.slot.name, minimum=format_number(minimum)
            )
        return None

    def focus_widget(self) -> QWidget:
        return self.spin


# --- choices --------------------------------------------------------------------------------------


class EnumEditor(SlotEditor):
    """A drop-down of the offered values (names shown, values sent); plain text without a list."""

    def __init__(self, slot: Slot, parent: QWidget | None = None, **options: Any) -> None:
        super().__init__(slot, parent, **options)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo: QComboBox | None = None
        self.line: QLineEdit | None = None
        self._extra_values: set[str] = set()
        if slot.enum_values:
            combo = self.combo = QComboBox(self)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaxVisibleItems(16)
            combo.setMinimumContentsLength(12)
            combo.setAccessibleName(slot.name)
            if not slot.mandatory and slot.default is None:
                combo.addItem(self.tr("Automatic"), None)
            for choice in slot.enum_values:
                combo.addItem(choice.name, choice.value)
            if slot.mandatory:
                combo.setPlaceholderText(self.tr("Choose…"))
            layout.addWidget(combo)
            layout.addStretch(1)
            combo.currentIndexChanged.connect(self.changed)
        else:
            line = self.line = QLineEdit(self)
            line.setAccessibleName(slot.name)
            layout.addWidget(line)
            line.textChanged.connect(self.changed)
        self.set_value(slot.default)

    def value(self) -> str | None:
        if self.combo is not None:
            data = self.combo.currentData() if self.combo.currentIndex() >= 0 else None
            return None if data is None else str(data)
        assert self.line is not None
        return self.line.text() or None

    def current_name(self) -> str:
        """What the user sees selected."""
        if self.combo is not None:
            return self.combo.currentText() if self.combo.currentIndex() >= 0 else ""
        assert self.line is not None
        return self.line.text()

    def set_value(self, value: Any) -> None:
        text = None if value is None or value == "" else str(value)
        if self.line is not None:
            self.line.setText(text or "")
            return
        combo = self.combo
        assert combo is not None
        if text is None:
            # Nothing given: the default where there is one (the server would use it too),
            # else "Automatic" (optional) or the "Choose…" placeholder (mandatory).
            index = -1
            if self.slot.default is not None:
                index = combo.findData(str(self.slot.default))
            if index < 0:
                index = combo.findData(None)
            combo.setCurrentIndex(index)
            return
        index = combo.findData(text)
        if index < 0:
            # A value the server no longer offers (an old draft, a task from another version):
            # show it as it is, and let validation say so.
            combo.addItem(self.tr("{value} (not offered)").format(value=text), text)
            self._extra_values.add(text)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def problem(self) -> str | None:
        value = self.value()
        if value is None:
            return super().problem()
        offered = {c.value for c in self.slot.enum_values}
        if offered and value not in offered:
            names = ", ".join(c.name for c in self.slot.enum_values)
            return input_problem(self.slot, "not-in-enum", names)
        return None

    def focus_widget(self) -> QWidget:
        widget = self.combo if self.combo is not None else self.line
        assert widget is not None
        return widget


# --- unknown kinds --------------------------------------------------------------------------------


def unknown_kind_text(slot: Slot) -> str:
    return QCoreApplication.translate(
        "Forms",
        "This input is of a kind this app does not know yet ({kind}). Use the Nextcloud web Assistant for this task.",
    ).format(kind=slot.raw_type)


class UnknownEditor(SlotEditor):
    """An input of a kind this app does not know: explained, never a crash. It holds no value."""

    def __init__(self, slot: Slot, parent: QWidget | None = None, **options: Any) -> None:
        super().__init__(slot, parent, **options)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = InlineMessage(QStyle.StandardPixmap.SP_MessageBoxInformation, self)
        self.message.show_message(unknown_kind_text(slot))
        label = self.message.text_label
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label.setAccessibleName(slot.name)
        layout.addWidget(self.message)

    def value(self) -> None:
        return None

    def set_value(self, value: Any) -> None:
        """Nothing to show: this app cannot edit (or send) a value of this kind."""

    def problem(self) -> str | None:
        return unknown_kind_text(self.slot) if self.slot.mandatory else None

    def focus_widget(self) -> QWidget:
        return self.message.text_label
