"""The recorder without a sound card: WAV written from an injected source, level, time, discard."""

from __future__ import annotations

import datetime as dt
import math
import os
import struct
import time
import wave
from array import array
from pathlib import Path

import pytest

from nctask_desktop.services import portaudio
from nctask_desktop.services.recorder import (
    PART_SUFFIX,
    SAMPLE_RATE,
    SILENCE_SECONDS,
    BlockSource,
    MicrophoneError,
    MicrophoneProblem,
    RecorderState,
    Resampler,
    WavRecorder,
    downmix,
    levels,
    meter_fraction,
    recording_name,
    remove_stale_parts,
)

NOW = dt.datetime(2026, 11, 29, 16, 40, 12)


def tone(seconds: float, amplitude: float = 0.5, frequency: float = 440.0) -> bytes:
    """A sine tone as 16-bit LE mono PCM at 16 kHz."""
    count = round(seconds * SAMPLE_RATE)
    peak = amplitude * 32767
    return struct.pack(
        f"<{count}h",
        *(round(peak * math.sin(2 * math.pi * frequency * i / SAMPLE_RATE)) for i in range(count)),
    )


def silence(seconds: float) -> bytes:
    return b"\x00\x00" * round(seconds * SAMPLE_RATE)


def recorder(tmp_path: Path, source: BlockSource) -> WavRecorder:
    return WavRecorder(source, tmp_path / "recordings", now=lambda: NOW)


def test_wav_written_from_the_source_is_16_khz_mono_16_bit(tmp_path: Path) -> None:
    blocks = [tone(0.1), tone(0.1, 0.25), silence(0.05), tone(0.25)]
    source = BlockSource(blocks)
    rec = recorder(tmp_path, source)
    rec.start()
    assert source.started and rec.state is RecorderState.RECORDING
    assert rec.path is not None and rec.path.name.endswith(PART_SUFFIX)
    part = rec.path
    assert rec.poll() == 1600  # 0.1 s
    assert rec.elapsed == pytest.approx(0.1)
    # a sine of amplitude 0.5: RMS 0.5/sqrt(2), peak 0.5
    assert rec.level == pytest.approx(0.5 / math.sqrt(2), rel=0.01)
    assert rec.peak == pytest.approx(0.5, rel=0.01)
    assert rec.loudness == pytest.approx(meter_fraction(rec.level))
    assert rec.poll() == 1600
    assert rec.level == pytest.approx(0.25 / math.sqrt(2), rel=0.01)
    assert rec.poll() == 800
    assert rec.level == 0.0 and rec.peak == 0.0
    assert rec.max_peak == pytest.approx(0.5, rel=0.01)
    rec.stop()  # takes the last block too
    assert source.stopped and rec.state is RecorderState.STOPPED
    assert rec.frames == 1600 + 1600 + 800 + 4000
    assert rec.elapsed == pytest.approx(0.5)
    path = rec.finish()
    assert path.name == "Recording 2026-11-29 16-40.wav"
    assert path.parent == tmp_path / "recordings"
    assert not part.exists()
    with wave.open(str(path), "rb") as wav:
        assert wav.getframerate() == 16_000
        assert wav.getnchannels() == 1
        assert wav.getsampwidth() == 2
        assert wav.getnframes() == rec.frames
        assert wav.readframes(wav.getnframes()) == b"".join(blocks)
    assert path.stat().st_size == 44 + 2 * rec.frames  # a plain RIFF header, then the samples


def test_second_recording_of_the_same_minute_gets_its_own_name(tmp_path: Path) -> None:
    first = recorder(tmp_path, BlockSource([tone(0.1)]))
    first.start()
    first.poll()
    second = recorder(tmp_path, BlockSource([tone(0.1)]))
    second.start()
    second.poll()
    assert first.finish().name == "Recording 2026-11-29 16-40.wav"
    assert second.finish().name == "Recording 2026-11-29 16-40 (2).wav"
    assert recording_name(dt.datetime(2027, 1, 2, 3, 4)) == "Recording 2027-01-02 03-04.wav"


def test_odd_bytes_are_carried_to_the_next_block(tmp_path: Path) -> None:
    data = tone(0.01)
    rec = recorder(tmp_path, BlockSource([data[:101], data[101:]]))
    rec.start()
    assert rec.poll() == 50
    assert rec.poll() == len(data) // 2 - 50
    path = rec.finish()
    with wave.open(str(path), "rb") as wav:
        assert wav.readframes(wav.getnframes()) == data


