"""Screenshots of generated forms, light and dark: `python -m tests.ui.shots_forms [--dark] [OUT]`.

Run it offscreen (QT_QPA_PLATFORM=offscreen), and with QT_SCALE_FACTOR=2 for the 200% shots.
The files go to `screenshots/` (gitignored); look at every one of them.
"""

from __future__ import annotations

import argparse
import json
import os
import struct
import sys
import tempfile
import wave
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from nctask_desktop.api import DavEntry, TaskType
from nctask_desktop.api.models import parse_task_types
from nctask_desktop.services.drafts import NextcloudFile
from nctask_desktop.services.tasks import LocalFile
from nctask_desktop.ui.forms import FormWidget, NextcloudFileDialog
from nctask_desktop.ui.forms.filekinds import FileKind
from nctask_desktop.ui.widgets import MutedLabel

ROOT = Path(__file__).resolve().parents[2]
RECORDED = ROOT / "tests" / "data" / "recorded" / "nc30" / "01_tasktypes_alice.body"


def recorded_types() -> dict[str, TaskType]:
    data = json.loads(RECORDED.read_text(encoding="utf-8"))
    return parse_task_types(data["ocs"]["data"])


def every_slot_type() -> TaskType:
    """Like the simulator's demo:allslots, plus a slot of a kind this app does not know."""

    def slot(name: str, description: str, kind: str) -> dict[str, str]:
        return {"name": name, "description": description, "type": kind}

    return TaskType.from_json(
        "demo:allslots",
        {
            "name": "Every kind of input",
            "description": "A demo task type using every slot type, for testing forms",
            "inputShape": {
                "text": slot("Text", "Some words", "Text"),
                "number": slot("Number", "Any number", "Number"),
                "choice": slot("Choice", "Pick one of the offered values", "Enum"),
                "file": slot("File", "Any file from your Nextcloud", "File"),
                "gizmo": slot("Gizmo", "A future kind of input", "Hologram"),
            },
            "optionalInputShape": {
                "image": slot("Image", "An image file", "Image"),
                "audio": slot("Audio", "An audio file", "Audio"),
                "video": slot("Video", "A video file", "Video"),
                "mood": slot("Mood", "An optional choice with a default", "Enum"),
                "numbers": slot("Numbers", "A list of numbers", "ListOfNumbers"),
                "texts": slot("Texts", "A list of texts", "ListOfTexts"),
                "images": slot("Images", "A list of images", "ListOfImages"),
                "audios": slot("Audios", "A list of audio files", "ListOfAudios"),
                "videos": slot("Videos", "A list of video files", "ListOfVideos"),
                "files": slot("Files", "A list of files", "ListOfFiles"),
            },
            "inputShapeEnumValues": {
                "choice": [
                    {"name": "Option A", "value": "a"},
                    {"name": "Option B", "value": "b"},
                    {"name": "Option C", "value": "c"},
                ]
            },
            "optionalInputShapeEnumValues": {
                "mood": [
                    {"name": "Happy", "value": "happy"},
                    {"name": "Calm", "value": "calm"},
                    {"name": "Grumpy", "value": "grumpy"},
                ]
            },
            "inputShapeDefaults": {"number": 3, "text": "Hello"},
            "optionalInputShapeDefaults": {"mood": "calm"},
        },
    )


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor(40, 40, 43))
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, QColor(58, 58, 62))
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.Highlight, QColor(42, 130, 218))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
        p.setColor(group, QPalette.ColorRole.ToolTipBase, window)
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(140, 140, 140))
        p.setColor(group, QPalette.ColorRole.Light, QColor(80, 80, 84))
        p.setColor(group, QPalette.ColorRole.Midlight, QColor(66, 66, 70))
        p.setColor(group, QPalette.ColorRole.Mid, QColor(40, 40, 42))
        p.setColor(group, QPalette.ColorRole.Dark, QColor(25, 25, 27))
        p.setColor(group, QPalette.ColorRole.Shadow, QColor(10, 10, 10))
        p.setColor(group, QPalette.ColorRole.Link, QColor(90, 160, 240))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(disabled, role, QColor(128, 128, 128))
    p.setColor(disabled, QPalette.ColorRole.Window, window)
    p.setColor(disabled, QPalette.ColorRole.Base, window)
    p.setColor(disabled, QPalette.ColorRole.Button, QColor(50, 50, 54))
    return p


