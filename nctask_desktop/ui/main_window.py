"""The main window, a thin shell: the welcome page, the account bar and its banners, the two
pages ("New task", "History" and "Chat", each its own module), menus, geometry and account switching.

The pages subscribe to the workspace's events themselves; the shell routes only navigation
(open a task in History, Run again into the New-task page). The tray and notifications live in
ui/presence.py, the account journeys (add, sign in again, sign out, the demo) in
ui/account_flows.py, the menu bar in ui/window_menus.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QStackedWidget, QWidget

from nctask_desktop import APP_DISPLAY_NAME
from nctask_desktop.services import paths

if TYPE_CHECKING:  # the modules a window needs once it shows an account: imported by attach()
    import asyncio

    from nctask_desktop.services.accounts import Account
    from nctask_desktop.services.workspace import AccountSession, Workspace

    from .appearance import Appearance
    from .desktop import NetworkWatcher
    from .new_task_page import FormFactory
    from .notifier import DesktopNotifier
    from .quick_text import QuickTextWindow
    from .type_browser import TypeBrowser

WELCOME_PAGE, WORK_PAGE = 0, 1


class MainWindow(QMainWindow):
    """The window. Async work runs in named tasks of `owner`; closing the window cancels them."""

    def __init__(
        self,
        workspace: Workspace | None = None,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        form_factory: FormFactory | None = None,
        settings: QSettings | None = None,
        notifier: DesktopNotifier | None = None,
        network: NetworkWatcher | None = None,
        appearance: Appearance | None = None,
    ) -> None:
        """Without a workspace, the window is only its frame (title, size, "Starting…"), cheap to
        show at once; `attach` builds the rest (the app paints first, then connects)."""
        super().__init__(parent)
        self.appearance = appearance
        self.open_url = open_url
        self.settings = settings or QSettings(
            str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat
        )
        self._options = (form_factory, notifier, network)
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setAcceptDrops(True)
        starting = QLabel(self.tr("Starting…"), self)
        # centred by its style sheet: Qt's enums (Qt.AlignmentFlag) cost 18 ms before the paint
        starting.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.setCentralWidget(starting)
        self._restore_geometry()
        self.attached = False
        if workspace is not None:
            self.attach(workspace)

    def attach(self, workspace: Workspace) -> None:
        """Build the window for the workspace: pages, account area, menus, presence."""
        from .account_flows import AccountFlows
        from .asyncqt import TaskOwner
        from .desktop import NetworkWatcher
        from .notifier import DesktopNotifier
        from .preferences_opener import PreferencesOpener
        from .presence import Presence
        from .quick_access import QuickAccess
        from .quit_prompt import QuitPrompt
        from .welcome import WelcomePage
        from .window_menus import WindowMenus

        form_factory, notifier, network = self._options
        self.workspace = workspace
        self.owner = TaskOwner()
        self.notifier = notifier or DesktopNotifier(self)
        self.network = network or NetworkWatcher(self)
        self.presence = Presence.of_window(self, workspace, self.notifier, self.network)
        self.account: Account | None = None
        self.session: AccountSession | None = None
        self.preferences = PreferencesOpener(
            self,
            self.owner,
            workspace.prefs,
            types=lambda: self.type_browser.model.types,
            tray=lambda: self.notifier.has_tray,
        )
        self.preferences.applied.connect(self._preferences_applied)
        self._unsubscribe = workspace.auth_refused.connect(self._auth_failed)

        self.pages = QStackedWidget(self)
        self.welcome = WelcomePage(self.pages)
        self.pages.addWidget(self.welcome)
        self._build_work_page(form_factory)
        self.setCentralWidget(self.pages)
        self.flows = AccountFlows(workspace, self, self.area, self.welcome, self, self.open_url)
        self.menus = WindowMenus(self)
        self.help = self.menus.help
        self.quit_prompt = QuitPrompt(
            self,
            workspace.unsent,
            running=self.presence.running_count,
            has_tray=lambda: self.notifier.has_tray,
            prefs=workspace.prefs,
            to_tray=self.hide,
            hint=self.notifier.show_hint,
        )
        self._quitting = False
        self.quick_access = QuickAccess(self, workspace.prefs)
        self.quick_access.open_conversation.connect(self._open_conversation)
        self.quick_access.apply_hotkey()
        self.work.restore_layout(self.settings)
        self.attached = True

    # --- building -------------------------------------------------------------------------------

    def _build_work_page(self, form_factory: FormFactory | None) -> None:
        from .work_page import WorkPage

        self.work = WorkPage(
            self.workspace, self.pages, form_factory=form_factory, open_url=self.open_url
        )
        self.area, self.tabs = self.work.area, self.work.tabs
        self.new_task, self.history_panel, self.chat = (
            self.work.new_task,
            self.work.history_panel,
            self.work.chat,
        )
        self.account_bar = self.area.bar
        self.account_bar.switcher.activated.connect(self._switcher_activated)
        self.reauth_banner = self.area.reauth_banner
        self.keychain_banner = self.area.keychain_banner
        self.demo_banner = self.area.demo_banner
        self.area.problem_banner.action_clicked.connect(self.refresh)
        self.new_task.open_in_history.connect(self.open_task)
        self.chat.refresh_requested.connect(self.refresh)
        self.pages.addWidget(self.work)

    @property
    def type_browser(self) -> TypeBrowser:
        """The New-task page's type browser (the shell's Find and tab order use it)."""
        return self.new_task.type_browser

    def open_files(self, paths_: list[Path]) -> None:
        self.work.open_files(paths_)

    def refresh(self) -> None:
        """F5: the task types, then (when the server answered) the history again."""
        if self.account is None:
            return
        if self.session is None:
            self.activate(self.account)
        else:
            self.new_task.owner.start("types", self.new_task.load_types(refresh_history=True))

    def find_task(self) -> None:
        self.work.focus_search()

    def _update_actions(self) -> None:
        self.menus.set_working(self.pages.currentIndex() == WORK_PAGE and self.account is not None)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go through the window in reading order, computed from the layouts
        as they are now (forms, results and pages change): never a loop that skips a pane."""
        from .keyboard import tab_in_reading_order

        return tab_in_reading_order(self, next) or super().focusNextPrevChild(next)

    # --- geometry -------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if not (
            isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(QByteArray(geometry))
        ):
            from .appearance import first_size

            self.resize(first_size(self))

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        if not self.attached:
            self.settings.sync()
            return
        self.work.save_layout(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.attached and not self.quit_prompt.allows_close(quitting=self._quitting):
            event.ignore()  # unsent submissions, running tasks: asked first, or to the tray
            return
        # Open dialogs would keep the app running after its window is gone.
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.save_layout()
        if not self.attached:  # closed while starting
            super().closeEvent(event)
            return
        self.owner.cancel_all()
        self.work.close_all()
        self.presence.close()
        self.flows.close()
        self.quick_access.close()
        self._unsubscribe()
        super().closeEvent(event)

    def quit_app(self) -> bool:
        """Quit (File → Quit, the tray's Quit): close the window, never only to the tray."""
        self._quitting = True
        try:
            return self.close()
        finally:
            self._quitting = False

    # --- quick text (ui/quick_access.py) --------------------------------------------------------

    @property
    def quick_text(self) -> QuickTextWindow | None:
        return self.quick_access.quick_text

    def show_quick_text(self) -> QuickTextWindow:
        """The Quick text window with the clipboard's text (the menu, its key, the tray)."""
        return self.quick_access.show()

    def _open_conversation(self, conversation_id: str) -> None:
        self.bring_to_front()
        self.work.open_conversation(conversation_id)

    # --- starting -------------------------------------------------------------------------------

    def start(self, *, demo: bool = False) -> asyncio.Task[None]:
        """Show the current account, or the welcome screen; with `demo`, go straight to demo mode."""
        return self.owner.start("start", self._start(demo))

    async def _start(self, demo: bool) -> None:
        if demo:
            await self.flows.demo()
            return
        account = self.workspace.current
        if account is None:
            self.show_welcome()
        else:
            await self.show_account(account)
        # submissions from before a quit or a crash, of every account, are sent
        self.owner.start("resume", self._resume_unsent(), report=False)

    async def _resume_unsent(self) -> None:
        await self.workspace.resume_unsent()

    def show_welcome(self) -> None:
        self.account = None
        self.session = None
        self.work.set_session(None)
        self.new_task.set_account(None)
        self.pages.setCurrentIndex(WELCOME_PAGE)
        self.welcome.connect_button.setFocus()
        self._update_actions()

    # --- accounts -------------------------------------------------------------------------------

    def _switcher_activated(self, index: int) -> None:
        key = self.account_bar.switcher.itemData(index)
        if not key or (self.account is not None and key == self.account.key):
            return
        account = self.workspace.store.find(key)
        if account is not None:
            self.owner.start("activate", self.show_account(account))

    def activate(self, account: Account) -> asyncio.Task[None]:
        return self.owner.start("activate", self.show_account(account))

    async def show_account(self, account: Account) -> None:
        """Make the account current and show its task types."""
        from nctask_desktop.api import errors as e

        self.workspace.set_current(account)
        self.new_task.owner.cancel("types")
        self.new_task.set_account(account)
        self.account = account
        self.session = None
        self.work.set_session(None)
        self.pages.setCurrentIndex(WORK_PAGE)
        self.area.show_account(account)
        self._update_actions()
        self.type_browser.set_loading(True)
        try:
            if self.workspace.is_demo(account):
                self.demo_banner.show_message(
                    self.tr("Starting the simulated server…"), kind="info"
                )
                account = await self.workspace.ready(account)
                self.account = account
                self.area.show_account(account)
            if account.needs_reauth:
                kept = await self.workspace.service_for(account).password_for(account)
                self._show_needs_reauth(account, missing=kept is None)
                await self._show_cached_history(account)
                return
            self.session = await self.workspace.session(account)
        except e.AuthenticationError as exc:
            refreshed = self.workspace.store.find(account.key) or account
            self.account = refreshed
            self._show_needs_reauth(refreshed, missing=exc.missing)
            await self._show_cached_history(refreshed)
            return
        except e.NextcloudError as exc:
            text = await self.flows.problem_text(exc, account)
            self.type_browser.show_problem(text)
            return
        self.work.set_session(self.session)
        self.presence.update()
        self.flows.load_avatar(self.session)
        await self.new_task.load_types()
        focus = QApplication.focusWidget()
        inside = focus is not None and self.new_task.isAncestorOf(focus)
        if self.tabs.currentWidget() is self.new_task and not inside:
            self.type_browser.focus_search()  # the keyboard starts where a task starts

    def _show_needs_reauth(self, account: Account, *, missing: bool = False) -> None:
        self.area.show_needs_reauth(account, missing=missing)
        self.type_browser.set_loading(False)
        self.type_browser.show_problem(
            self.tr("Sign in again to see the tasks of this server."), retry=False
        )

    def on_welcome_page(self) -> bool:
        return self.pages.currentIndex() == WELCOME_PAGE

    # --- history, run again ---------------------------------------------------------------------

    def update_tab_title(self) -> None:
        self.work.update_history_title()

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def open_task(self, account_key: str, task_id: int) -> asyncio.Task[None]:
        """Show a task's result (a notification was clicked): its account, the History tab."""
        return self.owner.start("open-task", self._open_task(account_key, task_id))

    async def _open_task(self, account_key: str, task_id: int) -> None:
        self.bring_to_front()
        if account_key and (self.account is None or self.account.key != account_key):
            account = self.workspace.store.find(account_key)
            if account is None:
                return
            await self.show_account(account)
        if self.pages.currentIndex() != WORK_PAGE:
            return
        self.work.show_task(task_id)

    async def _show_cached_history(self, account: Account) -> None:
        """Signed out by the server: still show what the history knows (read only)."""
        entries = await self.workspace.history_store.aentries(account.key)
        if self.account is not None and self.account.key == account.key and self.session is None:
            self.history_panel.model.set_entries(entries)

    def _auth_failed(self, account: Account) -> None:
        """A 401 from the server: show the account as needing to sign in again (once)."""
        if self.account is not None and account.key == self.account.key:
            self.account = account
            self._show_needs_reauth(account)
        else:
            self.area.fill_switcher(self.account)

    # --- preferences ----------------------------------------------------------------------------

    def show_preferences(self) -> asyncio.Task[None]:
        return self.preferences.show()

    def _preferences_applied(self) -> None:
        self.quick_access.apply_hotkey()
        if self.appearance is not None:
            self.appearance.apply(self.workspace.prefs.theme)

    # --- files dropped on the window ------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.new_task.current_form() is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths_ = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if self.new_task.drop_files(paths_):
            event.acceptProposedAction()
