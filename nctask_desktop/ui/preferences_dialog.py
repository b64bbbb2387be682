"""The Preferences dialog: where in Nextcloud local files are uploaded for tasks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.services.settings import Preferences

from .widgets import Banner, MutedLabel

DEFAULT_UPLOAD_FOLDER = Preferences().upload_folder


def clean_folder(text: str) -> str | None:
    """A folder path inside the user's Nextcloud ('a/b'), or None when it cannot be one."""
    parts = [p.strip() for p in text.replace("\\", "/").split("/")]
    parts = [p for p in parts if p and p != "."]
    if not parts or any(p == ".." for p in parts):
        return None
    if any(ch in p for p in parts for ch in '<>:"|?*') or any(
        ord(ch) < 32 for p in parts for ch in p
    ):
        return None
    return "/".join(parts)


class PreferencesDialog(QDialog):
    """Edits the preferences; saves them when accepted."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.upload_folder = QLineEdit(prefs.upload_folder, self)
        self.upload_folder.setPlaceholderText(DEFAULT_UPLOAD_FOLDER)
        self.upload_folder.setAccessibleName(self.tr("Upload folder in Nextcloud"))
        label = QLabel(self.tr("&Upload folder in Nextcloud:"), self)
        label.setBuddy(self.upload_folder)
        form.addRow(label, self.upload_folder)
        layout.addLayout(form)
        layout.addWidget(
            MutedLabel(
                self.tr(
                    "Files from this computer that a task needs are uploaded into this folder of "
                    "your Nextcloud, in a sub-folder for each day."
                ),
                self,
            )
        )
        self.error = Banner(self, kind="error")
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            Qt.Orientation.Horizontal,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        text = self.upload_folder.text().strip() or DEFAULT_UPLOAD_FOLDER
        folder = clean_folder(text)
        if folder is None:
            self.error.show_message(
                self.tr(
                    "Type a folder name such as “{example}”, without “..” or special signs."
                ).format(example=DEFAULT_UPLOAD_FOLDER)
            )
            self.upload_folder.setFocus()
            return
        self.prefs.upload_folder = folder
        self.prefs.save()
        super().accept()
