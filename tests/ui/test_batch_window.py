"""Many files at once, in the window, against the simulator: the dialog, dropping files and a
folder on the form, the overview moving to done under the rate limit, results next to the
originals, a restart in the middle, Pause, Resume, Cancel, Retry failed, the choice of the input
that varies, accessible names and Tab."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from nctask_desktop.demo import DemoServer
from nctask_desktop.services.batch import ItemState
from nctask_desktop.ui.batch_view import BatchItemsModel, grouped
from tests.support import recordings, schedules, wav
from tests.ui.batch_support import choose_audio, fast_server, until_poked
from tests.ui.support import (
    alice_window,
    heard_name,
    ready_window,
    tab_path,
    unnamed_controls,
    wait_until,
)


@pytest.fixture
def server() -> Iterator[DemoServer]:
    server = fast_server()
    yield server
    server.stop()


def limited(limit: int, window: float) -> dict[str, Any]:
    return {"queue_options": {"retry_step": 0.2, "limit": limit, "window": window}}


async def open_dialog(window: Any, files: list[Path]) -> Any:
    flow = window.new_task.batches
    flow.run_on_many(files)
    await wait_until(lambda: flow.dialog is not None and flow.dialog.isVisible())
    return flow.dialog


async def audio_window(
    make_workspace: Any, make_window: Any, server: DemoServer, limit: int, window: float
) -> tuple[Any, Any]:
    """A window signed in as alice on the audio task, its queue keeping to `limit` per `window`:
    (workspace, window)."""
    workspace, shown = await alice_window(
        make_workspace, make_window, server, **limited(limit, window)
    )
    choose_audio(shown)
    return workspace, shown


async def start_batch(window: Any, files: list[Path]) -> Any:
    """Start a batch on `files` through the dialog: the batch, once the overview has it."""
    dialog = await open_dialog(window, files)
    dialog.start_button.click()
    view = window.new_task.batches.view
    await wait_until(lambda: view.batch is not None)
    return view.batch


async def test_thirty_recordings_through_the_dialog_are_transcribed_next_to_the_originals(
    make_workspace: Any, make_window: Any, server: DemoServer, tmp_path: Path
) -> None:
    workspace, window = await audio_window(make_workspace, make_window, server, 10, 1.0)
    panel = window.new_task.form_panel
    assert panel.many_button.isVisible()
    files = recordings(tmp_path / "recordings", 30)
    dialog = await open_dialog(window, [*files[:20], tmp_path / "recordings"])  # a folder too
    assert dialog.list.count() == 30  # the folder's files, each once
    assert not dialog.slot_box.isVisible()  # one file input: nothing to choose
    assert dialog.count.text() == "Files: 30, one task each."
    assert dialog.start_button.isEnabled() and dialog.next_to.isChecked()
    dialog.start_button.click()
    flow = window.new_task.batches
    view = flow.view
    await wait_until(lambda: flow.shown_id is not None)
    assert panel.batch is view and view.isVisible() and not panel.result.isVisible()
    assert flow.list.isVisible() and flow.list.list.count() == 1
    batch = view.batch
    assert batch is not None and len(batch.items) == 30
    limit_lines: set[str] = set()

    def finished() -> bool:
        view.refresh_time()
        if view.limit_line.isVisible():
            limit_lines.add(view.limit_line.text())
        return batch.finished

    await until_poked(window, finished, 90)
    assert grouped(batch)["done"] == 30, [(i.path.name, i.state, i.error) for i in batch.items]
    assert view.counts.text().startswith("30 done")
    assert view.title.text() == "Transcribe audio: 30 of 30 done"
    assert any("allows 10 new tasks per 1 s" in line for line in limit_lines), limit_lines
    for path in files:
        assert path.with_suffix(".txt").is_file(), path
    assert schedules(server) == 30
    # the batch's files are not listed one by one under "Sent in this session"
    assert window.new_task.session_panel.model.rows == []
    # a result: Show in folder and Open
    view.view.setCurrentIndex(view.model.index(0, 0))
    assert view.open_button.isEnabled() and view.open_result()
    assert window.open_url[-1].endswith("/interview 01.txt")
    await workspace.close()


async def test_several_files_or_a_folder_dropped_on_the_form_start_a_batch(
    make_workspace: Any, make_window: Any, server: DemoServer, tmp_path: Path
) -> None:
    workspace, window = await audio_window(make_workspace, make_window, server, 10, 1.0)
    form = window.new_task.current_form()
    files = recordings(tmp_path, 3)
    editor = form.editor("input")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files])
    point = QPointF(editor.rect().center())
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(editor, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(editor, QDropEvent(point, actions, mime, buttons, mods))
    flow = window.new_task.batches
    await wait_until(lambda: flow.dialog is not None and flow.dialog.isVisible())
    assert editor.is_empty()  # not put into the one-file input
    assert flow.dialog.list.count() == 3
    flow.dialog.start_button.click()
    await wait_until(lambda: flow.view.batch is not None)
    batch = flow.view.batch
    await until_poked(window, lambda: batch.finished)
    assert all(p.with_suffix(".txt").is_file() for p in files)

    # a folder dropped on the window (not on a slot): the same
    folder = tmp_path / "more"
    recordings(folder, 2)
    assert window.new_task.drop_files([folder])
    await wait_until(lambda: flow.dialog is not None and flow.dialog.isVisible())
    assert flow.dialog.list.count() == 2
    flow.dialog.reject()
    await wait_until(lambda: flow.dialog is None)
    # one file dropped: into the input, as before
    assert window.new_task.drop_files([files[0]])
    assert not editor.is_empty()
    await workspace.close()


async def test_a_restart_in_the_middle_resumes_the_batch_with_nothing_lost_or_doubled(
    make_workspace: Any, make_window: Any, server: DemoServer, tmp_path: Path
) -> None:
    workspace, window = await audio_window(make_workspace, make_window, server, 5, 1.0)
    files = recordings(tmp_path / "recordings", 30)
    batch = await start_batch(window, files)
    await until_poked(window, lambda: grouped(batch)["done"] >= 6)
    assert not batch.finished
    window.close()
    await workspace.close()

    workspace = make_workspace(**limited(5, 1.0))
    window = await ready_window(make_window, workspace)
    flow = window.new_task.batches
    await wait_until(lambda: flow.shown_id == batch.id)  # the batch shows again by itself
    view = flow.view
    assert view.isVisible() and flow.list.list.count() == 1
    assert view.batch is not None and grouped(view.batch)["done"] >= 6
    await until_poked(window, lambda: view.batch.finished, 90)
    again = view.batch
    assert grouped(again)["done"] == 30, [(i.path.name, i.state, i.error) for i in again.items]
    assert schedules(server) == 30  # nothing sent twice
    assert sorted(p.name for p in (tmp_path / "recordings").glob("*.txt")) == [
        f.with_suffix(".txt").name for f in files
    ]
    assert view.forget_button.isVisible()
    view.forget_button.click()
    await wait_until(lambda: not flow.list.isVisible())
    assert not view.isVisible()
    await workspace.close()


async def test_pause_resume_cancel_and_retry_the_failed_ones(
    make_workspace: Any, make_window: Any, server: DemoServer, tmp_path: Path
) -> None:
    workspace, window = await audio_window(make_workspace, make_window, server, 2, 1.5)
    files = recordings(tmp_path, 6)
    batch = await start_batch(window, files)
    flow = window.new_task.batches
    view = flow.view
    files[5].unlink()  # gone before its turn: that one fails
    assert view.pause_button.isVisible() and not view.resume_button.isVisible()
    view.pause_button.click()
    assert batch.paused and view.resume_button.isVisible() and not view.pause_button.isVisible()
    assert "(paused)" in view.title.text()
    view.refresh_time()
    assert view.limit_line.text().startswith("Paused")
    assert batch.counts().get(ItemState.PAUSED, 0) >= 3
    view.resume_button.click()
    assert not batch.paused and view.pause_button.isVisible()
    await until_poked(window, lambda: batch.finished, 60)
    assert grouped(batch)["failed"] == 1 and grouped(batch)["done"] == 5
    failed_row = 5
    assert view.model.index(failed_row, 1).data() == "Failed"
    assert "interview 06.wav" in view.model.index(failed_row, 2).data()  # the reason
    assert view.retry_button.isVisible() and not view.cancel_button.isVisible()
    wav(files[5])
    view.retry_button.click()
    await until_poked(window, lambda: batch.finished)
    assert grouped(batch)["done"] == 6 and not view.retry_button.isVisible()

    more = recordings(tmp_path / "more", 6)
    dialog = await open_dialog(window, more)
    dialog.start_button.click()
    await wait_until(lambda: view.batch is not None and view.batch is not batch)
    second = view.batch
    view.cancel_button.click()
    await until_poked(window, lambda: second.finished)
    assert grouped(second)["cancelled"] >= 3 and "cancelled" in view.counts.text()
    assert flow.list.list.count() == 2
    # the first batch again, from the list in the right-hand panel
    flow.list.list.setCurrentRow(1)
    assert view.batch is batch
    await workspace.close()


async def test_several_file_inputs_the_user_picks_the_one_that_varies(
    make_workspace: Any, make_window: Any, server: DemoServer, tmp_path: Path
) -> None:
    workspace, window = await alice_window(make_workspace, make_window, server, **limited(10, 1.0))
    window.type_browser.select_type("demo:allslots")
    form = window.new_task.current_form()
    photos = [tmp_path / f"photo {i}.png" for i in (1, 2)]
    for photo in photos:
        photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    form.set_values({"text": "", "number": 2, "choice": "b"})
    dialog = await open_dialog(window, photos)
    assert dialog.slot_box.isVisible()
    assert [dialog.slot_box.itemText(i) for i in range(dialog.slot_box.count())] == [
        "File",
        "Image",
        "Audio",
        "Video",
    ]
    assert dialog.slot.key == "file"  # the required one first
    assert not dialog.start_button.isEnabled()  # the form misses its text
    assert "Text" in dialog.problem.text() and dialog.problem.isVisible()
    assert list(form.errors()) == ["text"]  # marked in the form; not the file that varies
    dialog.set_slot("audio")
    assert dialog.list.count() == 0 and "does not take" in dialog.count.text()
    dialog.reject()
    await wait_until(lambda: window.new_task.batches.dialog is None)

    form.set_values({"text": "hello", "number": 2, "choice": "b"})
    dialog = await open_dialog(window, photos)
    out = tmp_path / "results"
    out.mkdir()
    dialog.set_output_dir(out)
    assert dialog.in_folder.isChecked() and dialog.start_button.isEnabled()
    dialog.start_button.click()
    flow = window.new_task.batches
    await wait_until(lambda: flow.view.batch is not None)
    batch = flow.view.batch
    assert batch.slot == "file" and batch.output_dir == out
    assert str(out) in flow.view.where.text()
    await until_poked(window, lambda: batch.finished)
    assert grouped(batch)["done"] == 2, [
        (i.path.name, i.state, i.error, i.saved) for i in batch.items
    ]
    names = {p.name for p in out.iterdir()}
    assert {"photo 1.txt", "photo 2.txt"} <= names  # each named after its file
    await workspace.close()


async def test_the_batch_screens_are_named_and_tab_goes_through_them(
    make_workspace: Any, make_window: Any, server: DemoServer, tmp_path: Path, qtmodeltester: Any
) -> None:
    workspace, window = await audio_window(make_workspace, make_window, server, 2, 30)
    assert unnamed_controls(window) == []
    files = recordings(tmp_path, 4)
    dialog = await open_dialog(window, files)
    assert unnamed_controls(dialog) == []
    chain = tab_path(dialog, dialog.cancel_button, 10)
    names = [heard_name(w) for w in chain]
    for name in ("The files, one task each", "Add files…", "Next to each file", "Start the tasks"):
        assert name in names, names
    dialog.start_button.click()
    flow = window.new_task.batches
    await wait_until(lambda: flow.view.batch is not None)
    view = flow.view
    assert unnamed_controls(window) == []
    chain = tab_path(window, window.new_task.form_panel.submit_button, 8)
    # the batch's buttons, its files (Show in folder and Open wait for a selection), then the
    # list of batches on the right
    assert chain[:4] == [view.pause_button, view.cancel_button, view.view, flow.list.list]
    model = BatchItemsModel()
    model.set_items(view.batch.items)
    qtmodeltester.check(model)
    view.cancel_button.click()
    await workspace.close()
