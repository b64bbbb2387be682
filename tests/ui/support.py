"""Helpers for the GUI tests: wait on the qasync loop, poll fast, stand in for the browser."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from PySide6 import QtWidgets as W
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget


async def wait_until(
    predicate: Callable[[], object], timeout: float = 5.0, interval: float = 0.01
) -> None:
    """Let the qasync loop run until `predicate()` is true (never qtbot.waitUntil: it hangs here)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {predicate}")
        await asyncio.sleep(interval)


async def fast_sleep(seconds: float) -> None:
    """For services that poll (Login Flow v2): poll often, so tests take milliseconds."""
    await asyncio.sleep(min(seconds, 0.05))


class OpenedUrls(list[str]):
    """Stands in for QDesktopServices.openUrl: records instead of starting a browser."""

    def __call__(self, url: QUrl) -> bool:
        self.append(url.toString())
        return True


class QuietPlayer:
    """Stands in for the recorder's player: plays nothing, never busy."""

    def play(self, _path: Any) -> None:
        pass

    def stop(self) -> None:
        pass

    def is_playing(self) -> bool:
        return False


async def sign_in_alice(workspace: Any, server: Any) -> Any:
    """Alice's account on a simulator (app password `alice-app-password`)."""
    return await workspace.accounts.add_with_app_password(
        server.base_url, "alice", "alice-app-password"
    )


async def alice_workspace(make_workspace: Any, server: Any, **options: Any) -> tuple[Any, Any]:
    """A new workspace (made with `options`) with alice's account on `server`: (workspace,
    account)."""
    workspace = make_workspace(**options)
    return workspace, await sign_in_alice(workspace, server)


async def window_ready(window: Any, timeout: float = 10.0) -> None:
    """Wait until the window shows an account with its task types and a form."""
    await wait_until(
        lambda: (
            window.pages.currentIndex() == 1
            and window.session is not None
            and window.new_task.current_form() is not None
        ),
        timeout,
    )


async def started_window(
    make_workspace: Any, make_window: Any, *, demo: bool = False, **options: Any
) -> tuple[Any, Any]:
    """A window on a new workspace (made with `options`), started: (workspace, window)."""
    workspace = make_workspace(**options)
    window = make_window(workspace)
    await window.start(demo=demo)
    return workspace, window


async def ready_window(make_window: Any, workspace: Any) -> Any:
    """A window on `workspace`, started and ready with its current account's task types."""
    window = make_window(workspace)
    await window.start()
    await window_ready(window)
    return window


async def alice_window(
    make_workspace: Any,
    make_window: Any,
    server: Any,
    *,
    prefs: dict[str, Any] | None = None,
    **options: Any,
) -> tuple[Any, Any]:
    """A window signed in as alice on `server`, ready with its task types: (workspace, window).
    The workspace is made with `options`; `prefs` are set on its Preferences before alice signs in."""
    workspace = make_workspace(**options)
    for name, value in (prefs or {}).items():
        setattr(workspace.prefs, name, value)
    await sign_in_alice(workspace, server)
    return workspace, await ready_window(make_window, workspace)


def tab_path(window: Any, start: Any, steps: int) -> list[Any]:
    """Where Tab goes in `window` from `start`, `steps` times (what the window's reading order
    gives, without needing an active window)."""
    from nctask_desktop.ui.keyboard import next_in_reading_order

    found = []
    current = start
    for _ in range(steps):
        current = next_in_reading_order(window, current, True)
        assert current is not None, "Tab goes nowhere from here"
        found.append(current)
    return found


# --- what a screen reader hears (tests of accessibility, of every screen) --------------------

CONTROLS = tuple(
    getattr(W, name)
    for name in [
        "QAbstractButton",
        "QAbstractItemView",
        "QAbstractSlider",
        "QAbstractSpinBox",
        "QComboBox",
        "QLineEdit",
        "QTabBar",
        "QTextEdit",
    ]
)


def heard_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_controls(root: QWidget) -> list[str]:
    """The shown controls under `root` a screen reader would announce without a name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), QComboBox | W.QAbstractSpinBox
        ):
            continue  # the editor inside a combo or spin box: the box is named
        if widget.objectName() in ("qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer"):
            continue
        if (
            isinstance(widget, W.QAbstractSlider)
            and widget.parentWidget() is not None
            and (widget.parentWidget().objectName().startswith("qt_scrollarea"))
        ):
            continue  # a scroll bar, named by Qt by its orientation
        if not heard_name(widget):
            missing.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    return missing
