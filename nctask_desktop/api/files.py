"""File helpers: the extension of downloaded bytes, non-clobbering names, atomic writes.

A file gets its final name only once every byte of it is on the disk (temporary file, flushed,
then renamed); a write that fails (disk full, no permission, read-only disk) leaves nothing behind
and raises `SaveError`, which names the folder.
"""

from __future__ import annotations

import contextlib
import mimetypes
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# (magic prefix, offset, extension, MIME type), checked in order.
_MAGIC: tuple[tuple[bytes, int, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, ".png", "image/png"),
    (b"\xff\xd8\xff", 0, ".jpg", "image/jpeg"),
    (b"GIF87a", 0, ".gif", "image/gif"),
    (b"GIF89a", 0, ".gif", "image/gif"),
    (b"%PDF-", 0, ".pdf", "application/pdf"),
    (b"OggS", 0, ".ogg", "audio/ogg"),
    (b"fLaC", 0, ".flac", "audio/flac"),
    (b"ID3", 0, ".mp3", "audio/mpeg"),
    (b"\x1aE\xdf\xa3", 0, ".webm", "video/webm"),
    (b"PK\x03\x04", 0, ".zip", "application/zip"),
)

_PREFERRED_EXT = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "image/svg+xml": ".svg",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "audio/wave": ".wav",
    "audio/mpeg": ".mp3",
    "audio/ogg": ".ogg",
    "audio/flac": ".flac",
    "audio/mp4": ".m4a",
    "video/mp4": ".mp4",
    "video/webm": ".webm",
    "video/quicktime": ".mov",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/html": ".html",
    "text/csv": ".csv",
    "application/json": ".json",
    "application/pdf": ".pdf",
    "application/zip": ".zip",
}


def sniff(head: bytes) -> tuple[str, str] | None:
    """(extension, MIME type) recognised from a file's first bytes, if any."""
    for magic, offset, ext, mime in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return ext, mime
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return ".wav", "audio/wav"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return ".webp", "image/webp"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"M4A ", b"M4B "):
            return ".m4a", "audio/mp4"
        if brand == b"qt  ":
            return ".mov", "video/quicktime"
        return ".mp4", "video/mp4"
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return ".mp3", "audio/mpeg"
    return None


def extension_for(content_type: str | None, head: bytes) -> str:
    """The extension a file with these first bytes and this Content-Type should have.

    The bytes win (a PNG is `.png` whatever the header says); then the Content-Type; then text
    that decodes as UTF-8 is `.txt`; else `.bin`.
    """
    found = sniff(head)
    if found:
        return found[0]
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime and mime not in ("application/octet-stream", "binary/octet-stream"):
        ext = _PREFERRED_EXT.get(mime) or mimetypes.guess_extension(mime, strict=False)
        if ext:
            return ext
    if head and _is_text(head):
        return ".txt"
    return ".bin"


def mime_for_path(path: str | os.PathLike[str], head: bytes = b"") -> str:
    """A MIME type for a local file, from its bytes, else its name."""
    found = sniff(head)
    if found:
        return found[1]
    guessed, _ = mimetypes.guess_type(str(path), strict=False)
    return guessed or "application/octet-stream"


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character may be cut at the end of the sample.
        return exc.start >= len(head) - 3
    return True


def claim_unique_path(directory: Path, stem: str, ext: str) -> Path:
    """`directory/stem.ext`, or `stem (2).ext`, `stem (3).ext` … when taken: never overwrite.

    The file is created exclusively, so two writers never pick the same name.
    """
    n = 1
    while True:
        name = f"{stem}{ext}" if n == 1 else f"{stem} ({n}){ext}"
        candidate = directory / name
        try:
            fd = os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            n += 1
            continue
        os.close(fd)
        return candidate


_UNSAFE = set('<>:"/\\|?*') | {chr(i) for i in range(32)}


def safe_file_stem(text: str, fallback: str = "file") -> str:
    """A name that is valid on Windows, macOS and Linux."""
    cleaned = "".join("_" if ch in _UNSAFE else ch for ch in text).strip(" .")
    return cleaned[:120] or fallback


class SaveError(OSError):
    """Writing a file into `directory` failed; `errno` says why (ENOSPC, EDQUOT, EACCES, EPERM,
    EROFS …) and `filename` is the folder. Nothing was left under the final name, and the temporary
    file is gone."""

    def __init__(self, directory: Path, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror or str(cause), str(directory))
        self.directory = directory


@contextlib.contextmanager
def partial_file(directory: Path) -> Iterator[tuple[int, Path]]:
    """A temporary file (descriptor, path) in `directory`, so that `publish` is an atomic rename;
    removed again when the block fails. An OSError (creating the folder or the file, writing,
    renaming) comes out as a `SaveError` naming the folder."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".nctask-", suffix=".part", dir=directory)
    except SaveError:
        raise
    except OSError as exc:
        raise SaveError(directory, exc) from exc
    path = Path(name)
    try:
        yield fd, path
    except BaseException as exc:
        with contextlib.suppress(OSError):
            path.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, SaveError):
            raise SaveError(directory, exc) from exc
        raise


def _flush_to_disk(path: Path) -> None:
    """Make sure the file's bytes are on the disk: a disk that fills up (or a network share that
    refuses) late says so here, before the file has its final name."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(tmp: Path, directory: Path, stem: str, ext: str) -> Path:
    """Give a finished temporary file its final name, never overwriting (`stem (2).ext`). Blocks
    (it flushes the file to the disk): call it off the event loop for big files."""
    _flush_to_disk(tmp)
    final = claim_unique_path(directory, safe_file_stem(stem), ext)
    try:
        os.replace(tmp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            final.unlink()  # the empty file that held the name: nothing under the final name
        raise
    return final
