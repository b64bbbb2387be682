"""Benchmark: upload and download of a big file through the simulator; prints speed and memory.

Run: .venv/bin/python bench/transfer.py [--mb 128]
The simulator runs in its own process, so the figures are the client's alone.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
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


async def run(size_mb: int) -> None:
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
            async with NextcloudClient(base, "alice", "bench-pw") as client:
                await client.get_user()
                dav = WebDav(client)
                await dav.ensure_folder("bench")
                rss0 = rss_mb()
                tracemalloc.start()
                t0 = time.perf_counter()
                file_id = await dav.upload(src, "bench/big.wav")
                t_up = time.perf_counter() - t0
                _, up_peak = tracemalloc.get_traced_memory()
                tracemalloc.reset_peak()
                task = await client.schedule_task(
                    "core:audio2text", {"input": file_id}, app_id="bench"
                )
                t0 = time.perf_counter()
                path = await client.download_task_file(task.id, file_id, Path(tmp) / "out", "copy")
                t_down = time.perf_counter() - t0
                _, down_peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
                assert path.stat().st_size == size
            chunks = -(-size // (10 * MB))
            print(f"file: {size / MB:.0f} MB; upload chunked in {chunks} chunks of 10 MB")
            print(
                f"upload:   {t_up:6.2f} s  {size / MB / t_up:7.1f} MB/s  Python peak {up_peak / MB:5.1f} MB"
            )
            print(
                f"download: {t_down:6.2f} s  {size / MB / t_down:7.1f} MB/s  Python peak {down_peak / MB:5.1f} MB"
            )
            print(f"client max RSS: {rss0:.0f} MB before transfers, {rss_mb():.0f} MB after")
    finally:
        proc.terminate()
        proc.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=128)
    asyncio.run(run(parser.parse_args().mb))


if __name__ == "__main__":
    main()
