"""The selected task in full: where it stands (honestly), its input, and its results.

Text results are rendered as markdown, selectable, with Copy; images as thumbnails that open large;
audio with its length, played by the system's player; other files with their kind and size. Output
files are downloaded in the background into the cache folder (once), never blocking the window.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.api import Task, TaskStatus, TaskType
from nctask_desktop.api import errors as e
from nctask_desktop.messages import failed_task_reason
from nctask_desktop.services.history import HistoryEntry

from .asyncqt import TaskOwner
from .file_card import ElidedLabel
from .forms.inspection import inspected
from .history_model import (
    STALLED_AFTER,
    format_duration,
    input_text,
    relative_time,
    status_icon,
    status_text,
)
from .result_widgets import (
    FlowLayout,
    MarkdownView,
    OutputCard,
    SectionTitle,
    Thumbnail,
    clear_layout,
    clock_time,
    outputs_by_slot,
)
from .widgets import (
    Banner,
    MutedLabel,
    explain_text,
    format_clock,
    format_size,
    scaled_font,
    style_spacing,
    translate,
)


class Fetch(Protocol):
    """LiveHistory.fetch_file: a task's file in the cache, with download progress."""

    def __call__(
        self,
        task_id: int,
        file_id: int,
        *,
        progress: Callable[[int, int | None], None] | None = None,
    ) -> Awaitable[Path]: ...


