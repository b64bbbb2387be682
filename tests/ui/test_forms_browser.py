"""Choosing files from Nextcloud: the listing model (Qt's model tester), the browse dialog on the
qasync loop, and the whole way from the form's button to a file id against the simulator."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog

from nctask_desktop.api import DavEntry, NextcloudClient, WebDav
from nctask_desktop.api import errors as e
from nctask_desktop.demo import DemoServer
from nctask_desktop.services.drafts import NextcloudFile
from nctask_desktop.ui.asyncqt import future_from_signal
from nctask_desktop.ui.forms import (
    DavEntryModel,
    FileEditor,
    FileKind,
    FormWidget,
    ListEditor,
    NextcloudFileDialog,
)
from tests.ui.forms_support import make_type, recorded_types


def _file(path: str, file_id: int, content_type: str | None, size: int = 100) -> DavEntry:
    name = path.rsplit("/", 1)[-1]
    return DavEntry(path, name, False, content_type, size, file_id, "Tue, 14 May 2024 09:12:00 GMT")


def _folder(path: str, file_id: int) -> DavEntry:
    return DavEntry(path, path.rsplit("/", 1)[-1], True, None, None, file_id, None)


TREE: dict[str, list[DavEntry]] = {
    "": [
        _file("notes.txt", 2, "text/plain"),
        _folder("Recordings", 3),
        _folder("Photos", 4),
    ],
    "Recordings": [
        _file("Recordings/talk.wav", 10, "audio/wav", 160_044),
        _file("Recordings/interview.mp3", 11, "audio/mpeg", 4_200_000),
        _file("Recordings/readme.txt", 12, "text/plain"),
        _folder("Recordings/Old", 13),
    ],
    "Recordings/Old": [],
    "Photos": [_file("Photos/cat.jpg", 20, "image/jpeg")],
}


class FakeSource:
    """A FileBrowserSource over a fixed tree; can fail or hold a listing until released."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.fail: dict[str, Exception] = {}
        self.gate: asyncio.Event | None = None
        self.cancelled = 0

    async def list_folder(self, path: str) -> list[DavEntry]:
        self.calls.append(path)
        try:
            await asyncio.sleep(0)
            if self.gate is not None:
                await self.gate.wait()
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        if path in self.fail:
            raise self.fail[path]
        if path not in TREE:
            raise e.NotFoundError("no such folder")
        return list(TREE[path])


@pytest.fixture(autouse=True)
def _fresh_last_folder() -> Iterator[None]:
    NextcloudFileDialog._last_path = ""
    yield
    NextcloudFileDialog._last_path = ""


# --- the model ------------------------------------------------------------------------------------


