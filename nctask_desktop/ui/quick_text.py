"""Quick text: a small window, opened from anywhere (its menu entry and key, the tray icon, the
global key), with the clipboard's text and the text tasks the server offers (summarise, translate,
a free prompt, a question in a new chat conversation); it follows the task through the account's
queue and live history, and shows the result with Copy and "Replace the clipboard"."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.api import Task, TaskStatus, TaskType
from nctask_desktop.messages import failed_task_reason
from nctask_desktop.services.chat import CHAT_TYPE, MessageState
from nctask_desktop.services.submissions import Submission, SubmissionState

from .session_panel import SessionRow, status_text
from .widgets import BusyBar, InlineMessage, MutedLabel, every_second, push_button, translate

if TYPE_CHECKING:
    from nctask_desktop.services.accounts import Account
    from nctask_desktop.services.live_history import HistoryEvent
    from nctask_desktop.services.workspace import AccountSession

    from .main_window import MainWindow

SUMMARY = "core:text2text:summary"
TRANSLATE = "core:text2text:translate"
FREE_PROMPT = "core:text2text"
ACTIONS = (SUMMARY, TRANSLATE, FREE_PROMPT, CHAT_TYPE)


def language_code() -> str:
    """The app's language as the server's enum values write it ("de", "pt_BR")."""
    return QLocale().name()


def pick_language(values: list[str], wanted: str) -> int:
    """The index of `wanted` ("pt_BR") in `values`, else of its language ("pt"), else 0."""
    for candidate in (wanted, wanted.split("_")[0]):
        for index, value in enumerate(values):
            if value.lower().replace("-", "_") == candidate.lower():
                return index
    base = wanted.split("_")[0].lower()
    for index, value in enumerate(values):
        if value.lower().startswith(base + "_") or value.lower().startswith(base + "-"):
            return index
    return 0


def task_inputs(task_type: TaskType, text: str, **values: Any) -> dict[str, Any]:
    """The input of a text task: `text` in its `input` slot, `values`, and the defaults of its
    other mandatory slots (an origin language: detected)."""
    inputs: dict[str, Any] = {"input": text, **values}
    for slot in task_type.mandatory_inputs:
        if slot.key in inputs:
            continue
        options = [v.value for v in slot.enum_values]
        if slot.has_default:
            inputs[slot.key] = slot.default
        elif "detect_language" in options:
            inputs[slot.key] = "detect_language"
        elif options:
            inputs[slot.key] = options[0]
    return inputs


def result_text(task: Task, task_type: TaskType | None) -> str:
    return "\n\n".join(text for _key, text in task.text_outputs(task_type))


class QuickTextWindow(QDialog):
    """The window; one per main window, hidden when closed (what runs goes on and is shown
    when it opens again)."""

    open_conversation = Signal(str)

    def __init__(self, shell: MainWindow) -> None:
        super().__init__(shell)
        self.shell = shell
        self.workspace = shell.workspace
        self.setWindowTitle(self.tr("Quick text"))
        self.session: AccountSession | None = None
        self.submission: Submission | None = None
        self.task: Task | None = None
        self.chat_id: str | None = None
        self._chat_unsubscribe: Callable[[], None] | None = None
        self._result_owner: QWidget | None = None
        layout = QVBoxLayout(self)

        self.account_label = MutedLabel("", self)
        layout.addWidget(self.account_label)
        text_label = QLabel(self.tr("&Text:"), self)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Text to work on"))
        self.text.setPlaceholderText(
            self.tr("The clipboard holds no text: type or paste the text here.")
        )
        self.text.setTabChangesFocus(True)
        text_label.setBuddy(self.text)
        layout.addWidget(text_label)
        layout.addWidget(self.text, 2)

        actions = QHBoxLayout()
        self.summary_button = self._button(self.tr("&Summarise"), lambda: self.run(SUMMARY))
        self.translate_button = self._button(
            self.tr("T&ranslate into"), lambda: self.run(TRANSLATE)
        )
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language to translate into"))
        self.chat_button = self._button(self.tr("Ask in &Chat"), lambda: self.run(CHAT_TYPE))
        self.chat_button.setToolTip(
            self.tr("A new conversation with the text as its first message, kept in the Chat tab")
        )
        for widget in (self.summary_button, self.translate_button, self.language):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.chat_button)
        layout.addLayout(actions)
        prompt_row = QHBoxLayout()
        self.prompt = QLineEdit(self)
        self.prompt.setPlaceholderText(
            self.tr("Or say what to do with it, e.g. “Make it more polite”")
        )
        self.prompt.setAccessibleName(self.tr("What to do with the text"))
        self.prompt.returnPressed.connect(lambda: self.run(FREE_PROMPT))
        self.prompt_button = self._button(self.tr("Run the &prompt"), lambda: self.run(FREE_PROMPT))
        prompt_row.addWidget(self.prompt, 1)
        prompt_row.addWidget(self.prompt_button)
        layout.addLayout(prompt_row)
        self.offer = MutedLabel("", self)  # what the server does not offer, or why nothing runs
        layout.addWidget(self.offer)

        state_row = QHBoxLayout()
        self.busy = BusyBar(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.cancel_button = self._button(self.tr("C&ancel"), self.cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel the task"))
        state_row.addWidget(self.status, 1)
        state_row.addWidget(self.cancel_button)
        layout.addLayout(state_row)
        layout.addWidget(self.busy)
        self.error = InlineMessage(QStyle.StandardPixmap.SP_MessageBoxWarning, self)
        layout.addWidget(self.error)

        self.result_title = QLabel(self.tr("Result:"), self)
        self.result_box = QPlainTextEdit(self)
        self.result_box.setReadOnly(True)
        self.result_box.setTabChangesFocus(True)
        self.result_box.setAccessibleName(self.tr("Result"))
        self.result_box.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.result_title.setBuddy(self.result_box)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_box, 3)
        result_row = QHBoxLayout()
        self.copy_button = self._button(self.tr("C&opy"), self.copy)
        self.copy_button.setAccessibleName(self.tr("Copy the result"))
        self.replace_button = self._button(self.tr("Replace the c&lipboard"), self.replace)
        self.replace_button.setToolTip(
            self.tr("Put the result in the clipboard in place of the text, and close this window")
        )
        self.chat_open_button = self._button(
            self.tr("Continue in the Chat &tab"), self._continue_in_chat
        )
        self.copied = MutedLabel(self.tr("Copied."), self)
        result_row.addWidget(self.copy_button)
        result_row.addWidget(self.replace_button)
        result_row.addWidget(self.copied)
        result_row.addStretch(1)
        result_row.addWidget(self.chat_open_button)
        layout.addLayout(result_row)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(3000)
        self._copied_timer.timeout.connect(self.copied.hide)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text().replace("&", ""))
        close.setAutoDefault(False)
        layout.addWidget(buttons)

        self._unsubscribe = [
            self.workspace.submission_changed.connect(self._submission_changed),
            self.workspace.history_changed.connect(self._history_changed),
        ]
        self._ticker = every_second(self, self._update_state)
        self._ticker.stop()
        width = self.fontMetrics().averageCharWidth() * 90
        self.resize(width, self.fontMetrics().height() * 30)
        self._show_result(None)
        self._set_busy(False)

    def _button(self, text: str, clicked: Callable[[], object]) -> QPushButton:
        return push_button(text, self, clicked, auto_default=False)

    # --- opening ----------------------------------------------------------------------------------

    def present(self) -> None:
        """Show the window at the front; unless a task is on its way, with the clipboard's text."""
        if not self.busy_now():
            self.text.setPlainText(QGuiApplication.clipboard().text())  # empty: its hint shows
            self.error.clear()
        self.update_actions()
        self.show()
        self.raise_()
        self.activateWindow()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)

    def types(self) -> dict[str, TaskType]:
        session = self.shell.session
        return dict(session.types or {}) if session is not None else {}

    def update_actions(self) -> None:
        """The buttons of the text tasks the current account's server offers; a sentence for
        what it does not, or why nothing can run."""
        session = self.shell.session
        types = self.types()
        several = len(self.workspace.store.accounts) > 1
        account = self.shell.account
        self.account_label.setText(
            self.tr("Account: {account}").format(account=self.shell.area.account_label(account))
            if several and account is not None
            else ""
        )
        self.account_label.setVisible(several and account is not None)
        buttons: dict[str, list[QWidget]] = {
            SUMMARY: [self.summary_button],
            TRANSLATE: [self.translate_button, self.language],
            FREE_PROMPT: [self.prompt, self.prompt_button],
            CHAT_TYPE: [self.chat_button],
        }
        for type_id, widgets in buttons.items():
            for widget in widgets:
                widget.setVisible(type_id in types)
        self._fill_languages(types.get(TRANSLATE))
        if session is None:
            offer = self.tr("Sign in to your Nextcloud in the main window first.")
        elif session.types is None:
            offer = self.tr("The tasks of your server are still loading.")
        elif not any(t in types for t in ACTIONS):
            offer = self.tr(
                "Your server offers none of the text tasks (summarise, translate, a free prompt, "
                "chat): its administrator can install an assistant app for them."
            )
        elif SUMMARY not in types or TRANSLATE not in types:
            offer = self.tr("Your server does not offer every text task: only those it has show.")
        else:
            offer = ""
        self.offer.setText(offer)
        self.offer.setVisible(bool(offer))

    def _fill_languages(self, task_type: TaskType | None) -> None:
        slot = task_type.input_slot("target_language") if task_type is not None else None
        values = [(v.name, v.value) for v in slot.enum_values] if slot is not None else []
        current = [self.language.itemData(i) for i in range(self.language.count())]
        if current == [value for _name, value in values]:
            return
        self.language.clear()
        for name, value in values:
            self.language.addItem(name, value)
        wanted = self.workspace.prefs.quick_translate_to or language_code()
        self.language.setCurrentIndex(pick_language([value for _n, value in values], wanted))

    # --- running ----------------------------------------------------------------------------------

    def busy_now(self) -> bool:
        return not self.cancel_button.isHidden()

    def run(self, type_id: str) -> None:
        """Send the text as a task of `type_id` through the account's queue (a chat message:
        a new conversation) and follow it here."""
        session = self.shell.session
        task_type = self.types().get(type_id)
        text = self.text.toPlainText().strip()
        if self.busy_now():
            return
        if session is None or task_type is None:
            self.update_actions()
            return
        if not text:
            self.error.show_message(self.tr("Type or paste a text first."))
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._forget_run()
        self.error.clear()
        self._show_result(None)
        self.session = session
        prompt = self.prompt.text().strip()
        if type_id == CHAT_TYPE:
            self._run_chat(session, f"{prompt}\n\n{text}" if prompt else text)
            return
        if type_id == FREE_PROMPT:
            if not prompt:
                self.error.show_message(self.tr("Say what to do with the text first."))
                self.prompt.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            inputs = task_inputs(task_type, f"{prompt}\n\n{text}")
        elif type_id == TRANSLATE:
            language = str(self.language.currentData() or "")
            inputs = task_inputs(task_type, text, target_language=language)
            if language != self.workspace.prefs.quick_translate_to:
                self.workspace.prefs.quick_translate_to = language
                self.workspace.prefs.save()
        else:
            inputs = task_inputs(task_type, text)
        self.submission = session.queue.submit(type_id, inputs, type_name=task_type.name)
        self._update_state()

    def _run_chat(self, session: AccountSession, message: str) -> None:
        chat = session.chat
        conversation = chat.new_conversation()
        self.chat_id = conversation.id
        self._chat_unsubscribe = chat.changed.connect(self._chat_changed)
        chat.send(conversation.id, message)
        self._update_state()

    def cancel(self) -> None:
        session = self.session
        if session is None:
            return
        if self.chat_id is not None:
            session.chat.cancel(self.chat_id)
        elif self.task is not None:
            task_id = self.task.id
            self.shell.owner.start(f"quick-cancel-{task_id}", session.history.cancel([task_id]))
            self.status.setText(self.tr("Cancelling…"))
        elif self.submission is not None:
            session.queue.cancel(self.submission)

    def _forget_run(self) -> None:
        if self._chat_unsubscribe is not None:
            self._chat_unsubscribe()
            self._chat_unsubscribe = None
        self.submission = self.task = self.chat_id = None

    # --- what the queue, the history and the chat report ---------------------------------------

    def _submission_changed(self, _account: Account, submission: Submission) -> None:
        if submission is self.submission:
            if submission.task is not None and self.task is None:
                self.task = submission.task
            self._update_state()

    def _history_changed(self, account: Account, event: HistoryEvent) -> None:
        if self.task is None or self.session is None or account.key != self.session.account.key:
            return
        tasks = list(event.tasks) + [x.task for x in event.entries]
        for task in tasks:
            if task.id == self.task.id:
                self.task = task
                self._update_state()
                return

    def _chat_changed(self, conversation_id: str) -> None:
        if conversation_id == self.chat_id:
            self._update_state()

    def _update_state(self) -> None:
        if self.chat_id is not None:
            self._update_chat()
            return
        sub, task, session = self.submission, self.task, self.session
        if sub is None or session is None:
            self._set_busy(False)
            return
        task_type = session.types.get(sub.type_id) if session.types else None
        if task is not None and task.status is TaskStatus.SUCCESSFUL:
            self._set_busy(False)
            self._show_result(result_text(task, task_type))
        elif task is not None and task.status is TaskStatus.FAILED:
            self._set_busy(False)
            reason = failed_task_reason(task.user_facing_error_message, task.error_message)
            self.error.show_message(reason.render(translate))
        elif task is not None and task.status is TaskStatus.CANCELLED:
            self._set_busy(False)
            self.status.setText(self.tr("The task was cancelled."))
        elif sub.state in (SubmissionState.FAILED, SubmissionState.CANCELLED):
            self._set_busy(False)
            text = status_text(SessionRow(session.account, sub))
            if sub.state is SubmissionState.FAILED:
                self.error.show_message(text)
            else:
                self.status.setText(text)
        else:
            self._set_busy(True)
            self.status.setText(status_text(SessionRow(session.account, sub, task)))

    def _update_chat(self) -> None:
        session, chat_id = self.session, self.chat_id
        assert session is not None and chat_id is not None
        conversation = session.chat.conversation(chat_id)
        answer = conversation.messages[-1] if conversation and conversation.messages else None
        if answer is None:
            self._set_busy(False)
            return
        if answer.state is MessageState.DONE:
            self._set_busy(False)
            self._show_result(answer.content, chat=True)
        elif answer.state is MessageState.FAILED:
            self._set_busy(False)
            self.error.show_message(answer.error)
            self.chat_open_button.show()
        elif answer.state is MessageState.CANCELLED:
            self._set_busy(False)
            self.status.setText(answer.error)
        else:
            self._set_busy(True)
            sub = session.chat.submission(chat_id)
            if sub is not None:
                text = status_text(SessionRow(session.account, sub))
            elif answer.state is MessageState.RUNNING:
                text = self.tr("Running…")
            else:
                text = self.tr("Sent; waiting for the server to start it.")
            self.status.setText(text)

    def _set_busy(self, busy: bool) -> None:
        was = self.busy_now()
        self.busy.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self._ticker.start()  # the rate limit's countdown moves on
        else:
            self._ticker.stop()
        if was and not busy:
            self.status.clear()
            if self.cancel_button.hasFocus() or QGuiApplication.focusObject() is None:
                self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        for button in (
            self.summary_button,
            self.translate_button,
            self.prompt_button,
            self.chat_button,
        ):
            button.setEnabled(not busy)

    def _show_result(self, text: str | None, *, chat: bool = False) -> None:
        shown = text is not None
        self.result_box.setPlainText(text or "")
        for widget in (self.result_title, self.result_box, self.copy_button, self.replace_button):
            widget.setVisible(shown)
        self.chat_open_button.setVisible(shown and chat)
        self.copied.hide()
        if shown:
            self.result_box.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the result -------------------------------------------------------------------------------

    def copy(self) -> None:
        """The selected part of the result, or all of it, into the clipboard; said briefly."""
        selected = self.result_box.textCursor().selectedText().replace("\u2029", "\n")
        QGuiApplication.clipboard().setText(selected or self.result_box.toPlainText())
        self.copied.show()
        self._copied_timer.start()

    def replace(self) -> None:
        """The result in the clipboard in place of the text that was there; the window closes:
        paste it where it goes."""
        QGuiApplication.clipboard().setText(self.result_box.toPlainText())
        self.close()

    def _continue_in_chat(self) -> None:
        if self.chat_id is not None:
            self.open_conversation.emit(self.chat_id)

    def close_all(self) -> None:
        """The main window closes: stop listening."""
        self._forget_run()
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        self._ticker.stop()
