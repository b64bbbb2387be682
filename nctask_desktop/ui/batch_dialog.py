"""The "Run on many files" dialog: the files (added, removed, folders opened up), which input
changes from task to task when there are several, and where the results go."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.api import Slot, TaskType
from nctask_desktop.services.batch import files_in

from .forms.filekinds import kind_for_slot, kind_name, name_filters
from .keyboard import focusable_in_layout
from .widgets import InlineMessage, MutedLabel, add_field, button_row, push_button, scaled_font

Problems = Callable[[str], list[str]]
"""The names of the form's inputs that are missing or wrong, all but the one that varies."""


class BatchDialog(QDialog):
    """Choose the files of a batch; `accepted` once they and the form are ready."""

    def __init__(
        self,
        task_type: TaskType,
        slots: Sequence[Slot],
        files: Sequence[Path] = (),
        parent: QWidget | None = None,
        *,
        problems: Problems = lambda _key: [],
    ) -> None:
        super().__init__(parent)
        self.task_type = task_type
        self.slots = list(slots)
        self._problems = problems
        self._sources: list[Path] = []  # what the user added: files and folders
        self._removed: set[Path] = set()
        self.files: list[Path] = []
        self._left_out: list[Path] = []
        self.output_dir: Path | None = None
        self.folder_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Run on many files"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Run “{task}” on many files").format(task=task_type.name), self)
        heading.setFont(scaled_font(self, 1.2, bold=True))
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)
        layout.addWidget(
            MutedLabel(
                self.tr(
                    "One task for each file. The other inputs are taken from the form, the same "
                    "for every file."
                ),
                self,
            )
        )
        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.slot_box = QComboBox(self)
        for slot in self.slots:
            self.slot_box.addItem(slot.name, slot.key)
        self.slot_box.currentIndexChanged.connect(self._slot_changed)
        self.slot_label = add_field(fields, self.tr("The &input that changes:"), self.slot_box)
        self.slot_box.setAccessibleName(self.tr("The input that changes from file to file"))
        self.slot_box.setVisible(len(self.slots) > 1)
        self.slot_label.setVisible(len(self.slots) > 1)
        layout.addLayout(fields)

        self.files_label = QLabel(self.tr("&Files:"), self)
        layout.addWidget(self.files_label)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("The files, one task each"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(self.fontMetrics().height() * 8)
        self.list.itemSelectionChanged.connect(self._update)
        self.files_label.setBuddy(self.list)
        layout.addWidget(self.list, 1)
        self.count = MutedLabel("", self)
        self.count.setAccessibleName(self.tr("How many files"))
        self.add_files_button = push_button(
            self.tr("&Add files…"), self, self.choose_files, auto_default=False
        )
        self.add_folder_button = push_button(
            self.tr("Add a f&older…"), self, self.choose_folder_of_files, auto_default=False
        )
        self.remove_button = push_button(
            self.tr("&Remove"),
            self,
            self.remove_selected,
            accessible_name=self.tr("Remove the selected files"),
            auto_default=False,
        )
        layout.addLayout(
            button_row(self.add_files_button, self.add_folder_button, self.remove_button, None)
        )
        layout.addWidget(self.count)

        where = QLabel(self.tr("Results:"), self)
        where.setFont(scaled_font(self, 1.0, bold=True))
        layout.addWidget(where)
        self.next_to = QRadioButton(self.tr("&Next to each file"), self)
        self.next_to.setChecked(True)
        self.in_folder = QRadioButton(self.tr("In &this folder:"), self)
        self.group = QButtonGroup(self)
        for button in (self.next_to, self.in_folder):
            self.group.addButton(button)
        self.group.buttonToggled.connect(self._where_changed)
        self.folder_label = QLabel(self.tr("(none chosen)"), self)
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_button = push_button(
            self.tr("C&hoose…"),
            self,
            self.choose_output_folder,
            accessible_name=self.tr("Choose the folder for the results"),
            auto_default=False,
        )
        layout.addWidget(self.next_to)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.in_folder)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        layout.addLayout(folder_row)
        self.naming = MutedLabel(
            self.tr(
                "Each result is named after its file (interview.wav gives interview.txt); "
                "a file already there is never replaced."
            ),
            self,
        )
        layout.addWidget(self.naming)

        self.problem = InlineMessage(QStyle.StandardPixmap.SP_MessageBoxWarning, self, framed=True)
        self.problem.text_label.setAccessibleName(self.tr("What is missing"))
        layout.addWidget(self.problem)
        self.start_button = push_button(
            self.tr("&Start"), self, self.start, accessible_name=self.tr("Start the tasks")
        )
        self.start_button.setDefault(True)
        self.cancel_button = push_button(self.tr("Cancel"), self, self.reject, auto_default=False)
        layout.addLayout(button_row(None, self.cancel_button, self.start_button))
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())
        for first, second in itertools.pairwise(focusable_in_layout(layout)):
            QWidget.setTabOrder(first, second)  # Tab in reading order
        self.add_paths(files)
        self._update()

    # --- the varying input and its files --------------------------------------------------------

    @property
    def slot(self) -> Slot:
        return self.slots[max(0, self.slot_box.currentIndex())]

    def set_slot(self, key: str) -> None:
        index = self.slot_box.findData(key)
        if index >= 0:
            self.slot_box.setCurrentIndex(index)

    def add_paths(self, paths: Sequence[Path]) -> None:
        """Files and folders (their files of the input's kind, found inside)."""
        for path in paths:
            self._removed.discard(path)
            if path not in self._sources:
                self._sources.append(path)
        self._refill()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self._removed.add(Path(item.data(Qt.ItemDataRole.UserRole)))
        self._refill()
        self.list.setFocus()

    def _slot_changed(self, _index: int) -> None:
        self._refill()

    def _refill(self) -> None:
        found = files_in(self._sources, self.slot.type) if self._sources else []
        self.files = [p for p in found if p not in self._removed]
        self.list.clear()
        for path in self.files:
            item = QListWidgetItem(path.name, self.list)
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
        self._left_out = [
            p for p in self._sources if p.is_file() and p not in found and p not in self._removed
        ]
        self._update()

    def _update(self) -> None:
        kind = kind_name(kind_for_slot(self.slot.type), plural=True)
        text = self.tr("Files: {n}, one task each.").format(n=len(self.files))
        if not self.files:
            text = self.tr("Add {kinds}, or a folder that holds some.").format(kinds=kind)
        if self._left_out:
            text += " " + self.tr("Left out, as “{input}” does not take them: {n}.").format(
                input=self.slot.name, n=len(self._left_out)
            )
        self.count.setText(text)
        self.remove_button.setEnabled(bool(self.list.selectedItems()))
        missing = self._problems(self.slot.key)
        if missing:
            self.problem.show_message(
                self.tr(
                    "Fill in the form first: {inputs}. Close this window, fill them in, and "
                    "choose Run on many files again."
                ).format(inputs=", ".join(missing))
            )
        elif self.in_folder.isChecked() and self.output_dir is None:
            self.problem.show_message(self.tr("Choose the folder for the results."))
        else:
            self.problem.clear()
        self.start_button.setEnabled(bool(self.files) and not missing)

    # --- where the results go -------------------------------------------------------------------

    def _where_changed(self, *_args: object) -> None:
        if self.in_folder.isChecked() and self.output_dir is None:
            self.choose_output_folder()
        self._update()

    def set_output_dir(self, folder: Path | None) -> None:
        self.output_dir = folder
        self.folder_label.setText(str(folder) if folder else self.tr("(none chosen)"))
        if folder is not None:
            self.in_folder.setChecked(True)
        self._update()

    def choose_output_folder(self) -> QFileDialog:
        """A folder dialog opened without a nested event loop."""
        dialog = QFileDialog(self, self.tr("Save the results in…"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, self.tr("Save here"))
        if self.output_dir is not None:
            dialog.setDirectory(str(self.output_dir))
        elif self.files:
            dialog.setDirectory(str(self.files[0].parent))
        dialog.fileSelected.connect(lambda folder: self.set_output_dir(Path(folder)))
        return self._open(dialog)

    def choose_files(self) -> QFileDialog:
        kind = kind_for_slot(self.slot.type)
        dialog = QFileDialog(self, self.tr("Add {kinds}").format(kinds=kind_name(kind, True)))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(name_filters(kind))
        dialog.filesSelected.connect(lambda files: self.add_paths([Path(f) for f in files if f]))
        return self._open(dialog)

    def choose_folder_of_files(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Add the files of a folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda folder: self.add_paths([Path(folder)]))
        return self._open(dialog)

    def _open(self, dialog: QFileDialog) -> QFileDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.folder_dialog = dialog
        dialog.finished.connect(self._file_dialog_closed)
        dialog.open()
        return dialog

    def _file_dialog_closed(self, _result: int) -> None:
        self.folder_dialog = None

    # --- start ----------------------------------------------------------------------------------

    def start(self) -> None:
        self._update()
        if not self.start_button.isEnabled():
            return
        if self.in_folder.isChecked() and self.output_dir is None:
            self.choose_output_folder()
            return
        if not self.in_folder.isChecked():
            self.output_dir = None
        self.accept()


__all__ = ["BatchDialog"]
