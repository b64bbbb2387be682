"""The Preferences dialog: the upload folder in Nextcloud, where results are saved (and which are
saved by themselves), notifications, the language and the theme, and the proxy."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.api import TaskType, proxies
from nctask_desktop.services.settings import Preferences

from .appearance import LANGUAGES, THEMES, theme_name
from .widgets import Banner, MutedLabel, add_field

DEFAULT_UPLOAD_FOLDER = Preferences().upload_folder
PROXY_KINDS = (("http", "HTTP"), ("socks5", "SOCKS5"))
DEFAULT_PROXY_PORTS = {"http": 3128, "socks5": 1080}


def clean_proxy_host(text: str) -> str | None:
    """A proxy server's name or IP address as typed ('proxy.example.org', '10.0.0.1', '::1'), or
    None when it cannot be one (a whole address, a port, spaces, credentials)."""
    host = text.strip().removeprefix("[").removesuffix("]")
    if not host:
        return None
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    allowed = set("abcdefghijklmnopqrstuvwxyz0123456789-._")
    if any(ch.lower() not in allowed and not (ch.isalnum() and ord(ch) > 127) for ch in host):
        return None
    if host.startswith((".", "-")) or ".." in host:
        return None
    return host


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
    """Edits the preferences; saves them when accepted. `types`: the current account's task types
    (for automatic saving); types chosen before and not offered now stay chosen."""

    def __init__(
        self,
        prefs: Preferences,
        parent: QWidget | None = None,
        *,
        types: Mapping[str, TaskType] | None = None,
        tray: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.folder_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        outer = QVBoxLayout(self)
        # the settings scroll when the screen is short (a laptop at 200 %); OK and Cancel stay
        self.settings_area = QScrollArea(self)
        self.settings_area.setWidgetResizable(True)
        self.settings_area.setFrameShape(QFrame.Shape.NoFrame)
        self.settings_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(self.settings_area)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)

        uploads = QGroupBox(self.tr("Files for tasks"), self)
        uploads_layout = QVBoxLayout(uploads)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.upload_folder = QLineEdit(prefs.upload_folder, uploads)
        self.upload_folder.setPlaceholderText(DEFAULT_UPLOAD_FOLDER)
        add_field(form, self.tr("&Upload folder in Nextcloud:"), self.upload_folder)
        uploads_layout.addLayout(form)
        uploads_layout.addWidget(
            MutedLabel(
                self.tr(
                    "Files from this computer that a task needs are uploaded into this folder of "
                    "your Nextcloud, in a sub-folder for each day."
                ),
                uploads,
            )
        )
        self.remove_uploads = QCheckBox(
            self.tr("Delete these copies when I delete their task"), uploads
        )
        self.remove_uploads.setToolTip(
            self.tr("Files you chose from your Nextcloud are never deleted.")
        )
        self.remove_uploads.setAccessibleName(
            self.tr("Delete the uploaded copies of my files when I delete their task")
        )
        self.remove_uploads.setChecked(prefs.remove_uploaded_inputs)
        uploads_layout.addWidget(self.remove_uploads)
        layout.addWidget(uploads)

        results = QGroupBox(self.tr("Results"), self)
        results_layout = QVBoxLayout(results)
        folder_row = QHBoxLayout()
        self.download_folder = QLineEdit(prefs.download_folder, results)
        self.download_folder.setPlaceholderText(str(Preferences().effective_download_folder()))
        self.download_folder.setAccessibleName(self.tr("Folder for saved results"))
        folder_label = QLabel(self.tr("Save results &in:"), results)
        folder_label.setBuddy(self.download_folder)
        self.choose_button = QPushButton(self.tr("Choose…"), results)
        self.choose_button.setAccessibleName(self.tr("Choose the folder for saved results"))
        self.choose_button.clicked.connect(self._choose_folder)
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.download_folder, 1)
        folder_row.addWidget(self.choose_button)
        results_layout.addLayout(folder_row)
        results_layout.addWidget(
            MutedLabel(self.tr("Leave it empty for your Downloads folder."), results)
        )
        auto_label = QLabel(self.tr("Save the results of these tasks by themselves:"), results)
        results_layout.addWidget(auto_label)
        self.auto_save = QScrollArea(results)
        self.auto_save.setWidgetResizable(True)
        self.auto_save.setFrameShape(QFrame.Shape.StyledPanel)
        self.auto_save.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.auto_save.setAccessibleName(self.tr("Tasks whose results are saved by themselves"))
        boxes = QWidget(self.auto_save)
        boxes_layout = QVBoxLayout(boxes)
        self.auto_save_boxes: dict[str, QCheckBox] = {}
        chosen = set(prefs.auto_save_types)
        names = {type_id: t.name for type_id, t in (types or {}).items() if not t.is_internal}
        for type_id in chosen:
            names.setdefault(type_id, type_id)
        for type_id, name in sorted(names.items(), key=lambda x: x[1].lower()):
            box = QCheckBox(name, boxes)
            box.setAccessibleName(
                self.tr("Save the results of “{task}” by themselves").format(task=name)
            )
            box.setChecked(type_id in chosen)
            boxes_layout.addWidget(box)
            self.auto_save_boxes[type_id] = box
        boxes_layout.addStretch(1)
        self.auto_save.setWidget(boxes)
        rows = min(max(len(names), 3), 7)
        margins = boxes_layout.contentsMargins()
        row = QCheckBox("X").sizeHint().height() + boxes_layout.spacing()
        self.auto_save.setFixedHeight(
            margins.top() + margins.bottom() + rows * row + 2 * self.auto_save.frameWidth()
        )
        results_layout.addWidget(self.auto_save)
        if not names:
            self.auto_save.hide()
            auto_label.hide()
        layout.addWidget(results)

        notes = QGroupBox(self.tr("Notifications"), self)
        notes_layout = QVBoxLayout(notes)
        self.notifications = QCheckBox(
            self.tr("&Notify me when a task is done or has failed"), notes
        )
        self.notifications.setAccessibleName(self.tr("Notify me when a task is done or has failed"))
        self.notifications.setChecked(prefs.notifications)
        self.other_devices = QCheckBox(
            self.tr("Also notify my &other devices (needs the Assistant app on the server)"), notes
        )
        self.other_devices.setAccessibleName(self.tr("Also notify my other devices"))
        self.other_devices.setChecked(prefs.notify_other_devices)
        notes_layout.addWidget(self.notifications)
        notes_layout.addWidget(self.other_devices)
        layout.addWidget(notes)

        layout.addWidget(self._build_look(prefs))
        layout.addWidget(self._build_desktop(prefs, tray))
        layout.addWidget(self._build_network(prefs))

        layout.addStretch(1)
        self.settings_area.setWidget(content)
        outer.addWidget(self.settings_area, 1)
        self.error = Banner(self, kind="error")
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            Qt.Orientation.Horizontal,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        outer.addWidget(self.buttons)
        self._fit_to_screen(content)

    def _fit_to_screen(self, content: QWidget) -> None:
        """As tall as the settings need, but never taller than the screen: then they scroll."""
        content.adjustSize()
        wanted = content.sizeHint()
        own = self.layout()
        extra = own.contentsMargins().top() + own.contentsMargins().bottom() if own else 0
        height = wanted.height() + self.buttons.sizeHint().height() + extra + 24
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            height = min(height, int(screen.availableGeometry().height() * 0.9))
        width = max(
            self.minimumWidth(),
            wanted.width() + self.settings_area.verticalScrollBar().sizeHint().width() + 24,
        )
        self.resize(width, height)

    def _build_look(self, prefs: Preferences) -> QGroupBox:
        look = QGroupBox(self.tr("Language and appearance"), self)
        form = QFormLayout(look)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.language = QComboBox(look)
        self.language.addItem(self.tr("The system's language"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        add_field(form, self.tr("&Language:"), self.language)
        self.language_note = MutedLabel(
            self.tr("A new language is used from the next start of the app."), look
        )
        form.addRow("", self.language_note)
        self.theme = QComboBox(look)
        for key, _name in THEMES:
            self.theme.addItem(theme_name(key), key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(prefs.theme)))
        add_field(form, self.tr("&Theme:"), self.theme)
        return look

    def _build_desktop(self, prefs: Preferences, tray: bool | None) -> QGroupBox:
        """Closing the window (quit, or keep running in the tray), Quick text's key."""
        from .global_hotkey import GlobalHotkey

        group = QGroupBox(self.tr("Window and keys"), self)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.on_close = QComboBox(group)
        self.on_close.addItem(self.tr("Ask while tasks are running"), "")
        self.on_close.addItem(self.tr("Keep running in the tray"), "tray")
        self.on_close.addItem(self.tr("Quit"), "quit")
        self.on_close.setCurrentIndex(max(0, self.on_close.findData(prefs.on_close)))
        add_field(form, self.tr("When I &close the window:"), self.on_close)
        if not (QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray):
            self.on_close.setEnabled(False)
            form.addRow("", MutedLabel(self.tr("This desktop has no tray: closing quits."), group))
        self.global_hotkey = QCheckBox(
            self.tr("Open Quick text with Ctrl+Shift+Space from &any app"), group
        )
        self.global_hotkey.setAccessibleName(
            self.tr("Open Quick text with Ctrl+Shift+Space from any app")
        )
        self.global_hotkey.setChecked(prefs.global_hotkey)
        form.addRow(self.global_hotkey)
        reason = GlobalHotkey.unsupported_reason()
        if reason is not None:
            self.global_hotkey.setEnabled(False)
            self.global_hotkey.setChecked(False)
            form.addRow(MutedLabel(reason, group))
        return group

    def _build_network(self, prefs: Preferences) -> QGroupBox:
        network = QGroupBox(self.tr("Network"), self)
        box = QVBoxLayout(network)
        self.proxy_system = QRadioButton(self.tr("Use the &system's proxy settings"), network)
        self.proxy_none = QRadioButton(self.tr("No pro&xy: connect directly"), network)
        self.proxy_manual = QRadioButton(self.tr("&Manual proxy:"), network)
        for button in (self.proxy_system, self.proxy_none):
            button.setAccessibleName(button.text().replace("&", ""))
            box.addWidget(button)
        self.proxy_manual.setAccessibleName(self.tr("Manual proxy"))
        manual = QHBoxLayout()
        manual.addWidget(self.proxy_manual)
        self.proxy_fields = QWidget(network)
        fields = QHBoxLayout(self.proxy_fields)
        fields.setContentsMargins(0, 0, 0, 0)
        self.proxy_kind = QComboBox(self.proxy_fields)
        for key, name in PROXY_KINDS:
            self.proxy_kind.addItem(name, key)
        self.proxy_kind.setAccessibleName(self.tr("Proxy kind"))
        self.proxy_host = QLineEdit(self.proxy_fields)
        self.proxy_host.setPlaceholderText("proxy.example.org")
        self.proxy_host.setAccessibleName(self.tr("Proxy server"))
        self.proxy_port = QSpinBox(self.proxy_fields)
        self.proxy_port.setRange(1, 65535)
        self.proxy_port.setValue(DEFAULT_PROXY_PORTS["http"])
        self.proxy_port.setAccessibleName(self.tr("Proxy port"))
        port_label = QLabel(self.tr("&Port:"), self.proxy_fields)
        port_label.setBuddy(self.proxy_port)
        fields.addWidget(self.proxy_kind)
        fields.addWidget(self.proxy_host, 1)
        fields.addWidget(port_label)
        fields.addWidget(self.proxy_port)
        manual.addWidget(self.proxy_fields, 1)
        box.addLayout(manual)
        box.addWidget(
            MutedLabel(
                self.tr(
                    "Connections to this computer never use a proxy. A change applies at once. "
                    "Proxies that ask for a password are not supported here: use the system's "
                    "settings for those."
                ),
                network,
            )
        )
        self._load_proxy(prefs.proxy)
        self.proxy_manual.toggled.connect(self.proxy_fields.setEnabled)
        self.proxy_kind.currentIndexChanged.connect(self._proxy_kind_changed)
        return network

    def _load_proxy(self, setting: str) -> None:
        try:
            chosen = proxies.normalize(setting)
        except ValueError:
            chosen = proxies.SYSTEM
        parts = urlsplit(chosen)
        kind = {"socks5h": "socks5", "https": "http"}.get(parts.scheme, parts.scheme)
        if chosen == proxies.DIRECT:
            self.proxy_none.setChecked(True)
        elif chosen == proxies.SYSTEM or self.proxy_kind.findData(kind) < 0:
            self.proxy_system.setChecked(True)
        else:
            self.proxy_manual.setChecked(True)
            self.proxy_kind.setCurrentIndex(self.proxy_kind.findData(kind))
            self.proxy_host.setText(parts.hostname or "")
            self.proxy_port.setValue(parts.port or DEFAULT_PROXY_PORTS[kind])
        self.proxy_fields.setEnabled(self.proxy_manual.isChecked())

    def _proxy_kind_changed(self) -> None:
        """The usual port of the kind, unless the user typed another."""
        if self.proxy_port.value() in DEFAULT_PROXY_PORTS.values():
            self.proxy_port.setValue(DEFAULT_PROXY_PORTS[str(self.proxy_kind.currentData())])

    def chosen_proxy(self) -> str | None:
        """The proxy setting the dialog shows, or None when the manual proxy is not valid."""
        if self.proxy_system.isChecked():
            return proxies.SYSTEM
        if self.proxy_none.isChecked():
            return proxies.DIRECT
        host = clean_proxy_host(self.proxy_host.text())
        if host is None:
            return None
        shown = f"[{host}]" if ":" in host else host
        try:
            return proxies.proxy_url(
                f"{self.proxy_kind.currentData()}://{shown}:{self.proxy_port.value()}"
            )
        except ValueError:
            return None

    def chosen_auto_save_types(self) -> list[str]:
        return sorted(t for t, box in self.auto_save_boxes.items() if box.isChecked())

    def _choose_folder(self) -> None:
        """A folder dialog opened without a nested event loop."""
        dialog = QFileDialog(self, self.tr("Save results in"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        start = self.download_folder.text().strip() or str(
            Preferences().effective_download_folder()
        )
        dialog.setDirectory(start)
        dialog.fileSelected.connect(self.download_folder.setText)
        dialog.finished.connect(lambda _r: self._folder_dialog_closed(dialog))
        self.folder_dialog = dialog
        dialog.open()

    def _folder_dialog_closed(self, dialog: QFileDialog) -> None:
        self.folder_dialog = None
        dialog.deleteLater()

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
        downloads = self.download_folder.text().strip()
        if downloads and not Path(downloads).expanduser().is_absolute():
            self.error.show_message(
                self.tr("Choose the folder for results with “Choose…”, or give its full path.")
            )
            self.download_folder.setFocus()
            return
        proxy = self.chosen_proxy()
        if proxy is None:
            self.error.show_message(
                self.tr(
                    "Type the proxy server's name or address, such as “{example}”, and its port "
                    "in the field beside it."
                ).format(example="proxy.example.org")
            )
            self.proxy_host.setFocus()
            return
        self.prefs.upload_folder = folder
        self.prefs.download_folder = downloads
        self.prefs.remove_uploaded_inputs = self.remove_uploads.isChecked()
        self.prefs.notifications = self.notifications.isChecked()
        self.prefs.notify_other_devices = self.other_devices.isChecked()
        self.prefs.auto_save_types = self.chosen_auto_save_types()
        self.prefs.language = str(self.language.currentData() or "")
        self.prefs.theme = str(self.theme.currentData() or "")
        self.prefs.proxy = proxy
        self.prefs.on_close = str(self.on_close.currentData() or "")
        if self.global_hotkey.isEnabled():
            self.prefs.global_hotkey = self.global_hotkey.isChecked()
        self.prefs.save()
        super().accept()
