"""A key that opens Quick text from any app: where the desktop allows it, which is X11 only here.

Qt has no API for keys pressed in other apps. On X11 the root window's key can be grabbed
(XGrabKey, through libX11 and ctypes, on a connection of our own read with a QSocketNotifier).
Wayland does not let apps take keys from others (by design); Windows' RegisterHotKey and macOS'
RegisterEventHotKey would work but are not implemented, as they could not be tried here: the
preferences say so instead of offering a box that does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

SHIFT_MASK, LOCK_MASK, CONTROL_MASK, MOD2_MASK = 1, 2, 4, 16  # Mod2: Num Lock, usually
KEY_PRESS = 2
GRAB_MODE_ASYNC = 1
HOTKEY = (CONTROL_MASK | SHIFT_MASK, "space")
"""Ctrl+Shift+Space, the same key as the app's own shortcut (quick_access.QUICK_TEXT_KEY)."""

_ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


class _XEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("pad", ctypes.c_long * 24)]


def _tr(text: str) -> str:
    return QCoreApplication.translate("GlobalHotkey", text)


def _libx11() -> Any | None:
    name = ctypes.util.find_library("X11")
    if name is None:
        return None
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XStringToKeysym.restype = ctypes.c_ulong
    lib.XStringToKeysym.argtypes = [ctypes.c_char_p]
    lib.XKeysymToKeycode.restype = ctypes.c_ubyte
    lib.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    lib.XGrabKey.argtypes = [
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_uint,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_int,
    ]
    lib.XUngrabKey.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_uint, ctypes.c_ulong]
    lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.XPending.argtypes = [ctypes.c_void_p]
    lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_XEvent)]
    lib.XConnectionNumber.argtypes = [ctypes.c_void_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XSetErrorHandler.restype = ctypes.c_void_p
    lib.XSetErrorHandler.argtypes = [ctypes.c_void_p]
    return lib


class GlobalHotkey(QObject):
    """Ctrl+Shift+Space pressed anywhere on an X11 desktop: `activated`."""

    activated = Signal()

    def __init__(self, parent: QObject | None = None, *, display: str | None = None) -> None:
        super().__init__(parent)
        self._display_name = display
        self._lib: Any | None = None
        self._display: int | None = None
        self._root = 0
        self._keycode = 0
        self._notifier: QSocketNotifier | None = None
        self.error = ""
        """Why registering failed, in a sentence (empty when it worked)."""

    @staticmethod
    def unsupported_reason(environ: dict[str, str] | None = None) -> str | None:
        """None where the key can be registered; else why not, in a sentence for the user."""
        env = os.environ if environ is None else environ
        if sys.platform == "win32":
            return _tr("A key that works in every app is not available on Windows yet.")
        if sys.platform == "darwin":
            return _tr("A key that works in every app is not available on macOS yet.")
        if env.get("XDG_SESSION_TYPE") == "wayland" or env.get("WAYLAND_DISPLAY"):
            return _tr(
                "Wayland desktops do not let an app take a key from other apps: open Quick "
                "text from the tray icon's menu instead."
            )
        if not env.get("DISPLAY"):
            return _tr("A key that works in every app needs an X11 desktop.")
        if _libx11() is None:
            return _tr("A key that works in every app needs the X11 library (libX11).")
        return None

    @property
    def registered(self) -> bool:
        return self._display is not None

    def register(self) -> bool:
        """Grab the key; False (and `error`) when another app holds it or X11 is not there."""
        if self.registered:
            return True
        lib = _libx11()
        name = self._display_name.encode() if self._display_name else None
        display = lib.XOpenDisplay(name) if lib is not None else None
        if lib is None or not display:
            self.error = _tr("The X11 display could not be opened.")
            return False
        failed: list[int] = []

        def on_error(_display: int, _event: int) -> int:
            failed.append(1)
            return 0

        handler = _ErrorHandler(on_error)
        previous = lib.XSetErrorHandler(ctypes.cast(handler, ctypes.c_void_p))
        root = lib.XDefaultRootWindow(display)
        mods, key = HOTKEY
        keycode = lib.XKeysymToKeycode(display, lib.XStringToKeysym(key.encode()))
        for extra in (0, LOCK_MASK, MOD2_MASK, LOCK_MASK | MOD2_MASK):
            lib.XGrabKey(display, keycode, mods | extra, root, 0, GRAB_MODE_ASYNC, GRAB_MODE_ASYNC)
        lib.XSync(display, 0)
        lib.XSetErrorHandler(previous)
        if failed or not keycode:
            lib.XCloseDisplay(display)
            self.error = _tr("Another app already uses Ctrl+Shift+Space.")
            log.info("the global key could not be grabbed")
            return False
        self._lib, self._display, self._root, self._keycode = lib, display, root, keycode
        self._notifier = QSocketNotifier(
            lib.XConnectionNumber(display), QSocketNotifier.Type.Read, self
        )
        self._notifier.activated.connect(self._read)
        self.error = ""
        return True

    def _read(self) -> None:
        lib, display = self._lib, self._display
        if lib is None or display is None:
            return
        pressed = False
        event = _XEvent()
        while lib.XPending(display):
            lib.XNextEvent(display, ctypes.byref(event))
            pressed = pressed or event.type == KEY_PRESS
        if pressed:
            self.activated.emit()

    def unregister(self) -> None:
        lib, display = self._lib, self._display
        if lib is None or display is None:
            return
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        mods, _key = HOTKEY
        for extra in (0, LOCK_MASK, MOD2_MASK, LOCK_MASK | MOD2_MASK):
            lib.XUngrabKey(display, self._keycode, mods | extra, self._root)
        lib.XCloseDisplay(display)
        self._lib = self._display = None
