"""File inputs (image, audio, video, any file): choose, record, drop, from Nextcloud, preview."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeAlias

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QIcon,
    QImage,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.api import Slot
from nctask_desktop.services.drafts import NextcloudFile, decode_values
from nctask_desktop.services.recorder import SampleSource
from nctask_desktop.services.tasks import LocalFile
from nctask_desktop.ui.file_card import FileCardFrame
from nctask_desktop.ui.recorder import RecorderDialog
from nctask_desktop.ui.widgets import (
    MutedLabel,
    format_clock,
    format_size,
    style_spacing,
)

from .browser import FileBrowserSource, NextcloudFileDialog
from .editors import SlotEditor, input_problem
from .filekinds import (
    EXTENSIONS,
    FileKind,
    file_size,
    kind_for_slot,
    kind_name,
    local_fits,
    local_mime,
    name_filters,
)
from .inspection import FileFacts, inspect_later

FileChoice: TypeAlias = LocalFile | NextcloudFile

MAX_DROPPED_FILES = 200


def to_file_choice(value: Any) -> FileChoice | None:
    """What a file slot can hold, from a form value, a draft value, a path or a Nextcloud file id."""
    if isinstance(value, LocalFile | NextcloudFile):
        return value
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return NextcloudFile(file_id=value)
    if isinstance(value, str) and value.strip().isdigit():
        return NextcloudFile(file_id=int(value.strip()))
    if isinstance(value, os.PathLike):
        return LocalFile(Path(value))
    if isinstance(value, dict):
        decoded = decode_values({"v": value}).get("v")
        return decoded if isinstance(decoded, LocalFile | NextcloudFile) else None
    return None


def local_paths(mime: QMimeData | None) -> list[Path]:
    """The local files (not folders) in a drag's data."""
    if mime is None or not mime.hasUrls():
        return []
    paths = []
    for url in mime.urls()[:MAX_DROPPED_FILES]:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.is_file():
                paths.append(path)
    return paths


