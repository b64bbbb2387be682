"""Help → Report a problem: writes one zip (logs, versions, system, settings; no secrets) into a
folder the user picks, says where it is, and shows it in its folder."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLocale, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.api.files import SaveError
from nctask_desktop.messages import explain_save
from nctask_desktop.services import diagnostics
from nctask_desktop.services.accounts import Account
from nctask_desktop.services.history import HistoryStore

from .asyncqt import TaskOwner, run_dialog
from .desktop import show_in_folder
from .widgets import InlineMessage, MutedLabel, explain_text, push_button, translate

if TYPE_CHECKING:
    from nctask_desktop.services.workspace import Workspace

SERVER_VERSION_WAIT = 3.0
"""How long the report waits for the open accounts' servers to say their version."""


def ui_facts() -> dict[str, Any]:
    """What only the window knows: Qt, the platform plugin, the style, languages, the screens."""
    app = QApplication.instance()
    screens = [
        {
            "size": f"{s.size().width()}x{s.size().height()}",
            "scale": s.devicePixelRatio(),
            "logical_dpi": round(s.logicalDotsPerInch()),
        }
        for s in QGuiApplication.screens()
    ]
    return {
        "qt": qVersion(),
        "pyside": pyside_version,
        "platform_plugin": QGuiApplication.platformName(),
        "style": QApplication.style().name() if isinstance(app, QApplication) else "",
        "ui_language": QLocale().name(),
        "system_languages": QLocale.system().uiLanguages(),
        "theme": str(app.property("theme") or "") if app is not None else "",
        "screens": screens,
    }


def _count_tasks(store: HistoryStore, accounts: Sequence[Account]) -> int:
    return sum(len(store.entries(account.key)) for account in accounts)