class TaskDetails(QWidget):
    """The selected task: header, input, state, results, saved files, input files."""

    open_file = Signal(object)  # Path
    show_in_folder = Signal(object)  # Path
    open_image = Signal(object, str)  # Path, title
    save_requested = Signal(int, object)  # task id, file ids (None: all results)
    save_to_requested = Signal(int, object)
    save_to_nextcloud_requested = Signal(int)  # task id: all its results, into the user's Nextcloud
    copy_text = Signal(str)
    show_inputs_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.time):
        super().__init__(parent)
        self._clock = clock
        self.owner = TaskOwner()
        self.entry: HistoryEntry | None = None
        self.task_type: TaskType | None = None
        self._fetch: Fetch | None = None
        self._shown_key: tuple[Any, ...] | None = None
        self.text_views: list[MarkdownView] = []
        self.thumbnails: list[Thumbnail] = []
        self.cards: dict[int, OutputCard] = {}
        self.input_cards: list[OutputCard] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its contents take the focus
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll_area)
        content = QWidget(self.scroll_area)
        self.scroll_area.setWidget(content)
        spacing = style_spacing(self)
        self.layout_ = QVBoxLayout(content)
        self.layout_.setSpacing(spacing)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        self.layout_.setContentsMargins(margin, margin, margin, margin)

        self.placeholder = MutedLabel(
            self.tr("Choose a task above to see where it stands and its results."), content
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.addWidget(self.placeholder)

        self.body = QWidget(content)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(spacing)
        head = QHBoxLayout()
        self.status_icon = QLabel(self.body)
        head.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title = QLabel(self.body)
        self.title.setFont(scaled_font(self, 1.25, bold=True))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        titles.addWidget(self.title)
        self.subtitle = MutedLabel("", self.body)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        body.addLayout(head)

        self.input_label = QLabel(self.body)
        self.input_label.setWordWrap(True)
        self.input_label.setTextFormat(Qt.TextFormat.PlainText)
        self.input_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.input_label.setAccessibleName(self.tr("The task's input"))
        body.addWidget(self.input_label)

        self.state_label = QLabel(self.body)
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label.setAccessibleName(self.tr("Where the task stands"))
        body.addWidget(self.state_label)
        self.progress = QProgressBar(self.body)
        self.progress.setAccessibleName(self.tr("Progress of the task"))
        self.progress.setRange(0, 100)
        body.addWidget(self.progress)
        self.banner = Banner(self.body, kind="warning")
        self.banner.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        body.addWidget(self.banner)

        self.results_title = SectionTitle(self.tr("Result"), self.body)
        body.addWidget(self.results_title)
        self.results = QVBoxLayout()
        self.results.setSpacing(spacing)
        body.addLayout(self.results)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_all_button = QPushButton(self.tr("Save all"), self.body)
        self.save_all_button.setAccessibleName(self.tr("Save all results in the download folder"))
        self.save_all_button.clicked.connect(self._save_all)
        self.save_all_to_button = QPushButton(self.tr("Save all to…"), self.body)
        self.save_all_to_button.setAccessibleName(
            self.tr("Save all results to a folder you choose")
        )
        self.save_all_to_button.clicked.connect(self._save_all_to)
        self.save_nextcloud_button = QPushButton(self.tr("Save to Nextcloud…"), self.body)
        self.save_nextcloud_button.setAccessibleName(
            self.tr("Save the results in a folder of your Nextcloud")
        )
        self.save_nextcloud_button.clicked.connect(self._save_to_nextcloud)
        save_row.addWidget(self.save_all_button)
        save_row.addWidget(self.save_all_to_button)
        save_row.addWidget(self.save_nextcloud_button)
        self.save_row = save_row
        body.addLayout(save_row)

        self.saved_title = SectionTitle(self.tr("Saved on this computer"), self.body)
        body.addWidget(self.saved_title)
        self.saved = QVBoxLayout()
        self.saved.setSpacing(spacing // 2)
        body.addLayout(self.saved)

        inputs_row = QHBoxLayout()
        self.inputs_title = SectionTitle(self.tr("Input files"), self.body)
        inputs_row.addWidget(self.inputs_title, 1)
        self.inputs_button = QPushButton(self.tr("Show input files"), self.body)
        self.inputs_button.setAccessibleName(self.tr("Download and show the task's input files"))
        self.inputs_button.clicked.connect(self._show_inputs)
        inputs_row.addWidget(self.inputs_button)
        body.addLayout(inputs_row)
        self.inputs = QVBoxLayout()
        self.inputs.setSpacing(spacing // 2)
        body.addLayout(self.inputs)
        body.addStretch(1)
        self.layout_.addWidget(self.body)
        self.layout_.addStretch(1)
        self.body.hide()

    # --- public -------------------------------------------------------------------------------

    def set_fetcher(self, fetch: Fetch | None) -> None:
        """How output and input files are fetched into the cache (the account's live history)."""
        self._fetch = fetch

    @property
    def task(self) -> Task | None:
        return self.entry.task if self.entry is not None else None

    def show_entry(self, entry: HistoryEntry | None, task_type: TaskType | None = None) -> None:
        """Show a task; the same task again updates what changed (status, progress, results)."""
        if entry is None:
            self.owner.cancel_all()
            self.entry = None
            self._shown_key = None
            self.body.hide()
            self.placeholder.show()
            return
        same_task = self.entry is not None and self.entry.task.id == entry.task.id
        self.entry = entry
        self.task_type = task_type
        self.placeholder.hide()
        self.body.show()
        task = entry.task
        key = (task.id, task.status, entry.removed_from_server, repr(task.output))
        self._update_header()
        self.refresh_time()
        if key != self._shown_key:
            if not same_task:
                self.owner.cancel_all()
                clear_layout(self.inputs)
                self.input_cards = []
            self._shown_key = key
            self._build_results()
        self._build_saved()
        self._update_inputs_row(same_task)

    def refresh_time(self) -> None:
        """Elapsed time, estimate and the long-wait warning move on (a timer calls this)."""
        entry = self.entry
        if entry is None:
            return
        task = entry.task
        now = self._clock()
        status = task.status
        self.subtitle.setText(self._subtitle(entry, now))
        self.progress.setVisible(status is TaskStatus.RUNNING and not entry.removed_from_server)
        if status is TaskStatus.RUNNING:
            if task.progress is None:
                self.progress.setRange(0, 0)
            else:
                self.progress.setRange(0, 100)
                self.progress.setValue(round(task.progress * 100))
        self.state_label.setText(self._state_words(entry, now))
        self._update_banner(entry, now)

    def text_results(self) -> str:
        return "\n\n".join(view.plain_text for view in self.text_views)

    def show_input_files(self, files: Sequence[tuple[str, Path]]) -> None:
        """The task's input files, downloaded into the cache: each with Open."""
        clear_layout(self.inputs)
        self.input_cards = []
        for title, path in files:
            card = OutputCard(title, self.body)
            button = card.add_button(self.tr("Open"), self.tr("Open {name}").format(name=title))
            button.clicked.connect(lambda _=False, c=card: self._open_card(c))
            self.inputs.addWidget(card)
            self.input_cards.append(card)
            self.owner.start(f"input-facts:{title}", self._describe(card, path), report=False)
        self.inputs_button.setEnabled(True)

    def show_input_problem(self, text: str) -> None:
        clear_layout(self.inputs)
        self.input_cards = []
        label = MutedLabel(text, self.body)
        self.inputs.addWidget(label)
        self.inputs_button.setEnabled(True)

    def closeEvent(self, event: Any) -> None:
        self.owner.cancel_all()
        super().closeEvent(event)

    # --- header and state -----------------------------------------------------------------------

    def _type_name(self, task: Task) -> str:
        return self.task_type.name if self.task_type else task.type

    def _update_header(self) -> None:
        entry = self.entry
        assert entry is not None
        task = entry.task
        self.title.setText(self._type_name(task))
        extent = self.title.fontMetrics().height()
        icon = status_icon(task.status, entry.removed_from_server)
        self.status_icon.setPixmap(icon.pixmap(QSize(extent, extent), self.devicePixelRatioF()))
        summary = input_text(entry, self.task_type, length=600)
        self.input_label.setText(summary)
        self.input_label.setVisible(bool(summary))

    def _subtitle(self, entry: HistoryEntry, now: float) -> str:
        task = entry.task
        parts = []
        submitted = task.scheduled_at or entry.first_seen
        if submitted:
            parts.append(self.tr("Submitted {when}").format(when=relative_time(submitted, now)))
        parts.append(self.tr("task {id}").format(id=task.id))
        if task.app_id and task.app_id not in ("assistant",):
            parts.append(self.tr("from “{app}”").format(app=task.app_id))
        return " · ".join(parts)

    def _state_words(self, entry: HistoryEntry, now: float) -> str:
        task = entry.task
        status = task.status
        if entry.removed_from_server and not status.is_finished:
            return status_text(entry, now)
        if status is TaskStatus.SCHEDULED:
            waited = format_duration(now - (task.scheduled_at or now))
            text = self.tr("Waiting for the server to start it (for {time}).").format(time=waited)
            return text + self._estimate(task, now)
        if status is TaskStatus.RUNNING:
            since = task.started_at or task.scheduled_at or now
            text = self.tr("Running for {time}.").format(time=format_duration(now - since))
            if task.progress is not None:
                text = self.tr("Running for {time} — {percent}% done.").format(
                    time=format_duration(now - since), percent=round(task.progress * 100)
                )
            return text + self._estimate(task, now)
        if status is TaskStatus.SUCCESSFUL:
            seconds = (task.ended_at or now) - (task.scheduled_at or now)
            took = format_duration(seconds)
            if task.ended_at and seconds < 1:
                return self.tr("Done at {time}.").format(time=clock_time(task.ended_at))
            if task.ended_at:
                return self.tr("Done at {time}, after {duration}.").format(
                    time=clock_time(task.ended_at), duration=took
                )
            return self.tr("Done.")
        if status is TaskStatus.FAILED:
            return self.tr("Failed.")
        if status is TaskStatus.CANCELLED:
            return self.tr("Cancelled.")
        return status_text(entry, now)

    def _estimate(self, task: Task, now: float) -> str:
        expected = task.completion_expected_at
        if not expected:
            return ""
        if expected >= now:
            return " " + self.tr("Expected to be done around {time} (in {left}).").format(
                time=clock_time(expected), left=format_duration(expected - now)
            )
        return " " + self.tr("It is taking longer than the server expected ({time}).").format(
            time=clock_time(expected)
        )

    def _update_banner(self, entry: HistoryEntry, now: float) -> None:
        task = entry.task
        status = task.status
        if entry.removed_from_server:
            self.banner.show_message(
                self.tr(
                    "The server no longer has this task: it removes old tasks after a while, or "
                    "the task was deleted elsewhere. What you saved on this computer is kept."
                ),
                kind="info",
            )
        elif status is TaskStatus.FAILED:
            reason = failed_task_reason(task.user_facing_error_message, task.error_message)
            self.banner.show_message(
                reason.render(translate) + "\n" + self.tr("Task id: {id}").format(id=task.id),
                kind="error",
            )
        elif status is TaskStatus.SCHEDULED and now - (task.scheduled_at or now) >= STALLED_AFTER:
            self.banner.show_message(
                self.tr(
                    "Still waiting after {time}. The server may have no worker running: tasks "
                    "start when its background jobs run. If this stays so, tell the server's "
                    "administrator."
                ).format(time=format_duration(now - (task.scheduled_at or now))),
                kind="warning",
            )
        else:
            self.banner.hide()

    # --- results ------------------------------------------------------------------------------

    def _build_results(self) -> None:
        self.owner.cancel("outputs")
        clear_layout(self.results)
        self.text_views = []
        self.thumbnails = []
        self.cards = {}
        entry = self.entry
        assert entry is not None
        task = entry.task
        has_results = task.status is TaskStatus.SUCCESSFUL and bool(task.output)
        self.results_title.setVisible(has_results)
        self.save_all_button.setVisible(has_results)
        self.save_all_to_button.setVisible(has_results)
        self.save_nextcloud_button.setVisible(has_results)
        if not has_results:
            return
        downloads: list[tuple[int, Any]] = []
        for name, kind, values in outputs_by_slot(task, self.task_type):
            self.results.addWidget(MutedLabel(name, self.body))
            if kind == "image":
                flow_host = QWidget(self.body)
                flow = FlowLayout(flow_host, style_spacing(self, vertical=False))
                extent = self.fontMetrics().height() * 9
                for index, file_id in enumerate(values):
                    title = name if len(values) == 1 else f"{name} {index + 1}"
                    thumb = Thumbnail(title, extent, flow_host)
                    thumb.clicked.connect(lambda _=False, t=thumb: self._open_thumbnail(t))
                    flow.add(thumb)
                    self.thumbnails.append(thumb)
                    downloads.append((file_id, thumb))
                self.results.addWidget(flow_host)
            elif kind in ("audio", "file"):
                for index, file_id in enumerate(values):
                    title = name if len(values) == 1 else f"{name} {index + 1}"
                    card = self._file_card(task.id, file_id, title, play=kind == "audio")
                    self.results.addWidget(card)
                    self.cards[file_id] = card
                    downloads.append((file_id, card))
            else:
                for value in values:
                    self._add_text(name, value if isinstance(value, str) else str(value))
        if downloads:
            self.owner.start("outputs", self._download(task.id, downloads), report=False)

    def _file_card(self, task_id: int, file_id: int, title: str, *, play: bool) -> OutputCard:
        card = OutputCard(title, self.body)
        if play:
            open_button = card.add_button(
                self.tr("Play"), self.tr("Play {name} in your audio player").format(name=title)
            )
        else:
            open_button = card.add_button(
                self.tr("Open"), self.tr("Open {name}").format(name=title)
            )
        open_button.clicked.connect(lambda _=False, c=card: self._open_card(c))
        save = card.add_button(
            self.tr("Save…"), self.tr("Save {name} to a folder").format(name=title)
        )
        save.clicked.connect(lambda _=False: self.save_to_requested.emit(task_id, [file_id]))
        return card

    def _add_text(self, name: str, text: str) -> None:
        view = MarkdownView(text, self.body)
        view.setAccessibleName(name)
        self.results.addWidget(view)
        self.text_views.append(view)
        row = QHBoxLayout()
        row.addStretch(1)
        copy = QPushButton(self.tr("Copy"), self.body)
        copy.setAccessibleName(self.tr("Copy “{name}”").format(name=name))
        copy.clicked.connect(lambda _=False: self.copy_text.emit(text))
        row.addWidget(copy)
        self.results.addLayout(row)

    async def _download(self, task_id: int, items: list[tuple[int, Any]]) -> None:
        fetch = self._fetch
        for file_id, widget in items:
            if fetch is None:
                widget.set_failed(self.tr("Not available while signed out."))
                continue
            progress = widget.set_progress if isinstance(widget, OutputCard) else None
            try:
                path = await fetch(task_id, file_id, progress=progress)
            except e.NextcloudError as exc:
                if isinstance(exc, e.NotFoundError):
                    widget.set_failed(self.tr("The server no longer has this file."))
                else:
                    widget.set_failed(explain_text(exc))
                continue
            except OSError as exc:
                widget.set_failed(explain_text(exc))
                continue
            await self._describe(widget, path)

    async def _describe(self, widget: Any, path: Path) -> None:
        thumbnail = isinstance(widget, Thumbnail)
        extent = round(widget.extent * self.devicePixelRatioF()) if thumbnail else 0
        facts = await inspected(path, thumbnail_extent=extent)
        parts = [facts.kind] if facts.kind else []
        if facts.duration is not None:
            parts.append(format_clock(facts.duration))
        if facts.pixels.isValid():
            parts.append(f"{facts.pixels.width()} × {facts.pixels.height()}")
        if facts.size is not None:
            parts.append(format_size(facts.size))
        if isinstance(widget, Thumbnail):
            widget.set_image(path, facts.thumbnail, " · ".join(parts))
        else:
            widget.set_ready(path, facts.mime, " · ".join(parts))

    # --- saved files and input files ----------------------------------------------------------

    def _build_saved(self) -> None:
        clear_layout(self.saved)
        entry = self.entry
        files = list(entry.saved_files) if entry else []
        self.saved_title.setVisible(bool(files))
        for name in files:
            path = Path(name)
            row = QHBoxLayout()
            label = ElidedLabel(path.name, self.body)
            label.setToolTip(str(path))
            exists = path.exists()
            if not exists:
                label.set_full_text(self.tr("{name} (moved or deleted)").format(name=path.name))
            row.addWidget(label, 1)
            open_button = QPushButton(self.tr("Open"), self.body)
            open_button.setAccessibleName(self.tr("Open {name}").format(name=path.name))
            open_button.setEnabled(exists)
            open_button.clicked.connect(lambda _=False, p=path: self.open_file.emit(p))
            folder = QPushButton(self.tr("Show in folder"), self.body)
            folder.setAccessibleName(self.tr("Show {name} in its folder").format(name=path.name))
            folder.setEnabled(exists)
            folder.clicked.connect(lambda _=False, p=path: self.show_in_folder.emit(p))
            row.addWidget(open_button)
            row.addWidget(folder)
            self.saved.addLayout(row)

    def _update_inputs_row(self, same_task: bool) -> None:
        task = self.task
        has_inputs = task is not None and bool(task.input_file_ids(self.task_type))
        self.inputs_title.setVisible(has_inputs)
        self.inputs_button.setVisible(has_inputs)
        if not same_task:
            self.inputs_button.setEnabled(True)

    def _show_inputs(self) -> None:
        if self.task is not None:
            self.inputs_button.setEnabled(False)
            self.show_inputs_requested.emit(self.task.id)

    # --- buttons ------------------------------------------------------------------------------

    def _save_all(self) -> None:
        if self.task is not None:
            self.save_requested.emit(self.task.id, None)

    def _save_all_to(self) -> None:
        if self.task is not None:
            self.save_to_requested.emit(self.task.id, None)

    def _save_to_nextcloud(self) -> None:
        if self.task is not None:
            self.save_to_nextcloud_requested.emit(self.task.id)

    def _open_card(self, card: OutputCard) -> None:
        if card.path is not None:
            self.open_file.emit(card.path)

    def _open_thumbnail(self, thumb: Thumbnail) -> None:
        if thumb.path is not None:
            self.open_image.emit(thumb.path, thumb.title)


__all__ = ["FlowLayout", "MarkdownView", "OutputCard", "TaskDetails", "Thumbnail", "clock_time"]
