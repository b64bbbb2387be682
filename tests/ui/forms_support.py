"""Helpers for the form tests: task types, sample files, drag-and-drop events."""

from __future__ import annotations

import json
import struct
import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QWidget

from nctask_desktop.api import TaskType
from nctask_desktop.api.models import parse_task_types
from nctask_desktop.ui.forms import FormWidget

RECORDED_TYPES = (
    Path(__file__).resolve().parents[1] / "data" / "recorded" / "nc30" / "01_tasktypes_alice.body"
)


def recorded_types() -> dict[str, TaskType]:
    data = json.loads(RECORDED_TYPES.read_text(encoding="utf-8"))
    return parse_task_types(data["ocs"]["data"])


def make_type(
    mandatory: dict[str, str] | None = None,
    optional: dict[str, str] | None = None,
    *,
    type_id: str = "test:type",
    enums: dict[str, list[tuple[str, str]]] | None = None,
    optional_enums: dict[str, list[tuple[str, str]]] | None = None,
    defaults: dict[str, Any] | None = None,
    optional_defaults: dict[str, Any] | None = None,
) -> TaskType:
    """A task type from {key: slot type}; slot names are the keys capitalised."""

    def shape(slots: dict[str, str] | None) -> dict[str, Any]:
        return {
            key: {"name": key.capitalize(), "description": f"About {key}", "type": kind}
            for key, kind in (slots or {}).items()
        }

    def enum_values(values: dict[str, list[tuple[str, str]]] | None) -> dict[str, Any]:
        return {
            key: [{"name": name, "value": value} for name, value in pairs]
            for key, pairs in (values or {}).items()
        }

    return TaskType.from_json(
        type_id,
        {
            "name": "Test type",
            "description": "For tests",
            "inputShape": shape(mandatory),
            "optionalInputShape": shape(optional),
            "inputShapeEnumValues": enum_values(enums),
            "optionalInputShapeEnumValues": enum_values(optional_enums),
            "inputShapeDefaults": defaults or {},
            "optionalInputShapeDefaults": optional_defaults or {},
        },
    )


def form_widget(qtbot: Any, task_type: TaskType, *, height: int = 900, **kwargs: Any) -> FormWidget:
    """The form of `task_type`, 600 px wide, deleted with the test (not shown yet)."""
    form = FormWidget(task_type, **kwargs)
    qtbot.addWidget(form)
    form.resize(600, height)
    return form


ALL_SLOT_TYPES = {
    "text": "Text",
    "number": "Number",
    "choice": "Enum",
    "image": "Image",
    "audio": "Audio",
    "video": "Video",
    "file": "File",
    "numbers": "ListOfNumbers",
    "texts": "ListOfTexts",
    "images": "ListOfImages",
    "audios": "ListOfAudios",
    "videos": "ListOfVideos",
    "files": "ListOfFiles",
}


def write_png(path: Path, width: int = 64, height: int = 48, color: str = "#3366cc") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path), "PNG")
    return path


def write_noise_png(path: Path, size: int = 1100) -> Path:
    """A PNG that does not compress: bigger than the synchronous-decoding limit."""
    import os

    data = os.urandom(size * size * 3)
    image = QImage(data, size, size, size * 3, QImage.Format.Format_RGB888).copy()
    assert image.save(str(path), "PNG")
    return path


def write_wav(path: Path, seconds: float = 2.0, rate: int = 8000) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(struct.pack("<h", 0) * int(rate * seconds))
    return path


def write_mp4(path: Path, size: int = 4096) -> Path:
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * size)
    return path


def write_pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    return path


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop_files(widget: QWidget, *paths: Path) -> tuple[bool, bool]:
    """Drag files onto a widget and drop them: (drag accepted, drop accepted)."""
    mime = file_mime(*paths)
    center = widget.rect().center()
    enter = QDragEnterEvent(
        center,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    entered = enter.isAccepted()
    if not entered:
        return False, False
    drop = QDropEvent(
        QPointF(center),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
    return entered, drop.isAccepted()
