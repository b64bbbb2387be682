"""Benchmark: start-up of the app against the least a PySide6 app does to show a window.

Run: .venv/bin/python bench/startup.py [--runs 7] [--bundle dist/nctask-desktop]

Each run starts a process offscreen with a fresh NCTASK_HOME and NCTASK_LAUNCH_TIME set just
before the launch; the process prints when it painted its first window (`painted_ms`, from the
launch) and its resident memory once started (`rss_mb`). The app is `--smoke-test` (first paint
of the main window; memory once the services, keychain and window are up); the floor is
bench/bare_window.py (an empty QMainWindow). Runs alternate between the two; medians are printed
with the ratio. One warm-up run of each first, not counted (the page cache).
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


def figures(cmd: list[str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as home:
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("PYTHON")},
            "QT_QPA_PLATFORM": "offscreen",
            "NCTASK_HOME": home,
            "LANG": "C.UTF-8",
            "NCTASK_LAUNCH_TIME": repr(time.time()),
        }
        result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {result.stderr}")
    found = dict(part.split("=", 1) for part in result.stdout.strip().split("; ") if "=" in part)
    return {"painted_ms": float(found["painted_ms"]), "rss_mb": float(found["rss_mb"])}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "nctask-desktop")
    args = parser.parse_args()
    rows = {
        "floor (bare PySide6 window)": [sys.executable, str(ROOT / "bench" / "bare_window.py")],
        "app (python -m nctask_desktop)": [
            sys.executable,
            "-m",
            "nctask_desktop",
            "--smoke-test",
        ],
    }
    exe = args.bundle / ("nctask-desktop.exe" if os.name == "nt" else "nctask-desktop")
    if exe.exists():
        rows["app, frozen bundle"] = [str(exe), "--smoke-test"]
    results: dict[str, list[dict[str, float]]] = {label: [] for label in rows}
    for run in range(args.runs + 1):
        for label, cmd in rows.items():  # interleaved: the same conditions for each
            measured = figures(cmd)
            if run:
                results[label].append(measured)
    floor = {
        k: statistics.median(r[k] for r in results[next(iter(rows))])
        for k in ("painted_ms", "rss_mb")
    }
    print(f"{'':34} {'first paint':>12} {'ratio':>6} {'memory':>9} {'ratio':>6}")
    for label, runs in results.items():
        paint = statistics.median(r["painted_ms"] for r in runs)
        memory = statistics.median(r["rss_mb"] for r in runs)
        print(
            f"{label:34} {paint:>9.0f} ms {paint / floor['painted_ms']:>6.2f} "
            f"{memory:>6.1f} MB {memory / floor['rss_mb']:>6.2f}"
        )
    print("targets: first paint ≤ 1.3 × the floor; memory ≤ 1.5 × the floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
