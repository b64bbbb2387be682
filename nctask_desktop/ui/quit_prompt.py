"""Quitting with submissions not yet sent: say how many, and that they go at the next start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def unsent_text(count: int) -> str:
    return QCoreApplication.translate(
        "QuitPrompt",
        "%n task(s) you submitted have not reached your server yet. They are kept on this "
        "computer and sent the next time you start nctask-desktop.",
        None,
        count,
    )


class QuitPrompt:
    """Asks before the window closes while submissions are unsent (a box that does not block
    the event loop: uploads and the queue go on while it is open)."""

    def __init__(self, window: QWidget, unsent: Callable[[], int]) -> None:
        self.window = window
        self._unsent = unsent
        self._confirmed = False
        self.box: QMessageBox | None = None
        self.quit_button: QPushButton | None = None
        self.wait_button: QPushButton | None = None

    def allows_close(self) -> bool:
        """True when the window may close now; otherwise the question is shown (Quit closes)."""
        if self._confirmed:
            return True
        count = self._unsent()
        if count == 0:
            return True
        if self.box is not None and self.box.isVisible():
            self.box.raise_()
            return False
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("QuitPrompt", "Quit nctask-desktop?"))
        box.setText(unsent_text(count))
        box.setInformativeText(
            QCoreApplication.translate(
                "QuitPrompt", "You can also keep the app open until they are sent."
            )
        )
        self.quit_button = box.addButton(
            QCoreApplication.translate("QuitPrompt", "&Quit, send them later"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.wait_button = box.addButton(
            QCoreApplication.translate("QuitPrompt", "&Keep open"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(self.wait_button)
        box.setEscapeButton(self.wait_button)
        box.finished.connect(lambda _result: self._answered(box))
        self.box = box
        box.open()
        return False

    def _answered(self, box: QMessageBox) -> None:
        quit_now = box.clickedButton() is self.quit_button
        self.box = None
        box.deleteLater()
        if quit_now:
            self._confirmed = True
            self.window.close()
