"""The desktop around the window: open files, show them in their folder, OS notifications without a
tray (Linux), and whether the network is there. Nothing here blocks the event loop.
"""

from __future__ import annotations

import logging
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QUrl, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher
from PySide6.QtGui import QDesktopServices

log = logging.getLogger(__name__)

OpenUrl = Callable[[QUrl], object]
_watchers: set[QDBusPendingCallWatcher] = set()

FILE_MANAGER = "org.freedesktop.FileManager1"
FILE_MANAGER_PATH = "/org/freedesktop/FileManager1"
NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"


def open_path(path: Path, open_url: OpenUrl = QDesktopServices.openUrl) -> bool:
    """Open a file or folder with the system's application for it."""
    return bool(open_url(QUrl.fromLocalFile(str(path))))


def _session_bus() -> Any:
    """The D-Bus session bus when there is one (Linux and BSDs), else None."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    bus = QDBusConnection.sessionBus()
    return bus if bus.isConnected() else None


def show_in_folder(
    path: Path,
    *,
    open_url: OpenUrl = QDesktopServices.openUrl,
    start_detached: Callable[[str, list[str]], object] | None = None,
    parent: QObject | None = None,
    on_failed: Callable[[], None] | None = None,
) -> str:
    """Show a file selected in the file manager; how it was done ("explorer", "finder", "dbus",
    "folder": the folder was opened, without a selection; "" and `on_failed()`: nothing could
    show it)."""
    start = start_detached or (lambda program, args: QProcess.startDetached(program, args))
    if sys.platform == "win32":
        start("explorer.exe", ["/select," + str(path).replace("/", "\\")])
        return "explorer"
    if sys.platform == "darwin":
        start("open", ["-R", str(path)])
        return "finder"
    bus = _session_bus()
    if bus is not None:
        message = QDBusMessage.createMethodCall(
            FILE_MANAGER, FILE_MANAGER_PATH, FILE_MANAGER, "ShowItems"
        )
        message.setArguments([[QUrl.fromLocalFile(str(path)).toString()], ""])
        watcher = QDBusPendingCallWatcher(bus.asyncCall(message, 3000), parent)
        _watchers.add(watcher)  # held until it reports

        def finished(call: QDBusPendingCallWatcher) -> None:
            _watchers.discard(watcher)
            if call.isError():
                log.info("no file manager on D-Bus (%s): opening the folder", call.error().name())
                if not open_path(path.parent, open_url) and on_failed is not None:
                    on_failed()
            call.deleteLater()

        watcher.finished.connect(finished)
        return "dbus"
    if open_path(path.parent, open_url):
        return "folder"
    if on_failed is not None:
        on_failed()
    return ""


def _gvariant_string(text: str) -> str:
    """`text` as a GVariant text-format string (what `gdbus call` parses)."""
    escaped = text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "")
    return "'" + escaped + "'"


class DBusNotifications(QObject):
    """org.freedesktop.Notifications, for desktops without a tray (GNOME without extensions).

    Clicks arrive over QtDBus (`ActionInvoked`). The call itself goes through `gdbus call`, started
    asynchronously: PySide6 cannot give D-Bus the unsigned integer `Notify` takes (its ints marshal
    as signed or 16-bit), and the servers check the signature strictly.
    """

    clicked = Signal(int)  # the id the server gave the notification

    def __init__(self, bus: Any, gdbus: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._gdbus = gdbus
        self._processes: set[QProcess] = set()
        bus.connect(
            NOTIFICATIONS,
            NOTIFICATIONS_PATH,
            NOTIFICATIONS,
            "ActionInvoked",
            self,
            "1_action_invoked(QDBusMessage)",
        )

    @classmethod
    def create(cls, parent: QObject | None = None) -> DBusNotifications | None:
        """The notifications of the desktop's session bus, or None where there are none."""
        bus = _session_bus()
        gdbus = shutil.which("gdbus")
        if bus is None or gdbus is None:
            return None
        return cls(bus, gdbus, parent)

    @Slot(QDBusMessage)
    def _action_invoked(self, message: QDBusMessage) -> None:
        args = message.arguments()
        if len(args) >= 1 and isinstance(args[0], int):
            self.clicked.emit(int(args[0]))

    def notify(
        self, app_name: str, title: str, body: str, on_sent: Callable[[int], None] | None = None
    ) -> None:
        """Show a notification with a default action (a click); `on_sent` gets its id."""
        process = QProcess(self)
        self._processes.add(process)
        args = [
            "call",
            "--session",
            "--dest",
            NOTIFICATIONS,
            "--object-path",
            NOTIFICATIONS_PATH,
            "--method",
            NOTIFICATIONS + ".Notify",
            "--",
            _gvariant_string(app_name),
            "0",
            _gvariant_string("nctask-desktop"),
            _gvariant_string(title),
            _gvariant_string(body),
            "['default', " + _gvariant_string(title) + "]",
            "{}",
            "-1",
        ]

        def finished(code: int, _status: QProcess.ExitStatus) -> None:
            output = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
            self._processes.discard(process)
            process.deleteLater()
            if code != 0:
                log.info("D-Bus notification failed: %s", output.strip())
                return
            digits = "".join(ch if ch.isdigit() else " " for ch in output).split()
            if digits and on_sent is not None:
                on_sent(int(digits[0]))

        process.finished.connect(finished)
        process.start(self._gdbus, args)


class NetworkWatcher(QObject):
    """Whether the network is there, from QNetworkInformation when its backend loads."""

    availability_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = ""
        self._info: Any = None
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if QNetworkInformation.loadDefaultBackend():
                info = QNetworkInformation.instance()
                if info is not None and info.supports(QNetworkInformation.Feature.Reachability):
                    self._info = info
                    self.backend = info.backendName()
                    info.reachabilityChanged.connect(self._changed)
        except Exception:  # no backend: the poller's own offline back-off does the job
            log.info("no network information backend", exc_info=True)

    @property
    def available(self) -> bool:
        """True unless the system says the network is gone (or knows nothing)."""
        if self._info is None:
            return True
        from PySide6.QtNetwork import QNetworkInformation

        return bool(self._info.reachability() != QNetworkInformation.Reachability.Disconnected)

    def _changed(self, _reachability: object) -> None:
        self.availability_changed.emit(self.available)
