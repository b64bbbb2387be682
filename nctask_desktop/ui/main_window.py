"""The main window, a thin shell: the welcome page, the account bar and its banners, the two
pages ("New task", "History" and "Chat", each its own module), menus, geometry and account switching.

The pages subscribe to the workspace's events themselves; the shell routes only navigation
(open a task in History, Run again into the New-task page). The tray and notifications live in
ui/presence.py, the account journeys (add, sign in again, sign out, the demo) in
ui/account_flows.py, the menu bar in ui/window_menus.py.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop import APP_DISPLAY_NAME
from nctask_desktop.services import paths

if TYPE_CHECKING:  # the modules a window needs once it shows an account: imported by attach()
    import asyncio

    from nctask_desktop.services.accounts import Account
    from nctask_desktop.services.history import HistoryEntry
    from nctask_desktop.services.workspace import AccountSession, Workspace

    from .appearance import Appearance
    from .desktop import NetworkWatcher
    from .global_hotkey import GlobalHotkey
    from .new_task_page import FormFactory
    from .notifier import DesktopNotifier
    from .preferences_dialog import PreferencesDialog
    from .quick_text import QuickTextWindow
    from .type_browser import TypeBrowser

WELCOME_PAGE, WORK_PAGE = 0, 1
NEW_TASK_TAB, HISTORY_TAB, CHAT_TAB = 0, 1, 2


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
        starting.setAlignment(Qt.AlignmentFlag.AlignCenter)
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
        from .presence import Presence
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
        self.preferences_dialog: PreferencesDialog | None = None
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
        self.quick_text: QuickTextWindow | None = None
        self.global_hotkey: GlobalHotkey | None = None
        self.apply_global_hotkey()
        self.new_task.restore_layout(self.settings)
        self.history_panel.restore_layout(self.settings)
        self.chat.restore_layout(self.settings)
        self.attached = True

    # --- building -------------------------------------------------------------------------------

    def _build_work_page(self, form_factory: FormFactory | None) -> None:
        from .account_area import AccountArea
        from .chat_page import ChatPage
        from .history_panel import HistoryPanel
        from .new_task_page import NewTaskPage

        page = QWidget(self.pages)
        layout = QVBoxLayout(page)
        self.area = AccountArea(self.workspace, page)
        self.account_bar = self.area.bar
        self.account_bar.switcher.activated.connect(self._switcher_activated)
        self.reauth_banner = self.area.reauth_banner
        self.keychain_banner = self.area.keychain_banner
        self.demo_banner = self.area.demo_banner
        self.area.problem_banner.action_clicked.connect(self.refresh)
        layout.addWidget(self.area)
        self.tabs = QTabWidget(page)
        self.tabs.setDocumentMode(True)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its tab bar takes the focus
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tabs.tabBar().setAccessibleName(self.tr("New task, history or chat"))
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
            auth_refused=self.workspace.auth_refused,
        )
        self.history_panel.run_again_requested.connect(self.run_again)
        self.new_task.types_loaded.connect(lambda _key, types: self.history_panel.set_types(types))
        self.tabs.addTab(self.history_panel, self.tr("History"))
        self.chat = ChatPage(self.tabs)
        self.chat.refresh_requested.connect(self.refresh)
        self.new_task.types_loaded.connect(lambda _key, _types: self.chat.update_state())
        self.tabs.addTab(self.chat, self.tr("Chat"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self.pages.addWidget(page)

    @property
    def type_browser(self) -> TypeBrowser:
        """The New-task page's type browser (the shell's Find and tab order use it)."""
        return self.new_task.type_browser

    def open_files(self, paths_: list[Path]) -> None:
        self.tabs.setCurrentIndex(NEW_TASK_TAB)
        self.new_task.open_files(paths_)

    def refresh(self) -> None:
        """F5: the task types, then (when the server answered) the history again."""
        if self.account is None:
            return
        if self.session is None:
            self.activate(self.account)
        else:
            self.new_task.owner.start("types", self.new_task.load_types(refresh_history=True))

    def find_task(self) -> None:
        if self.tabs.currentIndex() == HISTORY_TAB:
            self.history_panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.history_panel.search.selectAll()
        elif self.tabs.currentIndex() == CHAT_TAB:
            self.chat.focus_search()
        else:
            self.type_browser.focus_search()

    def _tab_changed(self, index: int) -> None:
        if index == HISTORY_TAB and self.session is not None:
            self.session.history.poke()  # tasks made elsewhere show up without F5

    def _update_actions(self) -> None:
        self.menus.set_working(self.pages.currentIndex() == WORK_PAGE and self.account is not None)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go through the window in reading order, computed from the layouts
        as they are now (forms, results and pages change): never a loop that skips a pane."""
        from .keyboard import next_in_reading_order

        target = next_in_reading_order(self, QApplication.focusWidget(), next)
        if target is None:
            return super().focusNextPrevChild(next)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
        return True

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
        self.new_task.save_layout(self.settings)
        self.history_panel.save_layout(self.settings)
        self.chat.save_layout(self.settings)
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
        self.new_task.close_all()
        self.history_panel.close_all()
        self.chat.close_all()
        self.presence.close()
        self.flows.close()
        if self.global_hotkey is not None:
            self.global_hotkey.unregister()
        if self.quick_text is not None:
            self.quick_text.close_all()
        self._unsubscribe()
        super().closeEvent(event)

    def quit_app(self) -> bool:
        """Quit (File → Quit, the tray's Quit): close the window, never only to the tray."""
        self._quitting = True
        try:
            return self.close()
        finally:
            self._quitting = False

    # --- quick text (ui/quick_text.py) ----------------------------------------------------------

    def show_quick_text(self) -> QuickTextWindow:
        """The Quick text window with the clipboard's text (the menu, its key, the tray)."""
        from .quick_text import QuickTextWindow

        if self.quick_text is None:
            self.quick_text = QuickTextWindow(self)
            self.quick_text.open_conversation.connect(self._open_conversation)
        self.quick_text.present()
        return self.quick_text

    def _open_conversation(self, conversation_id: str) -> None:
        self.bring_to_front()
        if self.session is not None:
            self.tabs.setCurrentIndex(CHAT_TAB)
            self.chat.open_conversation(conversation_id)

    def apply_global_hotkey(self) -> None:
        """The key that opens Quick text from any app, as the preferences say."""
        from .global_hotkey import GlobalHotkey

        wanted = self.workspace.prefs.global_hotkey and GlobalHotkey.unsupported_reason() is None
        if wanted and self.global_hotkey is None:
            hotkey = GlobalHotkey(self)
            hotkey.activated.connect(self.show_quick_text)
            if hotkey.register():
                self.global_hotkey = hotkey
            else:
                hotkey.deleteLater()
        elif not wanted and self.global_hotkey is not None:
            self.global_hotkey.unregister()
            self.global_hotkey.deleteLater()
            self.global_hotkey = None

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
        self.history_panel.set_session(None)
        self.chat.set_session(None)
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
        from nctask_desktop.api import tls

        from .widgets import explain_text

        self.workspace.set_current(account)
        self.new_task.owner.cancel("types")
        self.new_task.set_account(account)
        self.account = account
        self.session = None
        self.history_panel.set_session(None)
        self.chat.set_session(None)
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
            text = explain_text(exc)
            if isinstance(exc, e.CertificateChangedError):  # both fingerprints, loudly
                text += "\n" + self.tr("Trusted: {old}").format(old=exc.trusted)
                with contextlib.suppress(Exception):
                    new = await self.workspace.accounts.server_certificate(account.server)
                    text += "\n" + self.tr("Now: {new}").format(new=tls.fingerprint(new))
            self.type_browser.show_problem(text)
            return
        self.history_panel.set_session(self.session)
        self.chat.set_session(self.session)
        self.new_task.set_session(self.session)
        self.presence.update()
        self.flows.load_avatar(self.session)
        await self.new_task.load_types()
        focus = QApplication.focusWidget()
        inside = focus is not None and self.new_task.isAncestorOf(focus)
        if self.tabs.currentIndex() == NEW_TASK_TAB and not inside:
            self.type_browser.focus_search()  # the keyboard starts where a task starts

    def _show_needs_reauth(self, account: Account, *, missing: bool = False) -> None:
        self.area.show_needs_reauth(account, missing=missing)
        self.type_browser.set_loading(False)
        self.type_browser.show_problem(
            self.tr("Sign in again to see the tasks of this server."), retry=False
        )

    # --- the account journeys (ui/account_flows.py) ---------------------------------------------

    def add_account(self, address: str = "", login_name: str = "") -> asyncio.Task[None]:
        return self.flows.add_account(address, login_name)

    def sign_out(self, account: Account | None = None) -> asyncio.Task[None]:
        return self.flows.sign_out(account)

    def start_demo(self) -> asyncio.Task[None]:
        return self.flows.start_demo()

    def on_welcome_page(self) -> bool:
        return self.pages.currentIndex() == WELCOME_PAGE

    # --- history, run again ---------------------------------------------------------------------

    def update_tab_title(self) -> None:
        from nctask_desktop.services.chat import is_chat_task  # chat: not shown there by default

        unfinished = self.session.history.unfinished if self.session is not None else []
        shown = len([x for x in unfinished if not is_chat_task(x.task)])
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
            await self.show_account(account)
        if self.pages.currentIndex() != WORK_PAGE:
            return
        entry = self.session.history.entry(task_id) if self.session is not None else None
        if entry is not None and self.chat.open_task(entry.task, quiet=True):
            self.tabs.setCurrentIndex(CHAT_TAB)  # a chat answer: in its conversation
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

    def run_again(self, entry: HistoryEntry) -> None:
        """History's Run again: the task's input in its form on the New-task page (a chat
        message: its conversation, on the Chat tab)."""
        if self.chat.open_task(entry.task):
            self.tabs.setCurrentIndex(CHAT_TAB)
            return
        self.new_task.run_again(entry)
        self.tabs.setCurrentIndex(NEW_TASK_TAB)

    def _auth_failed(self, account: Account) -> None:
        """A 401 from the server: show the account as needing to sign in again (once)."""
        if self.account is not None and account.key == self.account.key:
            self.account = account
            self._show_needs_reauth(account)
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
        from .asyncqt import run_dialog
        from .preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(
            self.workspace.prefs,
            self,
            types=self.type_browser.model.types,
            tray=self.notifier.has_tray,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preferences_dialog = dialog
        try:
            accepted = await run_dialog(dialog)
        finally:
            self.preferences_dialog = None
        if accepted:
            self.apply_global_hotkey()
        if accepted and self.appearance is not None:
            self.appearance.apply(self.workspace.prefs.theme)

    # --- files dropped on the window ------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.new_task.current_form() is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths_ = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if self.new_task.drop_files(paths_):
            event.acceptProposedAction()
