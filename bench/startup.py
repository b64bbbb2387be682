"""Benchmark: start time of the frozen app (PyInstaller bundle) against the source app.

Run: .venv/bin/python bench/startup.py [--runs 5] [--bundle dist/nctask-desktop]

Each run is `--smoke-test` (start, show the main window, wait for its first paint, print one line,
quit), offscreen, with a fresh NCTASK_HOME; the figure is the wall time of the whole process,
median of the runs (one warm-up run first, not counted, so both read from the page cache).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def wall_times(cmd: list[str], runs: int) -> list[float]:
    times = []
    for i in range(runs + 1):
        with tempfile.TemporaryDirectory() as home:
            env = {
                **{k: v for k, v in os.environ.items() if not k.startswith("PYTHON")},
                "QT_QPA_PLATFORM": "offscreen",
                "NCTASK_HOME": home,
                "LANG": "C.UTF-8",
            }
            started = time.perf_counter()
            result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
            elapsed = time.perf_counter() - started
        if result.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed: {result.stderr}")
        if i:  # the first run warms the caches
            times.append(elapsed)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "nctask-desktop")
    args = parser.parse_args()
    exe = args.bundle / ("nctask-desktop.exe" if os.name == "nt" else "nctask-desktop")
    if not exe.exists():
        raise SystemExit(f"{exe} not found: build it with python packaging/build.py")
    rows = [
        (
            "source (python -m nctask_desktop)",
            [sys.executable, "-m", "nctask_desktop", "--smoke-test"],
        ),
        ("frozen (PyInstaller one-folder)", [str(exe), "--smoke-test"]),
    ]
    medians = {}
    for label, cmd in rows:
        times = wall_times(cmd, args.runs)
        medians[label] = statistics.median(times)
        spread = ", ".join(f"{t:.2f}" for t in times)
        print(f"{label:36s} median {medians[label]:.2f} s  (runs: {spread})")
    source, frozen = medians.values()
    print(f"frozen / source: {frozen / source:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
