"""Benchmark: how long the app's event loop (asyncio on Qt, as the window runs it) is held while a
big file is uploaded and downloaded, against the same loop doing nothing.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/loop_stall.py [--mb 256] [--idle 3]

A ticker asks the loop to wake it every 2 ms and records how late each wake-up is: the time some
other work held the loop (a frozen window, for the user). The floor is the ticker alone on the idle
loop; then the same during an upload (10 MB chunks, as the app sends them) and a download of the
file through the simulator, which runs in its own process. Printed: wake-ups, median, p99 and worst
lateness in milliseconds [targets: p99 ≤ 16 ms, worst ≤ 50 ms].
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from bench.qt_loop import run_on_qt
from bench.transfer import simulator, write_file
from nctask_desktop.api import NextcloudClient, WebDav

TICK = 0.002


async def lateness_during(work: Callable[[], Awaitable[object]]) -> list[float]:
    """Milliseconds each 2 ms wake-up came late while `work` ran."""
    late: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        while not done.is_set():
            asked = time.perf_counter()
            await asyncio.sleep(TICK)
            late.append(max(0.0, (time.perf_counter() - asked - TICK) * 1000))

    ticking = asyncio.ensure_future(ticker())
    try:
        await work()
    finally:
        done.set()
        await ticking
    return late


def row(name: str, late: list[float]) -> str:
    ordered = sorted(late)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (
        f"{name:24} {len(late):>8} {statistics.median(late):>8.2f} {p99:>8.2f} {ordered[-1]:>8.2f}"
    )


async def run(size_mb: int, idle_seconds: float) -> None:
    with simulator() as base:
        with tempfile.TemporaryDirectory() as tmp:
            src = write_file(Path(tmp) / "big.wav", size_mb)
            async with NextcloudClient(base, "alice", "bench-pw") as client:
                await client.get_user()
                dav = WebDav(client)
                await dav.ensure_folder("bench")
                idle = await lateness_during(lambda: asyncio.sleep(idle_seconds))
                file_ids: list[int] = []

                async def upload() -> None:
                    file_ids.append(await dav.upload(src, "bench/stall.wav"))

                uploading = await lateness_during(upload)
                task = await client.schedule_task(
                    "core:audio2text", {"input": file_ids[0]}, app_id="bench"
                )
                while not task.status.is_finished:  # the server's work done first
                    await asyncio.sleep(0.1)
                    task = await client.get_task(task.id)
                out = Path(tmp) / "out"
                out.mkdir()
                downloading = await lateness_during(
                    lambda: client.download_task_file(task.id, file_ids[0], out, "copy")
                )
        print(f"file: {size_mb} MB through the simulator; a wake-up asked every 2 ms")
        print(f"{'loop':24} {'wake-ups':>8} {'median':>8} {'p99':>8} {'worst':>8}  (ms late)")
        print(row("idle (floor)", idle))
        print(row("during the upload", uploading))
        print(row("during the download", downloading))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=256)
    parser.add_argument("--idle", type=float, default=3.0, help="seconds of the idle floor")
    args = parser.parse_args()
    run_on_qt(run(args.mb, args.idle))


if __name__ == "__main__":
    main()
