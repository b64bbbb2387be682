"""Which files fit which slot (image, audio, video, any), file dialog filters, and cheap media facts."""

from __future__ import annotations

import contextlib
import enum
import mimetypes
import os
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeType

from nctask_desktop.api import SlotType
from nctask_desktop.api.files import sniff
from nctask_desktop.messages import QT_TRANSLATE_NOOP


class FileKind(enum.Enum):
    IMAGE = "image"
    AUDIO = "audio"
    VIDEO = "video"
    ANY = "any"


_KIND_BY_SLOT = {
    SlotType.IMAGE: FileKind.IMAGE,
    SlotType.AUDIO: FileKind.AUDIO,
    SlotType.VIDEO: FileKind.VIDEO,
    SlotType.FILE: FileKind.ANY,
}

EXTENSIONS: dict[FileKind, tuple[str, ...]] = {
    FileKind.IMAGE: (
        "png", "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff", "heic", "heif", "avif", "svg",
    ),
    FileKind.AUDIO: (
        "wav", "mp3", "ogg", "oga", "opus", "flac", "m4a", "aac", "wma", "aif", "aiff", "amr",
        "webm",
    ),
    FileKind.VIDEO: ("mp4", "m4v", "mov", "webm", "mkv", "avi", "mpeg", "mpg", "ogv", "wmv", "3gp"),
}  # fmt: skip


def kind_for_slot(slot_type: SlotType) -> FileKind:
    """The kind of file a (list) file slot takes."""
    return _KIND_BY_SLOT.get(slot_type.item_type, FileKind.ANY)


def kind_name(kind: FileKind, plural: bool = False) -> str:
    """The kind in words ("an image", "audio files") for sentences such as "Drop an image here"."""
    if plural:
        return {
            FileKind.IMAGE: QCoreApplication.translate("Forms", "images"),
            FileKind.AUDIO: QCoreApplication.translate("Forms", "audio files"),
            FileKind.VIDEO: QCoreApplication.translate("Forms", "videos"),
            FileKind.ANY: QCoreApplication.translate("Forms", "files"),
        }[kind]
    return {
        FileKind.IMAGE: QCoreApplication.translate("Forms", "an image"),
        FileKind.AUDIO: QCoreApplication.translate("Forms", "an audio file"),
        FileKind.VIDEO: QCoreApplication.translate("Forms", "a video"),
        FileKind.ANY: QCoreApplication.translate("Forms", "a file"),
    }[kind]


def name_filters(kind: FileKind) -> list[str]:
    """Filters for QFileDialog: the kind's files first, then all files."""
    all_files = QCoreApplication.translate("Forms", "All files (*)")
    if kind is FileKind.ANY:
        return [all_files]
    label = {
        FileKind.IMAGE: QCoreApplication.translate("Forms", "Images"),
        FileKind.AUDIO: QCoreApplication.translate("Forms", "Audio files"),
        FileKind.VIDEO: QCoreApplication.translate("Forms", "Videos"),
    }[kind]
    patterns = " ".join(f"*.{ext}" for ext in EXTENSIONS[kind])
    return [f"{label} ({patterns})", all_files]


# What a file is, in words, for the common kinds. Qt's words come from the system's shared MIME
# database; without it (Windows, macOS, a minimal Linux) Qt's built-in copy has no descriptions and
# would show "audio/vnd.wave". These match the freedesktop.org descriptions, so a desktop with the
# database and one without say the same thing.
_KIND_WORDS: dict[str, str] = {
    "audio/vnd.wave": QT_TRANSLATE_NOOP("Files", "WAV audio"),
    "audio/x-wav": QT_TRANSLATE_NOOP("Files", "WAV audio"),
    "audio/wav": QT_TRANSLATE_NOOP("Files", "WAV audio"),
    "audio/mpeg": QT_TRANSLATE_NOOP("Files", "MP3 audio"),
    "audio/ogg": QT_TRANSLATE_NOOP("Files", "Ogg audio"),
    "audio/x-vorbis+ogg": QT_TRANSLATE_NOOP("Files", "Ogg Vorbis audio"),
    "audio/x-opus+ogg": QT_TRANSLATE_NOOP("Files", "Opus audio"),
    "audio/flac": QT_TRANSLATE_NOOP("Files", "FLAC audio"),
    "audio/mp4": QT_TRANSLATE_NOOP("Files", "MPEG-4 audio"),
    "audio/aac": QT_TRANSLATE_NOOP("Files", "AAC audio"),
    "audio/webm": QT_TRANSLATE_NOOP("Files", "WebM audio"),
    "image/png": QT_TRANSLATE_NOOP("Files", "PNG image"),
    "image/jpeg": QT_TRANSLATE_NOOP("Files", "JPEG image"),
    "image/gif": QT_TRANSLATE_NOOP("Files", "GIF image"),
    "image/webp": QT_TRANSLATE_NOOP("Files", "WebP image"),
    "image/bmp": QT_TRANSLATE_NOOP("Files", "Windows BMP image"),
    "image/tiff": QT_TRANSLATE_NOOP("Files", "TIFF image"),
    "image/svg+xml": QT_TRANSLATE_NOOP("Files", "SVG image"),
    "image/heif": QT_TRANSLATE_NOOP("Files", "HEIF image"),
    "image/avif": QT_TRANSLATE_NOOP("Files", "AVIF image"),
    "video/mp4": QT_TRANSLATE_NOOP("Files", "MPEG-4 video"),
    "video/webm": QT_TRANSLATE_NOOP("Files", "WebM video"),
    "video/quicktime": QT_TRANSLATE_NOOP("Files", "QuickTime video"),
    "video/x-matroska": QT_TRANSLATE_NOOP("Files", "Matroska video"),
    "video/ogg": QT_TRANSLATE_NOOP("Files", "Ogg video"),
    "text/plain": QT_TRANSLATE_NOOP("Files", "plain text document"),
    "text/markdown": QT_TRANSLATE_NOOP("Files", "Markdown document"),
    "text/csv": QT_TRANSLATE_NOOP("Files", "CSV document"),
    "text/html": QT_TRANSLATE_NOOP("Files", "HTML document"),
    "application/json": QT_TRANSLATE_NOOP("Files", "JSON document"),
    "application/pdf": QT_TRANSLATE_NOOP("Files", "PDF document"),
    "application/zip": QT_TRANSLATE_NOOP("Files", "Zip archive"),
}


