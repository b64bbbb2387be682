"""The Chat tab: the account's conversations on the left (newest first, search, rename, delete),
the shown conversation on the right with the message box. Shown when the server offers chat
(`core:text2text:chat`), explained when it does not.

The conversations and their answers are the chat service's (services/chat.py: kept per account,
across restarts); the page subscribes to its `changed` event and shows what it says."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .asyncqt import TaskOwner
from .chat_bubble import pending_text
from .chat_list import ConversationPane
from .chat_view import ConversationView
from .chat_voice import VoiceInput
from .widgets import (
    BusyBar,
    MutedLabel,
    confirm,
    every_second,
    push_button,
    scaled_font,
    translate,
)

if TYPE_CHECKING:
    from nctask_desktop.api import Task
    from nctask_desktop.services.chat import ChatMessage, ChatSession, Conversation
    from nctask_desktop.services.workspace import AccountSession

MESSAGE_PAGE, CHAT_PAGE = 0, 1


def _default_prompt() -> str:
    from nctask_desktop.services.chat import DEFAULT_SYSTEM_PROMPT

    return DEFAULT_SYSTEM_PROMPT


class ChatPage(QWidget):
    """Conversations | the conversation. `set_session` switches the account; `update_state` looks
    again whether the server offers chat (its task types were loaded)."""

    refresh_requested = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.time
    ) -> None:
        super().__init__(parent)
        self.owner = TaskOwner()
        self.session: AccountSession | None = None
        self.current_id: str | None = None
        self.delete_box: QMessageBox | None = None
        self._unsubscribe: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages)

        self.message_page = QWidget(self.pages)
        centre = QHBoxLayout(self.message_page)
        column = QWidget(self.message_page)  # a readable measure, in the middle
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * 72)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        centre.addStretch(1)
        centre.addWidget(column, 3)
        centre.addStretch(1)
        message_layout = QVBoxLayout(column)
        message_layout.addStretch(1)
        self.message_title = QLabel("", column)
        self.message_title.setFont(scaled_font(self, 1.2, bold=True))
        self.message_title.setWordWrap(True)
        self.message = MutedLabel("", column)
        self.busy = BusyBar(column)
        self.check_again = push_button(
            self.tr("Check again"),
            column,
            self.refresh_requested.emit,
            accessible_name=self.tr("Check again whether your server offers chat"),
        )
        for widget in (self.message_title, self.message):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            message_layout.addWidget(widget)
        message_layout.addWidget(self.busy)
        message_layout.addWidget(self.check_again, 0, Qt.AlignmentFlag.AlignHCenter)
        message_layout.addStretch(2)
        self.pages.addWidget(self.message_page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.pages)
        self.splitter.setChildrenCollapsible(False)
        self.list_pane = ConversationPane(self.splitter, clock=clock)
        self.view = ConversationView(_default_prompt(), self.splitter)
        self.splitter.addWidget(self.list_pane)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        char = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([char * 34, char * 90])
        self.pages.addWidget(self.splitter)

        self.search = self.list_pane.search
        self.conversations = self.list_pane.view
        self.message_box = self.view.message_box
        self.list_pane.new_button.clicked.connect(self.new_conversation)
        self.search.textChanged.connect(lambda _text: self._refresh_list())
        self.conversations.selectionModel().currentChanged.connect(self._current_changed)
        self.conversations.activated.connect(lambda _index: self.focus_message_box())
        self.conversations.customContextMenuRequested.connect(self._context_menu)
        self.list_pane.model.renamed.connect(self.rename)
        self.view.send_requested.connect(self.send)
        self.view.cancel_requested.connect(self.cancel)
        self.view.retry_requested.connect(self.retry)
        self.view.regenerate_requested.connect(self.regenerate)
        self.view.system_prompt_changed.connect(self._set_system_prompt)
        self.view.status_of = self._status_of
        self.voice = VoiceInput(self.view, self.owner)
        self.ticker = every_second(self, self._tick)
        self._build_actions()
        self.set_session(None)

    def _build_actions(self) -> None:
        view = self.conversations
        self.rename_action = QAction(self.tr("Rename"), view)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.triggered.connect(self.rename_current)
        self.delete_action = QAction(self.tr("Delete…"), view)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(lambda: self.delete_current())
        for action in (self.rename_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            view.addAction(action)
        self.new_action = QAction(self.tr("New conversation"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_conversation)
        self.addAction(self.new_action)

    def keyboard_shortcuts(self) -> list[tuple[str, QKeySequence]]:
        """For Help → Keyboard shortcuts."""
        return [
            (self.tr("Chat: new conversation"), self.new_action.shortcut()),
            (self.tr("Chat: send the message"), QKeySequence(Qt.Key.Key_Return)),
            (
                self.tr("Chat: new line in the message"),
                QKeySequence(Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_Return),
            ),
            (self.tr("Chat: rename the conversation"), self.rename_action.shortcut()),
            (self.tr("Chat: delete the conversation"), self.delete_action.shortcut()),
        ]

    # --- the account ----------------------------------------------------------------------------

    @property
    def chat(self) -> ChatSession | None:
        return self.session.chat if self.session is not None else None

    def set_session(self, session: AccountSession | None) -> None:
        """Show this account's conversations (None: none, e.g. while signed out)."""
        self.owner.cancel_all()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.view.flush_prompt()
        self.session = session
        self.current_id = None
        self.pages.setCurrentIndex(MESSAGE_PAGE)  # the chat shows again when it is known
        self.list_pane.model.set_conversations([])
        self.view.show_conversation(None)
        chat = self.chat
        if chat is not None:
            chat.translate = translate  # its errors in the user's language
            self._unsubscribe = chat.changed.connect(self._changed)
        self.voice.set_session(session)
        self.update_state()

    def update_state(self) -> None:
        """The chat, or why there is none: not signed in, the task types loading, no chat."""
        chat = self.chat
        available = chat.available() if chat is not None else False
        self.voice.update()
        if chat is not None and available:
            shown = self.pages.currentIndex() == CHAT_PAGE
            self.pages.setCurrentIndex(CHAT_PAGE)
            if not shown:
                self._refresh_list()
                newest = self.list_pane.model.items[0].id if self.list_pane.model.items else None
                self.open_conversation(newest)
            return
        self.pages.setCurrentIndex(MESSAGE_PAGE)
        self.busy.setVisible(chat is not None and available is None)
        self.check_again.setVisible(chat is not None and available is False)
        if chat is None:
            self._say(
                self.tr("Chat"), self.tr("Sign in to your Nextcloud to chat with its assistant.")
            )
        elif available is None:
            self._say(self.tr("Chat"), self.tr("Looking at what your server offers…"))
        else:
            self._say(
                self.tr("Your server does not offer chat"),
                self.tr(
                    "Chat needs an AI app on your Nextcloud that provides it. Its administrator "
                    "can enable one, for example “OpenAI and LocalAI integration” or “Local large "
                    "language model” (llm2), together with the Assistant app. The other tasks "
                    "your server offers are on the New task tab."
                ),
            )

    def _say(self, title: str, text: str) -> None:
        self.message_title.setText(title)
        self.message.setText(text)
        self.message_page.setAccessibleName(title)

    # --- the list -------------------------------------------------------------------------------

    def _refresh_list(self) -> None:
        chat = self.chat
        if chat is None or chat.available() is not True:
            return
        text = self.search.text().strip()
        found = chat.search(text) if text else chat.conversations()
        self.list_pane.model.set_conversations(found)
        self.list_pane.show_counts(bool(text))
        if self.current_id is not None and self.list_pane.current_id() != self.current_id:
            self.list_pane.select(self.current_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        conversation_id = self.list_pane.current_id()
        if current.isValid() and conversation_id and conversation_id != self.current_id:
            self.open_conversation(conversation_id)

    def open_conversation(self, conversation_id: str | None) -> None:
        """Show a conversation (None: a new one, started by its first message)."""
        chat = self.chat
        conversation = chat.conversation(conversation_id) if chat and conversation_id else None
        self.current_id = conversation.id if conversation is not None else None
        self.view.show_conversation(conversation)
        self.list_pane.select(self.current_id)

    def open_task(self, task: Task, *, quiet: bool = False) -> bool:
        """A chat task from History or a notification: show its conversation. False when it is
        no chat task; with `quiet`, also when its conversation is not here (deleted, or sent
        from elsewhere, e.g. the web Assistant); else that is said here."""
        from nctask_desktop.services.chat import CHAT_TYPE, conversation_of

        chat = self.chat
        conversation_id = conversation_of(task.custom_id)
        if conversation_id is None and task.type != CHAT_TYPE:
            return False
        if chat is None or not chat.available():
            return False
        if conversation_id is not None and chat.conversation(conversation_id) is not None:
            self.search.clear()
            self.open_conversation(conversation_id)
            return True
        if quiet:
            return False
        if conversation_id is not None:
            text = self.tr("The conversation of that chat message was deleted.")
        else:
            text = self.tr(
                "That chat message was sent from elsewhere (for example the Assistant in your "
                "browser): its conversation is not on this computer."
            )
        self.view.notice.show_message(text, kind="info")
        return True

    def conversation(self) -> Conversation | None:
        """The shown conversation (None: a new one, not started yet)."""
        chat = self.chat
        return chat.conversation(self.current_id) if chat and self.current_id else None

    def _changed(self, conversation_id: str) -> None:
        """The chat service says a conversation changed (or went)."""
        if self.pages.currentIndex() != CHAT_PAGE:
            self.update_state()
            return
        self._refresh_list()
        if conversation_id == self.current_id:
            conversation = self.conversation()
            if conversation is None:  # deleted (here, or in another window)
                self.current_id = None
            self.view.show_conversation(conversation)

    def new_conversation(self) -> None:
        """Ctrl+N: an empty conversation; it is kept once its first message is sent."""
        if self.pages.currentIndex() != CHAT_PAGE:
            return
        self.open_conversation(None)
        self.focus_message_box()

    def focus_message_box(self) -> None:
        self.message_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        on_row = self.conversations.indexAt(pos).isValid()
        if on_row:
            menu.addAction(self.rename_action)
            menu.addAction(self.delete_action)
            menu.addSeparator()
        menu.addAction(self.new_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.conversations.viewport().mapToGlobal(pos))

    def rename_current(self) -> None:
        index = self.conversations.currentIndex()
        if index.isValid():
            self.conversations.edit(index)

    def rename(self, conversation_id: str, title: str) -> None:
        if self.chat is not None:
            self.chat.rename(conversation_id, title)

    def delete_current(self) -> asyncio.Task[None] | None:
        conversation_id = self.list_pane.current_id()
        chat = self.chat
        if conversation_id is None or chat is None:
            return None
        running = self.owner.get("delete")
        if running is not None and not running.done():
            return running
        return self.owner.start("delete", self._delete(chat, conversation_id))

    async def _delete(self, chat: ChatSession, conversation_id: str) -> None:
        conversation = chat.conversation(conversation_id)
        if conversation is None:
            return
        sure = await confirm(
            self,
            title=self.tr("Delete conversation"),
            text=self.tr("Delete the conversation “{title}”?").format(title=conversation.title),
            informative=self.tr(
                "Its messages and answers are deleted from this computer. This cannot be undone."
            ),
            action=self.tr("Delete"),
            destructive=True,
            showing=lambda box: setattr(self, "delete_box", box),
        )
        if self.chat is not chat:
            return
        self.conversations.setFocus(Qt.FocusReason.OtherFocusReason)  # back where it was asked
        if not sure:
            return
        row = self.list_pane.model.row_of(conversation_id)
        chat.delete(conversation_id)
        if self.current_id is None or self.current_id == conversation_id:
            items = self.list_pane.model.items
            following = items[min(row or 0, len(items) - 1)].id if items else None
            self.open_conversation(following)

    # --- the conversation -----------------------------------------------------------------------

    def send(self, text: str) -> None:
        """The message box's text goes to the shown conversation (made now if it is new)."""
        chat = self.chat
        if chat is None:
            return
        conversation = self.conversation()
        if conversation is None:
            prompt = self.view.prompt_text()
            conversation = chat.new_conversation(
                None if prompt in ("", self.view.default_prompt) else prompt
            )
            self.current_id = conversation.id
            self._refresh_list()
        if not self._asked(lambda: chat.send(conversation.id, text)):
            return
        self.message_box.clear()
        self.view.show_conversation(chat.conversation(conversation.id))
        self.view.area.to_bottom()

    def cancel(self) -> None:
        if self.chat is not None and self.current_id is not None:
            self.chat.cancel(self.current_id)
            self.focus_message_box()  # Cancel goes away with the answer on its way

    def retry(self) -> None:
        self._again(retry=True)

    def regenerate(self) -> None:
        self._again(retry=False)

    def _again(self, *, retry: bool) -> None:
        """Retry a failed answer, or write the last one again: a new answer in its place."""
        chat, conversation_id = self.chat, self.current_id
        if chat is None or conversation_id is None:
            return
        again = chat.retry if retry else chat.regenerate
        try:
            if not self._asked(lambda: again(conversation_id)):
                return
        except (KeyError, ValueError):  # it changed meanwhile (another window, the CLI)
            self.view.show_conversation(chat.conversation(conversation_id))
            return
        self.view.area.to_bottom()
        self.focus_message_box()

    def _asked(self, ask: Callable[[], object]) -> bool:
        """Ask the chat service for an answer; False when it cannot now: busy with the last answer
        (said in the conversation) or no longer offered (the page shows why)."""
        from nctask_desktop.services.chat import ChatBusyError, ChatUnavailableError

        try:
            ask()
        except ChatBusyError:
            self.view.say_busy()
            return False
        except ChatUnavailableError:
            self.update_state()
            return False
        return True

    def _status_of(self, message: ChatMessage) -> str:
        """Where an answer on its way stands, with what the queue says while it is in it."""
        from .session_panel import SessionRow, status_text

        chat, session = self.chat, self.session
        queued = ""
        if chat is not None and session is not None and self.current_id is not None:
            submission = chat.submission(self.current_id)
            if submission is not None and submission.custom_id == message.custom_id:
                queued = status_text(SessionRow(session.account, submission))
        return pending_text(message, queued)

    def _tick(self) -> None:
        if self.isVisible() and self.view.pending():
            self.view.refresh_status()  # a wait under the rate limit counts down

    def _set_system_prompt(self, prompt: str) -> None:
        if self.chat is not None and self.current_id is not None:
            self.chat.set_system_prompt(self.current_id, prompt or self.view.default_prompt)

    # --- showing, layout, closing ---------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Coming to the Chat tab: the focus goes where typing starts."""
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if self.pages.currentIndex() == CHAT_PAGE and not (
            focus is not None and self.isAncestorOf(focus)
        ):
            self.focus_message_box()

    def save_layout(self, settings: QSettings) -> None:
        self.view.flush_prompt()
        settings.setValue("chat/splitter", self.splitter.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("chat/splitter")
        if isinstance(state, QByteArray | bytes):
            self.splitter.restoreState(QByteArray(state))

    def close_all(self) -> None:
        self.view.flush_prompt()
        self.owner.cancel_all()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
