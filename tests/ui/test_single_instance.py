"""One app per session: a second start hands its files over and exits; the choice when several
tasks fit; a crashed app's socket never blocks the next start (ui/single_instance.py, open_with.py)."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from nctask_desktop.app import files_arrived
from nctask_desktop.demo.server import DemoServer
from nctask_desktop.services.logs import log_file
from nctask_desktop.services.tasks import LocalFile
from nctask_desktop.ui import single_instance
from nctask_desktop.ui.open_with import TaskChoiceDialog
from tests.ui.forms_support import write_wav
from tests.ui.support import alice_window, wait_until

pytestmark = pytest.mark.usefixtures("app_home")


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra}
    env.pop(single_instance.SWITCH, None)
    return env


def _second_start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "nctask_desktop", *args],
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


async def _finished(process: subprocess.Popen[str], timeout: float = 30.0) -> int:
    """Wait for a child without blocking the loop (the app in this process must answer it)."""
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    if process.poll() is None:
        process.kill()
    _, errors = process.communicate(timeout=10)
    assert process.returncode == 0, errors
    return process.returncode


def test_requests_carry_a_version_and_absolute_paths_only() -> None:
    data = single_instance.encode([Path("/tmp/a.wav"), Path("/tmp/b c.png")])
    assert data.endswith(b"\n") and b'"version": 1' in data
    assert single_instance.decode(data.strip()) == [Path("/tmp/a.wav"), Path("/tmp/b c.png")]
    assert single_instance.decode(b'{"version": 2, "files": ["relative.wav", 3]}') == []
    assert single_instance.decode(b'{"files": []}') is None  # no version: not ours
    assert single_instance.decode(b"\xff garbage") is None


def test_the_name_is_per_user_session_and_home(monkeypatch: pytest.MonkeyPatch) -> None:
    first = single_instance.server_name()
    assert "nctask-desktop-" in first
    monkeypatch.setenv("NCTASK_HOME", "/elsewhere")
    assert single_instance.server_name() != first
    if sys.platform.startswith("linux"):
        monkeypatch.setenv("DISPLAY", ":5.0")
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        on_5 = single_instance.server_name()
        monkeypatch.setenv("DISPLAY", ":5")
        assert single_instance.server_name() == on_5  # the same X server
        monkeypatch.setenv("DISPLAY", ":6")
        assert single_instance.server_name() != on_5


def test_the_switch_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(single_instance.SWITCH, "0")
    assert not single_instance.enabled()
    monkeypatch.delenv(single_instance.SWITCH)
    assert single_instance.enabled()


async def test_a_second_start_hands_its_file_to_the_running_window(
    make_workspace: Any, make_window: Any, demo_server: DemoServer, tmp_path: Path
) -> None:
    """The real `python -m nctask_desktop FILE` exits 0 at once; the file lands in the form of
    the one task that fits it; without files the window only comes to the front."""
    _, window = await alice_window(make_workspace, make_window, demo_server)
    app = QApplication.instance()
    assert app is not None
    inbox = single_instance.Inbox(app)
    assert inbox.listen()
    inbox.set_handler(lambda files: files_arrived(window, files))
    recording = write_wav(tmp_path / "interview.wav")
    started = time.monotonic()
    second = _second_start(str(recording))
    assert await _finished(second) == 0
    print(f"second start handed over and exited in {time.monotonic() - started:.2f} s")
    await wait_until(lambda: window.type_browser.current_id == "core:audio2text", 10)
    form = window.new_task.current_form()
    assert form is not None and form.values() == {"input": LocalFile(recording)}
    assert await _finished(_second_start()) == 0  # no files: only to the front
    inbox.close()


async def test_a_file_that_fits_several_tasks_asks_which(
    make_workspace: Any, make_window: Any, demo_server: DemoServer, tmp_path: Path
) -> None:
    engine = demo_server._state.engine
    transcribe = engine.types["core:audio2text"]
    engine.types["demo:minutes"] = dataclasses.replace(
        transcribe, id="demo:minutes", name="Minutes of a meeting"
    )
    _, window = await alice_window(make_workspace, make_window, demo_server)
    recording = write_wav(tmp_path / "meeting.wav")
    files_arrived(window, [recording])
    dialog = window.new_task.placer.dialog
    assert isinstance(dialog, TaskChoiceDialog) and dialog.isVisible()
    assert "meeting.wav" in dialog.question.text()
    names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert names[:2] == ["Transcribe audio", "Minutes of a meeting"]
    assert "Every kind of input" in names  # it takes audio too, as an optional input: last
    dialog.list.setCurrentRow(1)
    dialog.accept()
    assert window.type_browser.current_id == "demo:minutes"
    form = window.new_task.current_form()
    assert form is not None and form.values() == {"input": LocalFile(recording)}
    # The current task wins a tie: no question then.
    assert window.type_browser.select_type("core:audio2text")
    other = write_wav(tmp_path / "second.wav")
    files_arrived(window, [other])
    assert window.new_task.placer.dialog is None
    assert window.type_browser.current_id == "core:audio2text"
    form = window.new_task.current_form()
    assert form is not None and form.values() == {"input": LocalFile(other)}


async def test_files_of_different_kinds_ask_when_no_task_takes_all(
    make_workspace: Any, make_window: Any, demo_server: DemoServer, tmp_path: Path
) -> None:
    engine = demo_server._state.engine
    del engine.types["demo:allslots"]  # the one task that takes images and audio together
    transcribe = engine.types["core:audio2text"]
    image_input = dataclasses.replace(transcribe.input_shape[0], type="Image")
    describe = dataclasses.replace(
        transcribe, id="demo:describe", name="Describe an image", input_shape=[image_input]
    )
    engine.types["demo:describe"] = describe
    _, window = await alice_window(make_workspace, make_window, demo_server)
    recording = write_wav(tmp_path / "voice.wav")
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    files_arrived(window, [recording, picture])
    dialog = window.new_task.placer.dialog
    assert dialog is not None and "2 files" in dialog.question.text()
    names = {dialog.list.item(i).text() for i in range(dialog.list.count())}
    assert names == {"Transcribe audio", "Describe an image"}
    dialog.reject()
    assert window.new_task.placer.dialog is None


def _app_answers() -> bool:
    return single_instance.hand_over([]) == "handed-over"


def _start_app() -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "nctask_desktop", "--demo"],
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def _wait(condition: Any, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def _hand_over(path: Path) -> None:
    """Start the app with `path`, as the file manager would; it hands the file over and exits."""
    start = subprocess.run(
        [sys.executable, "-m", "nctask_desktop", str(path)],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert start.returncode == 0, start.stderr


def _handed_into_form(count: int) -> bool:
    path = log_file()
    text = path.read_text("utf-8", "replace") if path.exists() else ""
    return text.count("opened file(s) went into the form of core:audio2text") >= count


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and socket files are Unix's")
def test_after_a_crash_the_next_start_becomes_the_app(tmp_path: Path) -> None:
    """Two real app processes: the first is killed with SIGKILL (its socket file stays); the
    next start finds nobody answering there, removes it and takes the files of later starts."""
    recording = write_wav(tmp_path / "talk.wav")
    first = _start_app()
    try:
        assert _wait(_app_answers), "the first app never listened"
        _hand_over(recording)
        assert _wait(lambda: _handed_into_form(1)), "the first app did not place the file"
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    assert Path(single_instance.server_name()).exists()  # what a crash leaves
    assert single_instance.hand_over([]) == "no-app"
    third = _start_app()
    try:
        assert _wait(_app_answers), "the stale socket blocked the next start"
        _hand_over(recording)
        assert _wait(lambda: _handed_into_form(2)), "the new app did not place the file"
        assert third.poll() is None  # the app runs on; only the second starts exited
    finally:
        third.terminate()
        third.wait(10)


async def test_several_recordings_handed_over_start_a_batch_of_the_fitting_task(
    make_workspace: Any, make_window: Any, demo_server: DemoServer, tmp_path: Path
) -> None:
    """Three recordings for "Transcribe audio" (one audio input): the many-files dialog with
    all three, one task each, rather than a task whose list input would take them together."""
    _, window = await alice_window(make_workspace, make_window, demo_server)
    assert window.type_browser.select_type("core:audio2text")
    files = [write_wav(tmp_path / f"interview-{i}.wav") for i in range(3)]
    files_arrived(window, files)
    flow = window.new_task.batches
    await wait_until(lambda: flow.dialog is not None and flow.dialog.isVisible(), 10)
    assert flow.dialog is not None and flow.dialog.files == files
    assert window.type_browser.current_id == "core:audio2text"
    flow.dialog.reject()


async def test_macos_file_open_events_reach_the_inbox_as_one_request(
    qapp: QApplication, tmp_path: Path
) -> None:
    """Finder's "Open with" sends one QFileOpenEvent per file to the application object; they are
    gathered into one request (the app's own QApplication class takes them, no event filter)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    assert isinstance(qapp, single_instance.Application)
    inbox = single_instance.Inbox(qapp, name=f"nctask-test-{os.getpid()}-open")
    got: list[list[Path]] = []
    inbox.set_handler(got.append)
    qapp.file_open = inbox.take_file_open
    try:
        for name in ("a.wav", "b.wav"):
            assert QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / name)))
        await wait_until(lambda: bool(got))
        assert got == [[tmp_path / "a.wav", tmp_path / "b.wav"]]
    finally:
        qapp.file_open = None
        inbox.deleteLater()
