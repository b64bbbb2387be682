"""Benchmark: the History tab with a long history (10,000 tasks by default), offscreen.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/history.py [--tasks 10000]

Figures (medians of several runs, milliseconds; targets from the issue in brackets):
- open: the entries handed to the page until the list is painted [300];
- sort: a click on a column header until painted, for each column [50];
- filter: "Done" and back to "All tasks", each until painted [50];
- tick: the once-a-second refresh of relative times ("5 min ago") [5];
- merge: a list reply of every task merged into the SQLite history, nothing changed, and one
  changed task (per poll cycle, off the UI thread);
- store: HistoryStore() on that history (on the UI thread: reads the header only), and SQLite's
  quick check for damaged pages that its first call makes (off the UI thread) [30], with the file
  in the OS cache (any start but the first after a reboot) and, on Linux, evicted from it first.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["NCTASK_HOME"] = tempfile.mkdtemp(prefix="nctask-bench-")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nctask_desktop.api import Task
from nctask_desktop.services.history import HistoryEntry, HistoryStore
from nctask_desktop.services.settings import Preferences
from nctask_desktop.ui.history_model import HistoryModel
from nctask_desktop.ui.history_panel import HistoryPanel

STATUSES = ["STATUS_SUCCESSFUL"] * 8 + ["STATUS_FAILED", "STATUS_CANCELLED"]
TYPES = ["core:text2text", "core:text2image", "core:audio2text", "core:text2text:translate"]


def make_tasks(count: int, now: float) -> list[Task]:
    tasks = []
    for i in range(count):
        started = now - (count - i) * 600
        tasks.append(
            Task.from_json(
                {
                    "id": i + 1,
                    "type": TYPES[i % len(TYPES)],
                    "status": STATUSES[i % len(STATUSES)] if i < count - 5 else "STATUS_RUNNING",
                    "userId": "alice",
                    "appId": "assistant",
                    "input": {"input": f"Write a short text about the number {i} and the sea"},
                    "output": {"output": f"A text about {i}."} if i % 10 < 8 else None,
                    "scheduledAt": int(started),
                    "startedAt": int(started) + 2,
                    "endedAt": int(started) + 30 if i < count - 5 else None,
                    "lastUpdated": int(started) + 30,
                    "completionExpectedAt": int(started) + 30,
                    "progress": 1.0 if i < count - 5 else 0.4,
                }
            )
        )
    return tasks


def ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def painted(app: QApplication, panel: HistoryPanel) -> None:
    panel.view.viewport().repaint()
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    now = time.time()
    tasks = make_tasks(args.tasks, now)
    entries = [HistoryEntry(task, first_seen=now) for task in tasks]
    figures: dict[str, list[float]] = {}

    def record(name: str, value: float) -> None:
        figures.setdefault(name, []).append(value)

    for _ in range(args.runs):
        panel = HistoryPanel(Preferences())
        panel.resize(1200, 800)
        panel.show()
        app.processEvents()
        started = time.perf_counter()
        panel.model.set_entries(entries)
        painted(app, panel)
        record("open", ms(started))
        header = panel.view.horizontalHeader()
        for column in range(HistoryModel.COLUMN_COUNT):
            started = time.perf_counter()
            panel.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
            painted(app, panel)
            record("sort", ms(started))
        header.setSortIndicator(HistoryModel.SUBMITTED, Qt.SortOrder.DescendingOrder)
        app.processEvents()
        for group in ("done", "all"):
            index = panel.status_filter.findData(group)
            started = time.perf_counter()
            panel.status_filter.setCurrentIndex(index)
            painted(app, panel)
            record("filter", ms(started))
        for _tick in range(5):
            started = time.perf_counter()
            panel._tick()  # what the timer calls every second; it repaints what it marked
            app.processEvents()
            record("tick", ms(started))
        panel.close_all()
        panel.deleteLater()
        app.processEvents()

    with tempfile.TemporaryDirectory() as folder:
        store = HistoryStore(Path(folder) / "history.sqlite3")
        store.merge("bench", tasks)
        for _ in range(args.runs):
            started = time.perf_counter()
            store.merge("bench", tasks)
            record("merge, nothing changed", ms(started))
            changed = list(tasks)
            changed[-1] = Task.from_json({**tasks[-1].raw, "progress": 0.5 + _ / 100})
            started = time.perf_counter()
            store.merge("bench", changed)
            record("merge, one task changed", ms(started))
        store.close()
        path = Path(folder) / "history.sqlite3"
        for _ in range(args.runs):
            started = time.perf_counter()
            HistoryStore(path).close()
            record("store open", ms(started))
            for cached in (True, False):
                if not cached and not hasattr(os, "posix_fadvise"):
                    continue
                if not cached:
                    fd = os.open(path, os.O_RDONLY)
                    os.fsync(fd)
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                    os.close(fd)
                db = sqlite3.connect(path)
                started = time.perf_counter()
                db.execute("PRAGMA quick_check").fetchall()
                record("quick check" if cached else "quick check, not cached", ms(started))
                db.close()

    targets = {"open": 300, "sort": 50, "filter": 50, "tick": 5, "quick check": 30}
    print(f"History with {args.tasks} tasks ({args.runs} runs):")
    print(f"{'figure':<26} {'median ms':>10} {'worst ms':>9} {'target':>7}")
    for name, values in figures.items():
        target = targets.get(name)
        print(
            f"{name:<26} {statistics.median(values):>10.1f} {max(values):>9.1f} "
            f"{'≤ ' + str(target) if target else '':>7}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
