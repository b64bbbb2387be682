"""asyncio on the Qt loop: named tasks, signals as futures, the quit path, the loop patch."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from typing import Any

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog

from nctask_desktop.ui.asyncqt import TaskOwner, future_from_signal, run_dialog


class Emitter(QObject):
    poked = Signal(int)


async def test_runs_on_the_patched_qasync_loop() -> None:
    loop = asyncio.get_running_loop()
    assert type(loop).__module__ == "nctask_desktop.ui.asyncqt"


async def test_task_owner_replaces_and_cancels(monkeypatch: pytest.MonkeyPatch) -> None:
    caught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: caught.append(e))
    owner = TaskOwner()
    first = owner.start("load", asyncio.sleep(10))
    second = owner.start("load", asyncio.sleep(10, result="second"))
    await asyncio.sleep(0)
    assert first.cancelled() and not second.done()
    assert owner.is_running("load") and owner.names == ["load"]
    other = owner.start("other", asyncio.sleep(10))
    owner.cancel_all()
    await asyncio.sleep(0)
    assert second.cancelled() and other.cancelled() and owner.names == []

    async def broken() -> None:
        raise RuntimeError("bad")

    quiet = owner.start("quiet", broken(), report=False)
    loud = owner.start("loud", broken())
    await asyncio.gather(quiet, loud, return_exceptions=True)
    await asyncio.sleep(0)
    assert [str(e) for e in caught] == ["bad"]
    assert not owner.cancel("loud")


async def test_future_from_signal_and_dialogs_without_exec(qtbot: Any) -> None:
    worker = Emitter()
    fut = future_from_signal(worker.poked)
    QTimer.singleShot(10, lambda: worker.poked.emit(42))
    assert await asyncio.wait_for(fut, 2) == 42
    worker.poked.emit(43)  # disconnected after the first emission: nothing breaks

    cancelled = future_from_signal(worker.poked)
    cancelled.cancel()
    await asyncio.sleep(0)
    worker.poked.emit(44)

    dialog = QDialog()
    qtbot.addWidget(dialog)
    QTimer.singleShot(20, dialog.accept)
    assert await asyncio.wait_for(run_dialog(dialog), 2) == QDialog.DialogCode.Accepted


async def test_call_soon_threadsafe_from_threads() -> None:
    loop = asyncio.get_running_loop()
    results: list[int] = []
    done = loop.create_future()

    def work(n: int) -> None:
        loop.call_soon_threadsafe(results.append, n)
        if n == 49:
            loop.call_soon_threadsafe(done.set_result, None)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    await asyncio.wait_for(done, 2)
    await asyncio.sleep(0.01)
    assert sorted(results) == list(range(50))
    assert await asyncio.to_thread(lambda: threading.current_thread().name) != "MainThread"


QUIT_SCRIPT = """
import asyncio, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from nctask_desktop.ui import asyncqt

app = QApplication([])
mode = sys.argv[1]

async def main():
    window = QWidget()
    window.show()
    if mode == "close":
        QTimer.singleShot(50, window.close)
    elif mode == "quit":
        QTimer.singleShot(50, app.quit)
    else:
        QTimer.singleShot(50, lambda: app.exit(0))
    await asyncqt.quit_requested(app)
    await asyncio.sleep(0.05)  # clean-up that needs the loop
    await asyncio.to_thread(lambda: None)
    print("cleaned up", flush=True)
    return 7

sys.exit(asyncqt.run(app, main()))
"""


@pytest.mark.parametrize("mode", ["close", "quit", "exit"])
def test_run_cleans_up_however_the_app_quits(mode: str) -> None:
    """Last window closed, quit(), or exit() from outside: the main coroutine finishes its
    clean-up on the loop, and run() returns its value."""
    result = subprocess.run(
        [sys.executable, "-c", QUIT_SCRIPT, mode],
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 7, result.stderr
    assert result.stdout.strip() == "cleaned up"
