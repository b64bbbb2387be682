"""The chat's microphone: record a message (ui/recorder.py), have the server transcribe it
(`core:audio2text`, through the account's queue like any task) and put the words into the message
box, for the user to check and send. The button shows only when both can work: the recorder is
part of this build and the server offers transcription."""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

from nctask_desktop.api import TaskStatus
from nctask_desktop.services.submissions import SubmissionState
from nctask_desktop.services.tasks import LocalFile

from .widgets import explain_text

if TYPE_CHECKING:
    from nctask_desktop.services.workspace import AccountSession

    from .asyncqt import TaskOwner
    from .chat_view import ConversationView

log = logging.getLogger(__name__)

TRANSCRIBE_TYPE = "core:audio2text"
POLL_SECONDS = 0.2
NOTICE_MS = 8000


def recorder_available() -> bool:
    """Whether this build has the recorder (ui/recorder.py and its sound library binding)."""
    try:
        return importlib.util.find_spec("nctask_desktop.ui.recorder") is not None
    except (ImportError, ValueError):
        return False


class VoiceInput(QObject):
    """The microphone button of a conversation view. `source_factory` and `player_factory` stand
    in for the microphone and the speakers (tests); `dialog` is the recorder while it is open."""

    def __init__(self, view: ConversationView, owner: TaskOwner) -> None:
        super().__init__(view)
        self.view = view
        self.owner = owner
        self.session: AccountSession | None = None
        self.source_factory: Callable[[], Any] | None = None
        self.player_factory: Callable[[], Any] | None = None
        self.dialog: QDialog | None = None
        self.button = view.mic_button
        self.button.clicked.connect(self.record)
        self.view.notice.action_clicked.connect(self.cancel)

    def set_session(self, session: AccountSession | None) -> None:
        self.cancel()
        self.session = session
        self.update()

    def update(self) -> None:
        """Show the button when recording and transcribing can both work."""
        session = self.session
        types = session.types if session is not None else None
        self.button.setVisible(
            bool(types) and TRANSCRIBE_TYPE in (types or {}) and recorder_available()
        )

    def record(self) -> asyncio.Task[None] | None:
        if self.session is None or self.owner.is_running("voice"):
            return self.owner.get("voice")
        return self.owner.start("voice", self._record(self.session))

    def cancel(self) -> None:
        """Stop the recording or the transcription (the task is cancelled with it)."""
        if self.owner.is_running("voice"):
            self.owner.cancel("voice")

    async def _record(self, session: AccountSession) -> None:
        from .asyncqt import run_dialog
        from .recorder import RecorderDialog

        dialog = RecorderDialog(
            self.view.window(),
            self.source_factory() if self.source_factory is not None else None,
            player=self.player_factory() if self.player_factory is not None else None,
            title=self.tr("Record a message"),
            use_text=self.tr("Use this recording"),
        )
        self.dialog = dialog
        try:
            accepted = await run_dialog(dialog) == QDialog.DialogCode.Accepted
            path = dialog.recorded if accepted else None
        finally:
            self.dialog = None
            if dialog.recorded is None:
                dialog.discard()
            dialog.hide()
            dialog.deleteLater()
        if path is None:
            return
        self.button.setEnabled(False)
        notice = self.view.notice
        notice.show_message(
            self.tr("Turning your recording into text…"), self.tr("Cancel"), kind="info"
        )
        notice.button.setAccessibleName(self.tr("Stop turning the recording into text"))
        try:
            text = await self._transcribe(session, path)
        except asyncio.CancelledError:
            notice.hide()
            raise
        finally:
            self.button.setEnabled(True)
        if text is None:
            return
        box = self.view.message_box
        before = box.toPlainText().rstrip()
        box.setPlainText(f"{before} {text}".strip() if before else text)
        box.moveCursor(box.textCursor().MoveOperation.End)
        box.setFocus(Qt.FocusReason.OtherFocusReason)
        notice.show_message(
            self.tr("Your recording is in the message box as text. Check it, then send it."),
            kind="info",
            timeout=NOTICE_MS,
        )

    async def _transcribe(self, session: AccountSession, path: Any) -> str | None:
        """The recording's words, or None (then the notice says why)."""
        types = session.types or {}
        task_type = types.get(TRANSCRIBE_TYPE)
        submission = session.queue.submit(
            TRANSCRIBE_TYPE,
            {"input": LocalFile(path)},
            type_name=task_type.name if task_type is not None else "",
        )
        notice = self.view.notice
        try:
            while not submission.state.is_final:
                await asyncio.sleep(POLL_SECONDS)
        except asyncio.CancelledError:
            session.queue.cancel(submission)
            raise
        task = submission.task
        if submission.state is not SubmissionState.SCHEDULED or task is None:
            if submission.state is not SubmissionState.CANCELLED:
                error = submission.error or RuntimeError("not sent")
                notice.show_message(
                    self.tr("The recording could not be sent: {reason}").format(
                        reason=explain_text(error)
                    ),
                    kind="error",
                )
            return None
        with contextlib.suppress(OSError):
            path.unlink()  # it is in the user's Nextcloud now
        try:
            while True:
                entry = session.history.entry(task.id)
                current = entry.task if entry is not None else task
                if current.status.is_finished:
                    break
                await asyncio.sleep(POLL_SECONDS)
        except asyncio.CancelledError:
            with contextlib.suppress(Exception):
                await asyncio.shield(session.history.cancel([task.id]))
            raise
        if current.status is not TaskStatus.SUCCESSFUL:
            reason = current.user_facing_error_message or current.error_message or ""
            notice.show_message(
                self.tr("The recording could not be turned into text. {reason}")
                .format(reason=reason)
                .strip(),
                kind="error",
            )
            return None
        texts = [text for _key, text in current.text_outputs(types.get(TRANSCRIBE_TYPE))]
        words = " ".join(t.strip() for t in texts if t.strip())
        if not words:
            notice.show_message(self.tr("No words were heard in the recording."), kind="warning")
            return None
        return words
