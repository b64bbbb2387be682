"""Choose files already in the user's Nextcloud: a folder browser listed asynchronously (WebDAV)."""

from __future__ import annotations

from email.utils import parsedate_to_datetime
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.api import DavEntry
from nctask_desktop.api import errors as e
from nctask_desktop.messages import explain
from nctask_desktop.services.drafts import NextcloudFile
from nctask_desktop.ui.asyncqt import TaskOwner
from nctask_desktop.ui.widgets import MutedLabel, format_size, style_spacing

from .filekinds import FileKind, kind_name, mime_fits
from .icons import icon_for_mime

Index = QModelIndex | QPersistentModelIndex


class FileBrowserSource(Protocol):
    """Where the browse dialog lists folders: the main window passes a WebDav-backed one."""

    async def list_folder(self, path: str, /) -> list[DavEntry]: ...


def _modified(entry: DavEntry) -> QDateTime | None:
    if not entry.last_modified:
        return None
    try:
        when = parsedate_to_datetime(entry.last_modified)
    except (TypeError, ValueError, IndexError):
        return None
    return QDateTime.fromSecsSinceEpoch(int(when.timestamp()))


class DavEntryModel(QAbstractTableModel):
    """The entries of one folder: folders first; files that do not fit the slot are greyed out."""

    NAME, SIZE, MODIFIED = range(3)
    EntryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, kind: FileKind = FileKind.ANY, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.folders_only = False
        """Choosing a folder: files are shown, greyed out."""
        self._entries: list[DavEntry] = []
        self._icons: dict[str, QIcon] = {}

    def set_entries(self, entries: list[DavEntry]) -> None:
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda x: (not x.is_folder, x.name.lower()))
        self.endResetModel()

    def entries(self) -> list[DavEntry]:
        return list(self._entries)

    def entry(self, index: Index) -> DavEntry | None:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        return self._entries[index.row()]

    def fits(self, entry: DavEntry) -> bool:
        if self.folders_only:
            return entry.is_folder
        return entry.is_folder or mime_fits(self.kind, entry.content_type, entry.name)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NAME: self.tr("Name"),
            self.SIZE: self.tr("Size"),
            self.MODIFIED: self.tr("Modified"),
        }.get(section)

    def _icon(self, entry: DavEntry) -> QIcon:
        key = "/" if entry.is_folder else (entry.content_type or "")
        icon = self._icons.get(key)
        if icon is None:
            icon = self._icons[key] = icon_for_mime(
                None if entry.is_folder else key, entry.is_folder
            )
        return icon

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index)
        if entry is None or not 0 <= index.column() < 3:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return entry.name
            if column == self.SIZE:
                return "" if entry.is_folder else format_size(entry.size)
            when = _modified(entry)
            return QLocale().toString(when, QLocale.FormatType.ShortFormat) if when else ""
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return self._icon(entry)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            if not self.fits(entry) and not self.folders_only:
                return self.tr("This file cannot be used here.")
            return entry.path or entry.name
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.NAME:
            if entry.is_folder:
                return self.tr("Folder {name}").format(name=entry.name)
            return entry.name
        if role == self.EntryRole:
            return entry
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        entry = self.entry(index)
        if entry is None:
            return Qt.ItemFlag.NoItemFlags
        if not self.fits(entry):
            return Qt.ItemFlag.ItemNeverHasChildren
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class NextcloudFileDialog(QDialog):
    """Browse the user's Nextcloud and choose one file (or several) of the slot's kind; or, with
    `choose_folder`, a folder to save into (the one shown: `path`).

    Open it with `open()` (never `exec()` from async code) and call `start()`; listing runs on the
    asyncio loop and is cancelled when the dialog closes or another folder is opened.
    """

    loaded = Signal(str)  # a folder's listing is shown (its path)
    failed = Signal(str)  # a listing failed (the message shown)

    _last_path = ""

    def __init__(
        self,
        source: FileBrowserSource,
        kind: FileKind = FileKind.ANY,
        *,
        multiple: bool = False,
        start_path: str | None = None,
        parent: QWidget | None = None,
        choose_folder: bool = False,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.kind = kind
        self.multiple = multiple
        self.choose_folder = choose_folder
        self.path = ""
        self._listed: str | None = None
        self._start_path = NextcloudFileDialog._last_path if start_path is None else start_path
        self._tasks = TaskOwner()
        self.setWindowTitle(self.tr("Choose from Nextcloud"))
        self.setSizeGripEnabled(True)
        spacing = style_spacing(self)

        layout = QVBoxLayout(self)
        layout.setSpacing(spacing)

        bar = QHBoxLayout()
        bar.setSpacing(spacing // 2)
        self.up_button = QToolButton(self)
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.up_button.setToolTip(self.tr("Up one folder"))
        self.up_button.setAccessibleName(self.tr("Up one folder"))
        self.up_button.setAutoRaise(True)
        self.up_button.clicked.connect(self.go_up)
        bar.addWidget(self.up_button)
        self.crumbs = QHBoxLayout()
        self.crumbs.setSpacing(0)
        bar.addLayout(self.crumbs, 1)
        layout.addLayout(bar)
        self._crumb_widgets: list[QWidget] = []

        self.model = DavEntryModel(kind, self)
        self.model.folders_only = choose_folder
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multiple
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.view.setAccessibleName(self.tr("Files and folders"))
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DavEntryModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DavEntryModel.SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DavEntryModel.MODIFIED, QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.message_page = QWidget(self)
        message_layout = QVBoxLayout(self.message_page)
        message_layout.addStretch(1)
        self.message_label = QLabel(self.message_page)
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        message_layout.addWidget(self.message_label)
        self.retry_button = QPushButton(self.tr("Try again"), self.message_page)
        self.retry_button.setAccessibleName(self.tr("Try again"))
        self.retry_button.clicked.connect(self.reload)
        retry_row = QHBoxLayout()
        retry_row.addStretch(1)
        retry_row.addWidget(self.retry_button)
        retry_row.addStretch(1)
        message_layout.addLayout(retry_row)
        message_layout.addStretch(1)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message_page)
        layout.addWidget(self.stack, 1)

        self.hint = MutedLabel("", self)
        if kind is not FileKind.ANY:
            self.hint.setText(
                self.tr("Only {kinds} can be chosen here.").format(kinds=kind_name(kind, True))
            )
        if choose_folder:
            self.setWindowTitle(self.tr("Save in Nextcloud"))
            self.hint.setText(self.tr("Open the folder to save in, then choose “Save here”."))
        self.hint.setVisible(kind is not FileKind.ANY or choose_folder)
        layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.choose_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        choose = self.tr("Save here") if choose_folder else self.tr("Choose")
        self.choose_button.setText(choose)
        self.choose_button.setAccessibleName(choose)
        self.choose_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 50, self.fontMetrics().lineSpacing() * 26)
        self._build_crumbs()
        self.up_button.setEnabled(False)

    # --- navigation ---------------------------------------------------------------------------

    def start(self) -> None:
        """List the folder last used (or the home folder)."""
        self.navigate(self._start_path)

    def navigate(self, path: str) -> None:
        self.path = path.strip("/")
        self._listed = None
        self._selection_changed()
        self._build_crumbs()
        self.up_button.setEnabled(bool(self.path))
        self._show_message(self.tr("Loading…"), retry=False)
        self._tasks.start("list", self._load(self.path), report=True)

    def reload(self) -> None:
        self.navigate(self.path)

    def go_up(self) -> None:
        if self.path:
            self.navigate(self.path.rsplit("/", 1)[0] if "/" in self.path else "")

    async def _load(self, path: str) -> None:
        try:
            entries = await self.source.list_folder(path)
        except e.NotFoundError as exc:
            if path:  # the folder used last time is gone: start from the top
                self.navigate("")
                return
            self._fail(explain(exc).render(QCoreApplication.translate))
            return
        except e.NextcloudError as exc:
            self._fail(explain(exc).render(QCoreApplication.translate))
            return
        if path != self.path:
            return
        NextcloudFileDialog._last_path = path
        self._listed = path
        self.model.set_entries(entries)
        self._selection_changed()
        if entries:
            self.stack.setCurrentWidget(self.view)
            self.view.setFocus()
            first = self.model.index(0, 0)
            self.view.setCurrentIndex(first)
            self.view.selectionModel().clearSelection()
        else:
            self._show_message(self.tr("This folder is empty."), retry=False)
        self.loaded.emit(path)

    def _fail(self, text: str) -> None:
        self.model.set_entries([])
        self._show_message(text, retry=True)
        self.failed.emit(text)

    def _show_message(self, text: str, *, retry: bool) -> None:
        self.message_label.setText(text)
        self.retry_button.setVisible(retry)
        self.stack.setCurrentWidget(self.message_page)

    def _build_crumbs(self) -> None:
        for widget in self._crumb_widgets:
            self.crumbs.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._crumb_widgets = []
        parts = self.path.split("/") if self.path else []
        home = QToolButton(self)
        home.setText(self.tr("Home"))
        home.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon))
        home.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        home.setAccessibleName(self.tr("Home folder"))
        targets: list[tuple[QToolButton, str]] = [(home, "")]
        for i, part in enumerate(parts):
            button = QToolButton(self)
            button.setText(part.replace("&", "&&"))
            button.setAccessibleName(self.tr("Folder {name}").format(name=part))
            targets.append((button, "/".join(parts[: i + 1])))
        for n, (button, target) in enumerate(targets):
            if n:
                separator = QLabel("›", self)
                separator.setAccessibleName("")
                self.crumbs.addWidget(separator)
                self._crumb_widgets.append(separator)
            button.setAutoRaise(True)
            current = n == len(targets) - 1
            if current:
                font = button.font()
                font.setBold(True)
                button.setFont(font)
            button.setProperty("crumbTarget", target)
            button.clicked.connect(self._crumb_clicked)
            self.crumbs.addWidget(button)
            self._crumb_widgets.append(button)
        spacer = QWidget(self)
        self.crumbs.addWidget(spacer, 1)
        self._crumb_widgets.append(spacer)

    def _crumb_clicked(self) -> None:
        target = self.sender().property("crumbTarget") if self.sender() is not None else None
        if isinstance(target, str):
            self.navigate(target)

    def crumb_texts(self) -> list[str]:
        return [w.text() for w in self._crumb_widgets if isinstance(w, QToolButton)]

    # --- choosing -----------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index)
        if entry is None or not self.model.fits(entry):
            return
        if entry.is_folder:
            self.navigate(entry.path)
        elif entry.file_id is not None:
            self.view.selectionModel().select(
                index,
                self.view.selectionModel().SelectionFlag.ClearAndSelect
                | self.view.selectionModel().SelectionFlag.Rows,
            )
            self.accept()

    def selected_entries(self) -> list[DavEntry]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        result = []
        for row in rows:
            entry = self.model.entry(self.model.index(row, 0))
            if (
                entry is not None
                and not entry.is_folder
                and entry.file_id is not None
                and self.model.fits(entry)
            ):
                result.append(entry)
        return result

    def selected_files(self) -> list[NextcloudFile]:
        return [
            NextcloudFile(
                file_id=entry.file_id,
                name=entry.name,
                size=entry.size,
                content_type=entry.content_type,
                path=entry.path,
            )
            for entry in self.selected_entries()
            if entry.file_id is not None
        ]

    def select_names(self, *names: str) -> None:
        """Select entries by name (keyboard users do it with the list; tests with this)."""
        selection = self.view.selectionModel()
        selection.clearSelection()
        for row, entry in enumerate(self.model.entries()):
            if entry.name in names:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def _selection_changed(self, *_args: object) -> None:
        if self.choose_folder:  # the folder shown, once it is listed
            self.choose_button.setEnabled(self._listed == self.path)
            return
        self.choose_button.setEnabled(bool(self.selected_entries()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Return in the list opens a folder or chooses a file (the view's `activated`); it must not
        # also press the dialog's default button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.view.hasFocus():
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self._tasks.cancel_all()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tasks.cancel_all()
        super().closeEvent(event)
