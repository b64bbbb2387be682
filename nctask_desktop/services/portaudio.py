"""The microphone and the speakers through PortAudio (the `sounddevice` binding), for the recorder.

PortAudio calls back on its own audio thread: the input callback only copies each block into a
thread-safe queue, which `PortAudioSource.read()` empties on the caller's thread. Devices that do not
take 16 kHz mono are opened at their own rate and channel count, and the samples converted here.
PortAudio's library comes with the `sounddevice` wheels on Windows and macOS; on Linux it is the
system's (`libportaudio2` on Debian and Ubuntu). Its errors become `MicrophoneError`s.
"""

from __future__ import annotations

import contextlib
import errno
import queue
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

from .recorder import (
    SAMPLE_RATE,
    MicrophoneError,
    MicrophoneProblem,
    Resampler,
    downmix,
    pcm_bytes,
    pcm_samples,
    read_wav_pcm,
)

# PortAudio's error codes (portaudio.h).
PA_INVALID_CHANNEL_COUNT = -9998
PA_INVALID_SAMPLE_RATE = -9997
PA_INVALID_DEVICE = -9996
PA_SAMPLE_FORMAT_NOT_SUPPORTED = -9994
PA_DEVICE_UNAVAILABLE = -9985
# Host errors that mean "not allowed" or "in use": ALSA's -EACCES / -EBUSY, Windows' E_ACCESSDENIED
# (WASAPI) and MMSYSERR_ALLOCATED (MME).
_HOST_DENIED = {-errno.EACCES, -errno.EPERM, -2147024891, 0x80070005}
_HOST_BUSY = {-errno.EBUSY, 4}


def load_sounddevice() -> ModuleType:
    """The `sounddevice` module; `MicrophoneError(NO_BACKEND)` when it or PortAudio is missing."""
    try:
        import sounddevice
    except (ImportError, OSError) as exc:  # OSError: "PortAudio library not found"
        raise MicrophoneError(MicrophoneProblem.NO_BACKEND, str(exc)) from exc
    module: ModuleType = sounddevice
    return module


def portaudio_version() -> str | None:
    """PortAudio's version text, or None when it cannot be loaded (for diagnostics)."""
    try:
        sd = load_sounddevice()
        return str(sd.get_portaudio_version()[1])
    except Exception:  # MicrophoneError, or a PortAudio that does not answer
        return None


def microphone_error(exc: BaseException) -> MicrophoneError:
    """A PortAudio error (or any other) as the problem it means for the user."""
    if isinstance(exc, MicrophoneError):
        return exc
    args: tuple[Any, ...] = tuple(getattr(exc, "args", ()))
    text = str(args[0]) if args else str(exc)
    code = args[1] if len(args) > 1 and isinstance(args[1], int) else None
    host = args[2] if len(args) > 2 and isinstance(args[2], tuple) else None
    host_code = host[1] if host and len(host) > 1 and isinstance(host[1], int) else None
    lowered = f"{text} {host[2] if host and len(host) > 2 else ''}".lower()
    if code == PA_DEVICE_UNAVAILABLE or host_code in _HOST_BUSY or "busy" in lowered:
        return MicrophoneError(MicrophoneProblem.BUSY, text)
    if host_code in _HOST_DENIED or "permission" in lowered or "access denied" in lowered:
        return MicrophoneError(MicrophoneProblem.PERMISSION, text)
    if code == PA_INVALID_DEVICE or "error querying device" in lowered or "no input" in lowered:
        return MicrophoneError(MicrophoneProblem.NO_DEVICE, text)
    return MicrophoneError(MicrophoneProblem.FAILED, text)


def _settings(sd: ModuleType, kind: str, device: int | str | None) -> tuple[int, int]:
    """(sample rate, channels) to open `device` with: 16 kHz mono when it takes it, else its own
    default rate, mono or else stereo."""
    try:
        info = sd.query_devices(device, kind=kind)
    except Exception as exc:  # PortAudioError, ValueError: no such device
        raise microphone_error(exc) from exc
    key = "max_input_channels" if kind == "input" else "max_output_channels"
    if int(info.get(key, 0)) < 1:
        raise MicrophoneError(MicrophoneProblem.NO_DEVICE, str(info.get("name", "")))
    check = sd.check_input_settings if kind == "input" else sd.check_output_settings
    default_rate = round(float(info.get("default_samplerate") or SAMPLE_RATE))
    last: BaseException | None = None
    for rate, channels in (
        (SAMPLE_RATE, 1),
        (default_rate, 1),
        (default_rate, min(2, int(info[key]))),
    ):
        try:
            check(device=device, channels=channels, dtype="int16", samplerate=rate)
        except Exception as exc:
            last = exc
            continue
        return rate, channels
    raise microphone_error(last or RuntimeError("no usable settings"))


