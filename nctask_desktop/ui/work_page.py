"""The page a window shows for an account: the account area (bar and banners) above three tabs,
"New task", "History" and "Chat", each its own module. It hands them the account's session, keeps
the History tab's count, finds (Ctrl+F) in the tab shown, and saves and restores their layouts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from nctask_desktop.services.chat import is_chat_task
from nctask_desktop.services.history import HistoryEntry
from nctask_desktop.services.workspace import AccountSession, Workspace

from .account_area import AccountArea
from .chat_page import ChatPage
from .history_panel import HistoryPanel
from .new_task_page import FormFactory, NewTaskPage

NEW_TASK_TAB, HISTORY_TAB, CHAT_TAB = 0, 1, 2


class WorkPage(QWidget):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget,
        *,
        form_factory: FormFactory | None,
        open_url: Callable[[QUrl], object],
    ) -> None:
        super().__init__(parent)
        self.session: AccountSession | None = None
        layout = QVBoxLayout(self)
        self.area = AccountArea(workspace, self)
        layout.addWidget(self.area)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its tab bar takes the focus
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tabs.tabBar().setAccessibleName(self.tr("New task, history or chat"))
        self.new_task = NewTaskPage(
            workspace, self.tabs, form_factory=form_factory, open_url=open_url
        )
        self.tabs.addTab(self.new_task, self.tr("New task"))
        self.history_panel = HistoryPanel(
            workspace.prefs,
            self.tabs,
            open_url=open_url,
            history_changed=workspace.history_changed,
            auth_refused=workspace.auth_refused,
        )
        self.new_task.types_loaded.connect(lambda _key, types: self.history_panel.set_types(types))
        self.history_panel.run_again_requested.connect(self.run_again)
        self.tabs.addTab(self.history_panel, self.tr("History"))
        self.chat = ChatPage(self.tabs)
        self.new_task.types_loaded.connect(lambda _key, _types: self.chat.update_state())
        self.tabs.addTab(self.chat, self.tr("Chat"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)

    def set_session(self, session: AccountSession | None) -> None:
        """The account's session to every tab (None: signed out, or still connecting)."""
        self.session = session
        self.history_panel.set_session(session)
        self.chat.set_session(session)
        if session is not None:
            self.new_task.set_session(session)

    def show_task(self, task_id: int) -> None:
        """A task's result: a chat answer in its conversation, any other selected in History."""
        entry = self.session.history.entry(task_id) if self.session is not None else None
        if entry is not None and self.chat.open_task(entry.task, quiet=True):
            self.tabs.setCurrentIndex(CHAT_TAB)
            return
        self.tabs.setCurrentIndex(HISTORY_TAB)
        if task_id >= 0:
            self.history_panel.select_task(task_id)
            self.history_panel.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def run_again(self, entry: HistoryEntry) -> None:
        """History's Run again: the task's input in its form on the New-task page (a chat
        message: its conversation, on the Chat tab)."""
        if self.chat.open_task(entry.task):
            self.tabs.setCurrentIndex(CHAT_TAB)
            return
        self.new_task.run_again(entry)
        self.tabs.setCurrentIndex(NEW_TASK_TAB)

    def open_conversation(self, conversation_id: str) -> None:
        if self.session is not None:
            self.tabs.setCurrentIndex(CHAT_TAB)
            self.chat.open_conversation(conversation_id)

    def open_files(self, paths: list[Path]) -> None:
        self.tabs.setCurrentIndex(NEW_TASK_TAB)
        self.new_task.open_files(paths)

    def update_history_title(self) -> None:
        """ "History (2 running)": the tasks still running, chat answers aside."""
        unfinished = self.session.history.unfinished if self.session is not None else []
        shown = len([x for x in unfinished if not is_chat_task(x.task)])
        title = self.tr("History (%n running)", None, shown) if shown else self.tr("History")
        self.tabs.setTabText(HISTORY_TAB, title)

    def focus_search(self) -> None:
        """Ctrl+F: the search of the tab shown."""
        if self.tabs.currentIndex() == HISTORY_TAB:
            self.history_panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.history_panel.search.selectAll()
        elif self.tabs.currentIndex() == CHAT_TAB:
            self.chat.focus_search()
        else:
            self.new_task.type_browser.focus_search()

    def _tab_changed(self, index: int) -> None:
        if index == HISTORY_TAB and self.session is not None:
            self.session.history.poke()  # tasks made elsewhere show up without F5

    def restore_layout(self, settings: QSettings) -> None:
        for page in (self.new_task, self.history_panel, self.chat):
            page.restore_layout(settings)

    def save_layout(self, settings: QSettings) -> None:
        for page in (self.new_task, self.history_panel, self.chat):
            page.save_layout(settings)

    def close_all(self) -> None:
        for page in (self.new_task, self.history_panel, self.chat):
            page.close_all()