def test_discard_removes_the_temporary_file(tmp_path: Path) -> None:
    rec = recorder(tmp_path, BlockSource([tone(0.2)]))
    rec.start()
    rec.poll()
    part = rec.path
    assert part is not None and part.exists() and part.stat().st_size > 0
    rec.discard()
    assert not part.exists()
    assert rec.state is RecorderState.DISCARDED and rec.path is None
    assert list((tmp_path / "recordings").iterdir()) == []
    # a stopped recording is removed the same way; a finished one belongs to its taker
    rec = recorder(tmp_path, BlockSource([tone(0.2)]))
    rec.start()
    rec.stop()
    rec.discard()
    assert list((tmp_path / "recordings").iterdir()) == []
    rec = recorder(tmp_path, BlockSource([tone(0.2)]))
    rec.start()
    kept = rec.finish()
    rec.discard()
    assert kept.exists()


def test_source_that_cannot_start_leaves_nothing_behind(tmp_path: Path) -> None:
    source = BlockSource(error=MicrophoneError(MicrophoneProblem.NO_DEVICE))
    rec = recorder(tmp_path, source)
    with pytest.raises(MicrophoneError) as caught:
        rec.start()
    assert caught.value.problem is MicrophoneProblem.NO_DEVICE
    assert rec.path is None and rec.state is RecorderState.READY
    assert list((tmp_path / "recordings").iterdir()) == []


def test_source_lost_while_recording_keeps_what_was_recorded(tmp_path: Path) -> None:
    source = BlockSource([tone(0.1)], read_error=MicrophoneError(MicrophoneProblem.FAILED, "gone"))
    rec = recorder(tmp_path, source)
    rec.start()
    assert rec.poll() == 1600
    with pytest.raises(MicrophoneError):
        rec.poll()
    assert rec.state is RecorderState.STOPPED and source.stopped
    with wave.open(str(rec.finish()), "rb") as wav:
        assert wav.getnframes() == 1600


def test_only_exact_silence_means_nothing_reaches_the_app(tmp_path: Path) -> None:
    rec = recorder(tmp_path, BlockSource([silence(1.0)] * 3, per_read=1))
    rec.start()
    rec.poll()
    assert not rec.silent()  # too soon to tell
    rec.poll()
    rec.poll()
    assert rec.elapsed >= SILENCE_SECONDS and rec.silent()
    rec.discard()
    quiet = [struct.pack("<2h", 0, 1) * 8000] * 3  # a real microphone's faint noise
    rec = recorder(tmp_path, BlockSource(quiet))
    rec.start()
    for _ in range(3):
        rec.poll()
    assert not rec.silent() and rec.heard_sound
    rec.discard()


def test_stale_parts_of_a_crashed_app_are_removed(tmp_path: Path) -> None:
    folder = tmp_path / "recordings"
    folder.mkdir()
    old = folder / f".recording-old{PART_SUFFIX}"
    new = folder / f".recording-new{PART_SUFFIX}"
    kept = folder / "Recording 2020-01-01 10-00.wav"
    for path in (old, new, kept):
        path.write_bytes(b"x")
    day_ago = time.time() - 25 * 3600
    os.utime(old, (day_ago, day_ago))
    os.utime(kept, (day_ago, day_ago))
    remove_stale_parts(folder)
    assert not old.exists() and new.exists() and kept.exists()


def test_levels_meter_and_conversions() -> None:
    assert levels([]) == (0.0, 0.0)
    assert levels([-32768, 32767]) == pytest.approx((1.0, 1.0), abs=1e-4)
    assert meter_fraction(0.0) == 0.0
    assert meter_fraction(1.0) == 1.0
    assert meter_fraction(0.001) == 0.0  # -60 dBFS
    assert meter_fraction(0.031622) == pytest.approx(0.5, abs=0.01)  # -30 dBFS
    assert list(downmix([10, 20, -4, 4, 7, 9], 2)) == [15, 0, 8]
    # 48 kHz -> 16 kHz in blocks of any size: every third sample's group, averaged
    resampler = Resampler(48_000)
    samples = list(range(0, 3000, 10))
    out = list(resampler.process(samples[:7])) + list(resampler.process(samples[7:]))
    assert out == [round(sum(samples[i : i + 3]) / 3) for i in range(0, len(samples), 3)]
    # 44.1 kHz -> 16 kHz keeps the length in proportion; 8 kHz -> 16 kHz doubles it
    assert len(Resampler(44_100).process([0] * 44_100)) == pytest.approx(16_000, abs=2)
    assert list(Resampler(8_000).process([0, 100, 200])) == [0, 50, 100, 150]
    assert isinstance(Resampler(8_000).process([1]), array)


