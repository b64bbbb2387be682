"""Saving when the disk is full, the folder is not writable or read-only: nothing is left under the
final name, no temporary file stays behind, and the user reads what happened and what to do."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import httpx
import pytest

from nctask_desktop.api import Task
from nctask_desktop.api import client as client_module
from nctask_desktop.api import files as files_module
from nctask_desktop.api.files import SaveError, partial_file, publish
from nctask_desktop.messages import explain, explain_save
from nctask_desktop.services.results import save_results
from tests.support import mock_client

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * (3 * 1024 * 1024)  # three write buffers' worth


class FillingFile:
    """A file that takes `room` bytes, writes them, then says the disk is full (mid-file)."""

    def __init__(self, real: Any, room: int, code: int = errno.ENOSPC) -> None:
        self.real, self.room, self.code, self.written = real, room, code, 0

    def write(self, data: Any) -> int:
        if self.written + len(data) > self.room:
            part = self.room - self.written
            self.real.write(data[:part])
            self.real.flush()
            self.written += part
            raise OSError(self.code, os.strerror(self.code))
        self.written += len(data)
        return int(self.real.write(data))

    def __enter__(self) -> FillingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def disk_fills_after(monkeypatch: pytest.MonkeyPatch, room: int, code: int = errno.ENOSPC) -> None:
    real_fdopen = os.fdopen

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        return FillingFile(real_fdopen(fd, *args, **kwargs), room, code)

    monkeypatch.setattr(client_module.os, "fdopen", fdopen)


def png_reply(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=PNG, headers={"Content-Type": "image/png"})


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "The disk is full: the result could not be saved in {folder}."),
        (errno.EDQUOT, "Your disk quota is used up: the result could not be saved in {folder}."),
    ],
)
async def test_a_full_disk_mid_download_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "earlier.png").write_bytes(b"kept")
    disk_fills_after(monkeypatch, 1_500_000, code)
    async with mock_client(png_reply) as client:
        with pytest.raises(SaveError) as caught:
            await client.download_task_file(1, 2, folder, "fox")
    assert listing(folder) == ["earlier.png"]  # no fox.png, no .nctask-*.part
    assert caught.value.errno == code and caught.value.filename == str(folder)
    text = explain(caught.value).render()
    assert text.startswith(words.format(folder=folder))
    assert text.endswith("Free some space or choose another folder, then save again.")


async def test_a_refused_rename_leaves_no_file_under_the_final_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(src: Any, dst: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files_module.os, "replace", refuse)
    async with mock_client(png_reply) as client:
        with pytest.raises(SaveError):
            await client.download_task_file(1, 2, tmp_path, "fox")
    assert listing(tmp_path) == []  # neither the name it had claimed nor the temporary file


def test_a_late_error_on_flush_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A network share (or quota) that refuses only when the bytes go to the disk: the file never
    gets its final name."""

    def refuse(fd: int) -> None:
        raise OSError(errno.EDQUOT, "Disk quota exceeded")

    monkeypatch.setattr(files_module.os, "fsync", refuse)
    with pytest.raises(SaveError) as caught, partial_file(tmp_path) as (fd, tmp):
        os.write(fd, b"hello")
        os.close(fd)
        publish(tmp, tmp_path, "note", ".txt")
    assert listing(tmp_path) == []
    assert caught.value.errno == errno.EDQUOT


def _text_task() -> Task:
    return Task.from_json(
        {
            "id": 7,
            "type": "core:text2text",
            "status": "STATUS_SUCCESSFUL",
            "input": {"input": "Write a haiku"},
            "output": {"output": "Waves fold into foam\n" * 20000},
        }
    )


async def test_text_results_go_the_same_safe_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fdopen = os.fdopen
    monkeypatch.setattr(
        "nctask_desktop.services.results.os.fdopen",
        lambda fd, *a, **k: FillingFile(real_fdopen(fd, *a, **k), 100_000),
    )
    async with mock_client(png_reply) as client:
        with pytest.raises(SaveError) as caught:
            await save_results(client, _text_task(), None, tmp_path / "texts")
    assert listing(tmp_path / "texts") == []
    assert "The disk is full: the result could not be saved in" in explain(caught.value).render()


async def test_text_results_are_saved_when_there_is_room(tmp_path: Path) -> None:
    async with mock_client(png_reply) as client:
        saved = await save_results(client, _text_task(), None, tmp_path)
    assert [p.name for p in saved] == ["task-7-output.txt"]
    assert saved[0].read_text(encoding="utf-8").startswith("Waves fold into foam")
    assert listing(tmp_path) == [saved[0].name]


async def test_no_permission_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / ".nctask-x.part"))

    monkeypatch.setattr(files_module.tempfile, "mkstemp", refuse)
    async with mock_client(png_reply) as client:
        with pytest.raises(SaveError) as caught:
            await client.download_task_file(1, 2, tmp_path, "fox")
    assert listing(tmp_path) == []
    assert explain(caught.value).render() == (
        f"This app may not write in {tmp_path}, so the result was not saved. "
        "Choose another folder, or allow writing in this one, then save again."
    )


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root writes in read-only folders",
)
async def test_a_read_only_folder_is_explained(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "earlier.png").write_bytes(b"kept")
    folder.chmod(0o500)
    try:
        async with mock_client(png_reply) as client:
            with pytest.raises(SaveError) as caught:
                await client.download_task_file(1, 2, folder, "fox")
        assert listing(folder) == ["earlier.png"]
    finally:
        folder.chmod(0o700)
    assert explain(caught.value).render().startswith(f"This app may not write in {folder}")


@pytest.mark.parametrize(
    ("code", "report", "words"),
    [
        (errno.EROFS, False, "{folder} is on a read-only disk, so the result was not saved."),
        (errno.EPERM, True, "This app may not write in {folder}, so the report was not saved."),
        (errno.ENOSPC, True, "The disk is full: the report could not be saved in {folder}."),
        (errno.EIO, False, "The result could not be saved in {folder}: Input/output error."),
    ],
)
def test_every_kind_of_save_error_has_its_sentence(
    tmp_path: Path, code: int, report: bool, words: str
) -> None:
    exc = SaveError(tmp_path, OSError(code, os.strerror(code)))
    assert explain_save(exc, report=report).render().startswith(words.format(folder=tmp_path))
    assert isinstance(exc, OSError)  # what catches OSError still catches it


def test_the_command_line_says_the_disk_is_full_and_exits_non_zero(
    demo_server: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    import json

    from nctask_desktop import cli

    monkeypatch.setenv("NCTASK_SERVER", demo_server.base_url)
    monkeypatch.setenv("NCTASK_LOGIN", "alice")
    monkeypatch.setenv("NCTASK_APP_PASSWORD", "alice-app-password")
    code = cli.main(["run", "core:text2image", "-i", "input=a red fox", "--wait", "--json"])
    out, _err = capsys.readouterr()
    assert code == 0
    task_id = json.loads(out)["id"]
    folder = tmp_path / "out"
    disk_fills_after(monkeypatch, 10)
    code = cli.main(["download", str(task_id), "--output-dir", str(folder)])
    out, err = capsys.readouterr()
    assert code != 0
    assert "Traceback" not in err
    assert f"The disk is full: the result could not be saved in {folder}." in err
    assert listing(folder) == []
