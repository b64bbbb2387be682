"""Recording speech into a 16 kHz mono 16-bit WAV file from any source of samples (no Qt).

- `SampleSource` is where samples come from: the microphone (`services/portaudio.py`), or, in
  tests, a list of blocks. It delivers 16-bit little-endian mono PCM at 16 kHz.
- `WavRecorder` writes what the source delivers into a temporary file under the cache folder as it
  comes (`poll()`), keeps the elapsed time and the level of the latest block for a meter, and then
  either `finish()`es (the file gets a name like "Recording 2026-11-29 16-40.wav") or `discard()`s
  (the file is removed).
- Problems with the microphone are `MicrophoneError`s with a `MicrophoneProblem` that the window
  turns into one sentence: no microphone, access refused, in use by another program, …
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import math
import os
import sys
import tempfile
import time
import wave
from array import array
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from . import paths

SAMPLE_RATE = 16_000
CHANNELS = 1
SAMPLE_WIDTH = 2  # bytes: 16-bit signed little-endian
FULL_SCALE = 32768.0
# The meter shows loudness from -60 dBFS (empty) to 0 dBFS (full).
METER_FLOOR_DB = -60.0
# After this long with nothing but exact digital zeros, nothing reaches the app (a muted or
# blocked microphone delivers zeros; a real one always has a little noise).
SILENCE_SECONDS = 2.5
# The longest recording (230 MB): a source that runs away, or a recorder forgotten, stops here.
MAX_SECONDS = 2 * 3600


class MicrophoneProblem(enum.Enum):
    """Why recording could not start or go on."""

    NO_BACKEND = "no-backend"  # the sound library (PortAudio) is missing
    NO_DEVICE = "no-device"  # no microphone (or none selected as the input)
    PERMISSION = "permission"  # the system does not let the app use the microphone
    BUSY = "busy"  # another program holds the microphone
    FAILED = "failed"  # anything else; `detail` says what


class MicrophoneError(Exception):
    """Recording could not start, or stopped: `problem` says why, `detail` adds the library's words."""

    def __init__(self, problem: MicrophoneProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


class SampleSource(Protocol):
    """Where samples come from. `start()` and `read()` may raise `MicrophoneError`."""

    def start(self) -> None:
        """Begin capturing (samples from before this are not delivered)."""

    def read(self) -> bytes:
        """What was captured since the last call (16-bit LE mono PCM at 16 kHz); never blocks."""
        ...

    def stop(self) -> None:
        """Stop capturing and release the device; may be called more than once."""


class AudioPlayer(Protocol):
    """Plays a WAV file back (the recording, before it is used)."""

    def play(self, path: Path) -> None:
        """Start playing `path` from the beginning; may raise `MicrophoneError`."""

    def stop(self) -> None:
        """Stop playing; may be called when nothing plays."""

    def is_playing(self) -> bool:
        """Whether it is still playing (it stops by itself at the end)."""
        ...


class BlockSource:
    """A `SampleSource` that delivers given blocks of PCM, one (or `per_read`) per `read()`: for
    tests and for the simulator. `error` is raised by `start()`, `read_error` once the blocks
    are delivered."""

    def __init__(
        self,
        blocks: Sequence[bytes] = (),
        *,
        per_read: int = 1,
        error: MicrophoneError | None = None,
        read_error: MicrophoneError | None = None,
    ) -> None:
        self.blocks = list(blocks)
        self.per_read = per_read
        self.error = error
        self.read_error = read_error
        self.started = False
        self.stopped = False

    def start(self) -> None:
        if self.error is not None:
            raise self.error
        self.started = True

    def read(self) -> bytes:
        if not self.started or self.stopped:
            return b""
        taken, self.blocks = self.blocks[: self.per_read], self.blocks[self.per_read :]
        if not taken and self.read_error is not None:
            raise self.read_error
        return b"".join(taken)

    def stop(self) -> None:
        self.stopped = True


def pcm_samples(pcm: bytes) -> array[int]:
    """16-bit little-endian PCM as an array of ints (a trailing odd byte is ignored)."""
    samples = array("h")
    samples.frombytes(pcm[: len(pcm) - len(pcm) % 2])
    if sys.byteorder == "big":
        samples.byteswap()
    return samples


def pcm_bytes(samples: array[int]) -> bytes:
    if sys.byteorder == "big":
        samples = array("h", samples)
        samples.byteswap()
    return samples.tobytes()


def levels(samples: Sequence[int]) -> tuple[float, float]:
    """(RMS, peak) of 16-bit samples, each 0..1 of full scale; (0, 0) for no samples."""
    if not samples:
        return 0.0, 0.0
    square_sum = math.fsum(s * s for s in samples)
    rms = math.sqrt(square_sum / len(samples)) / FULL_SCALE
    peak = max(abs(max(samples)), abs(min(samples))) / FULL_SCALE
    return min(rms, 1.0), min(peak, 1.0)


def meter_fraction(level: float) -> float:
    """A level (0..1 of full scale) on a decibel scale for a meter: -60 dBFS or less is 0, 0 dBFS 1."""
    if level <= 0:
        return 0.0
    db = 20 * math.log10(min(level, 1.0))
    return max(0.0, min(1.0, (db - METER_FLOOR_DB) / -METER_FLOOR_DB))


class Resampler:
    """Streaming conversion of 16-bit mono samples from `rate_in` to `rate_out`. Down, each output
    sample is the mean of the input samples it covers (a simple low-pass, plenty for speech); up,
    samples are interpolated linearly."""

    def __init__(self, rate_in: int, rate_out: int = SAMPLE_RATE) -> None:
        if rate_in <= 0 or rate_out <= 0:
            raise ValueError("sample rates must be positive")
        self.step = rate_in / rate_out
        self._pending: list[int] = []
        self._position = 0.0

    def process(self, samples: Sequence[int]) -> array[int]:
        buffer = self._pending + list(samples)
        out = array("h")
        position = self._position
        step = self.step
        while step < 1 and int(position) + 1 < len(buffer):  # up: linear interpolation
            i = int(position)
            out.append(round(buffer[i] + (buffer[i + 1] - buffer[i]) * (position - i)))
            position += step
        while step >= 1:  # down: the mean of the samples each output sample covers
            start = int(position)
            end = max(start + 1, int(position + step))
            if end > len(buffer):
                break
            chunk = buffer[start:end]
            out.append(round(sum(chunk) / len(chunk)))
            position += step
        dropped = min(int(position), len(buffer))
        self._pending = buffer[dropped:]
        self._position = position - dropped
        return out


def downmix(samples: Sequence[int], channels: int) -> array[int]:
    """Interleaved samples of `channels` channels as mono (their mean)."""
    if channels <= 1:
        return array("h", samples)
    frames = len(samples) // channels
    return array(
        "h",
        (round(sum(samples[i * channels : (i + 1) * channels]) / channels) for i in range(frames)),
    )


def recordings_dir() -> Path:
    """Where recordings are kept until they are uploaded: the cache folder's `recordings/`."""
    return paths.cache_dir() / "recordings"


def recording_name(started: dt.datetime) -> str:
    """ "Recording 2026-11-29 16-40.wav" (no colons: they are not allowed in Windows file names)."""
    return f"Recording {started:%Y-%m-%d %H-%M}.wav"


def unique_path(directory: Path, name: str) -> Path:
    """`directory/name`, or `name (2).ext`, `name (3).ext`, … when taken."""
    candidate = directory / name
    stem, suffix = os.path.splitext(name)
    number = 2
    while candidate.exists():
        candidate = directory / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


PART_PREFIX = ".recording-"
PART_SUFFIX = ".wav.part"
STALE_PART_SECONDS = 24 * 3600


def remove_stale_parts(directory: Path, now: float | None = None) -> None:
    """Remove recordings in progress left behind by an app that stopped a day ago or more."""
    limit = (time.time() if now is None else now) - STALE_PART_SECONDS
    with contextlib.suppress(OSError):
        for part in directory.glob(f"{PART_PREFIX}*{PART_SUFFIX}"):
            with contextlib.suppress(OSError):
                if part.stat().st_mtime < limit:
                    part.unlink()


class RecorderState(enum.Enum):
    READY = "ready"
    RECORDING = "recording"
    STOPPED = "stopped"  # the file is complete, not yet used or discarded
    FINISHED = "finished"  # the file has its name and belongs to whoever took it
    DISCARDED = "discarded"


class WavRecorder:
    """Records from `source` into a WAV file (16 kHz, mono, 16-bit), written as the samples come.

    Call `start()`, then `poll()` often (a timer of the window: it moves what the source captured
    into the file and updates `elapsed`, `level` and `peak`), then `stop()`; then `finish()` to keep
    the file under its final name, or `discard()` to remove it. Not thread-safe: one thread calls
    it; the source does its own hand-over from the audio thread.
    """

    def __init__(
        self,
        source: SampleSource,
        directory: Path | None = None,
        *,
        max_seconds: float = MAX_SECONDS,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        self.source = source
        self.directory = directory
        self.max_frames = round(max_seconds * SAMPLE_RATE)
        self.limit_reached = False  # stopped by itself at `max_seconds`
        self._now = now
        self.state = RecorderState.READY
        self.path: Path | None = None
        self.started_at: dt.datetime | None = None
        self.frames = 0
        self.level = 0.0  # RMS of the latest block, 0..1 of full scale
        self.peak = 0.0  # peak of the latest block, 0..1
        self.max_peak = 0.0  # loudest sample so far
        self.heard_sound = False  # any sample other than exact zero so far
        self._writer: wave.Wave_write | None = None
        self._carry = b""

    # --- what it knows ------------------------------------------------------------------------

    @property
    def elapsed(self) -> float:
        """Seconds recorded so far (from the samples written, not from a clock)."""
        return self.frames / SAMPLE_RATE

    @property
    def loudness(self) -> float:
        """The latest level for a meter, 0..1 on a decibel scale."""
        return meter_fraction(self.level)

    def silent(self) -> bool:
        """Whether only exact zeros arrived for `SILENCE_SECONDS` or more: nothing reaches the app."""
        return not self.heard_sound and self.elapsed >= SILENCE_SECONDS

    # --- recording ----------------------------------------------------------------------------

    def start(self) -> None:
        """Create the file and start the source; `MicrophoneError` (nothing left behind) if not."""
        if self.state is not RecorderState.READY:
            raise RuntimeError(f"cannot start a recorder that is {self.state.value}")
        directory = self.directory or recordings_dir()
        directory.mkdir(parents=True, exist_ok=True)
        remove_stale_parts(directory)
        fd, name = tempfile.mkstemp(prefix=PART_PREFIX, suffix=PART_SUFFIX, dir=directory)
        os.close(fd)
        self.path = Path(name)
        try:
            writer = wave.open(name, "wb")  # noqa: SIM115 (closed in stop() or below)
            writer.setnchannels(CHANNELS)
            writer.setsampwidth(SAMPLE_WIDTH)
            writer.setframerate(SAMPLE_RATE)
            self._writer = writer
            self.started_at = self._now()
            self.source.start()
        except BaseException:
            self._close_writer()
            self.path.unlink(missing_ok=True)
            self.path = None
            raise
        self.state = RecorderState.RECORDING

    def poll(self) -> int:
        """Write what the source captured since the last call; the number of new frames.

        A `MicrophoneError` from the source stops the recording (what was written is kept and the
        file is complete) and is raised again. At `max_seconds` it stops by itself."""
        if self.state is not RecorderState.RECORDING:
            return 0
        try:
            data = self.source.read()
        except MicrophoneError:
            self.stop()
            raise
        written = self._write(data)
        if self.frames >= self.max_frames:
            self.limit_reached = True
            self.stop()
        return written

    def _write(self, data: bytes) -> int:
        if not data:
            return 0
        data = self._carry + data
        usable = len(data) - len(data) % SAMPLE_WIDTH
        self._carry = data[usable:]
        data = data[:usable]
        room = (self.max_frames - self.frames) * SAMPLE_WIDTH
        data = data[: max(0, room)]
        if not data or self._writer is None:
            return 0
        samples = pcm_samples(data)
        self._writer.writeframesraw(data)
        self.frames += len(samples)
        self.level, self.peak = levels(samples)
        self.max_peak = max(self.max_peak, self.peak)
        if not self.heard_sound and any(samples):
            self.heard_sound = True
        return len(samples)

    def stop(self) -> None:
        """Stop the source and complete the file (its header then says how long it is)."""
        if self.state is not RecorderState.RECORDING:
            return
        try:
            self._write(self.source.read())
        except MicrophoneError:
            pass  # what arrived before is kept
        finally:
            self.source.stop()
            self._close_writer()
            self.level = self.peak = 0.0
            self.state = RecorderState.STOPPED

    def _close_writer(self) -> None:
        writer, self._writer = self._writer, None
        if writer is not None:
            with contextlib.suppress(OSError, wave.Error):
                writer.close()  # writes the final sizes into the header, closes the file

    def finish(self, name: str | None = None) -> Path:
        """Keep the recording: it is renamed to `name` (default "Recording DATE TIME.wav", made
        unique in its folder) and no longer belongs to this recorder."""
        self.stop()
        if self.state is not RecorderState.STOPPED or self.path is None:
            raise RuntimeError(f"nothing to finish: the recorder is {self.state.value}")
        started = self.started_at or self._now()
        target = unique_path(self.path.parent, name or recording_name(started))
        os.replace(self.path, target)
        self.path = target
        self.state = RecorderState.FINISHED
        return target

    def discard(self) -> None:
        """Stop if recording, and remove the file (a finished one belongs to its taker: kept)."""
        if self.state is RecorderState.FINISHED:
            return
        self.stop()
        if self.path is not None:
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)
        self.path = None
        self.state = RecorderState.DISCARDED


def read_wav_pcm(path: Path) -> tuple[bytes, int, int]:
    """(16-bit PCM, sample rate, channels) of a WAV file; `wave.Error` or `OSError` if unreadable."""
    with wave.open(str(path), "rb") as reader:
        if reader.getsampwidth() != SAMPLE_WIDTH:
            raise wave.Error("only 16-bit WAV files are played here")
        return (
            reader.readframes(reader.getnframes()),
            reader.getframerate(),
            reader.getnchannels(),
        )
