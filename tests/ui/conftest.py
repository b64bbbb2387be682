"""GUI tests run on a qasync loop: pytest-asyncio's loop factory hook picks it for tests/ui."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from nctask_desktop.demo_mode import DemoMode
from nctask_desktop.services.secrets import SecretStore
from nctask_desktop.services.settings import Preferences
from nctask_desktop.services.workspace import Workspace
from nctask_desktop.ui import asyncqt
from nctask_desktop.ui.main_window import MainWindow
from nctask_desktop.ui.notifier import DesktopNotifier
from tests.ui.support import OpenedUrls


def _qasync_loop() -> asyncio.AbstractEventLoop:
    app = QApplication.instance() or QApplication([])
    # A test's last window closing must not end the loop the test runs on.
    QApplication.setQuitOnLastWindowClosed(False)
    return asyncqt.new_event_loop(app)


@pytest.fixture(autouse=True)
def main_thread_gc(qapp: QApplication) -> Iterator[None]:
    """Garbage is collected on the main thread only, as in the app; and after each test, so no
    Qt object of one test is destroyed later from another thread."""
    gc.collect()
    collector = asyncqt.GarbageCollector(qapp)
    yield
    collector.stop()
    collector.deleteLater()
    gc.collect()


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> Mapping[str, Callable[[], asyncio.AbstractEventLoop]]:
    return {"qasync": _qasync_loop}


# The offscreen platform plugin says so for every top-level window it shows (propagateSizeHints),
# raises, or for every popup menu (grabbing the keyboard): not a problem of the app. Every other Qt
# warning still fails the test.
OFFSCREEN_NOISE = (
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest_asyncio.fixture
async def make_workspace() -> AsyncIterator[Callable[..., Workspace]]:
    """Workspaces on the test's home (Preferences, accounts), with a fast demo simulator; closed
    (HTTP clients, queues, simulator) at the end of the test."""
    made: list[Workspace] = []

    def make(**kwargs: Any) -> Workspace:
        kwargs.setdefault("demo", DemoMode(task_seconds=0.3))
        kwargs.setdefault("secrets", SecretStore())
        kwargs.setdefault("queue_options", {"retry_step": 0.2})
        workspace = Workspace(Preferences.load(), **kwargs)
        made.append(workspace)
        return workspace

    yield make
    for workspace in made:
        await workspace.close()


@pytest.fixture
def make_window(qtbot: Any, tmp_path: Path) -> Callable[..., MainWindow]:
    """Main windows with their layout settings in the test's folder; shown, closed at teardown."""

    def make(workspace: Workspace, **kwargs: Any) -> MainWindow:
        kwargs.setdefault("open_url", OpenedUrls())
        # never a real tray icon or desktop notification from a test
        kwargs.setdefault("notifier", DesktopNotifier(backend="none"))
        kwargs.setdefault(
            "settings", QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
        )
        window = MainWindow(workspace, **kwargs)
        qtbot.addWidget(window)
        window.show()
        return window

    return make
