"""An image result, large: fitted to the window or at its actual size, with Save and Open."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .asyncqt import TaskOwner


def read_image(path: str) -> QImage:
    """Decode an image (off the UI thread: QImage is not a QObject)."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    return reader.read()


class ImageViewer(QDialog):
    """Shows one image; `save_requested` and `open_requested` are handled by the window."""

    save_requested = Signal()
    open_requested = Signal()

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.owner = TaskOwner()
        self._image = QImage()
        self._fit = True
        self.setWindowTitle(title)
        self.setSizeGripEnabled(True)
        layout = QVBoxLayout(self)
        self.area = QScrollArea(self)
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.setWidgetResizable(False)
        self.label = QLabel(self.area)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAccessibleName(title)
        self.label.setText(self.tr("Loading…"))
        self.area.setWidget(self.label)
        layout.addWidget(self.area, 1)
        self.buttons = QDialogButtonBox(self)
        self.size_button = QPushButton(self.tr("Actual size"), self)
        self.size_button.setAccessibleName(self.tr("Show the image at its actual size"))
        self.size_button.setCheckable(True)
        self.size_button.toggled.connect(self._toggle_fit)
        self.open_button = QPushButton(self.tr("Open in another app"), self)
        self.open_button.setAccessibleName(self.tr("Open the image in your image viewer"))
        self.open_button.clicked.connect(self.open_requested)
        self.save_button = QPushButton(self.tr("Save…"), self)
        self.save_button.setAccessibleName(self.tr("Save the image to a folder"))
        self.save_button.clicked.connect(self.save_requested)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        for button in (self.size_button, self.open_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        screen = self.screen().availableGeometry().size() if self.screen() else QSize(1200, 900)
        self.resize(screen * 0.7)
        self.owner.start("load", self._load(), report=False)

    async def _load(self) -> None:
        image = await asyncio.to_thread(read_image, str(self.path))
        if image.isNull():
            self.label.setText(self.tr("This image cannot be shown."))
            return
        self._image = image
        self.label.setAccessibleDescription(f"{image.width()} × {image.height()}")
        self._show()

    def image_size(self) -> QSize:
        return self._image.size()

    def _toggle_fit(self, actual: bool) -> None:
        self._fit = not actual
        self._show()

    def _show(self) -> None:
        if self._image.isNull():
            return
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap.fromImage(self._image)
        if self._fit:
            room = self.area.viewport().size() * ratio
            if pixmap.width() > room.width() or pixmap.height() > room.height():
                pixmap = pixmap.scaled(
                    room,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
        pixmap.setDevicePixelRatio(ratio)
        self.label.setPixmap(pixmap)
        self.label.resize(pixmap.size() / ratio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self._show()

    def done(self, result: int) -> None:
        self.owner.cancel_all()
        super().done(result)
