"""The Chat screen's conversation: its messages as bubbles (ui/chat_bubble.py), and below them
the message box (Enter sends, Shift+Enter adds a line), Send, the microphone, and "More options"
with the conversation's instructions.

Bubbles are updated in place, message by message: the focus and a selection in an answer stay
where they are while the next answer arrives."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .chat_bubble import MessageBubble, is_pending, pending_text
from .forms.editors import GrowingTextEdit
from .forms.form import CollapsibleSection
from .result_view import COPIED_MS
from .widgets import Banner, MutedLabel, push_button, scaled_font, style_spacing

if TYPE_CHECKING:
    from nctask_desktop.services.chat import ChatMessage, Conversation


class MessageBox(GrowingTextEdit):
    """The message box: Enter sends, Shift+Enter adds a line, Tab goes on to the next control."""

    send_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(2, 8, parent)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText("\n")
                self.ensureCursorVisible()
                event.accept()
                return
            if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
                event.accept()
                self.send_requested.emit()
                return
        super().keyPressEvent(event)


class MessagesArea(QScrollArea):
    """The messages, top to bottom, in a scrolling column; it follows the newest message while
    the user is at the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("The conversation"))
        self.column = QWidget(self)
        self.column.setBackgroundRole(QPalette.ColorRole.Base)
        self.column.setAutoFillBackground(True)
        self.column_layout = QVBoxLayout(self.column)
        self.column_layout.setSpacing(style_spacing(self) * 2)
        self.column_layout.addStretch(1)
        self.setWidget(self.column)
        self.follow = True
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._scrolled)
        bar.rangeChanged.connect(self._range_changed)

    def _scrolled(self, value: int) -> None:
        self.follow = value >= self.verticalScrollBar().maximum() - 4

    def _range_changed(self, _low: int, high: int) -> None:
        if self.follow:
            self.verticalScrollBar().setValue(high)

    def to_bottom(self) -> None:
        self.follow = True
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())


