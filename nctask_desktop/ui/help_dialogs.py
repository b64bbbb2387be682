"""The Help menu's dialogs: Keyboard shortcuts (read from the actions themselves, so the list never
drifts from what the keys do), Report a problem (ui/report_dialog.py) and About (versions, the
project's address, the licences of the libraries the app is built on)."""

from __future__ import annotations

import platform
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt, QUrl, qVersion
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop import APP_DISPLAY_NAME, APP_NAME, PROJECT_URL, __version__
from nctask_desktop.services import paths

from .widgets import MutedLabel, scaled_font

if TYPE_CHECKING:
    from nctask_desktop.services.workspace import Workspace

Shortcut = tuple[str, QKeySequence | str]
"""What a key does, and the key (a sequence, or words such as "Tab")."""


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    for button in buttons.buttons():
        button.setAccessibleName(button.text().replace("&", ""))
    return buttons


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut, in a list a screen reader reads row by row."""

    def __init__(self, shortcuts: Sequence[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.list = QTreeWidget(self)
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.list.header().setAccessibleName(self.tr("Columns"))
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(False)
        for action, keys in shortcuts:
            text = (
                keys.toString(QKeySequence.SequenceFormat.NativeText)
                if isinstance(keys, QKeySequence)
                else keys
            )
            if text:
                item = QTreeWidgetItem([action, text])
                item.setData(1, Qt.ItemDataRole.AccessibleTextRole, text)
                self.list.addTopLevelItem(item)
        self.list.setTabKeyNavigation(False)
        layout.addWidget(self.list)
        layout.addWidget(_close_buttons(self))
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 70, metrics.height() * 26)

    def rows(self) -> list[tuple[str, str]]:
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [(item.text(0), item.text(1)) for item in items if item is not None]


def action_shortcuts(actions: Sequence[object]) -> list[Shortcut]:
    """(text without the mnemonic, key) of QActions that have a shortcut."""
    found: list[Shortcut] = []
    for action in actions:
        shortcut = getattr(action, "shortcut", None)
        text = getattr(action, "text", None)
        if shortcut is None or text is None:
            continue
        keys = shortcut()
        if not keys.isEmpty():
            words = re.sub(r"&(?!&)", "", text()).replace("…", "").strip()
            found.append((words, keys))
    return found


# The libraries the app is built on and ships, with their licences; a library installed with its
# metadata reports its own version (the bundle carries the metadata of these).
LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("Qt", "qt", "LGPL-3.0-only"),
    ("Qt for Python (PySide6)", "PySide6_Essentials", "LGPL-3.0-only"),
    ("Python", "python", "PSF-2.0"),
    ("httpx", "httpx", "BSD-3-Clause"),
    ("httpcore", "httpcore", "BSD-3-Clause"),
    ("h11", "h11", "MIT"),
    ("anyio", "anyio", "MIT"),
    ("idna", "idna", "BSD-3-Clause"),
    ("certifi", "certifi", "MPL-2.0"),
    ("keyring", "keyring", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
    ("qasync", "qasync", "BSD-2-Clause"),
    ("desktop-notifier", "desktop-notifier", "MIT"),
    ("dbus-fast", "dbus-fast", "MIT"),
    ("bidict", "bidict", "MPL-2.0"),
)


def library_version(distribution: str) -> str:
    if distribution == "qt":
        return qVersion()
    if distribution == "python":
        return platform.python_version()
    from importlib import metadata  # only for About (it brings email, zipfile, csv)

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return pyside_version if distribution.startswith("PySide6") else ""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_DISPLAY_NAME))
        layout = QVBoxLayout(self)
        title = QLabel(APP_DISPLAY_NAME, self)
        title.setFont(scaled_font(self, 1.4, bold=True))
        layout.addWidget(title)
        self.versions = QLabel(
            self.tr("Version {version} ({name}), with Qt {qt} and Python {python}").format(
                version=__version__,
                name=APP_NAME,
                qt=qVersion(),
                python=platform.python_version(),
            ),
            self,
        )
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.versions)
        layout.addWidget(
            MutedLabel(
                self.tr(
                    "Runs the AI tasks of your own Nextcloud server from your desktop, with your "
                    "own files. Free software under the GNU Affero General Public License, "
                    "version 3 or later."
                ),
                self,
            )
        )
        self.project = QLabel(f'<a href="{PROJECT_URL}">{PROJECT_URL}</a>', self)
        self.project.setOpenExternalLinks(True)
        self.project.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.project.setAccessibleName(
            self.tr("The project's address: {url}").format(url=PROJECT_URL)
        )
        layout.addWidget(self.project)
        layout.addWidget(QLabel(self.tr("Built with:"), self))
        self.libraries = QTreeWidget(self)
        self.libraries.setColumnCount(3)
        self.libraries.setHeaderLabels([self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        self.libraries.setRootIsDecorated(False)
        self.libraries.setAccessibleName(self.tr("Libraries and their licences"))
        self.libraries.header().setAccessibleName(self.tr("Columns"))
        self.libraries.setTabKeyNavigation(False)
        for name, distribution, licence in LIBRARIES:
            self.libraries.addTopLevelItem(
                QTreeWidgetItem([name, library_version(distribution), licence])
            )
        for column in range(3):
            self.libraries.resizeColumnToContents(column)
        layout.addWidget(self.libraries, 1)
        layout.addWidget(_close_buttons(self))
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 72, metrics.height() * 30)


class Help(QObject):
    """The Help menu's actions: the dialogs are opened without a nested event loop and brought
    forward when asked for again."""

    def __init__(
        self,
        parent: QWidget,
        shortcuts: Callable[[], Sequence[Shortcut]],
        open_url: Callable[[QUrl], object],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._shortcuts = shortcuts
        self.open_url = open_url
        self.dialogs: dict[str, QDialog] = {}

    def show_shortcuts(self) -> QDialog:
        return self._show("shortcuts", lambda: ShortcutsDialog(self._shortcuts(), self._parent))

    def show_about(self) -> QDialog:
        return self._show("about", lambda: AboutDialog(self._parent))

    def show_report(self, workspace: Workspace) -> QDialog:
        """Help → Report a problem."""
        from .report_dialog import ReportDialog

        return self._show(
            "report", lambda: ReportDialog(workspace, self._parent, open_url=self.open_url)
        )

    def _show(self, name: str, make: Callable[[], QDialog]) -> QDialog:
        """The dialog `name`, made when it is not open, brought forward when it is."""
        dialog = self.dialogs.get(name)
        if dialog is None:
            dialog = self.dialogs[name] = make()
            dialog.finished.connect(lambda _r: self._closed(name))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _closed(self, name: str) -> None:
        dialog = self.dialogs.pop(name, None)
        if dialog is not None:
            dialog.deleteLater()

    def open_log_folder(self) -> None:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self.open_url(QUrl.fromLocalFile(str(folder)))
