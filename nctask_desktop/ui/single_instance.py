"""One app per user and desktop session: a second start hands its files to the first and exits.

The first app listens on a local socket (QLocalServer: a Unix socket in the user's runtime folder,
a named pipe on Windows). A second `nctask-desktop FILE...` (the command line, "Open with", "Send
to") connects, sends the files' absolute paths as one line of JSON and exits as soon as the first
app answered; it never creates a window. macOS delivers Finder's "Open with" as QFileOpenEvent to
the running app itself: the same inbox takes them.

A crash leaves the socket file behind: nobody answers on it, so the next start removes it and
listens itself. NCTASK_SINGLE_INSTANCE=0 turns all of this off (tests, development).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent, QGuiApplication
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

PROTOCOL = 1
SWITCH = "NCTASK_SINGLE_INSTANCE"
CONNECT_MS = 1000
ANSWER_MS = 5000
MAX_MESSAGE = 1 << 20  # 1 MiB of paths is plenty
ALERT_AFTER_MS = 600  # the window manager's answer to activateWindow() takes a moment
EVENT_GATHER_MS = 150  # macOS sends one QFileOpenEvent per file: gather them into one request

Outcome = Literal["handed-over", "no-app", "no-answer"]
Handler = Callable[[list[Path]], None]


def enabled() -> bool:
    """Whether a second start hands over to the first (NCTASK_SINGLE_INSTANCE=0: it does not)."""
    return os.environ.get(SWITCH, "1").strip().lower() not in ("0", "no", "off", "false")


def _windows_session() -> str:
    import ctypes

    session = ctypes.c_ulong(0)
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    if kernel32.ProcessIdToSessionId(kernel32.GetCurrentProcessId(), ctypes.byref(session)):
        return str(session.value)
    return os.environ.get("SESSIONNAME", "")


def _user() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    try:
        name = getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        name = "user"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)[:40] or "user"


def _session() -> list[str]:
    """What tells this desktop session apart from the user's others."""
    if sys.platform == "win32":
        return [_windows_session()]
    if sys.platform == "darwin":
        return []  # one graphical session per user at a time; TMPDIR is the user's own
    display = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY", "")
    display = re.sub(r"\.\d+$", "", display)  # ":0.0" and ":0" are the same X server
    return [os.environ.get("XDG_RUNTIME_DIR", ""), display]


def server_name() -> str:
    """The local socket of this user's app in this session: a full path on Linux and macOS (the
    runtime folder, else the user's temporary folder), a pipe name on Windows. A different
    NCTASK_HOME (tests, a second profile) is a different app."""
    key = "\n".join([*_session(), os.environ.get("NCTASK_HOME", "")])
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    name = f"nctask-desktop-{_user()}-{digest}"
    if sys.platform == "win32":
        return name
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    folder = runtime if runtime and os.path.isdir(runtime) else tempfile.gettempdir()
    return os.path.join(folder, name)


def encode(files: list[Path]) -> bytes:
    """The request of a second start: absolute paths; none means "come to the front"."""
    message = {"version": PROTOCOL, "files": [str(p) for p in files]}
    return json.dumps(message).encode("utf-8") + b"\n"


def decode(data: bytes) -> list[Path] | None:
    """The files of a request (absolute paths only), or None when it is not one."""
    try:
        message = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(message, dict) or not isinstance(message.get("version"), int):
        return None
    files = message.get("files", [])
    if not isinstance(files, list):
        return None
    return [Path(f) for f in files if isinstance(f, str) and f and Path(f).is_absolute()]


