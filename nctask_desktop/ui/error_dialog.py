"""The dialog for unexpected errors: a plain explanation, never a traceback; details can be copied."""

from __future__ import annotations

import traceback
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop import __version__
from nctask_desktop.services.logs import log_file, redact

from .widgets import MutedLabel, explain_text


def error_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """What 'Copy details' copies: version and the traceback, secrets redacted."""
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    return redact(f"nctask-desktop {__version__}\n{text}")


class ErrorDialog(QDialog):
    """Shows what went wrong in plain words; 'Copy details' puts the technical part on the clipboard."""

    def __init__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.details = error_details(exc_type, exc, tb)
        self.message = explain_text(exc)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        icon = QLabel(self)
        extent = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style()
            .standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            .pixmap(extent, extent)
        )
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QLabel(self.message, self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        row.addWidget(text, 1)
        layout.addLayout(row)
        self.copied = MutedLabel(
            self.tr("The details are also in the log file: {path}").format(path=str(log_file())),
            self,
        )
        self.copied.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.copied)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self._copy)
        close = QPushButton(self.tr("Close"), self)
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copied.setText(self.tr("The details are copied. Paste them into your report."))
