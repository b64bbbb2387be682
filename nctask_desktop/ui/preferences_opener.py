"""The window's one Preferences dialog: opened (Ctrl+,), or raised when it is open already. The
dialog's module is imported when it is first opened."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from nctask_desktop.api import TaskType
from nctask_desktop.services.settings import Preferences

from .asyncqt import TaskOwner, run_dialog

if TYPE_CHECKING:
    from .preferences_dialog import PreferencesDialog


class PreferencesOpener(QObject):
    """A window's one Preferences dialog: opened (Ctrl+,), or raised when it is open already.
    `applied` says the user pressed OK, for what reads the preferences only once (theme, key)."""

    applied = Signal()

    def __init__(
        self,
        parent: QWidget,
        owner: TaskOwner,
        prefs: Preferences,
        *,
        types: Callable[[], Mapping[str, TaskType]],
        tray: Callable[[], bool],
    ) -> None:
        super().__init__(parent)
        self.parent_widget, self.owner, self.prefs = parent, owner, prefs
        self.types, self.tray = types, tray
        self.dialog: PreferencesDialog | None = None

    def show(self) -> asyncio.Task[None]:
        running = self.owner.get("preferences")
        if self.dialog is not None and running is not None and not running.done():
            self.dialog.raise_()
            return running
        return self.owner.start("preferences", self._show())

    async def _show(self) -> None:
        from .preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(
            self.prefs, self.parent_widget, types=self.types(), tray=self.tray()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        try:
            accepted = await run_dialog(dialog)
        finally:
            self.dialog = None
        if accepted:
            self.applied.emit()
