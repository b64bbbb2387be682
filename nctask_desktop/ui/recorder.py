"""Record audio from the microphone: start, a level meter and the time, stop, play back, use or discard.

`RecorderDialog(parent, source=None)` is the window (opened with `open()`; after it is accepted,
`recorded` is the WAV file: 16 kHz, mono, 16-bit, named like "Recording 2026-11-29 16-40.wav" in the
cache folder's `recordings/`). `await record_audio(parent)` opens it and returns that path, or None
when the user discarded it. Every Audio slot's "Record…" and the chat box's microphone use them.
Samples come from `services.portaudio.PortAudioSource` unless a `SampleSource` is given (tests).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMicrophonePermission, QPermission, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.services.portaudio import PortAudioPlayer, PortAudioSource
from nctask_desktop.services.recorder import (
    AudioPlayer,
    MicrophoneError,
    MicrophoneProblem,
    RecorderState,
    SampleSource,
    WavRecorder,
)

from .asyncqt import run_dialog
from .widgets import InlineMessage, explain_text, fit_height, style_spacing, wrapping_policy

POLL_MS = 50  # how often the dialog moves samples into the file and updates the meter


def default_source() -> SampleSource:
    """The system's default microphone."""
    return PortAudioSource()


def default_player() -> AudioPlayer:
    """The system's default output, for playing the recording back."""
    return PortAudioPlayer()


def problem_text(error: MicrophoneError, platform: str | None = None) -> str:
    """One sentence: what is wrong with the microphone, and how to allow or fix it on this system."""
    platform = platform or sys.platform
    mac, windows = platform == "darwin", platform == "win32"
    problem = error.problem
    if problem is MicrophoneProblem.PERMISSION:
        if mac:
            return QCoreApplication.translate(
                "Recorder",
                "macOS does not let the app use the microphone: allow it in System Settings → "
                "Privacy & Security → Microphone, then try again.",
            )
        if windows:
            return QCoreApplication.translate(
                "Recorder",
                "Windows does not let the app use the microphone: allow it in Settings → Privacy "
                "& security → Microphone (“Let desktop apps access your microphone”), then try "
                "again.",
            )
        return QCoreApplication.translate(
            "Recorder",
            "The system does not let the app use the microphone: allow it in your sound settings "
            "(PipeWire or PulseAudio) or your desktop's privacy settings, then try again.",
        )
    if problem is MicrophoneProblem.NO_DEVICE:
        if mac:
            return QCoreApplication.translate(
                "Recorder",
                "No microphone was found: connect one, or choose one in System Settings → Sound → "
                "Input, then try again.",
            )
        if windows:
            return QCoreApplication.translate(
                "Recorder",
                "No microphone was found: connect one, or turn it on in Settings → System → Sound "
                "→ Input, then try again.",
            )
        return QCoreApplication.translate(
            "Recorder",
            "No microphone was found: connect one, or choose it as the input in your sound "
            "settings (PipeWire or PulseAudio), then try again.",
        )
    if problem is MicrophoneProblem.BUSY:
        return QCoreApplication.translate(
            "Recorder",
            "The microphone is in use by another program: close that program, or choose another "
            "input in your sound settings, then try again.",
        )
    if problem is MicrophoneProblem.NO_BACKEND:
        if platform.startswith("linux"):
            return QCoreApplication.translate(
                "Recorder",
                "Recording needs the PortAudio library, which is not installed: install the "
                "package libportaudio2 (sudo apt install libportaudio2), then try again.",
            )
        return QCoreApplication.translate(
            "Recorder",
            "Recording needs the PortAudio library, which is missing from this installation: "
            "install the app again.",
        )
    return QCoreApplication.translate(
        "Recorder",
        "The microphone could not be used ({detail}): check your sound settings, then try again.",
    ).format(detail=error.detail or error.problem.value)


def silence_text(platform: str | None = None) -> str:
    """What to say when only exact silence arrives: the microphone is muted or blocked."""
    platform = platform or sys.platform
    if platform == "darwin":
        return QCoreApplication.translate(
            "Recorder",
            "No sound reaches the app: the microphone is muted, or macOS blocks it (allow it in "
            "System Settings → Privacy & Security → Microphone).",
        )
    if platform == "win32":
        return QCoreApplication.translate(
            "Recorder",
            "No sound reaches the app: the microphone is muted, or Windows blocks it (allow it in "
            "Settings → Privacy & security → Microphone).",
        )
    return QCoreApplication.translate(
        "Recorder",
        "No sound reaches the app: the microphone is muted, or blocked in your sound settings "
        "(PipeWire or PulseAudio).",
    )


def format_elapsed(seconds: float) -> str:
    """`00:07`, `12:34`, `75:00` (minutes and whole seconds: the time never runs ahead)."""
    whole = max(0, int(seconds))
    return f"{whole // 60:02d}:{whole % 60:02d}"


