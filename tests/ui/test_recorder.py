"""Recording on Audio slots, without a sound card: the dialog with an injected source of samples."""

from __future__ import annotations

import asyncio
import math
import struct
import wave
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QProgressBar, QPushButton, QWidget

from nctask_desktop.services.recorder import (
    SAMPLE_RATE,
    BlockSource,
    MicrophoneError,
    MicrophoneProblem,
    recordings_dir,
)
from nctask_desktop.services.tasks import LocalFile
from nctask_desktop.ui import recorder as recorder_ui
from nctask_desktop.ui.forms import FileEditor, ListEditor
from nctask_desktop.ui.recorder import RecorderDialog, problem_text, record_audio, silence_text
from tests.ui.forms_support import ALL_SLOT_TYPES, form_widget, make_type
from tests.ui.support import wait_until


def tone(seconds: float, amplitude: float = 0.3) -> bytes:
    count = round(seconds * SAMPLE_RATE)
    return struct.pack(
        f"<{count}h",
        *(round(amplitude * 32767 * math.sin(i / 5)) for i in range(count)),
    )


class FakePlayer:
    """Stands in for the speakers: remembers what it was asked to play."""

    def __init__(self) -> None:
        self.played: list[Path] = []
        self.playing = False

    def play(self, path: Path) -> None:
        assert path.is_file()
        self.played.append(path)
        self.playing = True

    def stop(self) -> None:
        self.playing = False

    def is_playing(self) -> bool:
        return self.playing


@pytest.fixture
def player(monkeypatch: pytest.MonkeyPatch) -> FakePlayer:
    fake = FakePlayer()
    monkeypatch.setattr(recorder_ui, "default_player", lambda: fake)
    return fake


def click(qtbot: Any, button: QPushButton | None) -> None:
    assert button is not None and button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def record(qtbot: Any, dialog: RecorderDialog, ticks: int) -> None:
    """Start, let the dialog take `ticks` blocks from its source, stop."""
    click(qtbot, dialog.record_button)
    assert dialog.is_recording()
    for _ in range(ticks):
        dialog.tick()
    click(qtbot, dialog.record_button)
    assert dialog.has_recording()


def test_record_button_only_on_audio_slots_with_an_accessible_name(qtbot: Any) -> None:
    form = form_widget(qtbot, make_type(ALL_SLOT_TYPES))
    with_record = set()
    for key in ALL_SLOT_TYPES:
        editor = form.editor(key)
        picker = getattr(editor, "picker", None)
        if picker is None:
            continue
        if picker.record_button is not None:
            with_record.add(key)
            assert picker.record_button.text() == "Record…"
            name = picker.record_button.accessibleName()
            assert "Record audio" in name and f"“{key.capitalize()}”" in name
    audio_keys = {k for k, v in ALL_SLOT_TYPES.items() if v in ("Audio", "ListOfAudios")}
    assert audio_keys and with_record == audio_keys
    # beside "Choose file…", in reading order
    picker = form.editor(next(iter(audio_keys))).picker  # type: ignore[attr-defined]
    form.show()
    assert picker.choose_button.nextInFocusChain() is picker.record_button


def test_recording_fills_the_audio_slot_like_a_chosen_file(qtbot: Any, player: FakePlayer) -> None:
    form = form_widget(qtbot, make_type({"input": "Audio"}))
    form.show()
    editor = form.editor("input")
    assert isinstance(editor, FileEditor)
    blocks = [tone(0.1)] * 12
    dialog = editor.picker.open_recorder(source=BlockSource(blocks))
    assert dialog.isVisible() and dialog.windowTitle() == "Record audio for “Input”"
    assert dialog.time_label.text() == "00:00" and dialog.meter.value() == 0
    assert not dialog.use_button.isEnabled() and not dialog.play_button.isEnabled()
    click(qtbot, dialog.record_button)
    assert dialog.record_button.text() == "Stop recording"
    for _ in range(11):
        dialog.tick()
    assert dialog.time_label.text() == "00:01"  # 1.1 s
    assert dialog.meter.value() > 50  # -13 dBFS
    click(qtbot, dialog.record_button)  # stop: the last block is taken too
    assert dialog.meter.value() == 0
    assert "Recorded 00:01" in dialog.status.text()
    click(qtbot, dialog.play_button)
    assert player.played and player.played[0].suffix == ".part"
    assert dialog.play_button.text() == "Stop playing"
    assert not dialog.use_button.isEnabled()
    click(qtbot, dialog.play_button)
    assert not player.playing
    click(qtbot, dialog.use_button)
    assert not dialog.isVisible()
    path = dialog.recorded
    assert path is not None and path.parent == recordings_dir()
    assert path.name.startswith("Recording ") and path.suffix == ".wav"
    with wave.open(str(path), "rb") as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (16000, 1, 2)
        assert wav.readframes(wav.getnframes()) == b"".join(blocks)
    assert editor.value() == LocalFile(path)
    assert form.values() == {"input": LocalFile(path)}
    assert form.errors() == {}
    assert editor.card is not None and editor.card.name() == path.name
    assert [p.name for p in recordings_dir().iterdir()] == [path.name]  # nothing else left


