"""Screenshots of the recorder, light and dark: `python -m tests.ui.shots_recorder [--dark] [OUT]`.

Run it offscreen (QT_QPA_PLATFORM=offscreen), and with QT_SCALE_FACTOR=2 for the 200% shots. The
samples come from a made-up source (no sound card needed); files go to `screenshots/` (gitignored).
"""

from __future__ import annotations

import math
import struct
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from nctask_desktop.api import TaskType
from nctask_desktop.services.recorder import (
    SAMPLE_RATE,
    BlockSource,
    MicrophoneError,
    MicrophoneProblem,
)
from nctask_desktop.ui.forms import FormWidget
from nctask_desktop.ui.recorder import RecorderDialog
from tests.ui.shots_forms import recorded_types, start_app
from tests.ui.support import QuietPlayer


def speech_like(seconds: float) -> bytes:
    count = round(seconds * SAMPLE_RATE)
    return struct.pack(
        f"<{count}h",
        *(round(9000 * math.sin(i / 7) * (0.6 + 0.4 * math.sin(i / 900))) for i in range(count)),
    )


def save(widget: QWidget, out: Path, name: str) -> None:
    widget.show()
    widget.adjustSize()
    QApplication.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    _app, out, suffix = start_app()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        task_type: TaskType = recorded_types()["core:audio2text"]
        form = FormWidget(task_type)
        form.resize(560, form.sizeHint().height())
        save(form, out, "recorder-form-audio2text" + suffix)

        source = BlockSource([speech_like(0.1)] * 200)
        dialog = RecorderDialog(
            None, source, player=QuietPlayer(), title="Record audio for “Audio”", directory=folder
        )
        save(dialog, out, "recorder-ready" + suffix)
        dialog.start_recording()
        for _ in range(73):
            dialog.tick()
        save(dialog, out, "recorder-recording" + suffix)
        dialog.stop_recording()
        save(dialog, out, "recorder-stopped" + suffix)
        dialog.discard()
        dialog.close()

        error = BlockSource(error=MicrophoneError(MicrophoneProblem.NO_DEVICE))
        dialog = RecorderDialog(None, error, player=QuietPlayer(), directory=folder)
        dialog.start_recording()
        save(dialog, out, "recorder-no-microphone" + suffix)
        dialog.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
