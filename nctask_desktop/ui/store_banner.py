"""Told once in History: the local history file was set aside (damaged, or written by a newer
version of the app) or cannot be opened; what is lost, and where the old file is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QPushButton, QWidget

from nctask_desktop.services.history import Recovery

from .widgets import Banner


class StoreBanner(Banner):
    """A warning with "Show the file" and "Dismiss"; each recovery is told once."""

    def __init__(self, parent: QWidget, open_url: Callable[[QUrl], object]) -> None:
        super().__init__(parent, kind="warning")
        self._open_url = open_url
        self._told: Recovery | None = None
        self.action_clicked.connect(self._show_old_store)
        dismiss = QPushButton(self.tr("Dismiss"), self)
        dismiss.setAccessibleName(self.tr("Dismiss the message about the history file"))
        dismiss.clicked.connect(self.hide)
        row = self.layout()
        assert row is not None  # the Banner's own row: icon, text, action
        row.addWidget(dismiss)

    def tell(self, recovery: Recovery | None) -> None:
        """Say what happened to the history file (at start, or when damage showed later)."""
        if recovery is None or recovery is self._told:
            return
        self._told = recovery
        path = str(recovery.moved_to or recovery.path)
        if recovery.kind == "damaged":
            template = self.tr(
                "Your task history on this computer was damaged, so it was set aside and is being "
                "read again from your server. Tasks your server no longer keeps (older than about "
                "a week) are in the old copy: {path}"
            )
        elif recovery.kind == "newer":
            template = self.tr(
                "Your task history was written by a newer version of nctask-desktop, so it was "
                "set aside unchanged and is being read again from your server. Tasks your server "
                "no longer keeps (older than about a week) are in the newer version's copy: {path}"
            )
        else:
            template = self.tr(
                "Your task history on this computer could not be opened ({reason}): {path}. Your "
                "tasks are read from your server, but nothing is kept after you quit. Check that "
                "you may read and write that file and its folder, then start nctask-desktop again."
            )
        text = template.format(path=path, reason=recovery.detail)
        self.show_message(text, self.tr("Show the file"))

    def _show_old_store(self) -> None:
        recovery = self._told
        if recovery is not None:
            self._open_url(QUrl.fromLocalFile(str((recovery.moved_to or recovery.path).parent)))
