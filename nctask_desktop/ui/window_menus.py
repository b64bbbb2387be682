"""The window's menu bar: File (accounts, preferences, quit), View (refresh, find, pages) and Help
(keyboard shortcuts, the log folder, About)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow


class WindowMenus(QObject):
    """The actions, connected to the window's callbacks; `set_working` enables those that need an
    account."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        add_account: Callable[[], object],
        sign_out: Callable[[], object],
        preferences: Callable[[], object],
        refresh: Callable[[], object],
        find: Callable[[], object],
        show_page: Callable[[int], object],
        switch_account: Callable[[], object],
        shortcuts: Callable[[], object],
        log_folder: Callable[[], object],
        about: Callable[[], object],
    ) -> None:
        super().__init__(window)
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.add_account = self._action(self.tr("&Add account…"), add_account)
        self.switch_account = self._action(
            self.tr("S&witch account"), switch_account, "Ctrl+Shift+A"
        )
        self.sign_out = self._action(self.tr("&Sign out"), sign_out)
        self.preferences = self._action(
            self.tr("&Preferences…"), preferences, QKeySequence.StandardKey.Preferences
        )
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit = self._action(self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addActions([self.add_account, self.switch_account, self.sign_out])
        file_menu.addSeparator()
        file_menu.addAction(self.preferences)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        view_menu = bar.addMenu(self.tr("&View"))
        self.refresh = self._action(
            self.tr("&Refresh task list"), refresh, QKeySequence.StandardKey.Refresh
        )
        if self.refresh.shortcut().isEmpty():
            self.refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.find = self._action(self.tr("&Find a task"), find, QKeySequence.StandardKey.Find)
        self.new_task = self._action(self.tr("&New task"), lambda: show_page(0), "Ctrl+1")
        self.history = self._action(self.tr("&History"), lambda: show_page(1), "Ctrl+2")
        view_menu.addActions([self.refresh, self.find])
        view_menu.addSeparator()
        view_menu.addActions([self.new_task, self.history])

        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts = self._action(
            self.tr("&Keyboard shortcuts"), shortcuts, QKeySequence.StandardKey.HelpContents
        )
        self.log_folder = self._action(self.tr("Open the &log folder"), log_folder)
        self.about = self._action(self.tr("&About"), about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addActions([self.shortcuts, self.log_folder])
        help_menu.addSeparator()
        help_menu.addAction(self.about)
        self.set_working(False)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self.parent())
        action.triggered.connect(lambda: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def all(self) -> list[QAction]:
        """Every action of the menus, in menu order."""
        return [
            self.add_account,
            self.switch_account,
            self.sign_out,
            self.preferences,
            self.quit,
            self.refresh,
            self.find,
            self.new_task,
            self.history,
            self.shortcuts,
            self.log_folder,
            self.about,
        ]

    def set_working(self, working: bool) -> None:
        """An account is shown: the actions about its tasks can run."""
        for action in (
            self.switch_account,
            self.sign_out,
            self.refresh,
            self.find,
            self.new_task,
            self.history,
        ):
            action.setEnabled(working)