class LevelMeter(QProgressBar):
    """How loud the microphone is, on a decibel scale (a progress bar, so screen readers say it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 100)
        self.setValue(0)
        self.setTextVisible(False)
        self.setAccessibleName(self.tr("Input level"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_fraction(self, fraction: float) -> None:
        self.setValue(round(max(0.0, min(1.0, fraction)) * 100))


class RecorderDialog(QDialog):
    """Start/Stop, a level meter and the elapsed time, Play back, "Use this recording" or Discard.

    After `accepted`, `recorded` is the WAV file (it then belongs to the caller); a discarded or
    closed dialog leaves no file behind. Open it with `open()` (no nested event loop)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        source: SampleSource | None = None,
        *,
        player: AudioPlayer | None = None,
        title: str | None = None,
        use_text: str | None = None,
        directory: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source or default_source()
        self.player = player or default_player()
        self.directory = directory
        self.recorder: WavRecorder | None = None
        self.recorded: Path | None = None
        self._silence_said = False
        self.setWindowTitle(title or self.tr("Record audio"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        spacing = style_spacing(self)
        layout = QVBoxLayout(self)
        layout.setSpacing(spacing)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setSizePolicy(wrapping_policy(QSizePolicy.Policy.Expanding))
        layout.addWidget(self.status)

        meter_row = QHBoxLayout()
        meter_row.setSpacing(spacing)
        self.meter = LevelMeter(self)
        meter_row.addWidget(self.meter, 1)
        self.time_label = QLabel(format_elapsed(0), self)
        self.time_label.setAccessibleName(self.tr("Recording time"))
        self.time_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.time_label.font()
        font.setStyleHint(font.StyleHint.Monospace)
        font.setFamilies(["monospace", *font.families()])
        font.setFixedPitch(True)
        self.time_label.setFont(font)
        meter_row.addWidget(self.time_label)
        layout.addLayout(meter_row)

        controls = QHBoxLayout()
        controls.setSpacing(spacing)
        self.record_button = QPushButton(self)
        self.record_button.clicked.connect(self.toggle_recording)
        controls.addWidget(self.record_button)
        self.play_button = QPushButton(self)
        self.play_button.clicked.connect(self.toggle_playback)
        controls.addWidget(self.play_button)
        controls.addStretch(1)
        layout.addLayout(controls)

        self.message = InlineMessage(parent=self)
        layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(self)
        self.use_button = self.buttons.addButton(
            use_text or self.tr("Use this recording"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setAccessibleName(self.use_button.text().replace("&", ""))
        self.discard_button = self.buttons.addButton(
            self.tr("Discard"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.discard_button.setAccessibleName(self.tr("Discard the recording"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.tick)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self._show_state()
        self.record_button.setFocus()

    # --- state --------------------------------------------------------------------------------

    def is_recording(self) -> bool:
        return self.recorder is not None and self.recorder.state is RecorderState.RECORDING

    def has_recording(self) -> bool:
        return (
            self.recorder is not None
            and self.recorder.state is RecorderState.STOPPED
            and self.recorder.frames > 0
        )

    def is_playing(self) -> bool:
        return self.player.is_playing()

    def _show_state(self) -> None:
        recording, taken, playing = self.is_recording(), self.has_recording(), self.is_playing()
        if recording:
            self.record_button.setText(self.tr("Stop recording"))
            self.record_button.setIcon(QIcon.fromTheme("media-playback-stop"))
            self.status.setText(self.tr("Recording… Speak now; press Stop recording when done."))
        elif taken:
            self.record_button.setText(self.tr("Record again"))
            self.record_button.setIcon(QIcon.fromTheme("media-record"))
            self.status.setText(
                self.tr("Recorded {time}. Play it back if you like, then use it or discard it.")
                .format(time=format_elapsed(self.recorder.elapsed if self.recorder else 0))
            )  # fmt: skip
        else:
            self.record_button.setText(self.tr("Start recording"))
            self.record_button.setIcon(QIcon.fromTheme("media-record"))
            self.status.setText(self.tr("Press Start recording, then speak."))
        self.record_button.setAccessibleName(self.record_button.text())
        self.play_button.setText(self.tr("Stop playing") if playing else self.tr("Play back"))
        self.play_button.setIcon(
            QIcon.fromTheme("media-playback-stop" if playing else "media-playback-start")
        )
        self.play_button.setAccessibleName(
            self.tr("Stop playing the recording") if playing else self.tr("Play the recording back")
        )
        self.play_button.setEnabled(taken)
        self.record_button.setEnabled(not playing)
        self.use_button.setEnabled(taken and not playing)
        # Return starts and stops; once there is a recording, Return uses it.
        self.use_button.setDefault(taken)
        self.record_button.setDefault(not taken)
        if self.recorder is not None:
            self.time_label.setText(format_elapsed(self.recorder.elapsed))
            self.meter.set_fraction(self.recorder.loudness if recording else 0.0)
        else:
            self.time_label.setText(format_elapsed(0))
            self.meter.set_fraction(0.0)
        self.time_label.setAccessibleDescription(self.time_label.text())

    def _say_problem(self, error: MicrophoneError) -> None:
        self.message.show_message(problem_text(error))
        fit_height(self)

    # --- actions ------------------------------------------------------------------------------

    def toggle_recording(self) -> None:
        if self.is_recording():
            self.stop_recording()
        else:
            self.start_recording()

    def start_recording(self) -> None:
        """Start (again, replacing an earlier take), once the system lets the app use the
        microphone: macOS asks the user the first time; a refusal is said in a sentence."""
        status = self._permission_status()
        if status == Qt.PermissionStatus.Undetermined:
            app = QCoreApplication.instance()
            if app is not None:
                self.status.setText(self.tr("Waiting for you to allow the microphone…"))
                app.requestPermission(QMicrophonePermission(), self, self._permission_answered)
                return
        if status == Qt.PermissionStatus.Denied:
            self._say_problem(MicrophoneError(MicrophoneProblem.PERMISSION))
            return
        self._begin()

    def _permission_status(self) -> Qt.PermissionStatus:
        app = QCoreApplication.instance()
        if app is None:
            return Qt.PermissionStatus.Granted
        return app.checkPermission(QMicrophonePermission())

    def _permission_answered(self, permission: QPermission) -> None:
        if permission.status() == Qt.PermissionStatus.Granted:
            self._begin()
        else:
            self._say_problem(MicrophoneError(MicrophoneProblem.PERMISSION))
            self._show_state()

    def _begin(self) -> None:
        self.player.stop()
        if self.recorder is not None:
            self.recorder.discard()
        self.message.clear()
        self._silence_said = False
        recorder = WavRecorder(self.source, self.directory)
        try:
            recorder.start()
        except MicrophoneError as error:
            self.recorder = None
            self._say_problem(error)
        except OSError as error:  # the cache folder cannot be written
            self.recorder = None
            self.message.show_message(explain_text(error))
            fit_height(self)
        else:
            self.recorder = recorder
            self.timer.start()
        self._show_state()
        if self.record_button.isEnabled():
            self.record_button.setFocus()

    def stop_recording(self) -> None:
        if self.recorder is not None:
            self.recorder.stop()
        self.timer.stop()
        self._show_state()
        if self.has_recording():
            self.play_button.setFocus()

    def toggle_playback(self) -> None:
        if self.is_playing():
            self.player.stop()
        elif self.has_recording() and self.recorder is not None and self.recorder.path:
            try:
                self.player.play(self.recorder.path)
            except MicrophoneError as error:
                self._say_problem(error)
            else:
                self.timer.start()
        self._show_state()

    def tick(self) -> None:
        """Move the captured samples into the file; update the meter, the time and the buttons."""
        if self.is_recording() and self.recorder is not None:
            try:
                self.recorder.poll()
            except MicrophoneError as error:
                self._say_problem(error)
            if self.recorder.limit_reached:
                self.message.show_message(
                    self.tr("The recording stopped at {time}, the longest it can be.").format(
                        time=format_elapsed(self.recorder.elapsed)
                    )
                )
                fit_height(self)
            elif self.recorder.silent() and not self._silence_said:
                self._silence_said = True
                self.message.show_message(silence_text())
                fit_height(self)
            elif self.recorder.heard_sound and self._silence_said:
                self._silence_said = False
                self.message.clear()
        elif not self.is_playing():
            self.timer.stop()
        self._show_state()

    # --- closing ------------------------------------------------------------------------------

    def accept(self) -> None:
        """Keep the recording (stopping it first if it is still going) and close."""
        if self.is_recording():
            self.stop_recording()
        if not self.has_recording() or self.recorder is None:
            return
        self.player.stop()
        try:
            self.recorded = self.recorder.finish()
        except OSError as error:
            self.message.show_message(explain_text(error))
            fit_height(self)
            return
        self.timer.stop()
        super().accept()

    def reject(self) -> None:
        """Discard: nothing is left behind."""
        self.discard()
        super().reject()

    def discard(self) -> None:
        self.timer.stop()
        self.player.stop()
        if self.recorder is not None:
            self.recorder.discard()
        self._show_state()


async def record_audio(
    parent: QWidget | None = None,
    source: SampleSource | None = None,
    *,
    title: str | None = None,
    use_text: str | None = None,
) -> Path | None:
    """Open a `RecorderDialog` (window-modal over `parent`) and wait, without a nested event loop,
    for the recording: its WAV file, or None when the user discarded it. Cancelling the waiting
    task closes the dialog and leaves no file behind."""
    dialog = RecorderDialog(parent, source, title=title, use_text=use_text)
    try:
        result = await run_dialog(dialog)
        return dialog.recorded if result == QDialog.DialogCode.Accepted else None
    finally:
        if dialog.recorded is None:
            dialog.discard()
        dialog.hide()
        dialog.deleteLater()