class ConversationView(QWidget):
    """The shown conversation (or a new one, before its first message) and the message box."""

    send_requested = Signal(str)
    cancel_requested = Signal()
    retry_requested = Signal()
    regenerate_requested = Signal()
    system_prompt_changed = Signal(str)

    def __init__(self, default_prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_prompt = default_prompt
        self.conversation: Conversation | None = None
        self.status_of: Callable[[ChatMessage], str] = pending_text
        """Where an answer on its way stands (the page adds what the queue says)."""
        self.bubbles: dict[str, tuple[QWidget, MessageBubble]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setFont(scaled_font(self, 1.2, bold=True))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.notice = Banner(self, kind="info")
        layout.addWidget(self.notice)
        self.area = MessagesArea(self)
        self.hint = MutedLabel(
            self.tr(
                "Ask anything. Your Nextcloud's assistant answers; the conversation is kept on "
                "this computer for this account. Enter sends, Shift+Enter starts a new line."
            ),
            self.area.column,
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.column_layout.insertWidget(0, self.hint)
        layout.addWidget(self.area, 1)

        row = QHBoxLayout()
        self.message_box = MessageBox(self)
        self.message_box.setAccessibleName(self.tr("Your message"))
        self.message_box.setPlaceholderText(self.tr("Write a message…"))
        self.message_box.setToolTip(
            self.tr("Enter sends the message; Shift+Enter starts a new line.")
        )
        self.message_box.send_requested.connect(self.send)
        self.mic_button = QToolButton(self)
        self.mic_button.setText(self.tr("Record"))
        self.mic_button.setAccessibleName(self.tr("Record a message"))
        self.mic_button.setToolTip(self.tr("Record a message: its words go into the message box"))
        self.mic_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.mic_button.setIcon(QIcon.fromTheme("audio-input-microphone"))
        self.mic_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.mic_button.hide()  # ui/chat_voice.py shows it when recording can work
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setAccessibleName(self.tr("Send the message"))
        self.send_button.setToolTip(self.tr("Send the message (Enter)"))
        self.send_button.setAutoDefault(False)
        self.send_button.clicked.connect(self.send)
        row.addWidget(self.message_box, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.mic_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row)

        self.more = CollapsibleSection(self.tr("More options"), self)
        prompt_label = QLabel(self.tr("&Instructions for the assistant in this conversation:"))
        self.system_prompt = GrowingTextEdit(2, 6, self.more.body)
        self.system_prompt.setAccessibleName(self.tr("Instructions for the assistant"))
        self.system_prompt.setPlainText(default_prompt)
        prompt_label.setBuddy(self.system_prompt)
        prompt_label.setParent(self.more.body)
        self.reset_prompt = push_button(
            self.tr("Use the usual instructions"),
            self.more.body,
            lambda: self.system_prompt.setPlainText(self.default_prompt),
            auto_default=False,
        )
        self.more.body_layout.addWidget(prompt_label)
        self.more.body_layout.addWidget(self.system_prompt)
        reset_row = QHBoxLayout()
        reset_row.addWidget(self.reset_prompt)
        reset_row.addStretch(1)
        self.more.body_layout.addLayout(reset_row)
        layout.addWidget(self.more)
        self._prompt_timer = QTimer(self)
        self._prompt_timer.setSingleShot(True)
        self._prompt_timer.setInterval(600)
        self._prompt_timer.timeout.connect(self._prompt_edited)
        self.system_prompt.textChanged.connect(self._prompt_timer.start)
        self._showing_prompt = False
        self.show_conversation(None)

    # --- what is shown ----------------------------------------------------------------------

    def show_conversation(self, conversation: Conversation | None) -> None:
        """Show a conversation as it is now (None: a new one, not started yet)."""
        same = (
            conversation is not None
            and self.conversation is not None
            and conversation.id == self.conversation.id
        )
        if not same:
            self.flush_prompt()
            self._clear()
        self.conversation = conversation
        messages = conversation.messages if conversation is not None else []
        title = conversation.title if conversation is not None else ""
        self.title.setText(title or self.tr("New conversation"))
        self.hint.setVisible(not messages)
        wanted = [m.id for m in messages]
        for message_id in [i for i in self.bubbles if i not in wanted]:
            row, _bubble = self.bubbles.pop(message_id)
            row.hide()
            row.deleteLater()
        column = self.area.column_layout
        for position, message in enumerate(messages):
            last = position == len(messages) - 1
            found = self.bubbles.get(message.id)
            if found is None:
                found = self._add_bubble(message)
            row, bubble = found
            index = column.indexOf(row)
            target = position + 1  # after the hint
            if index != target:
                column.removeWidget(row)
                column.insertWidget(target, row)
            status = self.status_of(message) if is_pending(message) else ""
            bubble.show_message(message, last=last, status=status)
        prompt = conversation.system_prompt if conversation is not None else self.default_prompt
        own_edit = same and self.system_prompt.hasFocus()
        if not own_edit and self.system_prompt.toPlainText() != prompt:
            self._showing_prompt = True
            self.system_prompt.setPlainText(prompt)
            self._showing_prompt = False
            self._prompt_timer.stop()
        self.send_button.setEnabled(not self.pending())
        if not same:
            self.area.to_bottom()

    def refresh_status(self) -> None:
        """Every second while an answer is on its way: its status (a wait counts down)."""
        conversation = self.conversation
        if conversation is None:
            return
        for message in conversation.messages:
            bubble = self.bubble(message.id)
            if bubble is not None and is_pending(message):
                bubble.show_message(
                    message,
                    last=message is conversation.messages[-1],
                    status=self.status_of(message),
                )

    def pending(self) -> bool:
        """Whether the conversation waits for an answer (then nothing more can be sent)."""
        conversation = self.conversation
        return conversation is not None and any(is_pending(m) for m in conversation.messages)

    def _add_bubble(self, message: ChatMessage) -> tuple[QWidget, MessageBubble]:
        row = QWidget(self.area.column)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        indent = self.fontMetrics().averageCharWidth() * 10
        bubble = MessageBubble(message, row)
        if bubble.human:
            line.addSpacing(indent)
        line.addWidget(bubble, 1)
        if not bubble.human:
            line.addSpacing(indent)
        bubble.copy_requested.connect(self.copy)
        bubble.cancel_requested.connect(self.cancel_requested)
        bubble.retry_requested.connect(self.retry_requested)
        bubble.regenerate_requested.connect(self.regenerate_requested)
        self.area.column_layout.insertWidget(self.area.column_layout.count() - 1, row)
        row.show()  # now, not at the next turn of the loop: a screen reader hears it at once
        self.bubbles[message.id] = (row, bubble)
        return row, bubble

    def _clear(self) -> None:
        for row, _bubble in self.bubbles.values():
            row.hide()
            row.deleteLater()
        self.bubbles.clear()
        self.notice.hide()

    def bubble(self, message_id: str) -> MessageBubble | None:
        found = self.bubbles.get(message_id)
        return found[1] if found is not None else None

    def last_bubble(self) -> MessageBubble | None:
        conversation = self.conversation
        if conversation is None or not conversation.messages:
            return None
        return self.bubble(conversation.messages[-1].id)

    # --- actions ------------------------------------------------------------------------------

    def send(self) -> None:
        text = self.message_box.toPlainText().strip()
        if not text:
            return
        if self.pending():
            self.say_busy()
            return
        self.send_requested.emit(text)

    def say_busy(self) -> None:
        self.notice.show_message(
            self.tr("Wait for the answer (or cancel it) before you send the next message."),
            kind="info",
            timeout=COPIED_MS * 2,
        )

    def copy(self, text: str) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(text)
        self.notice.show_message(
            self.tr("The answer is copied. Paste it wherever you like."),
            kind="info",
            timeout=COPIED_MS,
        )

    def prompt_text(self) -> str:
        return self.system_prompt.toPlainText().strip()

    def _prompt_edited(self) -> None:
        if not self._showing_prompt and self.conversation is not None:
            text = self.prompt_text()
            if text != self.conversation.system_prompt:
                self.system_prompt_changed.emit(text)

    def flush_prompt(self) -> None:
        """A pending edit of the instructions is told now (before another conversation shows)."""
        if self._prompt_timer.isActive():
            self._prompt_timer.stop()
            self._prompt_edited()
