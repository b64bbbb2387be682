"""The New-task screen: the task-type browser, the form, Submit, the submitted task's status and
result in place, and the tasks sent in this session. Also drafts, Run again, and files opened
with the app or dropped on the window.

It subscribes to the workspace's events for what it shows (its submissions, their tasks) and
touches no other screen: History learns of the same tasks through the same events.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, cast

from PySide6.QtCore import QByteArray, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QSplitter, QVBoxLayout, QWidget

from nctask_desktop.api import TaskType, WebDav
from nctask_desktop.api import errors as e
from nctask_desktop.services.accounts import Account
from nctask_desktop.services.chat import conversation_of
from nctask_desktop.services.drafts import DraftStore, form_values_for_run_again
from nctask_desktop.services.history import HistoryEntry
from nctask_desktop.services.live_history import EventKind, HistoryEvent
from nctask_desktop.services.submissions import Submission, SubmissionState
from nctask_desktop.services.workspace import AccountSession, Workspace

from .asyncqt import TaskOwner
from .batch_flow import BatchFlow, is_batch
from .form_panel import FormPanel
from .open_with import FilePlacer
from .result_view import ResultView
from .session_panel import SUBMISSION_ROLE, SessionPanel, SessionRow, status_text
from .type_browser import TypeBrowser
from .widgets import every_second, explain_text

log = logging.getLogger(__name__)

NOTICE_MS = 8000


class FormLike(Protocol):
    """What the page needs of a form (ui.forms.FormWidget)."""

    def values(self) -> dict[str, Any]: ...
    def validate(self) -> bool: ...
    def show_server_error(self, text: str) -> None: ...
    def clear_server_error(self) -> None: ...
    def set_values(self, values: dict[str, Any]) -> None: ...


FormFactory = Callable[[TaskType, QWidget, AccountSession], QWidget]


def default_form_factory(task_type: TaskType, parent: QWidget, session: AccountSession) -> QWidget:
    """The generated form of a task type, with "Choose from Nextcloud" and a draft kept per account."""
    from .forms import DraftBinder, FormWidget

    form = FormWidget(task_type, parent, file_browser=WebDav(session.client))
    DraftBinder(form, DraftStore(), session.account.key)
    return form


def _binder(form: QWidget) -> Any:
    from .forms import DraftBinder

    return form.findChild(DraftBinder)


class NewTaskPage(QWidget):
    """Type browser | form and result | sent in this session."""

    types_loaded = Signal(str, object)  # account key, {type id: TaskType}
    open_in_history = Signal(str, int)  # account key, task id

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        form_factory: FormFactory | None = None,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.owner = TaskOwner()
        self.form_factory = form_factory or default_form_factory
        self.account: Account | None = None
        self.session: AccountSession | None = None
        self._forms: dict[str, QWidget] = {}
        self._form_generation: dict[str, int] = {}
        self._submitted_generation: dict[int, tuple[str, str, int]] = {}
        self._pending_files: list[Path] = []
        self.placer = FilePlacer(self)
        self._followed: SessionRow | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.type_browser = TypeBrowser(self.splitter)
        self.type_browser.type_chosen.connect(self._type_chosen)
        self.type_browser.refresh_requested.connect(self.refresh_types)
        self.type_browser.retry_requested.connect(self.refresh_types)
        self.form_panel = FormPanel(ResultView(workspace.prefs, open_url=open_url), self.splitter)
        self.form_panel.submit_button.clicked.connect(self.submit)
        self.form_panel.upload_cancel.clicked.connect(self._cancel_upload)
        self.form_panel.cancel_button.clicked.connect(self.cancel_followed)
        self.result = self.form_panel.result
        self.result.inputs_requested.connect(self.result.show_inputs)
        self.session_panel = SessionPanel(self.splitter)
        self.session_panel.cancel_requested.connect(self._cancel_row)
        self.session_panel.view.activated.connect(self._session_row_activated)
        self.session_panel.view.selectionModel().currentChanged.connect(self._row_selected)
        for widget, stretch in (
            (self.type_browser, 0),
            (self.form_panel, 1),
            (self.session_panel, 0),
        ):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        char = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([char * 32, char * 70, char * 40])
        self.batches = BatchFlow(self, open_url)  # many files at once: dialog, overview, list
        layout.addWidget(self.splitter)

        self.submit_shortcuts = []
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submit)
            self.submit_shortcuts.append(shortcut)
        self.copy_result_shortcut = QShortcut(QKeySequence("Ctrl+Shift+C"), self)
        self.copy_result_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_result_shortcut.activated.connect(self.copy_result)
        # the followed task's "running for 12 s" and "Submitted 5 min ago" move on
        self.ticker = every_second(self, self.refresh_time)
        self._unsubscribe = [
            workspace.submission_changed.connect(self._submission_changed),
            workspace.history_changed.connect(self._history_changed),
            workspace.signed_out.connect(lambda account: self.forget_account(account.key)),
        ]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # --- the account ----------------------------------------------------------------------------

    def set_account(self, account: Account | None) -> None:
        """Another account is shown (or none): its forms are made anew when its types load."""
        self._clear_forms()  # drafts keep what was typed; the forms are made for the new types
        if account is None or self.account is None or account.key != self.account.key:
            self._follow(None)
        self.account = account
        self.session = None
        self.batches.set_session(None)
        self.result.set_history(None)
        self.type_browser.clear()

    def set_session(self, session: AccountSession) -> None:
        self.session = session
        self.account = session.account
        self.result.set_history(session.history)
        self.batches.set_session(session)

    def forget_account(self, key: str) -> None:
        """Signed out: its drafts and its rows go."""
        DraftStore().discard_account(key)
        if self._followed is not None and self._followed.account.key == key:
            self._follow(None)
        self.session_panel.model.remove_account(key)
        self._clear_forms()

    def refresh_types(self) -> None:
        if self.session is not None:
            self.owner.start("types", self.load_types())

    async def load_types(self, *, refresh_history: bool = False) -> None:
        session = self.session
        if session is None:
            return
        self.type_browser.set_loading(True)
        try:
            types = await session.load_types()
        except e.AuthenticationError:
            return  # the workspace reports it; the window shows the sign-in-again state
        except e.NextcloudError as exc:
            if self.session is session:
                self.type_browser.show_problem(explain_text(exc))
            return
        if self.session is not session:
            return
        if refresh_history:
            session.history.refresh_now()
        self.result.types = dict(types)
        self._drop_forms_not_in(types)
        self.type_browser.set_types(types, select=self.workspace.prefs.last_task_type)
        self.types_loaded.emit(session.account.key, types)
        self._place_pending_files()

    def _type_chosen(self, task_type: TaskType) -> None:
        prefs = self.workspace.prefs
        if prefs.last_task_type != task_type.id:
            prefs.last_task_type = task_type.id
            prefs.save()
        self._show_form(task_type)

    # --- forms ----------------------------------------------------------------------------------

    def _show_form(self, task_type: TaskType) -> None:
        panel = self.form_panel
        panel.title.setText(task_type.name)
        panel.description.setText(task_type.description)
        panel.description.setVisible(bool(task_type.description))
        form = self._forms.get(task_type.id)
        if form is None and self.session is not None:
            form = self.form_factory(task_type, panel.forms, self.session)
            form.setAccessibleName(self.tr("Form of {task}").format(task=task_type.name))
            self._forms[task_type.id] = form
            self._form_generation[task_type.id] = 0
            changed = getattr(form, "changed", None)
            if changed is not None:
                changed.connect(lambda type_id=task_type.id: self._form_changed(type_id))
            requested = getattr(form, "submitRequested", None)
            if requested is not None:
                requested.connect(self.submit)
            panel.forms.addWidget(form)
        if form is None:
            panel.forms.setCurrentWidget(panel.placeholder)
            panel.submit_button.setEnabled(False)
            return
        panel.forms.setCurrentWidget(form)
        panel.submit_button.setEnabled(True)
        panel.notice.hide()
        self._focus_changed(None, QApplication.focusWidget())

    def _form_changed(self, type_id: str) -> None:
        self._form_generation[type_id] = self._form_generation.get(type_id, 0) + 1

    def current_form(self) -> QWidget | None:
        widget = self.form_panel.forms.currentWidget()
        return None if widget is self.form_panel.placeholder else widget

    def form_for(self, type_id: str) -> QWidget | None:
        return self._forms.get(type_id)

    def flush_drafts(self) -> None:
        for form in self._forms.values():
            binder = _binder(form)
            if binder is not None:
                binder.flush()

    def _clear_forms(self) -> None:
        panel = self.form_panel
        self.flush_drafts()
        for form in self._forms.values():
            panel.forms.removeWidget(form)
            form.deleteLater()
        self._forms.clear()
        panel.forms.setCurrentWidget(panel.placeholder)
        panel.title.setText("")
        panel.description.setText("")
        panel.submit_button.setEnabled(False)
        panel.show_upload(None)

    def _drop_forms_not_in(self, types: dict[str, TaskType]) -> None:
        for type_id in [t for t in self._forms if t not in types]:
            form = self._forms.pop(type_id)
            self.form_panel.forms.removeWidget(form)
            form.deleteLater()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # The form has its own Ctrl+Enter shortcut; the page's would make it ambiguous there.
        form = self.current_form()
        inside = form is not None and new is not None and form.isAncestorOf(new)
        for shortcut in self.submit_shortcuts:
            shortcut.setEnabled(not inside)

    # --- submitting -----------------------------------------------------------------------------

    def keyboard_shortcuts(self) -> list[tuple[str, QKeySequence]]:
        """For Help → Keyboard shortcuts."""
        return [
            (self.tr("New task: submit the form"), QKeySequence("Ctrl+Return")),
            (self.tr("New task: copy the result's text"), self.copy_result_shortcut.key()),
        ]

    def copy_result(self) -> str:
        """Copy the text of the submitted task's result (when it has one)."""
        text = self.result.details.text_results()
        if text:
            self.result.copy(text)
        return text

    def submit(self) -> Submission | None:
        """Check the form and queue the task; None when the form is not ready."""
        task_type = self.type_browser.current_type
        form = self.current_form()
        session = self.session
        if task_type is None or form is None or session is None:
            return None
        form_api = cast(FormLike, form)
        if not form_api.validate():
            return None
        form_api.clear_server_error()
        self.form_panel.notice.hide()
        values = form_api.values()
        submission = session.queue.submit(task_type.id, values, type_name=task_type.name)
        self._submitted_generation[id(submission)] = (
            session.account.key,
            task_type.id,
            self._form_generation.get(task_type.id, 0),
        )
        row = self.session_panel.model.row_for(submission)
        if row is not None:
            self.session_panel.select(row)
            self._follow(row)
        return submission

    def _submission_changed(self, account: Account, submission: Submission) -> None:
        if conversation_of(submission.custom_id) is not None or is_batch(submission):
            return  # a chat message: the Chat tab shows it; a batch's file: its overview
        row = self.session_panel.model.upsert(account, submission)
        if self.account is not None and account.key == self.account.key:
            current = [
                r.submission
                for r in self.session_panel.model.rows
                if r.account.key == account.key and r.submission.state is SubmissionState.UPLOADING
            ]
            self.form_panel.show_upload(current[0] if current else None)
        state = submission.state
        if state is SubmissionState.FAILED and isinstance(submission.error, e.InvalidInputError):
            self._show_server_error(account, submission)
        elif state is SubmissionState.SCHEDULED:
            self._scheduled(submission)
        if state in (SubmissionState.FAILED, SubmissionState.CANCELLED):
            self._submitted_generation.pop(id(submission), None)
        if self._followed is row:
            self._show_followed()

    def _show_server_error(self, account: Account, submission: Submission) -> None:
        if self.account is None or account.key != self.account.key:
            return
        form = self._forms.get(submission.type_id)
        if form is None:
            return
        error = submission.error
        assert isinstance(error, e.NextcloudError)
        text = error.server_message or explain_text(error)
        cast(FormLike, form).show_server_error(text)
        if self.type_browser.current_id != submission.type_id:
            self.type_browser.select_type(submission.type_id)

    def _scheduled(self, submission: Submission) -> None:
        marker = self._submitted_generation.pop(id(submission), None)
        if marker is not None:
            key, type_id, generation = marker
            form = self._forms.get(type_id) if self.account and self.account.key == key else None
            if form is not None and self._form_generation.get(type_id, 0) == generation:
                binder = _binder(form)
                if binder is not None:
                    binder.discard()

    # --- the followed task: its status, then its result, in place --------------------------------

    def _row_selected(self, *_args: object) -> None:
        row = self.session_panel.selected_row()
        if row is not None:
            self._follow(row)

    def _follow(self, row: SessionRow | None) -> None:
        self._followed = row
        if row is None:
            self.form_panel.hide_result()
            return
        self._show_followed()

    def _show_followed(self) -> None:
        row = self._followed
        if row is None:
            return
        task = row.task or row.submission.task
        session = self.workspace.session_if_open(row.account)
        entry = session.history.entry(task.id) if task is not None and session else None
        panel = self.form_panel
        if entry is None:
            # before the server has it, Cancel stops the sending (the queue's own cancel)
            panel.cancel_button.setVisible(not row.submission.state.is_final)
            panel.show_sending(status_text(row))
            return
        panel.cancel_button.setVisible(
            entry.task.status.is_active and not entry.removed_from_server
        )
        panel.show_task()
        self.result.show_entry(entry)

    def cancel_followed(self) -> asyncio.Task[None] | None:
        """Cancel the task shown in the result area: its sending, or the task on the server."""
        row = self._followed
        if row is None:
            return None
        task = row.task or row.submission.task
        session = self.workspace.session_if_open(row.account)
        if session is None:
            return None
        if task is None or not row.submission.state.is_final:
            session.queue.cancel(row.submission)
            return None
        self.form_panel.cancel_button.setEnabled(False)
        return self.owner.start("cancel", self._cancel_task(session, task.id))

    async def _cancel_task(self, session: AccountSession, task_id: int) -> None:
        try:
            errors = await session.history.cancel([task_id])
        finally:
            self.form_panel.cancel_button.setEnabled(True)
        if errors:
            self.result.problem_banner.show_message(
                self.tr("Could not cancel it: {reason}").format(reason=explain_text(errors[0][1]))
            )
        self._show_followed()

    @property
    def followed(self) -> SessionRow | None:
        return self._followed

    def _history_changed(self, account: Account, event: HistoryEvent) -> None:
        """Sent rows follow their tasks; the followed one is shown again."""
        self.session_panel.apply_history(account, event)
        row = self._followed
        if row is None or row.account.key != account.key:
            return
        task = row.task or row.submission.task
        if task is None:
            return
        touched = set(event.task_ids) | {t.id for t in event.tasks}
        if event.kind is EventKind.LOADED or task.id in touched:
            self._show_followed()
            if event.kind is EventKind.SAVED and event.automatic:
                self.result.saved_message(list(event.paths), automatic=True)

    def refresh_time(self) -> None:
        """Every second while shown: the followed task's times, and the sending status (a wait
        under the rate limit counts down)."""
        if self._followed is None or not self.isVisible():
            return
        if self.result.task is None:
            self._show_followed()
        else:
            self.result.details.refresh_time()

    def _session_row_activated(self, index: Any) -> None:
        """A double-click on a sent task: show it in the history."""
        row: SessionRow | None = index.data(SUBMISSION_ROLE)
        task = row.task or row.submission.task if row is not None else None
        if row is None or task is None:
            return
        session = self.workspace.session_if_open(row.account)
        if session is not None and session.history.entry(task.id) is not None:
            self.open_in_history.emit(row.account.key, task.id)

    def _cancel_row(self, row: SessionRow) -> None:
        session = self.workspace.session_if_open(row.account)
        if session is not None:
            session.queue.cancel(row.submission)

    def _cancel_upload(self) -> None:
        if self.session is None:
            return
        for submission in self.session.queue.pending:
            if submission.state is SubmissionState.UPLOADING:
                self.session.queue.cancel(submission)

    # --- run again ----------------------------------------------------------------------------

    def run_again(self, entry: HistoryEntry) -> bool:
        """Load a task's input into its form; values the type no longer offers are flagged in the
        form before anything can be sent. False when the server no longer offers the task type."""
        task = entry.task
        task_type = self.type_browser.model.types.get(task.type)
        if task_type is None or self.session is None:
            return False
        values, unknown = form_values_for_run_again(task.input, task_type, dict(entry.input_names))
        self.type_browser.select_type(task_type.id)
        form = self._forms.get(task_type.id)
        if form is None:
            return False
        form_api = cast(FormLike, form)
        form_api.set_values(values)
        valid = form_api.validate()  # a stale choice (e.g. a model no longer offered) shows now
        notice = self.form_panel.notice
        if not valid:
            notice.show_message(
                self.tr("Check the marked inputs: the task has changed since it was run."),
                kind="warning",
            )
        elif unknown:
            notice.show_message(
                self.tr("Some inputs of the earlier task are no longer asked for: {keys}.").format(
                    keys=", ".join(unknown)
                ),
                kind="warning",
            )
        else:
            notice.show_message(
                self.tr("The form holds the input of task {id}. Change it, or submit.").format(
                    id=task.id
                ),
                kind="info",
                timeout=NOTICE_MS,
            )
        return valid

    # --- files opened with the app ("Open with", "Send to", the command line), or dropped -------

    def open_files(self, paths_: list[Path]) -> None:
        """Put files into the form of the task that fits them best, or ask which task when
        several fit (see open_with); wait for the task list if it is not there yet."""
        self._pending_files = [p for p in paths_ if p.is_file()]
        missing = [p for p in paths_ if not p.is_file()]
        if missing:
            self.form_panel.notice.show_message(
                self.tr("This file does not exist: {name}").format(name=str(missing[0])),
                kind="warning",
            )
        if self.type_browser.model.types:
            self._place_pending_files()

    def _place_pending_files(self) -> None:
        files, self._pending_files = self._pending_files, []
        if not files or self.session is None:
            return
        self.placer.place(files)  # into the fitting form, or asks which task

    def drop_files(self, paths_: list[Path]) -> bool:
        """Files dropped on the window (not on a slot): into the current form, if it takes them."""
        if self.batches.take_drop(paths_):  # several files or a folder: one task each
            return True
        accept = getattr(self.current_form(), "accept_dropped_files", None)
        if paths_ and accept is not None and accept(paths_):
            return True
        self.form_panel.notice.show_message(
            self.tr("This task takes no such file."), kind="warning", timeout=NOTICE_MS
        )
        return False

    # --- layout, closing ------------------------------------------------------------------------

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/form-splitter", self.form_panel.splitter.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        for key, splitter in (
            ("window/splitter", self.splitter),
            ("window/form-splitter", self.form_panel.splitter),
        ):
            state = settings.value(key)
            if isinstance(state, QByteArray | bytes):
                splitter.restoreState(QByteArray(state))

    def close_all(self) -> None:
        self.flush_drafts()
        self.ticker.stop()
        self.owner.cancel_all()
        self.result.close_all()
        self.batches.close()
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)


__all__ = ["FormFactory", "NewTaskPage", "default_form_factory"]
