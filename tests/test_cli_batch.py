"""`nctask batch` end to end against the simulator: many files, the rate limit met and waited for,
results next to each file or in --output-dir, --slot, -i, --json and the exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest

from nctask_desktop import cli_batch
from nctask_desktop.demo import DemoServer
from tests.support import CliResult, alice_server, recordings, run_cli, wav

Run = Callable[..., CliResult]


@pytest.fixture
def demo_server() -> Iterator[DemoServer]:
    """The simulator with its rate limit at 10 new tasks per 2 s (the real rule, faster)."""
    with alice_server(task_seconds=0.3, rate_limit=10, rate_window=2.0) as server:
        yield server


@pytest.fixture
def nctask(
    capsys: pytest.CaptureFixture[str], env_alice: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> Run:
    # the queue's own count of 20 per window, with a short window; a 429 is looked at again soon
    monkeypatch.setattr(cli_batch, "QUEUE_OPTIONS", {"window": 2.0, "retry_step": 0.5})
    return partial(run_cli, capsys)


def _refused(server: DemoServer) -> int:
    return sum(1 for r in server.requests if r.path.endswith("/schedule") and r.status == 429)


def test_a_folder_of_25_recordings_is_transcribed_next_to_each_file(
    nctask: Run, demo_server: DemoServer, tmp_path: Path
) -> None:
    folder = tmp_path / "interviews"
    files = recordings(folder, 25)
    (folder / "notes.md").write_text("not audio", encoding="utf-8")
    r = nctask("batch", "core:audio2text", folder)
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert len(lines) == 25
    assert sorted(lines) == sorted(f"{path}\tdone\t{path.with_suffix('.txt')}" for path in files)
    for path in files:
        assert path.name in path.with_suffix(".txt").read_text(encoding="utf-8")
    assert not (folder / "notes.txt").exists()
    # the server's limit was met (10 per window here): the command waited, said so, lost nothing
    assert _refused(demo_server) > 0
    assert "Waiting" in r.err and "rate limit" in r.err
    assert demo_server.task_count() == 25
    assert "25 files: 25 done, 0 failed, 0 cancelled." in r.err


def test_json_output_dir_and_the_own_count_of_the_limit(
    nctask: Run, demo_server: DemoServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_batch, "QUEUE_OPTIONS", {"limit": 10, "window": 2.0})
    files = [wav(tmp_path / "in" / f"take {i}.wav") for i in range(1, 23)]
    out = tmp_path / "out"
    out.mkdir()
    (out / "take 1.txt").write_text("keep me", encoding="utf-8")
    r = nctask("batch", "core:audio2text", *files, "--output-dir", out, "--json")
    assert r.code == 0, r.err
    data = json.loads(r.out)
    assert data["summary"] == {"done": 22, "failed": 0, "cancelled": 0}
    assert [f["file"] for f in data["files"]] == [
        str(p) for p in sorted(files, key=lambda p: p.name.casefold())
    ]
    first = next(f for f in data["files"] if f["file"].endswith("take 1.wav"))
    assert first["status"] == "done" and isinstance(first["task"], int)
    assert first["saved"] == [str(out / "take 1 (2).txt")]
    assert (out / "take 1.txt").read_text(encoding="utf-8") == "keep me"
    assert len(list(out.iterdir())) == 23 and not list((tmp_path / "in").glob("*.txt"))
    # the command kept to its own count: it waited without being refused
    assert _refused(demo_server) == 0
    assert "the server allows 10 new tasks per 2 s" in r.err


def test_slot_and_inputs_for_a_type_with_several_file_inputs(
    nctask: Run, demo_server: DemoServer, tmp_path: Path
) -> None:
    photos = [tmp_path / f"photo {i}.png" for i in (1, 2, 3)]
    for photo in photos:
        photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(16))
    r = nctask("batch", "demo:allslots", *photos, "-i", "choice=b")
    assert r.code == 2 and "--slot" in r.err and "file, image, audio, video" in r.err
    r = nctask("batch", "demo:allslots", *photos, "--slot", "nope", "-i", "choice=b")
    assert r.code == 2
    r = nctask("batch", "demo:allslots", *photos, "--slot", "image", "-i", "choice=b")
    assert r.code == 2 and "“file” is required" in r.err  # the other file input is mandatory

    r = nctask(
        "batch", "demo:allslots", *photos, "--slot", "file", "-i", "choice=b", "-i", "text=hi"
    )
    assert r.code == 0, r.err
    assert demo_server.task_count() == 3
    for photo in photos:
        # the summary and the JSON report (sent as text), both named after the input
        texts = [p.read_text(encoding="utf-8") for p in tmp_path.glob(f"{photo.stem}*.txt")]
        assert len(texts) == 2
        summary = next(t for t in texts if t.startswith("Received input:"))
        assert photo.name in summary and '"hi"' in summary and '"b"' in summary

    r = nctask(
        "batch",
        "demo:allslots",
        photos[0],
        "--slot",
        "file",
        "-i",
        "choice=a",
        "-i",
        "text=set to fail",
    )
    assert r.code == 1
    assert r.out.startswith(f"{photos[0]}\tfailed\t")
    assert "1 file: 0 done, 1 failed, 0 cancelled." in r.err


def test_a_failed_file_exits_1_and_the_others_are_still_saved(
    nctask: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = [wav(tmp_path / f"{name}.wav") for name in ("a", "b", "c")]
    real_save = cli_batch.save_results

    async def save(client, task, task_type, directory, *, base=None, **kw):  # type: ignore[no-untyped-def]
        if base == "b":
            raise PermissionError(13, "Permission denied", str(directory))
        return await real_save(client, task, task_type, directory, base=base, **kw)

    monkeypatch.setattr(cli_batch, "save_results", save)
    r = nctask("batch", "core:audio2text", *files)
    assert r.code == 1
    assert (tmp_path / "a.txt").exists() and (tmp_path / "c.txt").exists()
    assert not (tmp_path / "b.txt").exists()
    line = next(x for x in r.out.splitlines() if x.startswith(str(files[1])))
    assert "\tfailed\tThe results could not be saved." in line
    assert "3 files: 2 done, 1 failed, 0 cancelled." in r.err


def test_usage_and_authentication_errors(
    nctask: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    audio = wav(tmp_path / "x.wav")
    assert nctask("batch", "core:audio2text", tmp_path / "missing.wav").code == 2
    r = nctask("batch", "core:text2text", audio)
    assert r.code == 2 and "nctask run" in r.err
    r = nctask("batch", "core:audio2text", tmp_path / "x.wav", "-i", "input=@x")
    assert r.code == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    assert nctask("batch", "core:audio2text", empty).code == 2
    r = nctask("batch", "no:such", audio)
    assert r.code == 2 and "core:audio2text" in r.err
    monkeypatch.setenv("NCTASK_APP_PASSWORD", "wrong-password-123")
    assert nctask("batch", "core:audio2text", audio).code == 3
    assert not (tmp_path / "x.txt").exists()
