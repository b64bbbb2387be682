"""Benchmark: upload and download of a big file through the simulator, against curl.

Run: .venv/bin/python bench/transfer.py [--mb 256] [--runs 3]
The simulator runs in its own process, so the figures are the client's alone. The floor is curl on
the same simulator: the same download URL (the task's file), and an upload of the same file (one
PUT; the app uploads in 10 MB chunks, as Nextcloud's clients do). Medians of the runs, interleaved.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from nctask_desktop.api import NextcloudClient, WebDav

MB = 1024 * 1024


def start_simulator() -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "nctask_desktop.demo",
            "--user",
            "alice:bench-pw",
            "--task-seconds",
            "0.2",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if not line.startswith("listening on "):
        proc.kill()
        raise SystemExit(f"simulator did not start: {line!r}")
    return proc, line.removeprefix("listening on ")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def curl(*args: str) -> float:
    """Seconds curl takes for one transfer."""
    started = time.perf_counter()
    subprocess.run(["curl", "-sS", "-f", "-o", os.devnull, *args], check=True)
    return time.perf_counter() - started


async def run(size_mb: int, runs: int) -> None:
    proc, base = start_simulator()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "big.wav"
            with open(src, "wb") as fh:
                fh.write(b"RIFF\x00\x00\x00\x00WAVEfmt ")
                block = os.urandom(MB)
                for _ in range(size_mb):
                    fh.write(block)
            size = src.stat().st_size
            figures: dict[str, list[float]] = {}
            async with NextcloudClient(base, "alice", "bench-pw") as client:
                await client.get_user()
                dav = WebDav(client)
                await dav.ensure_folder("bench")
                rss0 = rss_mb()
                tracemalloc.start()
                peaks = {}
                for run in range(runs):
                    t0 = time.perf_counter()
                    file_id = await dav.upload(src, f"bench/big{run}.wav")
                    figures.setdefault("upload", []).append(time.perf_counter() - t0)
                    _, peaks["upload"] = tracemalloc.get_traced_memory()
                    tracemalloc.reset_peak()
                    task = await client.schedule_task(
                        "core:audio2text", {"input": file_id}, app_id="bench"
                    )
                    t0 = time.perf_counter()
                    path = await client.download_task_file(
                        task.id, file_id, Path(tmp) / "out", f"copy{run}"
                    )
                    figures.setdefault("download", []).append(time.perf_counter() - t0)
                    _, peaks["download"] = tracemalloc.get_traced_memory()
                    tracemalloc.reset_peak()
                    assert path.stat().st_size == size
                    path.unlink()
                    auth = ["-u", "alice:bench-pw", "-H", "OCS-APIRequest: true"]
                    url = f"{base}/ocs/v2.php/taskprocessing/tasks/{task.id}/file/{file_id}"
                    figures.setdefault("download curl", []).append(curl(*auth, url))
                    dav_url = f"{base}/remote.php/dav/files/alice/bench/curl{run}.wav"
                    figures.setdefault("upload curl", []).append(
                        curl(*auth, "-T", str(src), dav_url)
                    )
                tracemalloc.stop()
            print(f"file: {size / MB:.0f} MB, {runs} runs; the app uploads in 10 MB chunks")
            print(f"{'':10} {'app MB/s':>9} {'curl MB/s':>10} {'ratio':>6} {'Python peak':>12}")
            for name in ("upload", "download"):
                app = size / MB / statistics.median(figures[name])
                floor = size / MB / statistics.median(figures[f"{name} curl"])
                print(
                    f"{name:10} {app:>9.0f} {floor:>10.0f} {app / floor:>6.2f} "
                    f"{peaks[name] / MB:>9.1f} MB"
                )
            print(f"client max RSS: {rss0:.0f} MB before transfers, {rss_mb():.0f} MB after")
    finally:
        proc.terminate()
        proc.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=256)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    asyncio.run(run(args.mb, args.runs))


if __name__ == "__main__":
    main()
