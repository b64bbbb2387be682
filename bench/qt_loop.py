"""For the benchmarks that measure the app as the window runs it: a coroutine on the app's own
event loop (asyncio on Qt, qasync) with its garbage collection on a timer, offscreen."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from nctask_desktop.ui.asyncqt import GarbageCollector, new_event_loop


def run_on_qt(coro: Coroutine[Any, Any, None]) -> None:
    """Run `coro` to its end on a qasync loop of a QApplication, as the app does."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # a benchmark may open and close windows
    collector = GarbageCollector(app)  # as the app collects garbage: on a timer, main thread
    loop = new_event_loop(app)
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(coro)
    finally:
        collector.stop()
        loop.close()