def test_model_passes_qt_model_tester(qtbot: Any) -> None:
    model = DavEntryModel(FileKind.AUDIO)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_entries(TREE["Recordings"])
    model.set_entries([])
    model.set_entries(TREE["Recordings"])
    assert model.rowCount() == 4 and model.columnCount() == 3
    assert model.rowCount(model.index(0, 0)) == 0
    names = [model.data(model.index(r, 0)) for r in range(4)]
    assert names == ["Old", "interview.mp3", "readme.txt", "talk.wav"]  # folders first
    assert model.data(model.index(3, DavEntryModel.SIZE)) == "160.0 kB"
    assert model.data(model.index(0, DavEntryModel.SIZE)) == ""
    assert model.data(model.index(3, DavEntryModel.MODIFIED))
    assert not model.data(model.index(3, 0), Qt.ItemDataRole.DecorationRole).isNull()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    # Files of another kind are shown but cannot be chosen.
    readme = model.index(2, 0)
    assert not model.flags(readme) & Qt.ItemFlag.ItemIsEnabled
    assert model.data(readme, Qt.ItemDataRole.ToolTipRole) == "This file cannot be used here."
    assert model.flags(model.index(3, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEnabled  # folders can be opened
    assert model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole) == "Folder Old"
    assert model.entry(QModelIndex()) is None


# --- the dialog, on the qasync loop ---------------------------------------------------------------


def _dialog(qtbot: Any, source: FakeSource, kind: FileKind, **kw: Any) -> NextcloudFileDialog:
    dialog = NextcloudFileDialog(source, kind, **kw)
    qtbot.addWidget(dialog)
    return dialog


async def _open(dialog: NextcloudFileDialog) -> str:
    loaded = future_from_signal(dialog.loaded)
    dialog.open()
    dialog.start()
    result: str = await asyncio.wait_for(loaded, 5)
    return result


def _row_of(dialog: NextcloudFileDialog, name: str) -> QModelIndex:
    for row, entry in enumerate(dialog.model.entries()):
        if entry.name == name:
            return dialog.model.index(row, 0)
    raise AssertionError(name)


async def test_dialog_browses_folders_and_chooses_a_file(qtbot: Any) -> None:
    source = FakeSource()
    dialog = _dialog(qtbot, source, FileKind.AUDIO)
    assert await _open(dialog) == ""
    assert dialog.stack.currentWidget() is dialog.view
    assert [x.name for x in dialog.model.entries()] == ["Photos", "Recordings", "notes.txt"]
    assert dialog.crumb_texts() == ["Home"]
    assert not dialog.up_button.isEnabled()
    assert not dialog.choose_button.isEnabled()
    assert dialog.hint.text() == "Only audio files can be chosen here."

    loaded = future_from_signal(dialog.loaded)
    dialog.view.setCurrentIndex(_row_of(dialog, "Recordings"))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # opens the folder (a double-click too)
    assert await asyncio.wait_for(loaded, 5) == "Recordings"
    assert dialog.isVisible()
    assert dialog.crumb_texts() == ["Home", "Recordings"]
    assert dialog.up_button.isEnabled()

    dialog.select_names("readme.txt")  # not audio: cannot be chosen
    assert not dialog.choose_button.isEnabled()
    dialog.select_names("talk.wav")
    assert dialog.choose_button.isEnabled()
    finished = future_from_signal(dialog.finished)
    dialog.view.setCurrentIndex(_row_of(dialog, "talk.wav"))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # Return on a file chooses it
    assert await asyncio.wait_for(finished, 5) == QDialog.DialogCode.Accepted
    assert dialog.selected_files() == [
        NextcloudFile(10, "talk.wav", 160_044, "audio/wav", "Recordings/talk.wav")
    ]
    assert NextcloudFileDialog._last_path == "Recordings"  # the next dialog starts there


async def test_dialog_up_breadcrumbs_and_empty_folders(qtbot: Any) -> None:
    source = FakeSource()
    dialog = _dialog(qtbot, source, FileKind.ANY, start_path="Recordings/Old")
    assert await _open(dialog) == "Recordings/Old"
    assert dialog.stack.currentWidget() is dialog.message_page
    assert dialog.message_label.text() == "This folder is empty."
    assert dialog.crumb_texts() == ["Home", "Recordings", "Old"]
    loaded = future_from_signal(dialog.loaded)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert await asyncio.wait_for(loaded, 5) == "Recordings"
    loaded = future_from_signal(dialog.loaded)
    home = next(w for w in dialog._crumb_widgets if getattr(w, "text", lambda: "")() == "Home")
    qtbot.mouseClick(home, Qt.MouseButton.LeftButton)
    assert await asyncio.wait_for(loaded, 5) == ""
    dialog.reject()


async def test_dialog_chooses_several_files_for_list_slots(qtbot: Any) -> None:
    dialog = _dialog(qtbot, FakeSource(), FileKind.AUDIO, multiple=True, start_path="Recordings")
    await _open(dialog)
    dialog.select_names("talk.wav", "interview.mp3", "readme.txt", "Old")
    assert [f.file_id for f in dialog.selected_files()] == [11, 10]
    dialog.accept()


async def test_listing_errors_are_explained_with_a_retry(qtbot: Any) -> None:
    source = FakeSource()
    source.fail[""] = e.ConnectionFailedError("refused", url="https://cloud.example.org/x")
    dialog = _dialog(qtbot, source, FileKind.ANY)
    failed = future_from_signal(dialog.failed)
    dialog.open()
    dialog.start()
    message = await asyncio.wait_for(failed, 5)
    assert message.startswith("Could not reach cloud.example.org.")
    assert dialog.message_label.text() == message
    assert dialog.retry_button.isVisibleTo(dialog)
    del source.fail[""]
    loaded = future_from_signal(dialog.loaded)
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    assert await asyncio.wait_for(loaded, 5) == ""
    dialog.reject()


async def test_a_vanished_last_folder_falls_back_to_home(qtbot: Any) -> None:
    source = FakeSource()
    NextcloudFileDialog._last_path = "Deleted/Folder"
    dialog = _dialog(qtbot, source, FileKind.ANY)
    loaded = future_from_signal(dialog.loaded)
    dialog.open()
    dialog.start()
    assert await asyncio.wait_for(loaded, 5) == ""
    assert source.calls == ["Deleted/Folder", ""]
    dialog.reject()


async def test_closing_the_dialog_cancels_its_listing(qtbot: Any) -> None:
    source = FakeSource()
    source.gate = asyncio.Event()
    dialog = _dialog(qtbot, source, FileKind.ANY)
    dialog.open()
    dialog.start()
    await asyncio.sleep(0.05)
    assert dialog.message_label.text() == "Loading…"
    dialog.reject()
    await asyncio.sleep(0.05)
    assert source.cancelled == 1
    # Opening another folder cancels the listing of the one before.
    dialog2 = _dialog(qtbot, source, FileKind.ANY)
    dialog2.open()
    dialog2.start()
    await asyncio.sleep(0.01)
    dialog2.navigate("Photos")
    await asyncio.sleep(0.01)
    assert source.cancelled == 2
    loaded = future_from_signal(dialog2.loaded)
    source.gate.set()
    assert await asyncio.wait_for(loaded, 5) == "Photos"
    dialog2.reject()


# --- against the simulator ------------------------------------------------------------------------


async def test_choose_from_nextcloud_lists_the_simulators_sample_files(
    qtbot: Any, demo_server: DemoServer
) -> None:
    user = demo_server.users[0]
    client = NextcloudClient(
        demo_server.base_url, user.login_name, user.app_password, user_id=user.user_id
    )
    try:
        dav = WebDav(client)
        form = FormWidget(recorded_types()["core:audio2text"], file_browser=dav)
        qtbot.addWidget(form)
        form.show()
        editor = form.editor("input")
        assert isinstance(editor, FileEditor)
        assert editor.picker.nextcloud_button.isVisible()
        qtbot.mouseClick(editor.picker.nextcloud_button, Qt.MouseButton.LeftButton)
        dialog = editor.picker.nextcloud_dialog
        assert dialog is not None and dialog.isVisible()
        loaded = future_from_signal(dialog.loaded)
        assert await asyncio.wait_for(loaded, 10) == ""
        names = [x.name for x in dialog.model.entries()]
        assert {"Documents", "Photos", "Recordings"} <= set(names)

        loaded = future_from_signal(dialog.loaded)
        dialog.navigate("Recordings")
        assert await asyncio.wait_for(loaded, 10) == "Recordings"
        entry = next(x for x in dialog.model.entries() if x.name == "sample.wav")
        assert entry.file_id is not None and entry.size and entry.size > 0
        dialog.select_names("sample.wav")
        finished = future_from_signal(dialog.finished)
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        await asyncio.wait_for(finished, 5)

        assert form.values() == {"input": entry.file_id}
        assert editor.card is not None and editor.card.name() == "sample.wav"
        assert "in your Nextcloud" in editor.card.details()
        assert await dav.file_id("Recordings/sample.wav") == entry.file_id

        # A list slot takes several at once, from the same dialog.
        images_form = FormWidget(make_type({"images": "ListOfImages"}), file_browser=dav)
        qtbot.addWidget(images_form)
        images = images_form.editor("images")
        assert isinstance(images, ListEditor)
        dialog = images.picker.open_nextcloud_dialog()
        assert dialog is not None
        loaded = future_from_signal(dialog.loaded)
        assert await asyncio.wait_for(loaded, 10) == "Recordings"  # where the last one ended
        loaded = future_from_signal(dialog.loaded)
        dialog.navigate("Photos")
        await asyncio.wait_for(loaded, 10)
        dialog.select_names(*[x.name for x in dialog.model.entries()])
        png = next(x for x in dialog.model.entries() if x.name == "sample.png")
        dialog.accept()
        assert images_form.values() == {"images": [png.file_id]}
    finally:
        await client.aclose()


async def test_the_simulators_every_slot_type_makes_a_complete_form(
    qtbot: Any, demo_server: DemoServer, tmp_path: Any
) -> None:
    from nctask_desktop.services.tasks import LocalFile, validate_inputs
    from nctask_desktop.ui.forms import EDITORS
    from tests.ui.forms_support import write_png

    user = demo_server.users[0]
    client = NextcloudClient(
        demo_server.base_url, user.login_name, user.app_password, user_id=user.user_id
    )
    try:
        allslots = (await client.get_task_types())["demo:allslots"]
        dav = WebDav(client)
        photo_id = await dav.file_id("Photos/sample.png")
        wav_id = await dav.file_id("Recordings/sample.wav")
    finally:
        await client.aclose()
    form = FormWidget(allslots, file_browser=dav)
    qtbot.addWidget(form)
    for slot in allslots.inputs:
        assert type(form.editor(slot.key)) is EDITORS[slot.type], slot
    assert form.values() == {"text": "Hello", "number": 3, "mood": "calm"}  # the defaults
    assert not form.validate()  # "choice" and "file" are mandatory
    png = LocalFile(write_png(tmp_path / "p.png"))
    form.set_values(
        {
            "text": "Hi",
            "number": 4,
            "choice": "b",
            "file": wav_id,
            "image": png,
            "numbers": [1, 2],
            "texts": ["a"],
            "images": [photo_id, png],
            "audios": [wav_id],
        }
    )
    assert form.validate()
    validate_inputs(allslots, form.values())
    assert form.values()["images"] == [photo_id, png]