def hand_over(files: list[Path], name: str | None = None) -> Outcome:
    """Give the files to the app already running in this session. Needs no QApplication: the
    second process stays small and quick."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return "no-app"  # nobody listens (or only a crashed app's socket file is left)
    socket.write(encode(files))
    socket.flush()
    answer = b""
    while b"\n" not in answer and socket.waitForReadyRead(ANSWER_MS):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    try:
        ok = json.loads(answer.decode("utf-8")).get("ok") is True
    except (UnicodeDecodeError, ValueError, AttributeError):
        ok = False
    return "handed-over" if ok else "no-answer"


def _answers(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    alive = socket.waitForConnected(CONNECT_MS)
    socket.abort()
    return alive


def bring_to_front(window: QWidget) -> None:
    """Show the window (also when minimized or hidden in the tray) and ask for the focus. X11
    window managers may refuse focus to a window the user did not just click (focus-stealing
    prevention): then the taskbar entry asks for attention instead."""
    if window.isMinimized():
        window.showNormal()
    elif window.isHidden():
        window.show()
    if QGuiApplication.platformName() == "offscreen":
        return  # no window manager, nothing to raise (Qt would warn)
    window.raise_()
    window.activateWindow()
    QTimer.singleShot(ALERT_AFTER_MS, window, lambda: _alert_unless_active(window))


def _alert_unless_active(window: QWidget) -> None:
    if window.isVisible() and not window.isActiveWindow():
        QApplication.alert(window)


class Inbox(QObject):
    """What reaches the running app from outside: second starts (over the local socket) and
    macOS file-open events. Requests that arrive before the window is ready wait for `handler`."""

    def __init__(self, parent: QObject, name: str | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)
        self._handler: Handler | None = None
        self._waiting: list[list[Path]] = []
        self._opened: list[Path] = []  # QFileOpenEvent files being gathered
        self._gather = QTimer(self, singleShot=True, interval=EVENT_GATHER_MS)
        self._gather.timeout.connect(self._deliver_opened)

    def listen(self) -> bool:
        """Become this session's app: False when another app answers on the name. A socket file
        nobody answers on (a crash) is removed. When listening fails for another reason, the
        app runs on without the inbox (a second start then opens a second window)."""
        if self.server.listen(self.name):
            return True
        if self.server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            if _answers(self.name):
                return False
            log.info("removing the socket of an app that is gone: %s", self.name)
            QLocalServer.removeServer(self.name)
            if self.server.listen(self.name):
                return True
        log.warning("cannot listen on %s: %s", self.name, self.server.errorString())
        return True

    def set_handler(self, handler: Handler) -> None:
        """From now on requests go to `handler`; those that came earlier go there first."""
        self._handler = handler
        waiting, self._waiting = self._waiting, []
        for files in waiting:
            handler(files)

    def close(self) -> None:
        self.server.close()

    def take_file_open(self, event: QEvent) -> bool:
        """A macOS file-open event (Finder's "Open with", a file dropped on the Dock icon): its
        file is gathered with the others of the moment and delivered as one request."""
        if isinstance(event, QFileOpenEvent) and event.file():
            self._opened.append(Path(event.file()))
            self._gather.start()
            return True
        return False

    def _deliver_opened(self) -> None:
        files, self._opened = self._opened, []
        self._deliver(files)

    def _deliver(self, files: list[Path]) -> None:
        if self._handler is None:
            self._waiting.append(files)
        else:
            self._handler(files)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.setParent(self)
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket, buffer)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if b"\n" not in buffer:
            if len(buffer) > MAX_MESSAGE:
                socket.abort()
            return
        files = decode(bytes(buffer.split(b"\n", 1)[0]))
        answer = {"version": PROTOCOL, "ok": files is not None}
        socket.write(json.dumps(answer).encode("utf-8") + b"\n")
        socket.flush()
        socket.disconnectFromServer()
        if files is not None:
            log.info("a second start handed over %d file(s)", len(files))
            self._deliver(files)


class Application(QApplication):
    """The app's QApplication. macOS sends file-open events to the application object: they go to
    `file_open`. (An application-wide event filter would do the same, but it runs Python for every
    event of every widget: 22 ms more before the first paint, and a cost on every event after.)"""

    file_open: Callable[[QEvent], bool] | None = None

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.FileOpen
            and self.file_open is not None
            and self.file_open(event)
        ):
            return True
        return super().event(event)


__all__ = ["Application", "Inbox", "bring_to_front", "enabled", "hand_over", "server_name"]
