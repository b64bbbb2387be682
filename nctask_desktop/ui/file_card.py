"""The card of one file, the same in forms and in results: icon or thumbnail, a name shortened in
the middle, a line of details, buttons at the end."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QStyle, QVBoxLayout, QWidget

from .widgets import MutedLabel, style_spacing


class ElidedLabel(QLabel):
    """One line of text, shortened in the middle with … when it does not fit."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), self.fontMetrics().horizontalAdvance("M") * 8)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("M") * 6, hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4, hint.height())


class FileCardFrame(QFrame):
    """The card of one file, in forms and in results alike: an icon or thumbnail, the name
    (shortened in the middle), a muted line of details, and buttons at the end."""

    def __init__(self, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        spacing = style_spacing(self, vertical=False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(spacing, spacing // 2 + 2, spacing, spacing // 2 + 2)
        layout.setSpacing(spacing + 2)
        self.extent = self.fontMetrics().lineSpacing() * 3
        self.icon = QLabel(self)
        self.icon.setFixedSize(self.extent, self.extent)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.icon)
        self.texts = QVBoxLayout()
        self.texts.setSpacing(0)
        self.texts.addStretch(1)
        self.name_label = ElidedLabel(title, self)
        self.texts.addWidget(self.name_label)
        self.details_label = MutedLabel("", self)
        self.details_label.setWordWrap(False)
        self.texts.addWidget(self.details_label)
        self.texts.addStretch(1)
        layout.addLayout(self.texts, 1)
        self.trailing = QHBoxLayout()
        self.trailing.setSpacing(spacing // 2)
        layout.addLayout(self.trailing)

    def add_trailing(self, widget: QWidget) -> None:
        self.trailing.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)

    def set_icon(self, mime: str | None) -> None:
        from .forms.icons import icon_for_mime

        side = int(self.extent * 0.75)
        icon = icon_for_mime(mime, palette=self.palette())
        self.icon.setPixmap(icon.pixmap(QSize(side, side), self.devicePixelRatioF()))

    def set_warning_icon(self) -> None:
        side = int(self.extent * 0.75)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(icon.pixmap(QSize(side, side), self.devicePixelRatioF()))