class ReportDialog(QDialog):
    """Explains what the report holds, offers the task texts (only when there are tasks), the
    folder, "Create report"; then where the file is, with "Show in folder"."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        reveal: Callable[[Path], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.open_url = open_url
        self._reveal = reveal
        self.owner = TaskOwner()
        self.path: Path | None = None
        self.folder = workspace.prefs.effective_download_folder()
        self.setWindowTitle(self.tr("Report a problem"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr(
                "This writes one zip file to attach to your message about the problem: the app's "
                "log files, its version and your system's, and the app's settings. Passwords, "
                "tokens, server addresses and names are left out. Nothing is sent anywhere."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.include_tasks = QCheckBox(self.tr("Include the text of my tasks"), self)
        self.include_tasks.setAccessibleName(self.tr("Include the text of my tasks"))
        self.tasks_hint = MutedLabel(
            self.tr(
                "Adds the last {count} tasks of each account: what you asked and what came back. "
                "Leave it off unless the problem is about a task."
            ).format(count=diagnostics.TASKS_PER_ACCOUNT),
            self,
        )
        self.include_tasks.setAccessibleDescription(self.tasks_hint.text())
        self.include_tasks.hide()  # shown once the history has tasks whose text could go in
        self.tasks_hint.hide()
        layout.addWidget(self.include_tasks)
        layout.addWidget(self.tasks_hint)

        folder_row = QHBoxLayout()
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.change_button = push_button(
            self.tr("C&hange folder…"),
            self,
            self.choose_folder,
            accessible_name=self.tr("Change the folder the report is saved in"),
            auto_default=False,
        )
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.change_button)
        layout.addLayout(folder_row)
        self._show_folder()

        self.create_button = push_button(self.tr("&Create report"), self, self.create_report)
        self.create_button.setDefault(True)
        create_row = QHBoxLayout()
        create_row.addStretch(1)
        create_row.addWidget(self.create_button)
        layout.addLayout(create_row)

        self.problem = InlineMessage(QStyle.StandardPixmap.SP_MessageBoxWarning, self)
        layout.addWidget(self.problem)
        self.done_message = InlineMessage(QStyle.StandardPixmap.SP_MessageBoxInformation, self)
        layout.addWidget(self.done_message)
        self.show_button = push_button(
            self.tr("&Show in folder"), self, self.show_in_folder, auto_default=False
        )
        self.show_button.hide()
        show_row = QHBoxLayout()
        show_row.addStretch(1)
        show_row.addWidget(self.show_button)
        layout.addLayout(show_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 66)
        self._fit()
        self.owner.start("tasks", self._offer_task_texts())

    # --- what can go in ---------------------------------------------------------------------------

    async def _offer_task_texts(self) -> None:
        """Show the box only when the history holds tasks: otherwise it would do nothing."""
        accounts = self.workspace.store.accounts
        if not accounts:
            return
        store = self.workspace.history_store
        try:
            count = await asyncio.to_thread(_count_tasks, store, accounts)
        except Exception:  # an unreadable history: then there are no texts to offer
            return
        self.include_tasks.setVisible(count > 0)
        self.tasks_hint.setVisible(count > 0)
        self._fit()

    def _fit(self) -> None:
        """As tall as what is shown (a box, a message) needs, at least as wide as set."""
        self.adjustSize()

    def _show_folder(self) -> None:
        text = self.tr("Saved in: {folder}").format(folder=str(self.folder))
        self.folder_label.setText(text)
        self.folder_label.setAccessibleName(text)

    def choose_folder(self) -> asyncio.Task[None]:
        return self.owner.start("folder", self._choose_folder())

    async def _choose_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the report in…"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, self.tr("Save here"))
        dialog.setDirectory(str(self.folder))
        try:
            result = await run_dialog(dialog)
            files = dialog.selectedFiles()
        finally:
            dialog.deleteLater()
        if result == QFileDialog.DialogCode.Accepted and files:
            self.folder = Path(files[0])
            self._show_folder()

    # --- the report -------------------------------------------------------------------------------

    def create_report(self) -> asyncio.Task[None]:
        return self.owner.start("create", self._create())

    async def _server_versions(self, accounts: Sequence[Account]) -> dict[str, str]:
        """The versions of the servers of open accounts (asked once per session, so mostly
        known already); a server that does not answer in time stays "unknown"."""
        found: dict[str, str] = {}

        async def ask(account: Account) -> None:
            session = self.workspace.session_if_open(account)
            if session is None:
                return
            with contextlib.suppress(Exception):
                caps = await asyncio.wait_for(session.capabilities(), SERVER_VERSION_WAIT)
                if caps is not None and caps.version_string:
                    found[account.key] = caps.version_string

        await asyncio.gather(*(ask(a) for a in accounts))
        return found

    async def _create(self) -> None:
        self.create_button.setEnabled(False)
        self.problem.clear()
        self.done_message.clear()
        self.show_button.hide()
        include = not self.include_tasks.isHidden() and self.include_tasks.isChecked()
        accounts = self.workspace.store.accounts
        try:
            versions = await self._server_versions(accounts)
            self.path = await diagnostics.create_report(
                self.folder,
                prefs=self.workspace.prefs,
                accounts=accounts,
                history=self.workspace.history_store if accounts else None,
                server_versions=versions,
                include_tasks=include,
                ui=ui_facts(),
            )
        except SaveError as exc:
            self.problem.show_message(explain_save(exc, report=True).render(translate))
            self._fit()
            return
        except OSError as exc:
            self.problem.show_message(explain_text(exc))
            self._fit()
            return
        finally:
            self.create_button.setEnabled(True)
        self.done_message.show_message(
            self.tr(
                "The report is saved as “{name}” in {folder}. Attach it to your message about "
                "the problem."
            ).format(name=self.path.name, folder=str(self.path.parent))
        )
        self.show_button.show()
        self.show_button.setFocus()
        self._fit()

    def show_in_folder(self) -> None:
        path = self.path
        if path is None:
            return
        if self._reveal is not None:
            self._reveal(path)
            return
        show_in_folder(
            path,
            open_url=self.open_url,
            parent=self,
            on_failed=lambda: self.problem.show_message(
                self.tr(
                    "This computer has no file manager to show “{name}”. It is in {folder}."
                ).format(name=path.name, folder=str(path.parent))
            ),
        )

    def done(self, result: int) -> None:
        self.owner.cancel_all()
        super().done(result)
