"""The main window, a thin shell: the welcome page, the account bar and its banners, the two
pages ("New task" and "History", each its own module), menus, geometry and account switching.

The pages subscribe to the workspace's events themselves; the shell routes only navigation
(open a task in History, Run again into the New-task page). The tray and notifications live in
ui/presence.py.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop import APP_DISPLAY_NAME
from nctask_desktop.api import errors as e
from nctask_desktop.services import paths
from nctask_desktop.services.accounts import Account
from nctask_desktop.services.history import HistoryEntry
from nctask_desktop.services.workspace import AccountSession, Workspace

from .account_area import AccountArea
from .account_dialog import AccountDialog
from .asyncqt import TaskOwner, run_dialog
from .desktop import NetworkWatcher
from .history_panel import HistoryPanel
from .new_task_page import FormFactory, NewTaskPage
from .notifier import DesktopNotifier
from .preferences_dialog import PreferencesDialog
from .presence import Presence
from .type_browser import TypeBrowser
from .welcome import WelcomePage
from .widgets import explain_text

log = logging.getLogger(__name__)

WELCOME_PAGE, WORK_PAGE = 0, 1
NEW_TASK_TAB, HISTORY_TAB = 0, 1


class MainWindow(QMainWindow):
    """The window. Async work runs in named tasks of `owner`; closing the window cancels them."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        form_factory: FormFactory | None = None,
        settings: QSettings | None = None,
        notifier: DesktopNotifier | None = None,
        network: NetworkWatcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.owner = TaskOwner()
        self.open_url = open_url
        self.notifier = notifier or DesktopNotifier(self)
        self.notifier.activated.connect(self.open_task)
        self.notifier.show_window.connect(self.bring_to_front)
        self.notifier.quit_requested.connect(self.close)
        self.presence = Presence(
            workspace, self.notifier, lambda account: self.area.account_label(account), self
        )
        self.presence.running_changed.connect(self._update_tab_title)
        self.network = network or NetworkWatcher(self)
        self.presence.follow_network(self.network)
        self.settings = settings or QSettings(
            str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat
        )
        self.account: Account | None = None
        self.session: AccountSession | None = None
        self._dialog: AccountDialog | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        self._unsubscribe = workspace.auth_refused.connect(self._auth_failed)

        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setAcceptDrops(True)
        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        self.welcome = WelcomePage(self.pages)
        self.welcome.connect_button.clicked.connect(lambda: self.add_account())
        self.welcome.demo_button.clicked.connect(self.start_demo)
        self.pages.addWidget(self.welcome)
        self._build_work_page(form_factory)
        self._build_menus()
        self._restore_layout()

    # --- building -------------------------------------------------------------------------------

    def _build_work_page(self, form_factory: FormFactory | None) -> None:
        page = QWidget(self.pages)
        layout = QVBoxLayout(page)
        self.area = AccountArea(self.workspace, page)
        self.account_bar = self.area.bar
        self.account_bar.switcher.activated.connect(self._switcher_activated)
        self.account_bar.add_button.clicked.connect(lambda: self.add_account())
        self.account_bar.sign_out_button.clicked.connect(lambda: self.sign_out())
        self.reauth_banner = self.area.reauth_banner
        self.reauth_banner.action_clicked.connect(self.sign_in_again)
        self.keychain_banner = self.area.keychain_banner
        self.demo_banner = self.area.demo_banner
        self.demo_banner.action_clicked.connect(lambda: self.add_account())
        self.problem_banner = self.area.problem_banner
        self.problem_banner.action_clicked.connect(self.refresh_types)
        layout.addWidget(self.area)
        self.tabs = QTabWidget(page)
        self.tabs.setDocumentMode(True)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its tab bar takes the focus
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tabs.tabBar().setAccessibleName(self.tr("New task or history"))
        self.new_task = NewTaskPage(
            self.workspace, self.tabs, form_factory=form_factory, open_url=self.open_url
        )
        self.new_task.open_in_history.connect(self.open_task)
        self.tabs.addTab(self.new_task, self.tr("New task"))
        self.history_panel = HistoryPanel(
            self.workspace.prefs,
            self.tabs,
            open_url=self.open_url,
            history_changed=self.workspace.history_changed,
        )
        self.history_panel.run_again_requested.connect(self.run_again)
        self.new_task.types_loaded.connect(lambda _key, types: self.history_panel.set_types(types))
        self.tabs.addTab(self.history_panel, self.tr("History"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self.pages.addWidget(page)
        self.setTabOrder(self.account_bar.switcher, self.account_bar.add_button)
        self.setTabOrder(self.account_bar.add_button, self.account_bar.sign_out_button)
        self.setTabOrder(self.account_bar.sign_out_button, self.tabs.tabBar())
        self.setTabOrder(self.tabs.tabBar(), self.type_browser.search)

    @property
    def type_browser(self) -> TypeBrowser:
        """The New-task page's type browser (the shell's Find and tab order use it)."""
        return self.new_task.type_browser

    def open_files(self, paths_: list[Path]) -> None:
        self.tabs.setCurrentIndex(NEW_TASK_TAB)
        self.new_task.open_files(paths_)

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.add_account_action = QAction(self.tr("&Add account…"), self)
        self.add_account_action.triggered.connect(lambda: self.add_account())
        menu.addAction(self.add_account_action)
        self.sign_out_action = QAction(self.tr("&Sign out"), self)
        self.sign_out_action.triggered.connect(lambda: self.sign_out())
        menu.addAction(self.sign_out_action)
        menu.addSeparator()
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.preferences_action.triggered.connect(self.show_preferences)
        menu.addAction(self.preferences_action)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        view = self.menuBar().addMenu(self.tr("&View"))
        self.refresh_action = QAction(self.tr("&Refresh task list"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        if self.refresh_action.shortcut().isEmpty():
            self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh)
        view.addAction(self.refresh_action)
        self.find_action = QAction(self.tr("&Find a task"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._find)
        view.addAction(self.find_action)
        view.addSeparator()
        self.new_task_action = QAction(self.tr("&New task"), self)
        self.new_task_action.setShortcut(QKeySequence("Ctrl+1"))
        self.new_task_action.triggered.connect(lambda: self.tabs.setCurrentIndex(NEW_TASK_TAB))
        view.addAction(self.new_task_action)
        self.history_action = QAction(self.tr("&History"), self)
        self.history_action.setShortcut(QKeySequence("Ctrl+2"))
        self.history_action.triggered.connect(lambda: self.tabs.setCurrentIndex(HISTORY_TAB))
        view.addAction(self.history_action)
        self._update_actions()

    def refresh(self) -> None:
        """F5: the task types, then (when the server answered) the history again."""
        if self.account is None:
            return
        if self.session is None:
            self.activate(self.account)
        else:
            self.new_task.owner.start("types", self.new_task.load_types(refresh_history=True))

    def _find(self) -> None:
        if self.tabs.currentIndex() == HISTORY_TAB:
            self.history_panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.history_panel.search.selectAll()
        else:
            self.type_browser.focus_search()

    def _tab_changed(self, index: int) -> None:
        if index == HISTORY_TAB and self.session is not None:
            self.session.history.poke()  # tasks made elsewhere show up without F5

    def _update_actions(self) -> None:
        working = self.pages.currentIndex() == WORK_PAGE and self.account is not None
        self.sign_out_action.setEnabled(working)
        self.refresh_action.setEnabled(working)
        self.find_action.setEnabled(working)
        self.new_task_action.setEnabled(working)
        self.history_action.setEnabled(working)

    # --- geometry -------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        restored = isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(
            QByteArray(geometry)
        )
        if not restored:
            metrics = self.fontMetrics()
            size = QSize(metrics.averageCharWidth() * 190, metrics.height() * 48)
            screen = self.screen()
            if screen is not None:
                available = screen.availableGeometry().size()
                size = size.boundedTo(
                    QSize(available.width() * 9 // 10, available.height() * 9 // 10)
                )
            self.resize(size)
        self.new_task.restore_layout(self.settings)
        self.history_panel.restore_layout(self.settings)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.new_task.save_layout(self.settings)
        self.history_panel.save_layout(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Open dialogs would keep the app running after its window is gone.
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.save_layout()
        self.owner.cancel_all()
        self.new_task.close_all()
        self.history_panel.close_all()
        self.presence.close()
        self._unsubscribe()
        super().closeEvent(event)

    # --- starting -------------------------------------------------------------------------------

    def start(self, *, demo: bool = False) -> asyncio.Task[None]:
        """Show the current account, or the welcome screen; with `demo`, go straight to demo mode."""
        return self.owner.start("start", self._start(demo))

    async def _start(self, demo: bool) -> None:
        if demo:
            await self._start_demo()
            return
        account = self.workspace.current
        if account is None:
            self._show_welcome()
        else:
            await self._activate(account)

    def _show_welcome(self) -> None:
        self.account = None
        self.session = None
        self.history_panel.set_session(None)
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
            self.owner.start("activate", self._activate(account))

    def activate(self, account: Account) -> asyncio.Task[None]:
        return self.owner.start("activate", self._activate(account))

    async def _activate(self, account: Account) -> None:
        """Make the account current and show its task types."""
        self.workspace.set_current(account)
        self.owner.cancel("avatar")
        self.new_task.owner.cancel("types")
        self.new_task.set_account(account)
        self.account = account
        self.session = None
        self.history_panel.set_session(None)
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
            self.type_browser.show_problem(explain_text(exc))
            return
        self.history_panel.set_session(self.session)
        self.new_task.set_session(self.session)
        self.presence.update()
        self.owner.start("avatar", self._load_avatar(self.session), report=False)
        await self.new_task.load_types()

    def _show_needs_reauth(self, account: Account, *, missing: bool = False) -> None:
        self.area.show_needs_reauth(account, missing=missing)
        self.type_browser.set_loading(False)
        self.type_browser.show_problem(
            self.tr("Sign in again to see the tasks of this server."), retry=False
        )

    @property
    def sign_out_box(self) -> QMessageBox | None:
        return self.area.sign_out_box

    async def _load_avatar(self, session: AccountSession) -> None:
        data = await session.avatar(128)
        if data and self.session is session:
            self.account_bar.avatar.set_person(session.account.display_name, data)

    def add_account(self, address: str = "", login_name: str = "") -> asyncio.Task[None]:
        """Open the account dialog (or bring the open one forward); the new account becomes
        current."""
        running = self.owner.get("add-account")
        if self._dialog is not None and running is not None and not running.done():
            self._dialog.raise_()
            self._dialog.activateWindow()
            return running
        return self.owner.start("add-account", self._add_account(address, login_name))

    async def _add_account(self, address: str, login_name: str) -> None:
        dialog = AccountDialog(
            self.workspace.accounts,
            self,
            address=address,
            login_name=login_name,
            open_url=self.open_url,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        try:
            await run_dialog(dialog)
        finally:
            self._dialog = None
        account = dialog.account
        if account is None:
            return
        await self.workspace.signed_in(account)
        await self._activate(account)

    def sign_in_again(self) -> None:
        account = self.account
        if account is None:
            return
        if self.workspace.is_demo(account):
            self.owner.start("start", self._start_demo())
        else:
            self.add_account(account.server, account.login_name)

    def sign_out(self, account: Account | None = None) -> asyncio.Task[None]:
        running = self.owner.get("sign-out")
        if running is not None and not running.done():
            return running  # already asking, or signing out
        return self.owner.start("sign-out", self._sign_out(account or self.account))

    async def _sign_out(self, account: Account | None) -> None:
        if account is None:
            return
        if not await self.area.confirm_sign_out(account):
            return
        self.account_bar.setEnabled(False)
        try:
            result = await self.workspace.sign_out(account)
        finally:
            self.account_bar.setEnabled(True)
        self.new_task.forget_account(account.key)
        self.presence.update()
        if not result.revoked_on_server and result.server_error is not None:
            log.warning("app password not revoked on the server: %s", result.server_error)
        remaining = self.workspace.current
        if remaining is None:
            self._show_welcome()
            if not result.revoked_on_server and result.server_error is not None:
                self.welcome.error.show_message(self.area.not_revoked_text(result.server_error))
            return
        await self._activate(remaining)
        if not result.revoked_on_server and result.server_error is not None:
            self.problem_banner.show_message(self.area.not_revoked_text(result.server_error))

    # --- demo mode ------------------------------------------------------------------------------

    def start_demo(self) -> asyncio.Task[None]:
        return self.owner.start("start", self._start_demo())

    async def _start_demo(self) -> None:
        self.welcome.set_busy(True)
        self.welcome.error.hide()
        try:
            account = await self.workspace.start_demo(self.tr("Demo User"))
        except (e.NextcloudError, OSError) as exc:
            self.welcome.set_busy(False)
            if self.pages.currentIndex() == WELCOME_PAGE:
                self.welcome.error.show_message(explain_text(exc))
            else:
                self.problem_banner.show_message(explain_text(exc))
            return
        self.welcome.set_busy(False)
        await self.workspace.signed_in(account)
        await self._activate(account)

    def refresh_types(self) -> None:
        if self.account is None:
            return
        if self.session is None:
            self.activate(self.account)
        else:
            self.new_task.refresh_types()

    # --- history, run again ---------------------------------------------------------------------

    def _update_tab_title(self) -> None:
        shown = len(self.session.history.unfinished) if self.session is not None else 0
        title = self.tr("History (%n running)", None, shown) if shown else self.tr("History")
        self.tabs.setTabText(HISTORY_TAB, title)

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
            await self._activate(account)
        if self.pages.currentIndex() != WORK_PAGE:
            return
        self.tabs.setCurrentIndex(HISTORY_TAB)
        if task_id >= 0:
            self.history_panel.select_task(task_id)
            self.history_panel.view.setFocus(Qt.FocusReason.OtherFocusReason)

    async def _show_cached_history(self, account: Account) -> None:
        """Signed out by the server: still show what the history knows (read only)."""
        entries = await self.workspace.history_store.aentries(account.key)
        if self.account is not None and self.account.key == account.key and self.session is None:
            self.history_panel.model.set_entries(entries)

    def run_again(self, entry: HistoryEntry) -> bool:
        """History's Run again: the task's input in its form on the New-task page."""
        if self.new_task.run_again(entry):
            self.tabs.setCurrentIndex(NEW_TASK_TAB)
            return True
        if entry.task.type not in self.type_browser.model.types:
            self.history_panel.problem_banner.show_message(
                self.tr(
                    "This kind of task (“{type}”) is not offered by the server any more, so it "
                    "cannot be run again here."
                ).format(type=self.history_panel.model.type_name(entry.task.type))
            )
            return False
        self.tabs.setCurrentIndex(NEW_TASK_TAB)
        return False

    def _auth_failed(self, account: Account) -> None:
        """A 401 from the server: show the account as needing to sign in again (once)."""
        if self.account is not None and account.key == self.account.key:
            self.account = account
            self._show_needs_reauth(account)
            self.history_panel._update_actions()
        else:
            self.area.fill_switcher(self.account)

    # --- preferences ----------------------------------------------------------------------------

    def show_preferences(self) -> asyncio.Task[None]:
        running = self.owner.get("preferences")
        if self.preferences_dialog is not None and running is not None and not running.done():
            self.preferences_dialog.raise_()
            return running
        return self.owner.start("preferences", self._show_preferences())

    async def _show_preferences(self) -> None:
        dialog = PreferencesDialog(self.workspace.prefs, self, types=self.type_browser.model.types)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preferences_dialog = dialog
        try:
            await run_dialog(dialog)
        finally:
            self.preferences_dialog = None

    # --- files dropped on the window ------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.new_task.current_form() is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths_ = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if self.new_task.drop_files(paths_):
            event.acceptProposedAction()
