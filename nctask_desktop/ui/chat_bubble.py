"""One message of a conversation, as a bubble: who and when, the text (an answer as formatted
markdown, the user's words as typed), and what can be done with it: Copy and Regenerate an answer,
Cancel one on its way (which says where it stands), Retry a failed one (which says why)."""

from __future__ import annotations

import time
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QRectF, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from .history_model import STALLED_AFTER
from .result_widgets import MarkdownView, clock_time
from .widgets import (
    BusyBar,
    InlineMessage,
    MutedLabel,
    button_row,
    high_contrast,
    mix,
    push_button,
    scaled_font,
    translate,
)

if TYPE_CHECKING:
    from nctask_desktop.services.chat import ChatMessage


def _state(message: ChatMessage) -> str:
    return message.state.name


def is_pending(message: ChatMessage) -> bool:
    return message.state.is_pending


def pending_text(message: ChatMessage, queued: str = "", now: float | None = None) -> str:
    """Where an answer on its way stands, honestly: `queued` is what this app's queue says of
    its message (its turn, the rate limit, the server out of reach, a sign-in)."""
    state = _state(message)
    if state == "QUEUED":
        return queued or translate("ChatView", "Queued")
    if state == "WAITING":
        waited = (now or time.time()) - (message.created or now or time.time())
        if waited >= STALLED_AFTER:
            return translate(
                "ChatView",
                "Still waiting for the server to start it. The server may have no worker "
                "running: tell its administrator if this stays so.",
            )
        return translate("ChatView", "Waiting for the server to start it")
    return translate("ChatView", "Writing the answer…")


def when_text(ts: float) -> str:
    """14:32 today; with the date on other days."""
    if not ts:
        return ""
    moment = datetime.fromtimestamp(ts)
    if moment.date() == datetime.now().date():
        return clock_time(ts)
    date = QLocale().toString(
        QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat
    )
    return f"{date} {clock_time(ts)}"


