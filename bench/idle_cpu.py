"""Benchmark: the CPU the app's window uses while it waits, following long tasks.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/idle_cpu.py [--seconds 60] [--tasks 100]

The simulator runs in a process of its own (its work is not counted) with a history of 200 finished
tasks and `--tasks` text tasks that take an hour. The main window (offscreen), signed in as the
simulator's user, shows the History tab and follows them as it does for a user: the poller, the
relative times, the tray count. Measured: the window process's CPU time over `--seconds`, as a
share of one core; the floor is the same window with no unfinished task [target: ≤ 1% of a core].
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["NCTASK_HOME"] = tempfile.mkdtemp(prefix="nctask-bench-")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings

from bench.qt_loop import run_on_qt
from nctask_desktop.services.settings import Preferences
from nctask_desktop.services.workspace import Workspace
from nctask_desktop.ui.main_window import MainWindow
from nctask_desktop.ui.notifier import DesktopNotifier
from nctask_desktop.ui.work_page import HISTORY_TAB

SIMULATOR = """
import sys, time
from nctask_desktop.demo import DemoServer, DemoUser
finished, running = int(sys.argv[1]), int(sys.argv[2])
offset = [0.0]
clock = lambda: time.time() + offset[0]
users = [DemoUser("alice", "bench-pw")]
with DemoServer(users=users, task_seconds=3600, rate_limit=10**6, clock=clock) as s:
    engine = s._state.engine
    for i in range(finished):
        engine.schedule("core:text2text", {"input": f"done {i}"}, "assistant", "alice", "")
    offset[0] = 7200.0  # two hours later: those are done
    engine.advance()
    for i in range(running):
        engine.schedule("core:text2text", {"input": f"long {i}"}, "assistant", "alice", "")
    print(s.base_url, flush=True)
    for line in sys.stdin:  # each line asks how many requests were served so far
        print(len(s.requests), flush=True)
"""


class Simulator:
    """The simulator in a process of its own, asked over a pipe how many requests it served."""

    def __init__(self, finished: int, running: int) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", SIMULATOR, str(finished), str(running)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None and self.proc.stdin is not None
        self.stdin, self.stdout = self.proc.stdin, self.proc.stdout
        self.base_url = self.stdout.readline().strip()

    def served(self) -> int:
        self.stdin.write("?\n")
        self.stdin.flush()
        return int(self.stdout.readline())

    def stop(self) -> None:
        self.stdin.close()
        self.proc.wait(10)


async def window_cpu(running: int, seconds: float) -> tuple[float, int]:
    """(share of a core the window used over `seconds`, requests it sent to the server)."""
    simulator = Simulator(200, running)
    workspace = Workspace(Preferences.load())
    try:
        await workspace.accounts.add_with_app_password(simulator.base_url, "alice", "bench-pw")
        settings = QSettings(
            str(Path(os.environ["NCTASK_HOME"]) / "w.ini"), QSettings.Format.IniFormat
        )
        window = MainWindow(workspace, settings=settings, notifier=DesktopNotifier(backend="none"))
        window.resize(1200, 800)
        window.show()
        await window.start()
        deadline = time.monotonic() + 30
        while window.session is None or window.history_panel.model.rowCount() < running:
            if time.monotonic() > deadline:
                raise SystemExit("the window did not show the tasks in 30 s")
            await asyncio.sleep(0.1)
        window.tabs.setCurrentIndex(HISTORY_TAB)
        await asyncio.sleep(5)  # settled: the first looks are done
        cpu0, wall0 = time.process_time(), time.monotonic()
        requests0 = simulator.served()
        await asyncio.sleep(seconds)
        cpu, wall = time.process_time() - cpu0, time.monotonic() - wall0
        requests = simulator.served() - requests0
        window.close()
        return cpu / wall, requests
    finally:
        await workspace.close()
        simulator.stop()


async def run(seconds: float, tasks: int) -> None:
    floor, floor_requests = await window_cpu(0, seconds)
    busy, requests = await window_cpu(tasks, seconds)
    print(f"the window for {seconds:.0f} s, History tab shown, 200 finished tasks")
    print(f"{'':32} {'% of a core':>12} {'requests/min':>13}")
    print(
        f"{'no unfinished task (floor)':32} {floor * 100:>12.2f} {floor_requests * 60 / seconds:>13.1f}"
    )
    print(
        f"{f'{tasks} tasks running for an hour':32} {busy * 100:>12.2f} {requests * 60 / seconds:>13.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--tasks", type=int, default=100)
    args = parser.parse_args()
    run_on_qt(run(args.seconds, args.tasks))


if __name__ == "__main__":
    main()
