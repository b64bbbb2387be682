"""Closing the window: with submissions not yet sent, say how many and that they go at the next
start; with tasks still running and a tray icon, offer to keep running there. One question."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton, QWidget

from nctask_desktop.services.settings import Preferences


def unsent_text(count: int) -> str:
    return QCoreApplication.translate(
        "QuitPrompt",
        "%n task(s) you submitted have not reached your server yet. They are kept on this "
        "computer and sent the next time you start nctask-desktop.",
        None,
        count,
    )


def running_text(count: int) -> str:
    return QCoreApplication.translate(
        "QuitPrompt",
        "%n task(s) are still running on your server. Keep nctask-desktop running in the tray "
        "to be told when they are done; if you quit, their results are in the History the next "
        "time you start it.",
        None,
        count,
    )


def tray_hint() -> str:
    return QCoreApplication.translate(
        "QuitPrompt", "nctask-desktop is still running: click its icon to open it again."
    )


class QuitPrompt:
    """Asks before the window closes while submissions are unsent, or tasks run and the app could
    stay in the tray (a box that does not block the event loop: uploads and the queue go on
    while it is open). `to_tray` hides the window; the hint about the tray icon shows once."""

    def __init__(
        self,
        window: QWidget,
        unsent: Callable[[], int],
        *,
        running: Callable[[], int] = lambda: 0,
        has_tray: Callable[[], bool] = lambda: False,
        prefs: Preferences | None = None,
        to_tray: Callable[[], None] | None = None,
        hint: Callable[[str], None] = lambda _text: None,
    ) -> None:
        self.window = window
        self._unsent = unsent
        self._running = running
        self._has_tray = has_tray
        self.prefs = prefs
        self._to_tray = to_tray
        self._hint = hint
        self._confirmed = False
        self.box: QMessageBox | None = None
        self.quit_button: QPushButton | None = None
        self.wait_button: QPushButton | None = None
        self.tray_button: QPushButton | None = None
        self.remember: QCheckBox | None = None

    def allows_close(self, *, quitting: bool = False) -> bool:
        """True when the window may close now; otherwise the window went to the tray, or the
        question is shown (Quit closes). `quitting`: Quit was chosen (menu, tray), not the
        window's close button: the tray is not offered."""
        if self._confirmed:
            return True
        if self.box is not None and self.box.isVisible():
            self.box.raise_()
            return False
        tray = not quitting and self._to_tray is not None and self._has_tray()
        choice = self.prefs.on_close if self.prefs is not None else ""
        if tray and choice == "tray":
            self.go_to_tray()
            return False
        count, running = self._unsent(), self._running()
        if tray and choice == "" and (count or running):
            self._ask_tray(count, running)
            return False
        if count == 0:
            return True
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

    def _ask_tray(self, count: int, running: int) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("QuitPrompt", "Keep nctask-desktop running?"))
        box.setText(running_text(running) if running else unsent_text(count))
        if running and count:
            box.setInformativeText(unsent_text(count))
        self.tray_button = box.addButton(
            QCoreApplication.translate("QuitPrompt", "Keep running in the &tray"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.quit_button = box.addButton(
            QCoreApplication.translate("QuitPrompt", "&Quit, send them later")
            if count
            else QCoreApplication.translate("QuitPrompt", "&Quit"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        self.wait_button = box.addButton(QMessageBox.StandardButton.Cancel)
        self.remember = QCheckBox(
            QCoreApplication.translate("QuitPrompt", "&Do the same from now on"), box
        )
        self.remember.setToolTip(
            QCoreApplication.translate("QuitPrompt", "You can change it in the Preferences.")
        )
        box.setCheckBox(self.remember)
        box.setDefaultButton(self.tray_button)
        box.setEscapeButton(self.wait_button)
        box.finished.connect(lambda _result: self._answered(box))
        self.box = box
        box.open()

    def go_to_tray(self) -> None:
        """Hide the window; the app goes on in the tray (said once, at its icon)."""
        assert self._to_tray is not None
        self._to_tray()
        if self.prefs is not None and not self.prefs.tray_hint_shown:
            self.prefs.tray_hint_shown = True
            self.prefs.save()
            self._hint(tray_hint())

    def _answered(self, box: QMessageBox) -> None:
        clicked = box.clickedButton()
        quit_now = clicked is self.quit_button
        to_tray = self.tray_button is not None and clicked is self.tray_button
        remember = self.remember is not None and self.remember.isChecked()
        self.box = self.tray_button = self.remember = None
        box.deleteLater()
        if remember and (quit_now or to_tray) and self.prefs is not None:
            self.prefs.on_close = "tray" if to_tray else "quit"
            self.prefs.save()
        if to_tray:
            self.go_to_tray()
        elif quit_now:
            self._confirmed = True
            self.window.close()