class FileCard(FileCardFrame):
    """The preview of one chosen file: thumbnail or icon, name, and size / duration / place."""

    def __init__(self, choice: FileChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = choice
        self._cancel_inspection: Callable[[], None] | None = None
        self._icon_type: str | None = None
        self._has_thumbnail = False
        self.missing = False
        self._ready = False
        self.thumbnail = self.icon
        self._describe()
        self._ready = True

    def has_thumbnail(self) -> bool:
        return self._has_thumbnail

    def name(self) -> str:
        return self.name_label.full_text()

    def details(self) -> str:
        return self.details_label.text()

    def _set_icon(self, content_type: str | None) -> None:
        self._icon_type = content_type
        self.set_icon(content_type)

    def _set_warning_icon(self) -> None:
        self.set_warning_icon()

    def _describe(self) -> None:
        choice = self.choice
        parts: list[str] = []
        if isinstance(choice, LocalFile):
            path = Path(choice.path)
            self.name_label.set_full_text(path.name)
            self.name_label.setToolTip(str(path))
            self._set_icon(local_mime(path, look_inside=False))  # by its name, until inspected
            parts.append(self.tr("on this computer"))
            self._cancel_inspection = inspect_later(
                path,
                self._inspected,
                thumbnail_extent=round(self.extent * self.devicePixelRatioF()),
            )
            self.destroyed.connect(self._cancel_inspection)
        else:
            name = choice.name or self.tr("File {id}").format(id=choice.file_id)
            self.name_label.set_full_text(name)
            if choice.path:
                self.name_label.setToolTip(choice.path)
            if choice.size is not None:
                parts.append(format_size(choice.size))
            parts.append(self.tr("in your Nextcloud"))
            self._set_icon(choice.content_type or local_mime(Path(name), look_inside=False))
        self.details_label.setText(" · ".join(p for p in parts if p))
        self._update_accessible()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Icons drawn in the palette's colours are drawn again for a new palette (dark mode).
        ready = getattr(self, "_ready", False)  # the base's constructor changes the palette too
        if event.type() == QEvent.Type.PaletteChange and ready and not self._has_thumbnail:
            if self.missing:
                self._set_warning_icon()
            else:
                self._set_icon(self._icon_type)

    def _update_accessible(self) -> None:
        self.setAccessibleName(self.name())
        self.setAccessibleDescription(self.details())

    def inspected(self) -> bool:
        """Whether the file's facts are shown (they are read on a worker thread)."""
        return self._cancel_inspection is None

    def _inspected(self, facts: FileFacts) -> None:
        self._cancel_inspection = None
        if facts.missing:
            self.missing = True
            self._set_warning_icon()
            self.details_label.setText(self.tr("This file is no longer on this computer."))
        else:
            parts = [format_size(facts.size or 0)]
            if facts.duration is not None:
                parts.append(format_clock(facts.duration))
            parts.append(self.tr("on this computer"))
            self.details_label.setText(" · ".join(parts))
            self._set_icon(facts.mime)
            self._show_thumbnail(facts.thumbnail)
        self._update_accessible()

    def _show_thumbnail(self, image: QImage) -> None:
        if image.isNull():
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.thumbnail.setPixmap(pixmap)
        self._has_thumbnail = True


class FilePicker(QFrame):
    """The empty state of a file input: where to drop, "Choose file…", "Record…" (audio only),
    "Choose from Nextcloud…"."""

    localChosen = Signal(list)  # list[Path]
    remoteChosen = Signal(list)  # list[NextcloudFile]

    _last_directory = ""

    def __init__(
        self,
        slot: Slot,
        kind: FileKind,
        *,
        multiple: bool,
        file_browser: FileBrowserSource | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.slot = slot
        self.kind = kind
        self.multiple = multiple
        self.file_browser = file_browser
        self.file_dialog: QFileDialog | None = None
        self.nextcloud_dialog: NextcloudFileDialog | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Sunken)
        spacing = style_spacing(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(spacing * 2, spacing + 2, spacing * 2, spacing + 2)
        layout.setSpacing(spacing)
        if multiple:
            text = self.tr("Drop {kinds} here, or:").format(kinds=kind_name(kind, True))
        else:
            text = self.tr("Drop {kind} here, or:").format(kind=kind_name(kind))
        self.hint = MutedLabel(text, self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.hint)
        buttons = QHBoxLayout()
        buttons.setSpacing(spacing)
        buttons.addStretch(1)
        self.choose_button = QPushButton(
            self.tr("Choose files…") if multiple else self.tr("Choose file…"), self
        )
        self.choose_button.setAccessibleName(
            self.tr("Choose files on this computer for “{name}”").format(name=slot.name)
            if multiple
            else self.tr("Choose a file on this computer for “{name}”").format(name=slot.name)
        )
        self.choose_button.clicked.connect(self.open_file_dialog)
        buttons.addWidget(self.choose_button)
        self.record_button: QPushButton | None = None
        self.recorder_dialog: RecorderDialog | None = None
        if kind is FileKind.AUDIO:
            self.record_button = QPushButton(self.tr("Record…"), self)
            self.record_button.setIcon(QIcon.fromTheme("audio-input-microphone"))
            self.record_button.setAccessibleName(
                self.tr("Record audio with the microphone for “{name}”").format(name=slot.name)
            )
            self.record_button.clicked.connect(self.open_recorder)
            buttons.addWidget(self.record_button)
        self.nextcloud_button = QPushButton(self.tr("Choose from Nextcloud…"), self)
        self.nextcloud_button.setAccessibleName(
            self.tr("Choose from your Nextcloud for “{name}”").format(name=slot.name)
        )
        self.nextcloud_button.clicked.connect(self.open_nextcloud_dialog)
        self.nextcloud_button.setVisible(file_browser is not None)
        buttons.addWidget(self.nextcloud_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_file_browser(self, source: FileBrowserSource | None) -> None:
        self.file_browser = source
        self.nextcloud_button.setVisible(source is not None)

    def set_drag_active(self, active: bool) -> None:
        self.setFrameShape(QFrame.Shape.Box if active else QFrame.Shape.StyledPanel)
        self.setLineWidth(2 if active else 1)

    def open_file_dialog(self) -> QFileDialog:
        """The system's file dialog, opened window-modal (no nested event loop)."""
        dialog = QFileDialog(
            self.window(),
            self.tr("Choose {kinds}").format(kinds=kind_name(self.kind, self.multiple))
            if self.kind is not FileKind.ANY or self.multiple
            else self.tr("Choose a file"),
            FilePicker._last_directory,
        )
        dialog.setFileMode(
            QFileDialog.FileMode.ExistingFiles
            if self.multiple
            else QFileDialog.FileMode.ExistingFile
        )
        dialog.setNameFilters(name_filters(self.kind))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(self._files_selected)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _files_selected(self, files: list[str]) -> None:
        paths = [Path(f) for f in files if f]
        if paths:
            FilePicker._last_directory = str(paths[0].parent)
            self.localChosen.emit(paths)

    def open_recorder(self, source: SampleSource | None = None) -> RecorderDialog:
        """The recorder, opened window-modal; the recording it gives is taken like a chosen file."""
        dialog = RecorderDialog(
            self.window(),
            source,
            title=self.tr("Record audio for “{name}”").format(name=self.slot.name),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._recorded)
        self.recorder_dialog = dialog
        dialog.open()
        return dialog

    def _recorded(self) -> None:
        dialog = self.sender()
        if isinstance(dialog, RecorderDialog) and dialog.recorded is not None:
            self.localChosen.emit([dialog.recorded])

    def open_nextcloud_dialog(self) -> NextcloudFileDialog | None:
        if self.file_browser is None:
            return None
        dialog = NextcloudFileDialog(
            self.file_browser, self.kind, multiple=self.multiple, parent=self.window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._remote_selected)
        self.nextcloud_dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def _remote_selected(self) -> None:
        dialog = self.sender()
        if not isinstance(dialog, NextcloudFileDialog):
            return
        files = dialog.selected_files()
        if files:
            self.remoteChosen.emit(files)


class _FileSlotEditor(SlotEditor):
    """What the file editors (single and list) share: the kind of file the slot takes, where the
    Nextcloud browser lists files, and drag-and-drop."""

    picker: FilePicker

    def __init__(
        self,
        slot: Slot,
        parent: QWidget | None = None,
        *,
        file_browser: FileBrowserSource | None = None,
        **options: Any,
    ) -> None:
        super().__init__(slot, parent, **options)
        self.kind = kind_for_slot(slot.type)
        self.file_browser = file_browser

    def _fitting(self, paths: Iterable[Path]) -> list[Path]:
        return [p for p in paths if local_fits(self.kind, p)]

    def takes(self, path: Path) -> bool:
        """Whether this slot takes the file: of its kind, and not empty."""
        return local_fits(self.kind, path) and file_size(path) != 0

    def refusal(self, path: Path) -> str:
        """Why the slot does not take a file, in a sentence naming what it takes."""
        if file_size(path) == 0:
            return QCoreApplication.translate(
                "Forms", "“{name}” is empty (0 bytes). Choose a file that has something in it."
            ).format(name=path.name)
        exts = ", ".join(EXTENSIONS.get(self.kind, ())[:6])
        return QCoreApplication.translate(
            "Forms", "“{name}” is not {kind}. “{slot}” takes {kinds} ({exts}, …)."
        ).format(
            name=path.name,
            kind=kind_name(self.kind),
            slot=self.slot.name,
            kinds=kind_name(self.kind, plural=True),
            exts=exts,
        )

    def _refuse(self, paths: list[Path]) -> None:
        if paths:
            self.refused.emit(self.refusal(paths[0]))

    def _drag_enter(self, event: QDragEnterEvent) -> None:
        # A file of another kind is not taken here: the drop goes on to the form, which puts it
        # into a slot that takes it, or explains at this slot why none does.
        if self._fitting(local_paths(event.mimeData())) and self._accepts_drops_now():
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self._set_drag_active(True)
        else:
            event.ignore()

    def _drag_leave(self) -> None:
        self._set_drag_active(False)

    def _set_drag_active(self, active: bool) -> None:
        self.picker.set_drag_active(active)

    def _drop(self, event: QDropEvent) -> None:
        self._set_drag_active(False)
        paths = local_paths(event.mimeData())
        if self.add_local_files(paths):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def _accepts_drops_now(self) -> bool:
        return True

    def add_local_files(self, paths: list[Path]) -> bool:
        raise NotImplementedError


class FileEditor(_FileSlotEditor):
    """One file: an image, audio, video or any file, from this computer or from Nextcloud."""

    def __init__(self, slot: Slot, parent: QWidget | None = None, **options: Any) -> None:
        super().__init__(slot, parent, **options)
        self._choice: FileChoice | None = None
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)
        self.picker = FilePicker(
            slot, self.kind, multiple=False, file_browser=self.file_browser, parent=self.stack
        )
        self.picker.localChosen.connect(self.add_local_files)
        self.picker.remoteChosen.connect(self.add_remote_files)
        self.stack.addWidget(self.picker)
        self.card_holder = QWidget(self.stack)
        self.card_layout = QVBoxLayout(self.card_holder)
        self.card_layout.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.card_holder)
        self.card: FileCard | None = None
        self.remove_button: QPushButton | None = None
        self._show()

    # --- value --------------------------------------------------------------------------------

    def value(self) -> FileChoice | None:
        return self._choice

    def set_value(self, value: Any) -> None:
        choice = to_file_choice(value)
        if choice != self._choice:
            self._choice = choice
            self._show()
            self.changed.emit()

    def clear(self) -> None:
        self.set_value(None)

    def fits(self, path: Path) -> bool:
        return self.takes(path)

    def add_local_files(self, paths: list[Path]) -> bool:
        """Take the first fitting file of `paths`; False (and why, at the slot) when none fits."""
        for path in paths:
            if self.fits(path):
                self.refused.emit("")
                self.set_value(LocalFile(path.absolute()))
                return True
        self._refuse(paths)
        return False

    def add_remote_files(self, files: list[NextcloudFile]) -> bool:
        if not files:
            return False
        self.set_value(files[0])
        return True

    def set_file_browser(self, source: FileBrowserSource | None) -> None:
        self.file_browser = source
        self.picker.set_file_browser(source)

    def problem(self) -> str | None:
        if self._choice is None:
            return super().problem()
        if isinstance(self._choice, LocalFile) and not Path(self._choice.path).is_file():
            return input_problem(self.slot, "file-not-found", str(self._choice.path))
        return None

    def focus_widget(self) -> QWidget:
        if self._choice is not None and self.remove_button is not None:
            return self.remove_button
        return self.picker.choose_button

    # --- display ------------------------------------------------------------------------------

    def _show(self) -> None:
        had_focus = self.remove_button is not None and self.remove_button.hasFocus()
        if self.card is not None:
            self.card_layout.removeWidget(self.card)
            self.card.deleteLater()
            self.card = self.remove_button = None
        if self._choice is None:
            self.stack.setCurrentWidget(self.picker)
            if had_focus:
                self.picker.choose_button.setFocus()
        else:
            self.card = FileCard(self._choice, self.card_holder)
            self.remove_button = QPushButton(self.tr("Remove"), self.card)
            self.remove_button.setAccessibleName(
                self.tr("Remove the file of “{name}”").format(name=self.slot.name)
            )
            self.remove_button.setAccessibleDescription(
                f"{self.card.name()} · {self.card.details()}"
            )
            self.remove_button.clicked.connect(self.clear)
            self.card.add_trailing(self.remove_button)
            self.card_layout.addWidget(self.card)
            self.stack.setCurrentWidget(self.card_holder)
        # The stack takes the height of the page shown, not of the tallest page.
        for i in range(self.stack.count()):
            page = self.stack.widget(i)
            if page is None:
                continue
            policy = (
                QSizePolicy.Policy.Preferred
                if page is self.stack.currentWidget()
                else QSizePolicy.Policy.Ignored
            )
            page.setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        self.stack.adjustSize()
        self.updateGeometry()
        self.structureChanged.emit()

    def _set_drag_active(self, active: bool) -> None:
        self.picker.set_drag_active(active)
        if self.card is not None:
            self.card.setFrameShape(QFrame.Shape.Box if active else QFrame.Shape.StyledPanel)
            self.card.setLineWidth(2 if active else 1)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._drag_enter(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drag_leave()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop(event)
