"""Downloads and uploads stream: a big file is never held whole in memory."""

from __future__ import annotations

import tracemalloc
from collections.abc import AsyncIterator
from pathlib import Path

import httpx

from nctask_desktop.api import NextcloudClient, WebDav

MB = 1024 * 1024
SIZE = 32 * MB


async def _png_stream() -> AsyncIterator[bytes]:
    yield b"\x89PNG\r\n\x1a\n" + b"\x00" * (64 * 1024 - 8)
    block = b"\x07" * (64 * 1024)
    for _ in range(SIZE // len(block) - 1):
        yield block


async def test_download_is_streamed_to_disk(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            content=_png_stream(),
            headers={"Content-Type": "application/octet-stream", "Content-Length": str(SIZE)},
        )

    progress: list[int] = []
    async with NextcloudClient(
        "https://x.org", "a", "p", transport=httpx.MockTransport(handler)
    ) as client:
        tracemalloc.start()
        try:
            path = await client.download_task_file(
                1, 2, tmp_path, "big", progress=lambda done, total: progress.append(done)
            )
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert path.name == "big.png" and path.stat().st_size == SIZE
    assert progress[-1] == SIZE and progress == sorted(set(progress))
    assert len(progress) >= SIZE // MB  # it moves at least once per MiB
    assert peak < 4 * MB, f"peak {peak / MB:.1f} MB for a {SIZE // MB} MB download"


async def test_upload_is_streamed_from_disk(tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    with open(big, "wb") as fh:
        fh.truncate(SIZE)
    received = 0

    class CountingTransport(httpx.AsyncBaseTransport):
        """Consumes the request body chunk by chunk (MockTransport would read it whole first)."""

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            nonlocal received
            async for chunk in request.stream:  # type: ignore[union-attr]
                received += len(chunk)
            return httpx.Response(201, headers={"OC-FileId": "00000099ocabc"})

    async with NextcloudClient(
        "https://x.org", "a", "p", user_id="alice", transport=CountingTransport()
    ) as client:
        small = tmp_path / "small.bin"
        small.write_bytes(bytes(1000))
        await WebDav(client).upload(
            small, "small.bin"
        )  # modules imported on first use: not counted
        received = 0
        tracemalloc.start()
        try:
            file_id = await WebDav(client, chunked_threshold=SIZE * 2).upload(big, "big.bin")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert file_id == 99 and received == SIZE
    # a few 1 MiB blocks in flight (read in a thread, handed over, sent), never the file
    assert peak < 6 * MB, f"peak {peak / MB:.1f} MB for a {SIZE // MB} MB upload"


async def test_file_id_falls_back_to_propfind(tmp_path: Path) -> None:
    seen: list[str] = []
    multistatus = (
        b'<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns">'
        b"<d:response><d:href>/remote.php/dav/files/alice/a%20b.txt</d:href><d:propstat><d:prop>"
        b"<oc:fileid>77</oc:fileid><d:getcontentlength>2</d:getcontentlength><d:resourcetype/>"
        b"</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>"
    )

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.method)
        if request.method == "PUT":
            return httpx.Response(201)  # no OC-FileId header (e.g. stripped by a proxy)
        assert request.headers["Depth"] == "0"
        return httpx.Response(207, content=multistatus, headers={"Content-Type": "application/xml"})

    f = tmp_path / "a b.txt"
    f.write_text("hi")
    async with NextcloudClient(
        "https://x.org", "a", "p", user_id="alice", transport=httpx.MockTransport(handler)
    ) as client:
        assert await WebDav(client).upload(f, "a b.txt") == 77
    assert seen == ["PUT", "PROPFIND"]


async def test_an_upload_cancelled_mid_body_closes_its_file_at_once(tmp_path: Path) -> None:
    """A quit, a restart or a pause cancels an upload while its body is being sent: the local
    file is closed then, not when the garbage collector gets to the dropped body."""
    import asyncio
    import os

    started = asyncio.Event()
    never = asyncio.Event()

    async def slow_server(request: httpx.Request) -> httpx.Response:
        async for _ in request.stream:  # type: ignore[union-attr]
            started.set()
            await never.wait()  # the body is never read to its end
        return httpx.Response(201)

    big = tmp_path / "recording.wav"
    big.write_bytes(bytes(3 * MB))

    def open_on_it() -> bool:
        fds = Path("/proc/self/fd")
        return any(os.path.realpath(fd) == str(big) for fd in fds.iterdir())

    async with NextcloudClient(
        "https://x.org", "a", "p", user_id="alice", transport=httpx.MockTransport(slow_server)
    ) as client:
        upload = asyncio.ensure_future(WebDav(client, chunked_threshold=10 * MB).upload(big, "r"))
        await asyncio.wait_for(started.wait(), 10)
        if Path("/proc/self/fd").is_dir():
            assert open_on_it()
        upload.cancel()
        await asyncio.gather(upload, return_exceptions=True)
        if Path("/proc/self/fd").is_dir():
            assert not open_on_it()  # closed now, with no collection in between