def sample_files(folder: Path) -> dict[str, Path]:
    image = QImage(640, 420, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, 640, 420)
    gradient.setColorAt(0, QColor(0, 130, 201))
    gradient.setColorAt(1, QColor(255, 190, 60))
    painter.fillRect(image.rect(), gradient)
    painter.setBrush(QColor(255, 255, 255, 200))
    painter.drawEllipse(220, 110, 200, 200)
    painter.end()
    png = folder / "holiday-photo.png"
    image.save(str(png))
    wav = folder / "meeting-2024-05-14.wav"
    with wave.open(str(wav), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(struct.pack("<h", 0) * 8000 * 83)
    video = folder / "clip.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 3_000_000)
    pdf = folder / "notes.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + b"x" * 48_000)
    return {"png": png, "wav": wav, "mp4": video, "pdf": pdf}


def framed(form: FormWidget, task_type: TaskType, width: int) -> QWidget:
    """The form under a title, roughly as the main window shows it."""
    page = QWidget()
    layout = QVBoxLayout(page)
    title = QLabel(task_type.name, page)
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    title.setFont(font)
    layout.addWidget(title)
    if task_type.description:
        layout.addWidget(MutedLabel(task_type.description, page))
    layout.addWidget(form, 1)
    page.resize(width, 400)
    page.show()
    QApplication.processEvents()
    # Tall enough to show the whole form without scrolling.
    needed = form.content.sizeHint().height()
    if not form.server_error_box.isHidden():
        needed += form.server_error_box.sizeHint().height()
    page.resize(width, needed + title.sizeHint().height() * 3 + 40)
    QApplication.processEvents()
    return page


def save(widget: QWidget, out: Path, name: str) -> None:
    QApplication.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def start_app() -> tuple[QApplication, Path, str]:
    """The forms' and recorder's shots' common start: arguments, an offscreen Fusion app, light
    or dark. Returns (the app, the folder for the PNGs, the suffix of their names)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("out", nargs="?", default=str(ROOT / "screenshots"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    if args.dark:
        app.setPalette(dark_palette())
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    suffix = ("-dark" if args.dark else "-light") + ("" if scale in ("", "1") else f"-x{scale}")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    return app, out, suffix


def main() -> int:
    app, out, suffix = start_app()
    types = recorded_types()
    width = 560
    with tempfile.TemporaryDirectory() as tmp:
        files = sample_files(Path(tmp))

        form = FormWidget(types["core:text2text"])
        form.set_more_options_expanded(True)
        save(framed(form, types["core:text2text"], width), out, "form-text2text" + suffix)

        form = FormWidget(types["core:text2text:translate"])
        form.editor("input").set_value("Guten Morgen! Wie geht es dir?")
        form.validate()
        form.show_server_error(
            'Failed to validate input key "origin_language": Wrong value given for Enum slot.'
        )
        save(
            framed(form, types["core:text2text:translate"], width),
            out,
            "form-translate-errors" + suffix,
        )

        form = FormWidget(types["core:audio2text"], file_browser=_NoBrowser())
        save(framed(form, types["core:audio2text"], width), out, "form-audio2text-empty" + suffix)
        form = FormWidget(types["core:audio2text"], file_browser=_NoBrowser())
        form.set_values({"input": LocalFile(files["wav"])})
        save(framed(form, types["core:audio2text"], width), out, "form-audio2text-file" + suffix)

        allslots = every_slot_type()
        form = FormWidget(allslots, file_browser=_NoBrowser())
        form.set_values(
            {
                "text": "Hello",
                "number": 3,
                "choice": "b",
                "file": NextcloudFile(41, "Report 2024.pdf", 1_250_000, "application/pdf"),
                "image": LocalFile(files["png"]),
                "audio": LocalFile(files["wav"]),
                "video": LocalFile(files["mp4"]),
                "mood": "grumpy",
                "numbers": [1, 2.5],
                "texts": ["First", "Second"],
                "images": [LocalFile(files["png"]), NextcloudFile(7, "cat.jpg", 80_000)],
                "audios": [],
                "files": [LocalFile(files["pdf"])],
            }
        )
        save(framed(form, allslots, width), out, "form-allslots" + suffix)

        dialog = NextcloudFileDialog(_NoBrowser(), FileKind.AUDIO)
        dialog.path = "Recordings"
        dialog._build_crumbs()
        dialog.up_button.setEnabled(True)
        dialog.model.set_entries(
            [
                DavEntry("Recordings/Old", "Old", True, None, None, 3, None),
                DavEntry(
                    "Recordings/sample.wav",
                    "sample.wav",
                    False,
                    "audio/wav",
                    160_044,
                    12,
                    "Tue, 14 May 2024 09:12:00 GMT",
                ),
                DavEntry(
                    "Recordings/interview.mp3",
                    "interview.mp3",
                    False,
                    "audio/mpeg",
                    4_200_000,
                    13,
                    "Wed, 15 May 2024 16:40:00 GMT",
                ),
                DavEntry("Recordings/notes.txt", "notes.txt", False, "text/plain", 1_200, 14, None),
            ]
        )
        dialog.stack.setCurrentWidget(dialog.view)
        dialog.select_names("sample.wav")
        dialog.show()
        save(dialog, out, "dialog-nextcloud" + suffix)
    app.processEvents()
    return 0


class _NoBrowser:
    """Shows the "Choose from Nextcloud…" button; the screenshots never list anything."""

    async def list_folder(self, path: str) -> list[DavEntry]:
        return []


if __name__ == "__main__":
    sys.exit(main())