def test_recording_is_added_to_a_list_of_audios(qtbot: Any, player: FakePlayer) -> None:
    form = form_widget(qtbot, make_type({"clips": "ListOfAudios"}))
    form.show()
    editor = form.editor("clips")
    assert isinstance(editor, ListEditor)
    for _ in range(2):
        dialog = editor.picker.open_recorder(source=BlockSource([tone(0.2)]))
        record(qtbot, dialog, 1)
        click(qtbot, dialog.use_button)
    values = form.values()["clips"]
    assert len(values) == 2 and all(isinstance(v, LocalFile) for v in values)
    assert values[0] != values[1]


def test_discard_leaves_no_file_and_the_slot_empty(qtbot: Any, player: FakePlayer) -> None:
    form = form_widget(qtbot, make_type({"input": "Audio"}))
    form.show()
    editor = form.editor("input")
    assert isinstance(editor, FileEditor)
    dialog = editor.picker.open_recorder(source=BlockSource([tone(0.2)] * 5))
    record(qtbot, dialog, 2)
    assert list(recordings_dir().iterdir())
    click(qtbot, dialog.discard_button)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert list(recordings_dir().iterdir()) == []
    assert form.values() == {} and editor.value() is None


def test_keyboard_starts_stops_and_escape_discards(qtbot: Any, player: FakePlayer) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = RecorderDialog(parent, BlockSource([tone(0.2)] * 5))
    dialog.open()
    assert dialog.record_button.isDefault()
    qtbot.keyClick(dialog.record_button, Qt.Key.Key_Space)
    assert dialog.is_recording()
    dialog.tick()
    qtbot.keyClick(dialog.record_button, Qt.Key.Key_Space)
    assert dialog.has_recording() and dialog.use_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert list(recordings_dir().iterdir()) == []


def test_every_control_has_an_accessible_name(qtbot: Any, player: FakePlayer) -> None:
    dialog = RecorderDialog(None, BlockSource([tone(0.1)]))
    qtbot.addWidget(dialog)
    dialog.show()
    for state in ("ready", "recording", "stopped"):
        controls = [
            w
            for w in dialog.findChildren(QWidget)
            if isinstance(w, QPushButton | QProgressBar) and w.isVisible()
        ]
        assert len(controls) == 5, state
        for control in controls:
            assert control.accessibleName(), (state, control)
        assert dialog.time_label.accessibleName() == "Recording time"
        if state == "ready":
            click(qtbot, dialog.record_button)
        elif state == "recording":
            dialog.tick()
            click(qtbot, dialog.record_button)
    dialog.reject()


@pytest.mark.parametrize(
    ("problem", "words"),
    [
        (MicrophoneProblem.NO_DEVICE, "No microphone was found"),
        (MicrophoneProblem.BUSY, "in use by another program"),
        (MicrophoneProblem.PERMISSION, "does not let the app use the microphone"),
        (MicrophoneProblem.NO_BACKEND, "PortAudio"),
    ],
)
def test_microphone_problem_is_one_sentence_saying_which(
    qtbot: Any, player: FakePlayer, problem: MicrophoneProblem, words: str
) -> None:
    dialog = RecorderDialog(None, BlockSource(error=MicrophoneError(problem, "lib words")))
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.record_button)
    text = dialog.message.text()
    assert words in text and dialog.message.isVisible()
    assert "Traceback" not in text and "lib words" not in text
    # the dialog grew so that the whole sentence shows (it was cut off at first)
    label = dialog.message
    assert label.height() >= label.heightForWidth(label.width()) > 0
    assert label.geometry().bottom() < dialog.height()
    assert not dialog.is_recording() and dialog.recorder is None
    assert dialog.record_button.isEnabled() and dialog.record_button.text() == "Start recording"
    assert not dialog.use_button.isEnabled()
    assert not recordings_dir().exists() or list(recordings_dir().iterdir()) == []


