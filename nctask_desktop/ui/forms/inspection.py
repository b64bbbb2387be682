"""What a file on this computer is, read off the UI thread: its size, MIME type and kind in words,
the length of a WAV recording, and for an image its thumbnail and pixel size.

One path for the form's file cards and the result's output cards: `inspect_later` runs `inspect` on
a small pool of worker threads and hands the facts to a callback on the UI thread (a queued
signal), so a slow disk or a network drive never freezes the window. `inspected` is the same for
coroutines.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeDatabase, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader

from .filekinds import file_size, kind_in_words, local_duration, local_mime


@dataclass(frozen=True)
class FileFacts:
    """What `inspect` found. `size` is None when the file is not there (or not a file)."""

    size: int | None
    mime: str = ""
    kind: str = ""
    duration: float | None = None
    thumbnail: QImage = field(default_factory=QImage)
    pixels: QSize = field(default_factory=QSize)

    @property
    def missing(self) -> bool:
        return self.size is None


def read_thumbnail(path: str, extent: int) -> QImage:
    """Decode an image scaled to fit `extent` pixels (QImage is safe off the UI thread)."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > extent or size.height() > extent):
        reader.setScaledSize(size.scaled(extent, extent, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return image
    if image.width() > extent or image.height() > extent:
        image = image.scaled(
            extent,
            extent,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


def inspect(path: Path, thumbnail_extent: int = 0) -> FileFacts:
    """The facts of a local file (blocking; any thread). With `thumbnail_extent`, an image also
    gets a thumbnail that fits that many pixels."""
    size = file_size(path)
    if size is None or not path.is_file():
        return FileFacts(None)
    database = QMimeDatabase()
    mime = local_mime(path) or database.mimeTypeForFile(str(path)).name()
    kind = kind_in_words(database.mimeTypeForName(mime))
    duration = local_duration(path) if mime.startswith(("audio/", "video/")) else None
    thumbnail, pixels = QImage(), QSize()
    if thumbnail_extent > 0 and mime.startswith("image/"):
        try:
            thumbnail = read_thumbnail(str(path), thumbnail_extent)
            pixels = QImageReader(str(path)).size()
        except Exception:  # a broken image file must never break the app
            thumbnail = QImage()
    return FileFacts(size, mime, kind, duration, thumbnail, pixels)


class _Relay(QObject):
    """Lives on the UI thread; the workers emit through it (a queued connection)."""

    ready = Signal(int, object)  # token, FileFacts


_relay: _Relay | None = None
_executor: ThreadPoolExecutor | None = None
_tokens = itertools.count(1)
_waiting: dict[int, Callable[[FileFacts], None]] = {}


def _deliver(token: int, facts: FileFacts) -> None:
    callback = _waiting.pop(token, None)
    if callback is not None:
        with contextlib.suppress(RuntimeError):  # its widget went away meanwhile
            callback(facts)


def inspect_later(
    path: Path, on_ready: Callable[[FileFacts], None], *, thumbnail_extent: int = 0
) -> Callable[[], None]:
    """Inspect on a worker thread; `on_ready` gets the facts on the UI thread. Returns a function
    that cancels the delivery (call it when the receiver goes away)."""
    global _relay, _executor
    if _relay is None:
        _relay = _Relay(QCoreApplication.instance())
        _relay.ready.connect(_deliver, Qt.ConnectionType.QueuedConnection)
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="nctask-inspect")
    relay = _relay
    token = next(_tokens)
    _waiting[token] = on_ready

    def work() -> None:
        try:
            facts = inspect(path, thumbnail_extent)
        except Exception:  # an unreadable file is described as missing, never a crash
            facts = FileFacts(None)
        with contextlib.suppress(RuntimeError):
            relay.ready.emit(token, facts)

    _executor.submit(work)
    return lambda: _waiting.pop(token, None) and None


async def inspected(path: Path, *, thumbnail_extent: int = 0) -> FileFacts:
    """`inspect_later` for a coroutine."""
    future: asyncio.Future[FileFacts] = asyncio.get_running_loop().create_future()

    def resolve(facts: FileFacts) -> None:
        if not future.done():
            future.set_result(facts)

    cancel = inspect_later(path, resolve, thumbnail_extent=thumbnail_extent)
    try:
        return await future
    finally:
        cancel()
