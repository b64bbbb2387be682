"""The system's own notifications through desktop-notifier: D-Bus on Linux (dbus-fast, on the
app's asyncio loop), the UserNotifications framework on macOS (in the signed .app), WinRT on
Windows. A click on a notification, and its Save button where the system shows buttons, call back
on the app's loop.

Used by DesktopNotifier (ui/notifier.py), which keeps the tray's messages for systems without a
notification service.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

Callback = Callable[[], None]


def system_notifications_expected() -> bool:
    """Whether desktop-notifier has a real back-end here: a D-Bus session (Linux and BSDs),
    Windows 10 or later, or the signed macOS app bundle (from source it has none on macOS)."""
    if os.environ.get("NCTASK_NO_SYSTEM_NOTIFICATIONS"):
        return False
    try:
        from desktop_notifier.backends.dummy import DummyNotificationCenter
        from desktop_notifier.main import get_backend_class
    except ImportError:  # not installed (a source checkout without it): the tray's messages
        return False
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        runtime = os.environ.get("XDG_RUNTIME_DIR", "")
        has_bus = bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS")) or (
            bool(runtime) and Path(runtime, "bus").exists()
        )
        if not has_bus:
            return False
    try:
        return get_backend_class() is not DummyNotificationCenter
    except Exception:  # e.g. no version of macOS to be read: go without
        log.info("no desktop-notifier back-end", exc_info=True)
        return False


class SystemNotifications:
    """Sends notifications with a click action and an optional Save button. `notifier` is a
    desktop_notifier.DesktopNotifier (tests give one whose back-end is replaced)."""

    def __init__(self, app_name: str, icon: Path | None = None, *, notifier: Any = None) -> None:
        if notifier is None:
            from desktop_notifier import DesktopNotifier, Icon

            notifier = DesktopNotifier(
                app_name=app_name, app_icon=Icon(path=icon) if icon is not None else None
            )
        self.notifier = notifier
        self._pending: set[asyncio.Task[None]] = set()
        self._buttons: bool | None = None
        self.failed = False
        """The last notification could not be shown (no notification service answered)."""

    async def has_buttons(self) -> bool:
        """Whether the system shows buttons on notifications (asked once)."""
        if self._buttons is None:
            from desktop_notifier import Capability

            try:
                capabilities = await self.notifier.get_capabilities()
            except Exception:  # the service is missing: the send says so too
                log.info("notification capabilities unknown", exc_info=True)
                capabilities = frozenset()
            self._buttons = Capability.BUTTONS in capabilities
        return self._buttons

    def send(
        self,
        title: str,
        body: str,
        *,
        on_clicked: Callback,
        save: tuple[str, Callback] | None = None,
        on_failed: Callback | None = None,
    ) -> asyncio.Task[None]:
        """Show a notification; `save` is (the button's label, what it does). `on_failed` runs
        when no notification service took it (then the caller shows it another way)."""
        task = asyncio.ensure_future(self._send(title, body, on_clicked, save, on_failed))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)
        return task

    async def _send(
        self,
        title: str,
        body: str,
        on_clicked: Callback,
        save: tuple[str, Callback] | None,
        on_failed: Callback | None,
    ) -> None:
        from desktop_notifier import Button

        loop = asyncio.get_running_loop()

        def on_loop(callback: Callback) -> Callback:
            def call() -> None:  # later, on the app's loop (the Qt thread), whoever calls
                loop.call_soon_threadsafe(callback)

            return call

        dispatched: list[bool] = []
        buttons = []
        if save is not None and await self.has_buttons():
            buttons.append(Button(title=save[0], on_pressed=on_loop(save[1])))
        await self.notifier.send(
            title=title,
            message=body,
            buttons=buttons,
            on_clicked=on_loop(on_clicked),
            on_dispatched=lambda: dispatched.append(True),
        )
        self.failed = not dispatched  # desktop-notifier logs a failure and returns
        if self.failed and on_failed is not None:
            on_failed()

    async def close(self) -> None:
        for task in list(self._pending):
            task.cancel()
