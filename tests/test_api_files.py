"""Extensions from content, and names that never overwrite."""

from __future__ import annotations

import io
import wave
from pathlib import Path

import pytest

from nctask_desktop.api.files import claim_unique_path, extension_for, safe_file_stem


def _wav() -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x00" * 10)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("ctype", "head", "ext"),
    [
        ("application/octet-stream", b"\x89PNG\r\n\x1a\n0000", ".png"),
        ("text/plain", b"\x89PNG\r\n\x1a\n0000", ".png"),  # the bytes win
        (None, b"\xff\xd8\xff\xe0", ".jpg"),
        ("", _wav()[:64], ".wav"),
        ("audio/mpeg", b"ID3\x03", ".mp3"),
        ("", b"\x00\x00\x00\x18ftypmp42", ".mp4"),
        ("", b"%PDF-1.7", ".pdf"),
        ("image/webp", b"", ".webp"),
        ("text/plain; charset=utf-8", b"hello", ".txt"),
        ("application/octet-stream", "héllo wörld".encode(), ".txt"),
        ("application/octet-stream", b"\x00\x01\x02\x03", ".bin"),
        ("application/json", b"{}", ".json"),
    ],
)
def test_extension_for(ctype: str | None, head: bytes, ext: str) -> None:
    assert extension_for(ctype, head) == ext


def test_unique_names(tmp_path: Path) -> None:
    assert claim_unique_path(tmp_path, "b", ".png") == tmp_path / "b.png"  # free: the name itself
    (tmp_path / "a.png").write_bytes(b"x")
    first = claim_unique_path(tmp_path, "a", ".png")
    second = claim_unique_path(tmp_path, "a", ".png")
    assert first.name == "a (2).png" and second.name == "a (3).png"
    assert (tmp_path / "a.png").read_bytes() == b"x"


def test_safe_file_stem() -> None:
    assert safe_file_stem('a/b:c*?"<>|') == "a_b_c______"
    assert safe_file_stem("...") == "file"


def test_partial_file_is_published_or_removed(tmp_path: Path) -> None:
    import os

    from nctask_desktop.api.files import partial_file, publish

    with partial_file(tmp_path / "out") as (fd, tmp):
        os.write(fd, b"hello")
        os.close(fd)
        first = publish(tmp, tmp_path / "out", "note", ".txt")
    with partial_file(tmp_path / "out") as (fd, tmp):
        os.close(fd)
        second = publish(tmp, tmp_path / "out", "note", ".txt")
    assert (first.name, second.name) == ("note.txt", "note (2).txt")
    assert first.read_bytes() == b"hello"
    with pytest.raises(RuntimeError), partial_file(tmp_path / "out") as (fd, tmp):
        os.close(fd)
        raise RuntimeError("download broke")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["note (2).txt", "note.txt"]
