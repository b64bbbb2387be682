"""Many files at once, on the New-task screen: "Run on many files…" (button and menu), several
files or a folder dropped on a form, the dialog that starts a batch, the batch's overview where
the result is shown, and the list of batches in the right-hand panel.

The page owns one BatchFlow; it follows the account session's batches (services/batch.py).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from nctask_desktop.api import Slot, SlotType, TaskType
from nctask_desktop.services.batch import BatchSession, file_slots, fits_slot, parse_custom_id
from nctask_desktop.services.submissions import Submission

from .asyncqt import TaskOwner, run_dialog
from .batch_view import BatchList, BatchView

if TYPE_CHECKING:
    from nctask_desktop.services.workspace import AccountSession

    from .new_task_page import NewTaskPage

NOTICE_MS = 8000
_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def is_batch(submission: Submission) -> bool:
    """A submission of a batch's file (its overview shows it, not "Sent in this session")."""
    return parse_custom_id(submission.custom_id) is not None


def dropped_paths(event: QDropEvent) -> list[Path]:
    """The local files and folders of a drag."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


class BatchFlow(QObject):
    """Starts batches from the page's current form, and shows them."""

    def __init__(
        self, page: NewTaskPage, open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
    ) -> None:
        super().__init__(page)
        self.page = page
        self.owner = TaskOwner()
        self.session: AccountSession | None = None
        self.shown_id: str | None = None
        self.dialog: Any = None
        self._unsubscribe: Callable[[], None] | None = None
        self._filtered: set[int] = set()
        panel = page.form_panel
        self.view = BatchView(
            panel.result_box,
            open_url=open_url,
            seconds_until_next=self._seconds_until_next,
            limit=self._limit,
        )
        self.view.hide()
        self.view.action_requested.connect(self.act)
        self.view.hidden.connect(self._view_hidden)
        self.list = BatchList(page.session_panel)
        cast(QVBoxLayout, page.session_panel.layout()).insertWidget(0, self.list)
        self.list.chosen.connect(self.show_batch)
        panel.many_button.clicked.connect(lambda: self.run_on_many())
        panel.forms.currentChanged.connect(self._form_shown)

    # --- the account ----------------------------------------------------------------------------

    @property
    def batches(self) -> BatchSession | None:
        return getattr(self.session, "batches", None)

    def set_session(self, session: AccountSession | None) -> None:
        """Another account (or none): its batches; an unfinished one shows at once (a restart
        resumed it) unless a task is shown."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.session = session
        batches = self.batches
        if batches is None:
            self._show(None)
            self.list.set_batches([], None)
            return
        batches.translate = QCoreApplication.translate
        self._unsubscribe = batches.changed.connect(self._changed)
        if self.shown_id is not None and batches.batch(self.shown_id) is None:
            self._show(None)
        self._fill_list()
        unfinished = [b for b in batches.batches() if not b.finished]
        if unfinished and self.page.followed is None and self.shown_id is None:
            self.show_batch(unfinished[-1].id)

    def _changed(self, batch_id: str) -> None:
        batches = self.batches
        if batches is None:
            return
        self._fill_list()
        if batch_id == self.shown_id:
            batch = batches.batch(batch_id)
            if batch is None:
                self._show(None)
            else:
                self.view.set_batch(batch)

    def _fill_list(self) -> None:
        batches = self.batches
        self.list.set_batches(batches.batches() if batches else [], self.shown_id)

    # --- the overview, where the result is shown ------------------------------------------------

    def show_batch(self, batch_id: str) -> None:
        batches = self.batches
        batch = batches.batch(batch_id) if batches is not None else None
        if batch is None:
            return
        page = self.page
        if page.followed is not None:  # one thing at a time in the result area
            page.session_panel.view.setCurrentIndex(QModelIndex())
            page._follow(None)
        self.shown_id = batch_id
        self.view.set_batch(batch)
        page.form_panel.show_batch(self.view)
        self.view.refresh_time()
        self._fill_list()

    def _show(self, batch_id: str | None) -> None:
        if batch_id is None:
            self.shown_id = None
            self.view.set_batch(None)
            if not self.view.isHidden():
                self.page.form_panel.hide_result()

    def _view_hidden(self) -> None:
        """A task is shown instead: the list no longer marks the batch."""
        self.shown_id = None
        self.list.clear_selection()

    def act(self, action: str, batch_id: str) -> None:
        batches = self.batches
        if batches is None:
            return
        if action == "pause":
            batches.pause(batch_id)
        elif action == "resume":
            batches.resume(batch_id)
        elif action == "cancel":
            batches.cancel(batch_id)
        elif action == "retry":
            batches.retry_failed(batch_id)
        elif action == "forget":
            batches.forget(batch_id)

    def _seconds_until_next(self, batch_id: str) -> float:
        batches = self.batches
        return batches.seconds_until_next(batch_id) if batches is not None else 0.0

    def _limit(self) -> tuple[int, float]:
        rate = self.session.queue.rate if self.session is not None else None
        return (rate.limit, rate.window) if rate is not None else (20, 120.0)

    # --- starting a batch -----------------------------------------------------------------------

    def current_slots(self) -> list[Slot]:
        task_type = self.page.type_browser.current_type
        return file_slots(task_type) if task_type is not None else []

    def _form_shown(self, _index: int) -> None:
        form = self.page.current_form()
        self.page.form_panel.many_button.setVisible(form is not None and bool(self.current_slots()))
        if form is not None and id(form) not in self._filtered:
            self._filtered.add(id(form))
            for widget in [form, *form.findChildren(QWidget)]:
                if widget.acceptDrops():
                    widget.installEventFilter(self)

    def run_on_many(self, files: Sequence[Path] = ()) -> asyncio.Task[None] | None:
        """The dialog for the current task, with `files`; None when it takes no file."""
        task_type = self.page.type_browser.current_type
        slots = self.current_slots()
        if task_type is None or not slots or self.page.current_form() is None:
            self.page.form_panel.notice.show_message(
                self.tr("Choose a task that takes a file (such as audio or an image) first."),
                kind="warning",
                timeout=NOTICE_MS,
            )
            return None
        return self.owner.start("dialog", self._run(task_type, slots, list(files)))

    async def _run(self, task_type: TaskType, slots: list[Slot], files: list[Path]) -> None:
        from .batch_dialog import BatchDialog

        form = self.page.current_form()
        session = self.session
        if form is None or session is None:
            return
        dialog = BatchDialog(
            task_type,
            slots,
            files,
            self.page.window(),
            problems=lambda key: self.problems(form, task_type, key),
        )
        fitting = _slot_for(slots, files)
        if fitting is not None:
            dialog.set_slot(fitting.key)
        self.dialog = dialog
        try:
            accepted = await run_dialog(dialog)
        finally:
            self.dialog = None
            dialog.deleteLater()
        if not accepted or self.session is not session:
            return
        values = dict(getattr(form, "values", dict)())
        values.pop(dialog.slot.key, None)
        batch = session.batches.start(
            task_type, dialog.slot.key, dialog.files, values, dialog.output_dir
        )
        self.show_batch(batch.id)

    def problems(self, form: QWidget, task_type: TaskType, skip: str) -> list[str]:
        """The names of the form's inputs to fill in first (all but `skip`); the form marks them."""
        validate = getattr(form, "validate", None)
        if validate is None:
            return []
        try:
            valid = validate(skip=skip)
        except TypeError:  # a form without `skip` (tests' stand-ins)
            valid = validate()
        if valid:
            return []
        errors: dict[str, str] = getattr(form, "errors", dict)()
        names = [s.name for s in task_type.inputs if s.key in errors and s.key != skip]
        return names or [self.tr("the marked inputs")]

    # --- several files or a folder dropped ------------------------------------------------------

    def wants(self, paths: Sequence[Path]) -> bool:
        """Whether a drop is a batch: a folder, or several files of the kind of a one-file input,
        on a task with no list input that would take them all."""
        task_type = self.page.type_browser.current_type
        slots = self.current_slots()
        if task_type is None or not slots or self.session is None or not paths:
            return False
        if any(p.is_dir() for p in paths):
            return True
        files = [p for p in paths if p.is_file()]
        if len(files) < 2 or _slot_for(slots, files) is None:
            return False
        lists = [s for s in task_type.inputs if s.type.is_list and s.type.item_type.is_file]
        return not any(all(fits_slot(f, s.type) for f in files) for s in lists)

    def take_drop(self, paths: Sequence[Path]) -> bool:
        """Files dropped on the window: a batch when they make one."""
        if not self.wants(paths):
            return False
        self.run_on_many(paths)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _DRAG_EVENTS:
            return False
        drop = cast(QDropEvent, event)
        paths = dropped_paths(drop)
        if len(paths) < 2 and not any(p.is_dir() for p in paths):
            return False
        if not self.wants(paths):
            return False
        drop.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            self.run_on_many(paths)
        return True

    def close(self) -> None:
        self.owner.cancel_all()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


def _slot_for(slots: Sequence[Slot], files: Sequence[Path]) -> Slot | None:
    """The input the files are for, of those that take them all: a required one first (the
    form cannot go without it), then one of their own kind (audio, image…) before "any file"."""
    candidates = [f for f in files if f.is_file()]
    ordered = sorted(slots, key=lambda s: (not s.mandatory, s.type.item_type is SlotType.FILE))
    for slot in ordered:
        if all(fits_slot(f, slot.type) is not False for f in candidates):
            return slot
    return None


__all__ = ["BatchFlow", "dropped_paths", "is_batch"]