class PortAudioSource:
    """The system's default microphone (or `device`), delivering 16 kHz mono 16-bit PCM."""

    def __init__(self, device: int | str | None = None) -> None:
        self.device = device
        self._blocks: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        self._stream: Any = None
        self._resampler: Resampler | None = None
        self._channels = 1
        self.rate = SAMPLE_RATE

    def start(self) -> None:
        sd = load_sounddevice()
        self.rate, self._channels = _settings(sd, "input", self.device)
        self._resampler = Resampler(self.rate) if self.rate != SAMPLE_RATE else None
        try:
            stream = sd.RawInputStream(
                samplerate=self.rate,
                channels=self._channels,
                dtype="int16",
                device=self.device,
                callback=self._callback,
            )
            stream.start()
        except Exception as exc:
            raise microphone_error(exc) from exc
        self._stream = stream

    def _callback(self, indata: Any, frames: int, time: Any, status: Any) -> None:
        # PortAudio's thread: copy and hand over, nothing else (an input overflow loses a block).
        self._blocks.put(bytes(indata))

    def read(self) -> bytes:
        chunks = []
        while True:
            try:
                chunks.append(self._blocks.get_nowait())
            except queue.Empty:
                break
        if not chunks:
            return b""
        data = b"".join(chunks)
        if self._channels == 1 and self._resampler is None:
            return data
        samples = downmix(pcm_samples(data), self._channels)
        if self._resampler is not None:
            samples = self._resampler.process(samples)
        return pcm_bytes(samples)

    def stop(self) -> None:
        stream, self._stream = self._stream, None
        _close(stream)


class PortAudioPlayer:
    """Plays a 16-bit WAV file on the system's default output (converted to what it takes)."""

    def __init__(self, device: int | str | None = None) -> None:
        self.device = device
        self._stream: Any = None
        self._done = threading.Event()
        self._done.set()
        self._data = b""
        self._offset = 0

    def play(self, path: Path) -> None:
        self.stop()
        sd = load_sounddevice()
        try:
            pcm, rate, channels = read_wav_pcm(path)
        except Exception as exc:
            raise MicrophoneError(MicrophoneProblem.FAILED, str(exc)) from exc
        out_rate, out_channels = _settings(sd, "output", self.device)
        samples = downmix(pcm_samples(pcm), channels)
        if rate != out_rate:
            samples = Resampler(rate, out_rate).process(samples)
        if out_channels > 1:
            samples = type(samples)("h", (s for s in samples for _ in range(out_channels)))
        self._data = pcm_bytes(samples)
        self._offset = 0
        self._frame_bytes = 2 * out_channels
        self._done.clear()
        try:
            stream = sd.RawOutputStream(
                samplerate=out_rate,
                channels=out_channels,
                dtype="int16",
                device=self.device,
                callback=self._callback,
                finished_callback=self._done.set,
            )
            stream.start()
        except Exception as exc:
            self._done.set()
            raise microphone_error(exc) from exc
        self._stream = stream
        self._stop_signal = sd.CallbackStop

    def _callback(self, outdata: Any, frames: int, time: Any, status: Any) -> None:
        wanted = frames * self._frame_bytes
        chunk = self._data[self._offset : self._offset + wanted]
        self._offset += len(chunk)
        outdata[: len(chunk)] = chunk
        if len(chunk) < wanted:
            outdata[len(chunk) :] = b"\x00" * (wanted - len(chunk))
            raise self._stop_signal

    def is_playing(self) -> bool:
        return self._stream is not None and not self._done.is_set()

    def stop(self) -> None:
        stream, self._stream = self._stream, None
        _close(stream)
        self._done.set()


def _close(stream: Any) -> None:
    """Stop and close a PortAudio stream (None: nothing to do); errors on the way do not matter."""
    if stream is not None:
        with contextlib.suppress(Exception):
            stream.stop()
        with contextlib.suppress(Exception):
            stream.close()
