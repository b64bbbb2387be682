"""Benchmark: upload and download of a big file through the simulator, against curl.

Run: .venv/bin/python bench/transfer.py [--mb 256] [--runs 3]
The simulator runs in its own process, so the figures are the client's alone. The floor is curl on
the same simulator doing the same work:
- download: the same URL (the task's file) into a file on the same disk, flushed to it (fsync), as
  the app flushes a result before giving it its name; curl into /dev/null is printed too;
- upload: the same chunked upload the app makes (MKCOL, 10 MB chunks in one curl on one connection,
  MOVE), and one plain PUT for reference.
Medians of the runs, interleaved; Python's peak allocations come from one more run, traced.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
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


@contextlib.contextmanager
def simulator() -> Iterator[str]:
    """The simulator in a process of its own, for the time of a `with`: its address."""
    proc, base = start_simulator()
    try:
        yield base
    finally:
        proc.terminate()
        proc.wait(10)


def write_file(path: Path, size_mb: int) -> Path:
    """A WAV-looking file of `size_mb` MB of random bytes (nothing compresses it)."""
    with open(path, "wb") as fh:
        fh.write(b"RIFF\x00\x00\x00\x00WAVEfmt ")
        block = os.urandom(MB)
        for _ in range(size_mb):
            fh.write(block)
    return path


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def curl(*args: str, out: str = os.devnull) -> float:
    """Seconds curl takes for one transfer (the body into `out`, flushed to the disk)."""
    os.sync()  # as before the app's transfers
    started = time.perf_counter()
    _curl(*args, out=out)
    return time.perf_counter() - started


def _curl(*args: str, out: str = os.devnull) -> None:
    subprocess.run(["curl", "-sS", "-f", "-o", out, *args], check=True)
    if out != os.devnull:
        fd = os.open(out, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def split(src: Path, folder: Path, chunk: int = 10 * MB) -> list[Path]:
    """The file's 10 MB chunks as files (curl uploads files), made before any timing."""
    folder.mkdir(exist_ok=True)
    pieces = []
    with open(src, "rb") as fh:
        while block := fh.read(chunk):
            piece = folder / f"{len(pieces) + 1:05d}"
            piece.write_bytes(block)
            pieces.append(piece)
    return pieces


def curl_chunked(base: str, auth: list[str], pieces: list[Path], name: str, size: int) -> float:
    """Seconds curl takes for the app's chunked upload: MKCOL, every chunk on one connection, MOVE."""
    folder = f"{base}/remote.php/dav/uploads/alice/curl-{name}"
    destination = f"{base}/remote.php/dav/files/alice/bench/{name}"
    headers = [*auth, "-H", f"Destination: {destination}", "-H", f"OC-Total-Length: {size}"]
    os.sync()
    started = time.perf_counter()
    _curl(*headers, "-X", "MKCOL", folder)
    puts: list[str] = []
    for piece in pieces:
        puts += ["-T", str(piece), f"{folder}/{piece.name}"]
    _curl(*headers, *puts)
    _curl(*headers, "-X", "MOVE", f"{folder}/.file")
    return time.perf_counter() - started


async def run(size_mb: int, runs: int) -> None:
    with simulator() as base, tempfile.TemporaryDirectory() as tmp:
        src = write_file(Path(tmp) / "big.wav", size_mb)
        size = src.stat().st_size
        pieces = split(src, Path(tmp) / "pieces")
        figures: dict[str, list[float]] = {}
        async with NextcloudClient(base, "alice", "bench-pw") as client:
            await client.get_user()
            dav = WebDav(client)
            await dav.ensure_folder("bench")
            rss0 = rss_mb()
            peaks: dict[str, int] = {}

            async def one_round(run: int, traced: bool) -> None:
                """An upload and a download by the app, then by curl (untraced runs only:
                tracemalloc slows every allocation, so the peaks come from a run of their own)."""
                if traced:
                    tracemalloc.start()
                os.sync()  # what earlier steps wrote is on the disk: no writeback to share it with
                t0 = time.perf_counter()
                file_id = await dav.upload(src, f"bench/big{run}.wav")
                seconds = {"upload": time.perf_counter() - t0}
                if traced:
                    peaks["upload"] = tracemalloc.get_traced_memory()[1]
                    tracemalloc.reset_peak()
                task = await client.schedule_task(
                    "core:audio2text", {"input": file_id}, app_id="bench"
                )
                while not task.status.is_finished:  # the server's work is not the client's
                    await asyncio.sleep(0.1)
                    task = await client.get_task(task.id)
                os.sync()  # what earlier steps wrote is on the disk: no writeback to share it with
                t0 = time.perf_counter()
                path = await client.download_task_file(
                    task.id, file_id, Path(tmp) / "out", f"copy{run}"
                )
                seconds["download"] = time.perf_counter() - t0
                assert path.stat().st_size == size
                path.unlink()
                if traced:
                    peaks["download"] = tracemalloc.get_traced_memory()[1]
                    tracemalloc.stop()
                    return
                for name, value in seconds.items():
                    figures.setdefault(name, []).append(value)
                auth = ["-u", "alice:bench-pw", "-H", "OCS-APIRequest: true"]
                url = f"{base}/ocs/v2.php/taskprocessing/tasks/{task.id}/file/{file_id}"
                target = str(Path(tmp) / "out" / f"curl{run}")
                figures.setdefault("download curl", []).append(curl(*auth, url, out=target))
                os.unlink(target)
                figures.setdefault("download curl /dev/null", []).append(curl(*auth, url))
                figures.setdefault("upload curl", []).append(
                    curl_chunked(base, auth, pieces, f"curl{run}.wav", size)
                )
                dav_url = f"{base}/remote.php/dav/files/alice/bench/put{run}.wav"
                figures.setdefault("upload curl one PUT", []).append(
                    curl(*auth, "-T", str(src), dav_url)
                )

            for run in range(runs):
                await one_round(run, traced=False)
            await one_round(runs, traced=True)
        print(f"file: {size / MB:.0f} MB, {runs} runs; MB/s, medians")
        print(f"{'':10} {'app':>6} {'curl':>6} {'ratio':>6} {'Python peak':>12}   reference")
        reference = {"upload": "one PUT", "download": "/dev/null"}
        for name in ("upload", "download"):
            app = size / MB / statistics.median(figures[name])
            floor = size / MB / statistics.median(figures[f"{name} curl"])
            other = size / MB / statistics.median(figures[f"{name} curl {reference[name]}"])
            print(
                f"{name:10} {app:>6.0f} {floor:>6.0f} {app / floor:>6.2f} "
                f"{peaks[name] / MB:>9.1f} MB   curl, {reference[name]}: {other:.0f}"
            )
        print(f"client max RSS: {rss0:.0f} MB before transfers, {rss_mb():.0f} MB after")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=256)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    asyncio.run(run(args.mb, args.runs))


if __name__ == "__main__":
    main()