class MessageText(MarkdownView):
    """A message's text: the answers as markdown, the user's own words as they were typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._shown: tuple[str, bool] | None = None

    def _fit(self, *_args: object) -> None:
        """As tall as its text, one line at least (a short message is a short bubble)."""
        margins = self.contentsMargins()
        height = round(self.document().size().height()) + margins.top() + margins.bottom() + 2
        height = max(self.fontMetrics().lineSpacing() + 2, height)
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def set_text(self, text: str, *, markdown: bool) -> None:
        if self._shown == (text, markdown):
            return
        self._shown = (text, markdown)
        self.plain_text = text
        if markdown:
            self.setMarkdown(text)
        else:
            self.setPlainText(text)


class MessageBubble(QFrame):
    """One message: who and when, the text, and what can be done with it."""

    copy_requested = Signal(str)
    cancel_requested = Signal()
    retry_requested = Signal()
    regenerate_requested = Signal()

    def __init__(self, message: ChatMessage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self.human = message.role == "human"
        self._tinting = False
        layout = QVBoxLayout(self)
        margin = max(6, self.fontMetrics().height() // 2)
        layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        layout.setSpacing(max(2, margin // 3))
        header = QHBoxLayout()
        self.who = QLabel(self.tr("You") if self.human else self.tr("Assistant"), self)
        self.who.setFont(scaled_font(self, 1.0, bold=True))
        self.when = MutedLabel("", self)
        self.when.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        header.addWidget(self.who)
        header.addWidget(self.when, 1)
        layout.addLayout(header)
        self.text = MessageText(self)
        self.text.document().setDocumentMargin(0)  # the text lines up with the header
        layout.addWidget(self.text)
        # the pending answer: where it stands, and Cancel
        self.status_row = QWidget(self)
        status = QHBoxLayout(self.status_row)
        status.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel(self.status_row)
        self.status.setWordWrap(True)
        self.busy = BusyBar(self.status_row)
        self.busy.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.cancel_button = push_button(
            self.tr("Cancel"),
            self.status_row,
            self.cancel_requested.emit,
            accessible_name=self.tr("Cancel this answer"),
            auto_default=False,
        )
        status.addWidget(self.busy)
        status.addWidget(self.status, 1)
        status.addWidget(self.cancel_button)
        layout.addWidget(self.status_row)
        # a failed or cancelled answer: why, and Retry
        self.error = InlineMessage(QStyle.StandardPixmap.SP_MessageBoxWarning, self)
        layout.addWidget(self.error)
        self.copy_button = push_button(
            self.tr("Copy"),
            self,
            lambda: self.copy_requested.emit(self.message.content),
            accessible_name=self.tr("Copy this answer"),
            auto_default=False,
        )
        self.regenerate_button = push_button(
            self.tr("Regenerate"),
            self,
            self.regenerate_requested.emit,
            accessible_name=self.tr("Write this answer again"),
            auto_default=False,
        )
        self.retry_button = push_button(
            self.tr("Retry"),
            self,
            self.retry_requested.emit,
            accessible_name=self.tr("Ask for this answer again"),
            auto_default=False,
        )
        layout.addLayout(
            button_row(self.copy_button, self.regenerate_button, self.retry_button, None)
        )
        self._tint()
        self.show_message(message, last=False)

    def show_message(self, message: ChatMessage, *, last: bool, status: str = "") -> None:
        """Show the message as it is now; `last`: the conversation's last message; `status`:
        where it stands while it is on its way."""
        self.message = message
        state = _state(message)
        pending = is_pending(message)
        answer = not self.human
        self.when.setText(when_text(message.created))
        has_text = bool(message.content.strip())
        self.text.set_text(message.content, markdown=answer)
        self.text.setVisible(has_text)
        who = self.who.text()
        self.text.setAccessibleName(self.tr("Your message") if self.human else self.tr("Answer"))
        self.text.setAccessibleDescription(self.when.text())
        self.status_row.setVisible(answer and pending)
        if answer and pending:
            text = status or pending_text(message)
            if self.status.text() != text:
                self.status.setText(text)
                self.status_row.setAccessibleName(text)
        if answer and state == "FAILED":
            reason = message.error or self.tr("The server gave no reason.")
            self.error.show_message(self.tr("No answer: {reason}").format(reason=reason))
        elif answer and state == "CANCELLED":
            self.error.show_message(message.error or self.tr("The answer was cancelled."))
        else:
            self.error.clear()
        done = answer and state == "DONE"
        self.copy_button.setVisible(done and has_text)
        self.regenerate_button.setVisible(done and last)
        self.retry_button.setVisible(answer and last and state in ("FAILED", "CANCELLED"))
        self.setAccessibleName(f"{who} {self.when.text()}".strip())

    # --- colours: a bubble of its own, in light, dark and high contrast ------------------------

    def _colours(self) -> tuple[QPalette, QPalette]:
        parent = self.parentWidget()
        base = QPalette(parent.palette() if parent is not None else self.palette())
        background = base.color(QPalette.ColorRole.Base)
        if self.human:
            tint = mix(background, base.color(QPalette.ColorRole.Highlight), 0.16)
        else:
            tint = mix(background, base.color(QPalette.ColorRole.Text), 0.05)
        if high_contrast():
            tint = background
        own = QPalette(base)
        own.setColor(QPalette.ColorRole.Window, tint)
        own.setColor(QPalette.ColorRole.Base, tint)
        return base, own

    def _tint(self) -> None:
        if self._tinting:
            return
        self._tinting = True
        try:
            _base, own = self._colours()
            self.setPalette(own)
            # the app's style sheet (its focus frames) polishes text views with the app's
            # palette: the text gets the bubble's colours explicitly
            text = getattr(self, "text", None)
            if text is not None:
                text.setPalette(own)
                text.viewport().setPalette(own)
        finally:
            self._tinting = False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.ParentChange, QEvent.Type.PaletteChange):
            self._tint()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        base, own = self._colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = mix(
            own.color(QPalette.ColorRole.Window), base.color(QPalette.ColorRole.Text), 0.22
        )
        painter.setPen(QPen(border, 1))
        painter.setBrush(own.color(QPalette.ColorRole.Window))
        radius = max(4.0, self.fontMetrics().height() / 2)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        painter.end()
