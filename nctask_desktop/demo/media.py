"""Small real media files (PNG, WAV) made with the standard library, and content-type sniffing."""

from __future__ import annotations

import io
import math
import mimetypes
import struct
import wave
import zlib

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

_EXTENSION_TYPES: dict[str, str] = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".json": "application/json",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".wav": "audio/wav",
    ".mp3": "audio/mpeg",
    ".ogg": "audio/ogg",
    ".m4a": "audio/mp4",
    ".mp4": "video/mp4",
    ".mov": "video/quicktime",
    ".pdf": "application/pdf",
}


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    """One PNG chunk: length, type, data, CRC."""
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def encode_png(width: int, height: int, rows: list[bytes]) -> bytes:
    """Encode 8-bit RGB rows (each ``3 * width`` bytes) as a PNG file."""
    raw = b"".join(b"\x00" + row for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        PNG_SIGNATURE
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(raw, 6))
        + _png_chunk(b"IEND", b"")
    )


def _seed_of(text: str) -> int:
    """A small stable number derived from a text (not Python's randomised hash)."""
    return zlib.crc32(text.encode("utf-8")) & 0xFFFF


def gradient_png(prompt: str, index: int = 0, width: int = 256, height: int = 256) -> bytes:
    """A gradient picture with a disc in it; colours depend on the prompt and the index."""
    seed = _seed_of(prompt) + 97 * index
    base = ((seed * 37) % 256, (seed * 91 + 64) % 256, (seed * 53 + 128) % 256)
    cx, cy = width * (0.3 + 0.4 * ((seed % 7) / 6)), height * 0.5
    radius = min(width, height) * 0.22
    rows = []
    for y in range(height):
        row = bytearray()
        for x in range(width):
            fx, fy = x / max(width - 1, 1), y / max(height - 1, 1)
            inside = (x - cx) ** 2 + (y - cy) ** 2 <= radius**2
            if inside:
                row += bytes((255 - base[0], 255 - base[1], 255 - base[2]))
            else:
                row += bytes(
                    (
                        int(base[0] * (1 - fx) + 255 * fx * 0.5) % 256,
                        int(base[1] * (1 - fy) + 200 * fy) % 256,
                        (base[2] + index * 60) % 256,
                    )
                )
        rows.append(bytes(row))
    return encode_png(width, height, rows)


def png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG's IHDR chunk, or None when it is not a PNG."""
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def tone_wav(seconds: float, frequency: float = 440.0, rate: int = 16000) -> bytes:
    """A mono 16-bit sine tone with short fades, as WAV bytes."""
    frames = max(1, int(seconds * rate))
    fade = max(1, min(frames // 10, rate // 50))
    samples = bytearray()
    for i in range(frames):
        envelope = min(1.0, i / fade, (frames - 1 - i) / fade)
        value = int(12000 * envelope * math.sin(2 * math.pi * frequency * i / rate))
        samples += struct.pack("<h", value)
    return wav_bytes(bytes(samples), rate)


def speech_wav(text: str, rate: int = 16000) -> bytes:
    """A 'spoken' text: one short tone per word, pitch from the word; length grows with the text."""
    words = text.split() or ["…"]
    words = words[:60]
    samples = bytearray()
    for word in words:
        frequency = 220 + (_seed_of(word) % 440)
        count = int(rate * (0.12 + 0.02 * min(len(word), 10)))
        for i in range(count):
            envelope = math.sin(math.pi * i / count)
            value = int(10000 * envelope * math.sin(2 * math.pi * frequency * i / rate))
            samples += struct.pack("<h", value)
        samples += b"\x00\x00" * int(rate * 0.05)
    return wav_bytes(bytes(samples), rate)


def wav_bytes(pcm: bytes, rate: int, channels: int = 1, width: int = 2) -> bytes:
    """Wrap raw PCM in a WAV container using the wave module."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(channels)
        writer.setsampwidth(width)
        writer.setframerate(rate)
        writer.writeframes(pcm)
    return buffer.getvalue()


def wav_seconds(data: bytes) -> float | None:
    """Duration of WAV bytes, or None when they are not a readable WAV file."""
    try:
        with wave.open(io.BytesIO(data), "rb") as reader:
            return reader.getnframes() / float(reader.getframerate())
    except (wave.Error, EOFError, ZeroDivisionError, ValueError):
        return None


def _looks_like_text(data: bytes) -> bool:
    """True for UTF-8 text without control bytes other than whitespace."""
    if b"\x00" in data[:4096]:
        return False
    try:
        sample = data[:4096].decode("utf-8")
    except UnicodeDecodeError:
        try:
            sample = data[:4092].decode("utf-8")
        except UnicodeDecodeError:
            return False
    return all(ch.isprintable() or ch in "\r\n\t\f" for ch in sample)


def sniff_content_type(data: bytes) -> str:
    """Guess a MIME type from the first bytes, like Nextcloud's download responses."""
    head = data[:16]
    checks: list[tuple[bool, str]] = [
        (head.startswith(PNG_SIGNATURE), "image/png"),
        (head.startswith(b"\xff\xd8\xff"), "image/jpeg"),
        (head[:6] in (b"GIF87a", b"GIF89a"), "image/gif"),
        (head[:4] == b"RIFF" and head[8:12] == b"WAVE", "audio/wav"),
        (head[:4] == b"RIFF" and head[8:12] == b"WEBP", "image/webp"),
        (head[:3] == b"ID3" or head[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"), "audio/mpeg"),
        (head[:4] == b"OggS", "audio/ogg"),
        (head[:5] == b"%PDF-", "application/pdf"),
    ]
    for matched, mime in checks:
        if matched:
            return mime
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand == b"qt  ":
            return "video/quicktime"
        return "audio/mp4" if brand in (b"M4A ", b"M4B ") else "video/mp4"
    if data and _looks_like_text(data):
        return "text/plain"
    return "application/octet-stream"


def content_type_for_name(name: str, data: bytes) -> str:
    """MIME type from a file name's extension (as Nextcloud's file cache does), else sniffed."""
    dot = name.rfind(".")
    extension = name[dot:].lower() if dot > 0 else ""
    if extension in _EXTENSION_TYPES:
        return _EXTENSION_TYPES[extension]
    guessed, _ = mimetypes.guess_type(name, strict=False)
    return guessed or sniff_content_type(data)
