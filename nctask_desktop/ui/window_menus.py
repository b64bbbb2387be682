"""The window's menu bar: File (accounts, preferences, quit), View (refresh, find, pages) and Help
(keyboard shortcuts, the log folder, report a problem, About)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenuBar, QTabWidget, QWidget

from .help_dialogs import Help, Shortcut, action_shortcuts
from .keyboard import open_context_menu
from .quick_access import QUICK_TEXT_KEY

if TYPE_CHECKING:
    from nctask_desktop.services.workspace import Workspace

    from .account_flows import AccountFlows
    from .chat_page import ChatPage
    from .history_panel import HistoryPanel
    from .new_task_page import NewTaskPage
    from .welcome import AccountBar


FALLBACK_KEYS = {
    QKeySequence.StandardKey.Preferences: "Ctrl+,",
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.Refresh: "F5",
}


class Shell(Protocol):
    """What the menus act on: the main window."""

    open_url: Callable[[QUrl], object]
    workspace: Workspace
    tabs: QTabWidget
    account_bar: AccountBar
    new_task: NewTaskPage
    history_panel: HistoryPanel
    chat: ChatPage
    flows: AccountFlows

    def show_preferences(self) -> object: ...
    def refresh(self) -> None: ...
    def find_task(self) -> None: ...
    def close(self) -> bool: ...
    def quit_app(self) -> bool: ...
    def show_quick_text(self) -> object: ...
    def menuBar(self) -> QMenuBar: ...


class WindowMenus(QObject):
    """The menu bar and the window's keys: its actions, the context menu from the keyboard
    (Menu key, Shift+F10), Help's dialogs; `set_working` enables the actions that need an
    account."""

    def __init__(self, window: Shell) -> None:
        super().__init__(cast(QObject, window))
        self.window = window
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.add_account = self._action(self.tr("&Add account…"), window.flows.add_account)
        self.switch_account = self._action(
            self.tr("S&witch account"), self._switch_account, "Ctrl+Shift+A"
        )
        self.sign_out = self._action(self.tr("&Sign out"), window.flows.sign_out)
        self.preferences = self._action(
            self.tr("&Preferences…"), window.show_preferences, QKeySequence.StandardKey.Preferences
        )
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quick_text = self._action(
            self.tr("&Quick text…"), window.show_quick_text, QUICK_TEXT_KEY
        )
        self.quick_text.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quick_text.setStatusTip(
            self.tr("Summarise, translate or ask about the text in the clipboard")
        )
        self.run_many = self._action(self.tr("Run on &many files…"), self._run_many)
        self.run_many.setStatusTip(self.tr("One task per file, the other inputs filled once"))
        self.quit = self._action(self.tr("&Quit"), window.quit_app, QKeySequence.StandardKey.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addActions([self.add_account, self.switch_account, self.sign_out])
        file_menu.addSeparator()
        file_menu.addActions([self.quick_text, self.run_many])
        file_menu.addSeparator()
        file_menu.addAction(self.preferences)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        view_menu = bar.addMenu(self.tr("&View"))
        self.refresh = self._action(
            self.tr("&Refresh task list"), window.refresh, QKeySequence.StandardKey.Refresh
        )
        self.find = self._action(
            self.tr("&Find a task"), window.find_task, QKeySequence.StandardKey.Find
        )
        pages = window.tabs
        self.new_task = self._action(
            self.tr("&New task"), lambda: pages.setCurrentIndex(0), "Ctrl+1"
        )
        self.history = self._action(self.tr("&History"), lambda: pages.setCurrentIndex(1), "Ctrl+2")
        self.chat = self._action(self.tr("&Chat"), lambda: pages.setCurrentIndex(2), "Ctrl+3")
        view_menu.addActions([self.refresh, self.find])
        view_menu.addSeparator()
        view_menu.addActions([self.new_task, self.history, self.chat])

        self.help = Help(cast(QWidget, window), self.shortcuts, window.open_url)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"),
            self.help.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
        )
        self.log_folder = self._action(self.tr("Open the &log folder"), self.help.open_log_folder)
        self.report_problem = self._action(
            self.tr("&Report a problem…"), lambda: self.help.show_report(window.workspace)
        )
        self.report_problem.setStatusTip(
            self.tr("Write one zip file with the logs and settings, to attach to a problem report")
        )
        self.about = self._action(self.tr("&About"), self.help.show_about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addActions([self.shortcuts_action, self.log_folder, self.report_problem])
        help_menu.addSeparator()
        help_menu.addAction(self.about)
        for keys in ("Shift+F10", "Menu"):  # the context menu from the keyboard
            shortcut = QShortcut(QKeySequence(keys), cast(QWidget, window))
            shortcut.activated.connect(lambda: open_context_menu(QApplication.focusWidget()))
        self.set_working(False)

    def _run_many(self) -> None:
        self.window.tabs.setCurrentIndex(0)  # the New task page, where the form is
        self.window.new_task.batches.run_on_many()

    def _switch_account(self) -> None:
        switcher = self.window.account_bar.switcher
        switcher.setFocus(Qt.FocusReason.ShortcutFocusReason)
        switcher.showPopup()

    def shortcuts(self) -> list[Shortcut]:
        """Every shortcut, for Help → Keyboard shortcuts: the menus' and the pages'."""
        return [
            *action_shortcuts(self.all()),
            *self.window.new_task.keyboard_shortcuts(),
            *self.window.history_panel.keyboard_shortcuts(),
            *self.window.chat.keyboard_shortcuts(),
            (self.tr("Open the context menu"), self.tr("Menu key, or Shift+F10")),
            (self.tr("Next or previous control"), self.tr("Tab, Shift+Tab")),
        ]

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self.parent())
        action.triggered.connect(lambda: slot())
        if isinstance(shortcut, QKeySequence.StandardKey):
            # A standard key the platform leaves empty (Preferences and Quit on some desktops)
            # gets the one most apps use there, rather than no key at all.
            keys = QKeySequence.keyBindings(shortcut)
            if not keys and shortcut in FALLBACK_KEYS:
                keys = [QKeySequence(FALLBACK_KEYS[shortcut])]
            action.setShortcuts(keys)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def all(self) -> list[QAction]:
        """Every action of the menus, in menu order."""
        return [
            self.add_account,
            self.switch_account,
            self.sign_out,
            self.quick_text,
            self.run_many,
            self.preferences,
            self.quit,
            self.refresh,
            self.find,
            self.new_task,
            self.history,
            self.chat,
            self.shortcuts_action,
            self.log_folder,
            self.report_problem,
            self.about,
        ]

    def set_working(self, working: bool) -> None:
        """An account is shown: the actions about its tasks can run."""
        for action in (
            self.run_many,
            self.switch_account,
            self.sign_out,
            self.refresh,
            self.find,
            self.new_task,
            self.history,
            self.chat,
        ):
            action.setEnabled(working)