def kind_in_words(mime: QMimeType) -> str:
    """ "WAV audio", "PNG image": the same words with or without the system's MIME database."""
    for name in (mime.name(), *mime.aliases()):
        if name in _KIND_WORDS:
            return QCoreApplication.translate("Files", _KIND_WORDS[name])
    comment = mime.comment()
    if comment and comment != mime.name():
        return comment
    top = mime.name().split("/")[0]
    if top == "audio":
        return QCoreApplication.translate("Files", "audio file")
    if top == "image":
        return QCoreApplication.translate("Files", "image")
    if top == "video":
        return QCoreApplication.translate("Files", "video")
    if top == "text":
        return QCoreApplication.translate("Files", "text document")
    suffix = mime.preferredSuffix()
    if suffix:
        return QCoreApplication.translate("Files", "%1 file").replace("%1", suffix.upper())
    return QCoreApplication.translate("Files", "file")


def mime_fits(kind: FileKind, content_type: str | None, name: str = "") -> bool:
    """Whether a file with this MIME type (or, failing that, this name) is of the kind."""
    if kind is FileKind.ANY:
        return True
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime and mime not in ("application/octet-stream", "binary/octet-stream"):
        if mime.startswith(kind.value + "/"):
            return True
        # A WebM or Ogg container can hold just sound.
        if kind is FileKind.AUDIO and mime in ("video/webm", "video/ogg", "application/ogg"):
            return True
        if kind is FileKind.VIDEO and mime == "application/ogg":
            return True
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return bool(ext) and ext in EXTENSIONS[kind]


def _read_head(path: Path, size: int = 64) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(size)
    except OSError:
        return b""


def local_mime(path: Path, *, look_inside: bool = True) -> str | None:
    """A local file's MIME type from its first bytes (when allowed) or its name."""
    if look_inside:
        found = sniff(_read_head(path))
        if found:
            return found[1]
    guessed, _ = mimetypes.guess_type(path.name, strict=False)
    return guessed


def local_fits(kind: FileKind, path: Path, *, look_inside: bool = True) -> bool:
    """Whether a local file is of the kind (by name, and by content when the name says nothing)."""
    if kind is FileKind.ANY:
        return True
    if mime_fits(kind, None, path.name):
        return True
    return mime_fits(kind, local_mime(path, look_inside=look_inside), "")


def file_size(path: Path) -> int | None:
    try:
        return os.stat(path).st_size
    except OSError:
        return None


def wav_duration(path: Path) -> float | None:
    """Seconds of a WAV file, read from its header (the `wave` module, else the RIFF chunks)."""
    try:
        with wave.open(str(path), "rb") as reader:
            rate = reader.getframerate()
            if rate > 0:
                return reader.getnframes() / rate
    except (wave.Error, EOFError, OSError, ValueError):
        pass
    return _riff_duration(path)


def _riff_duration(path: Path) -> float | None:
    """For WAV forms `wave` does not read (WAVE_FORMAT_EXTENSIBLE, float): data size / byte rate."""
    with contextlib.suppress(OSError, struct.error), open(path, "rb") as fh:
        header = fh.read(12)
        if len(header) < 12 or header[:4] != b"RIFF" or header[8:12] != b"WAVE":
            return None
        byte_rate = 0
        for _ in range(64):
            chunk = fh.read(8)
            if len(chunk) < 8:
                return None
            chunk_id, size = chunk[:4], int(struct.unpack("<I", chunk[4:])[0])
            if chunk_id == b"fmt ":
                fmt = fh.read(size + (size & 1))
                byte_rate = int(struct.unpack("<I", fmt[8:12])[0])
            elif chunk_id == b"data":
                if byte_rate <= 0:
                    return None
                if size in (0, 0xFFFFFFFF):  # streamed WAV: take the rest of the file
                    size = max(0, os.fstat(fh.fileno()).st_size - fh.tell())
                return size / byte_rate
            else:
                fh.seek(size + (size & 1), os.SEEK_CUR)
    return None


def local_duration(path: Path) -> float | None:
    """The duration when it is cheap to know (WAV); None otherwise."""
    if path.suffix.lower() in (".wav", ".wave") or sniff(_read_head(path, 12)) == (
        ".wav",
        "audio/wav",
    ):
        return wav_duration(path)
    return None
