"""One task's status and result, with what can be done with it: the same view in History and on
the New-task screen.

The details (TaskDetails: where the task stands, texts with Copy, images, audio, files) plus the
actions they offer: copy (a confirmation that hides by itself), save and save to (with progress,
never overwriting), open, show in folder, the image viewer, the task's input files. Problems are
said in a banner above the details; network and disk work runs in named tasks of `owner`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.api import Task, TaskStatus, TaskType, WebDav
from nctask_desktop.api import errors as e
from nctask_desktop.api.files import SaveError
from nctask_desktop.services.history import HistoryEntry
from nctask_desktop.services.live_history import LiveHistory
from nctask_desktop.services.results import SaveProgress
from nctask_desktop.services.settings import Preferences

from .asyncqt import TaskOwner, run_dialog
from .desktop import open_path, show_in_folder
from .forms.browser import NextcloudFileDialog
from .image_viewer import ImageViewer
from .task_details import TaskDetails
from .widgets import Banner, ProgressRow, explain_text

COPIED_MS = 4000
SAVED_MS = 12000
"""How long the confirmations stay: long enough to read them and click "Show in folder"."""


class ResultView(QWidget):
    """A task's details and result actions; `set_history` names the account's live history."""

    inputs_requested = Signal(int)  # task id: the owner shows that task first, then its inputs

    def __init__(
        self,
        prefs: Preferences,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.open_url = open_url
        self.owner = TaskOwner()
        self.history: LiveHistory | None = None
        self.types: dict[str, TaskType] = {}
        self.folder_dialog: QFileDialog | None = None
        self.nextcloud_dialog: NextcloudFileDialog | None = None
        self.viewers: list[ImageViewer] = []
        self.last_saved: list[Path] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.problem_banner = Banner(self, kind="error")
        self.problem_banner.action_clicked.connect(self._save_unopened)
        self._unopened: Path | None = None
        self.message = Banner(self, kind="info")
        self.message.action_clicked.connect(self._message_action)
        layout.addWidget(self.problem_banner)
        layout.addWidget(self.message)
        self.progress = ProgressRow(
            self.tr("Saving progress"),
            self.tr("Stop saving"),
            self.tr("Stop saving the results"),
            self,
        )
        self.progress.stop_button.clicked.connect(lambda: self.owner.cancel("save"))
        layout.addWidget(self.progress)
        self.details = TaskDetails(self, clock=clock)
        self.details.open_file.connect(self._open_file)
        self.details.show_in_folder.connect(self._show_in_folder)
        self.details.open_image.connect(self._open_image)
        self.details.save_requested.connect(
            lambda task_id, file_ids: self.save([task_id], file_ids=file_ids)
        )
        self.details.save_to_requested.connect(
            lambda task_id, file_ids: self.save([task_id], ask=True, file_ids=file_ids)
        )
        self.details.save_to_nextcloud_requested.connect(self.save_to_nextcloud)
        self.details.copy_text.connect(self.copy)
        self.details.show_inputs_requested.connect(self.inputs_requested)
        layout.addWidget(self.details, 1)

    # --- what is shown ----------------------------------------------------------------------------

    def set_history(self, history: LiveHistory | None) -> None:
        if history is not self.history:
            self.owner.cancel_all()
            self.problem_banner.hide()
            self.message.hide()
            self.last_saved = []
        self.history = history
        self.details.set_fetcher(history.fetch_file if history is not None else None)

    def task_type(self, task: Task) -> TaskType | None:
        return self.types.get(task.type)

    def show_entry(self, entry: HistoryEntry | None) -> None:
        self.details.show_entry(entry, self.task_type(entry.task) if entry is not None else None)

    @property
    def task(self) -> Task | None:
        return self.details.task

    # --- copy ---------------------------------------------------------------------------------------

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.last_saved = []
        self.message.show_message(
            self.tr("The text is copied. Paste it wherever you like."), timeout=COPIED_MS
        )

    # --- save ---------------------------------------------------------------------------------------

    def save(
        self, task_ids: Sequence[int], *, ask: bool = False, file_ids: Sequence[int] | None = None
    ) -> asyncio.Task[None] | None:
        history = self.history
        if not task_ids or history is None:
            return None
        return self.owner.start("save", self._save(history, list(task_ids), ask, file_ids))

    async def choose_folder(self) -> Path | None:
        """Ask for a folder (a dialog opened without a nested loop); None when cancelled."""
        dialog = QFileDialog(self, self.tr("Save the results in…"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, self.tr("Save here"))
        dialog.setDirectory(str(self.prefs.effective_download_folder()))
        self.folder_dialog = dialog
        try:
            result = await run_dialog(dialog)
        finally:
            self.folder_dialog = None
            dialog.deleteLater()
        files = dialog.selectedFiles()
        if result != QFileDialog.DialogCode.Accepted or not files:
            return None
        return Path(files[0])

    async def _save(
        self, history: LiveHistory, ids: list[int], ask: bool, file_ids: Sequence[int] | None
    ) -> None:
        folder = await self.choose_folder() if ask else self.prefs.effective_download_folder()
        if folder is None:
            return
        self.problem_banner.hide()
        saved: list[Path] = []
        count = len(ids)
        try:
            for number, task_id in enumerate(ids):
                entry = history.entry(task_id)
                if entry is None or entry.task.status is not TaskStatus.SUCCESSFUL:
                    continue

                def report(p: SaveProgress, number: int = number) -> None:
                    fraction = p.fraction or 0.0
                    self._show_progress((number + fraction) / count, p.index + 1, p.count)

                self._show_progress(number / count, 1, 1)
                try:
                    saved += await history.save(task_id, folder, file_ids=file_ids, progress=report)
                except (e.NextcloudError, OSError) as exc:
                    # a SaveError says itself that (and where) the result was not saved
                    self.problem_banner.show_message(
                        explain_text(exc)
                        if isinstance(exc, SaveError)
                        else self.tr("Could not save the results: {reason}").format(
                            reason=explain_text(exc)
                        )
                    )
                    break
        finally:
            self._show_progress(None)
        if saved:
            self.saved_message(saved)

    # --- save to Nextcloud ----------------------------------------------------------------------

    def save_to_nextcloud(
        self, task_id: int, file_ids: Sequence[int] | None = None
    ) -> asyncio.Task[None] | None:
        """Ask for a folder of the user's Nextcloud and put the results there (texts as `.md`),
        never replacing a file; then say where they went."""
        history = self.history
        if history is None:
            return None
        return self.owner.start("save", self._save_to_nextcloud(history, task_id, file_ids))

    async def choose_nextcloud_folder(self, history: LiveHistory) -> str | None:
        """The folder chosen in the Nextcloud file picker ("" is the home folder); None when
        cancelled."""
        dialog = NextcloudFileDialog(WebDav(history.client), choose_folder=True, parent=self)
        self.nextcloud_dialog = dialog
        try:
            dialog.start()
            result = await run_dialog(dialog)
        finally:
            self.nextcloud_dialog = None
            dialog.deleteLater()
        return dialog.path if result == NextcloudFileDialog.DialogCode.Accepted else None

    async def _save_to_nextcloud(
        self, history: LiveHistory, task_id: int, file_ids: Sequence[int] | None
    ) -> None:
        folder = await self.choose_nextcloud_folder(history)
        if folder is None:
            return
        self.problem_banner.hide()
        self._show_progress(0.0, 1, 1)
        try:
            written = await history.save_to_nextcloud(task_id, folder, file_ids=file_ids)
        except (e.NextcloudError, OSError, KeyError) as exc:
            reason = explain_text(exc) if not isinstance(exc, KeyError) else ""
            self.problem_banner.show_message(
                self.tr("Could not save in your Nextcloud: {reason}").format(reason=reason)
            )
            return
        finally:
            self._show_progress(None)
        self.last_saved = []
        if len(written) == 1:
            text = self.tr("Saved in your Nextcloud: {path}").format(path=written[0])
        else:
            text = self.tr("%n file(s) saved in your Nextcloud: {folder}", None, len(written))
            text = text.format(folder=folder or self.tr("Home"))
        self.message.show_message(text, kind="info", timeout=SAVED_MS)

    def _show_progress(self, fraction: float | None, index: int = 0, count: int = 0) -> None:
        self.progress.show_at(
            fraction, self.tr("Saving file {index} of {count}…").format(index=index, count=count)
        )

    def saved_message(self, paths: list[Path], *, automatic: bool = False) -> None:
        """A confirmation with "Show in folder"; it hides by itself (the task lists what was
        saved, with Show in folder, for as long as it is shown)."""
        self.last_saved = list(paths)
        folder = str(paths[0].parent)
        if automatic:
            text = self.tr("%n result file(s) saved automatically in {folder}.", None, len(paths))
        else:
            text = self.tr("%n file(s) saved in {folder}.", None, len(paths))
        self.message.show_message(
            text.format(folder=folder), self.tr("Show in folder"), kind="info", timeout=SAVED_MS
        )

    def _message_action(self) -> None:
        if self.last_saved:
            self._show_in_folder(self.last_saved[0])

    # --- input files --------------------------------------------------------------------------------

    def show_inputs(self, task_id: int) -> asyncio.Task[None] | None:
        """Fetch and show the files the shown task was given."""
        history = self.history
        if history is None:
            return None
        return self.owner.start("inputs", self._show_inputs(history, task_id))

    async def _show_inputs(self, history: LiveHistory, task_id: int) -> None:
        entry = history.entry(task_id)
        if entry is None:
            return
        task: Task = entry.task
        task_type = self.task_type(task)
        files = task.input_file_ids(task_type)
        counts: dict[str, int] = {}
        for key, _ in files:
            counts[key] = counts.get(key, 0) + 1
        shown: list[tuple[str, Path]] = []
        seen: dict[str, int] = {}
        for key, file_id in files:
            slot = task_type.input_slot(key) if task_type else None
            name = slot.name if slot else key
            seen[key] = seen.get(key, 0) + 1
            # the file's own name where the app knows it; else "Audios 2"
            title = entry.input_name(file_id) or (
                name if counts[key] == 1 else f"{name} {seen[key]}"
            )
            try:
                path = await history.fetch_file(task_id, file_id)
            except (e.NextcloudError, OSError) as exc:
                if self.task is not None and self.task.id == task_id:
                    self.details.show_input_problem(explain_text(exc))
                return
            shown.append((title, path))
        if self.task is not None and self.task.id == task_id:
            self.details.show_input_files(shown)

    # --- open ---------------------------------------------------------------------------------------

    def open_file(self, path: Path) -> bool:
        """Open a file with the system's application; where there is none, say so and offer
        Save to… (nothing fails silently)."""
        if open_path(path, self.open_url):
            return True
        self._no_application(
            self.tr(
                "This computer has no application that opens “{name}”. Save it to a folder and "
                "open it from there, or install an application for this kind of file."
            ).format(name=path.name),
            path,
        )
        return False

    def _no_application(self, text: str, path: Path) -> None:
        self._unopened = path
        can_save = _file_id_of(path) is not None and self.task is not None
        self.problem_banner.show_message(
            text, self.tr("Save to…") if can_save else None, kind="warning"
        )

    def _save_unopened(self) -> None:
        path, self._unopened = self._unopened, None
        file_id = _file_id_of(path) if path is not None else None
        if self.task is not None and file_id is not None:
            self.problem_banner.hide()
            self.save([self.task.id], ask=True, file_ids=[file_id])

    def _open_file(self, path: Path) -> None:
        self.open_file(path)

    def _show_in_folder(self, path: Path) -> None:
        show_in_folder(
            path,
            open_url=self.open_url,
            parent=self,
            on_failed=lambda: self._no_application(
                self.tr(
                    "This computer has no file manager to show “{name}”. It is in {folder}."
                ).format(name=path.name, folder=str(path.parent)),
                path,
            ),
        )

    def _open_image(self, path: Path, title: str) -> None:
        task = self.task
        viewer = ImageViewer(path, title, self.window())
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open_requested.connect(lambda: self.open_file(path))
        if task is not None:
            file_id = _file_id_of(path)
            viewer.save_requested.connect(
                lambda: self.save(
                    [task.id], ask=True, file_ids=[file_id] if file_id is not None else None
                )
            )
        self.viewers.append(viewer)
        viewer.finished.connect(lambda _r, v=viewer: self.viewers.remove(v))
        viewer.show()

    def close_all(self) -> None:
        """The window closes: stop downloads, close viewers and dialogs."""
        self.owner.cancel_all()
        self.details.owner.cancel_all()
        for viewer in list(self.viewers):
            viewer.reject()
        if self.nextcloud_dialog is not None:
            self.nextcloud_dialog.reject()


def _file_id_of(path: Path) -> int | None:
    """The file id in a cached file's name (`task-12-file-40.png`)."""
    stem = path.stem
    if "-file-" in stem:
        tail = stem.rsplit("-file-", 1)[1]
        if tail.isdigit():
            return int(tail)
    return None