def test_portaudio_errors_become_the_problem_they_mean() -> None:
    class PortAudioError(Exception):
        pass

    def problem(*args: object) -> MicrophoneProblem:
        return portaudio.microphone_error(PortAudioError(*args)).problem

    assert problem("Error querying device -1") is MicrophoneProblem.NO_DEVICE
    assert problem("Device unavailable", -9985) is MicrophoneProblem.BUSY
    assert problem("Invalid device", -9996) is MicrophoneProblem.NO_DEVICE
    host = "Unanticipated host error"
    assert problem(host, -9999, (0, -13, "Permission denied")) is MicrophoneProblem.PERMISSION
    assert problem(host, -9999, (0, -16, "Device or resource busy")) is MicrophoneProblem.BUSY
    assert problem(host, -9999, (2, -2147024891, "")) is MicrophoneProblem.PERMISSION
    assert problem("Internal PortAudio error", -9986) is MicrophoneProblem.FAILED
    error = portaudio.microphone_error(PortAudioError("Internal PortAudio error", -9986))
    assert error.detail == "Internal PortAudio error"


def test_missing_portaudio_library_is_no_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def failing_import(name: str, *args: object, **kwargs: object) -> object:
        if name == "sounddevice":
            raise OSError("PortAudio library not found")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", failing_import)
    with pytest.raises(MicrophoneError) as caught:
        portaudio.PortAudioSource().start()
    assert caught.value.problem is MicrophoneProblem.NO_BACKEND
    assert portaudio.portaudio_version() is None


def test_recording_stops_by_itself_at_its_longest(tmp_path: Path) -> None:
    source = BlockSource([tone(0.3)] * 10)
    rec = WavRecorder(source, tmp_path, max_seconds=0.5, now=lambda: NOW)
    rec.start()
    assert rec.poll() == 4800 and not rec.limit_reached
    assert rec.poll() == 3200  # only what fits
    assert rec.limit_reached and rec.state is RecorderState.STOPPED and source.stopped
    assert rec.elapsed == pytest.approx(0.5)
    with wave.open(str(rec.finish()), "rb") as wav:
        assert wav.getnframes() == 8000


class FakeSoundDevice:
    """Stands in for the `sounddevice` module: one device that takes only 48 kHz stereo."""

    class PortAudioError(Exception):
        pass

    class CallbackStop(Exception):
        pass

    def __init__(self, open_error: Exception | None = None) -> None:
        self.open_error = open_error
        self.streams: list[FakeSoundDevice.Stream] = []

    def query_devices(self, device: object = None, kind: str = "input") -> dict[str, object]:
        return {"name": "Fake", "max_input_channels": 2, "default_samplerate": 48000.0}

    def check_input_settings(self, *, samplerate: int, channels: int, **kwargs: object) -> None:
        if (samplerate, channels) != (48000, 2):
            raise self.PortAudioError("Invalid number of channels", -9998)

    def RawInputStream(self, **kwargs: object) -> FakeSoundDevice.Stream:
        if self.open_error is not None:
            raise self.open_error
        stream = FakeSoundDevice.Stream(kwargs)
        self.streams.append(stream)
        return stream

    class Stream:
        def __init__(self, settings: dict[str, object]) -> None:
            self.settings = settings
            self.stopped = self.closed = False

        def start(self) -> None:
            pass

        def feed(self, pcm: bytes) -> None:  # what PortAudio's thread does
            callback = self.settings["callback"]
            callback(memoryview(pcm), len(pcm) // 4, None, None)  # type: ignore[operator]

        def stop(self) -> None:
            self.stopped = True

        def close(self) -> None:
            self.closed = True


def test_portaudio_source_converts_48_khz_stereo_to_16_khz_mono(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = FakeSoundDevice()
    monkeypatch.setattr(portaudio, "load_sounddevice", lambda: fake)
    source = portaudio.PortAudioSource()
    source.start()
    stream = fake.streams[0]
    assert stream.settings["samplerate"] == 48000 and stream.settings["channels"] == 2
    assert stream.settings["dtype"] == "int16"
    # left 300, right 100 -> mono 200; three frames at 48 kHz -> one at 16 kHz
    stream.feed(struct.pack("<2h", 300, 100) * 4800)  # 0.1 s
    assert source.read() == struct.pack("<h", 200) * 1600
    assert source.read() == b""
    source.stop()
    assert stream.stopped and stream.closed
    source.stop()  # twice is fine


def test_portaudio_source_that_cannot_open_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeSoundDevice(FakeSoundDevice.PortAudioError("Device unavailable", -9985))
    monkeypatch.setattr(portaudio, "load_sounddevice", lambda: fake)
    with pytest.raises(MicrophoneError) as caught:
        portaudio.PortAudioSource().start()
    assert caught.value.problem is MicrophoneProblem.BUSY
