"""Show in folder on each system, D-Bus notification text, the network watcher, the image viewer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from nctask_desktop.ui import desktop
from nctask_desktop.ui.desktop import NetworkWatcher, _gvariant_string, show_in_folder
from nctask_desktop.ui.image_viewer import ImageViewer
from tests.ui.support import OpenedUrls, wait_until


@pytest.mark.parametrize(
    ("platform", "program", "args", "how"),
    [
        ("win32", "explorer.exe", ["/select,C:\\Users\\a\\b c.png"], "explorer"),
        ("darwin", "open", ["-R", "C:/Users/a/b c.png"], "finder"),
    ],
)
def test_show_in_folder_selects_the_file(
    monkeypatch: pytest.MonkeyPatch, platform: str, program: str, args: list[str], how: str
) -> None:
    monkeypatch.setattr(desktop.sys, "platform", platform)
    started: list[tuple[str, list[str]]] = []
    result = show_in_folder(
        Path("C:/Users/a/b c.png"), start_detached=lambda p, a: started.append((p, a))
    )
    assert result == how and started == [(program, args)]


def test_show_in_folder_without_a_file_manager_on_d_bus_opens_the_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: Any
) -> None:
    monkeypatch.setattr(desktop, "_session_bus", lambda: None)
    opened = OpenedUrls()
    assert show_in_folder(tmp_path / "x.png", open_url=opened) == "folder"
    assert opened == [tmp_path.as_uri()]


def test_notification_text_is_quoted_for_gdbus() -> None:
    assert _gvariant_string("It's done\nreally") == "'It\\'s done\\nreally'"
    assert _gvariant_string("a\\b") == "'a\\\\b'"


def test_network_watcher_reports_changes(qapp: Any) -> None:
    watcher = NetworkWatcher()
    seen: list[bool] = []
    watcher.availability_changed.connect(seen.append)
    assert watcher.available in (True, False)
    watcher._changed(None)
    assert seen == [watcher.available]
    watcher.deleteLater()


async def test_image_viewer_fits_a_large_image_and_shows_it_actual_size(
    qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "big.png"
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    image.save(str(path))
    viewer = ImageViewer(path, "Output images 1")
    qtbot.addWidget(viewer)
    viewer.resize(640, 480)
    viewer.show()
    await wait_until(lambda: not viewer.image_size().isEmpty())
    assert viewer.image_size().width() == 1600
    assert viewer.label.pixmap().width() / viewer.label.pixmap().devicePixelRatio() < 640
    viewer.size_button.click()  # actual size
    assert viewer.label.width() == 1600
    assert viewer.windowTitle() == "Output images 1"