@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
def test_each_system_is_told_where_to_allow_the_microphone(platform: str) -> None:
    where = {
        "linux": "PipeWire or PulseAudio",
        "darwin": "System Settings → Privacy & Security → Microphone",
        "win32": "Settings → Privacy & security → Microphone",
    }[platform]
    denied = problem_text(MicrophoneError(MicrophoneProblem.PERMISSION), platform)
    assert where in denied
    assert where in silence_text(platform)
    for problem in MicrophoneProblem:
        text = problem_text(MicrophoneError(problem, "detail"), platform)
        assert text.endswith(".") and "\n" not in text
        assert ". " not in text.rstrip(".")  # one sentence


def test_permission_refused_is_said_before_anything_starts(
    qtbot: Any, player: FakePlayer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        RecorderDialog, "_permission_status", lambda self: Qt.PermissionStatus.Denied
    )
    source = BlockSource([tone(0.1)])
    dialog = RecorderDialog(None, source)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.record_button)
    assert not source.started
    assert "does not let the app use the microphone" in dialog.message.text()


def test_only_silence_says_the_microphone_is_muted_or_blocked(
    qtbot: Any, player: FakePlayer
) -> None:
    dialog = RecorderDialog(None, BlockSource([b"\x00\x00" * 1600] * 40))
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.record_button)
    for _ in range(20):
        dialog.tick()
    assert dialog.message.text() == ""
    for _ in range(10):
        dialog.tick()
    assert dialog.message.text() == silence_text()
    dialog.reject()


def test_device_lost_while_recording_keeps_the_take(qtbot: Any, player: FakePlayer) -> None:
    lost = MicrophoneError(MicrophoneProblem.FAILED, "device unplugged")
    dialog = RecorderDialog(None, BlockSource([tone(0.5)], read_error=lost))
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.record_button)
    dialog.tick()
    dialog.tick()
    assert "device unplugged" in dialog.message.text()
    assert dialog.has_recording() and dialog.use_button.isEnabled()
    dialog.reject()


async def test_record_audio_returns_the_file_or_none(qtbot: Any, player: FakePlayer) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def dialog() -> RecorderDialog | None:
        found = [d for d in parent.findChildren(RecorderDialog) if d.isVisible()]
        return found[0] if found else None

    task = asyncio.ensure_future(
        record_audio(parent, BlockSource([tone(0.3)]), use_text="Transcribe")
    )
    await wait_until(lambda: dialog() is not None)
    opened = dialog()
    assert opened is not None and opened.use_button.text() == "Transcribe"
    record(qtbot, opened, 1)
    click(qtbot, opened.use_button)
    path = await task
    assert path is not None and path.is_file() and path.suffix == ".wav"

    task = asyncio.ensure_future(record_audio(parent, BlockSource([tone(0.3)])))
    await wait_until(lambda: dialog() is not None)
    opened = dialog()
    assert opened is not None
    record(qtbot, opened, 1)
    click(qtbot, opened.discard_button)
    assert await task is None
    assert [p.name for p in recordings_dir().iterdir()] == [path.name]

    # cancelling the waiting task closes the dialog and removes the take
    task = asyncio.ensure_future(record_audio(parent, BlockSource([tone(0.3)])))
    await wait_until(lambda: dialog() is not None)
    opened = dialog()
    assert opened is not None
    click(qtbot, opened.record_button)
    opened.tick()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert dialog() is None
    assert [p.name for p in recordings_dir().iterdir()] == [path.name]


def test_time_label_is_minutes_and_seconds() -> None:
    assert recorder_ui.format_elapsed(0) == "00:00"
    assert recorder_ui.format_elapsed(59.99) == "00:59"
    assert recorder_ui.format_elapsed(754) == "12:34"
