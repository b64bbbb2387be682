"""The pieces of a task's result view: formatted text, output file cards with download progress,
image thumbnails, a flow layout."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import QIcon, QImage, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTextBrowser,
    QToolButton,
    QWidget,
    QWidgetItem,
)

from nctask_desktop.api import SlotType, Task, TaskType

from .file_card import FileCardFrame
from .widgets import format_size, scaled_font


def clock_time(ts: float) -> str:
    """14:32 in the user's locale."""
    moment = datetime.fromtimestamp(ts)
    return QLocale().toString(
        QTime(moment.hour, moment.minute, moment.second), QLocale.FormatType.ShortFormat
    )


# --- small building blocks ------------------------------------------------------------------------


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping to the next line (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x = rect.x()
                y += line + self._spacing
                line = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class MarkdownView(QTextBrowser):
    """A text result: markdown, selectable, as tall as its text (the pane scrolls, not the text)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.plain_text = text
        self.setMarkdown(text)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def _fit(self, *_args: object) -> None:
        margins = self.contentsMargins()
        height = round(self.document().size().height()) + margins.top() + margins.bottom() + 2
        if self.height() != height:
            self.setFixedHeight(max(self.fontMetrics().height() * 2, height))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.document().setTextWidth(self.viewport().width())
        self._fit()


class OutputCard(FileCardFrame):
    """One output file: icon or thumbnail, name, kind / length / size, download progress, and its
    buttons (the same card as a form's file)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, title)
        self.path: Path | None = None
        self.details_label.setText(self.tr("Downloading…"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(max(6, self.fontMetrics().height() // 2))
        self.progress.setAccessibleName(self.tr("Download progress of {name}").format(name=title))
        self.texts.insertWidget(self.texts.count() - 1, self.progress)
        self.set_icon(None)

    def add_button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.setEnabled(False)
        self.add_trailing(button)
        return button

    def set_progress(self, done: int, total: int | None) -> None:
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(round(1000 * min(1.0, done / total)))
        self.details_label.setText(self.tr("Downloading… {size}").format(size=format_size(done)))

    def set_ready(self, path: Path, mime: str, details: str) -> None:
        self.path = path
        self.progress.hide()
        self.set_icon(mime)
        self.details_label.setText(details)
        self.name_label.setToolTip(details)
        for index in range(self.trailing.count()):
            item = self.trailing.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setEnabled(True)
        self.setAccessibleName(self.name_label.full_text() + ", " + details)

    def set_failed(self, text: str) -> None:
        self.progress.hide()
        self.details_label.setText(text)
        self.set_warning_icon()


class Thumbnail(QToolButton):
    """An image result: its thumbnail; a click opens it large."""

    def __init__(self, title: str, extent: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.path: Path | None = None
        self.extent = extent
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setText(title)
        self.setIconSize(QSize(extent, extent))
        self.setAutoRaise(True)
        self.setEnabled(False)
        self.setToolTip(self.tr("Loading…"))
        self.setAccessibleName(self.tr("{name}: open it large").format(name=title))
        placeholder = QPixmap(QSize(extent, extent) * self.devicePixelRatioF())
        placeholder.setDevicePixelRatio(self.devicePixelRatioF())
        placeholder.fill(self.palette().color(QPalette.ColorRole.AlternateBase))
        self.setIcon(QIcon(placeholder))

    def set_image(self, path: Path, image: QImage, details: str) -> None:
        self.path = path
        if not image.isNull():
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self.setIcon(QIcon(pixmap))
        self.setEnabled(True)
        self.setToolTip(details)

    def set_failed(self, text: str) -> None:
        self.setToolTip(text)
        self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))


class SectionTitle(QLabel):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setFont(scaled_font(self, 1.0, bold=True))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)


def clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        else:
            inner = item.layout()
            if inner is not None:
                clear_layout(inner)
                inner.deleteLater()


# --- the details pane -----------------------------------------------------------------------------


def outputs_by_slot(task: Task, task_type: TaskType | None) -> list[tuple[str, str, list[Any]]]:
    """(slot name, "text" / "image" / "audio" / "file", values) of every output of a task, in the
    order of the type's output shape."""
    output = dict(task.output or {})
    order = [s.key for s in task_type.outputs] if task_type else []
    order += [k for k in output if k not in order]
    file_keys = {k for k, _ in task.output_file_ids(task_type)}
    result = []
    for key in order:
        value = output.get(key)
        if value is None or value == [] or value == "":
            continue
        slot = task_type.output_slot(key) if task_type else None
        values = value if isinstance(value, list) else [value]
        kind = "text"
        if key in file_keys:
            item = slot.type.item_type if slot else SlotType.FILE
            kind = {SlotType.IMAGE: "image", SlotType.AUDIO: "audio"}.get(item, "file")
            values = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
        result.append((slot.name if slot else key, kind, values))
    return result
