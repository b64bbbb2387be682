"""Drafts: saved while typing (debounced) and when the form goes away; restored after a restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from nctask_desktop.services.drafts import DraftStore, NextcloudFile
from nctask_desktop.services.tasks import LocalFile
from nctask_desktop.ui.forms import DraftBinder, FileEditor, FormWidget, ListEditor
from tests.ui.forms_support import ALL_SLOT_TYPES, make_type, recorded_types, write_png, write_wav

ALICE = "https://cloud.example.org|alice"
BOB = "https://cloud.example.org|bob"


def _bound(qtbot: Any, task_type: Any, store: DraftStore, account: str = ALICE, **kw: Any) -> Any:
    form = FormWidget(task_type)
    qtbot.addWidget(form)
    binder = DraftBinder(form, store, account, **kw)
    return form, binder


def test_typing_is_saved_after_a_short_pause(qtbot: Any) -> None:
    store = DraftStore()
    text2text = recorded_types()["core:text2text"]
    form, binder = _bound(qtbot, text2text, store)
    assert not binder.restored
    qtbot.keyClicks(form.editor("input").focus_widget(), "Write a poem")
    assert store.get(ALICE, "core:text2text") is None  # not on every key press
    qtbot.waitUntil(lambda: store.get(ALICE, "core:text2text") is not None, timeout=3000)
    assert store.get(ALICE, "core:text2text") == {
        "input": "Write a poem",
        "max_tokens": 1234,
        "model": "model_2",
    }
    assert not binder.dirty


def test_a_draft_survives_a_restart_including_files(qtbot: Any, tmp_path: Path) -> None:
    wav = write_wav(tmp_path / "talk.wav")
    png = write_png(tmp_path / "a.png")
    task_type = make_type(
        ALL_SLOT_TYPES,
        type_id="demo:allslots",
        enums={"choice": [("Option A", "a"), ("Option B", "b")]},
    )
    store = DraftStore()
    form, binder = _bound(qtbot, task_type, store)
    values = {
        "text": "Hello",
        "number": 3,
        "choice": "b",
        "image": LocalFile(png),
        "audio": LocalFile(wav),
        "video": NextcloudFile(13, "clip.mp4", 3000, "video/mp4"),
        "file": NextcloudFile(14, "Report.pdf"),
        "numbers": [1, 2.5],
        "texts": ["x", "y"],
        "images": [LocalFile(png), NextcloudFile(21, "cat.jpg")],
        "audios": [NextcloudFile(22, "a.mp3")],
        "files": [NextcloudFile(24, "b.txt"), LocalFile(wav)],
    }
    form.set_values(values)
    binder.flush()
    form.close()

    # "Restart": a new store on the same file, a new form, a new binder.
    store2 = DraftStore()
    form2, binder2 = _bound(qtbot, task_type, store2)
    assert binder2.restored
    assert form2.draft_values() == values
    assert form2.values()["video"] == 13
    assert form2.values()["images"] == [LocalFile(png), 21]
    video = form2.editor("video")
    assert isinstance(video, FileEditor) and video.card is not None
    assert video.card.name() == "clip.mp4"  # the name shown again, not just an id
    images = form2.editor("images")
    assert isinstance(images, ListEditor) and len(images.rows) == 2
    assert not binder2.dirty  # restoring is not an edit


def test_hiding_or_closing_the_form_saves_at_once(qtbot: Any) -> None:
    store = DraftStore()
    form, _binder = _bound(qtbot, make_type({"text": "Text"}), store, delay_ms=60_000)
    form.show()
    qtbot.keyClicks(form.editor("text").focus_widget(), "typed just now")
    assert store.get(ALICE, "test:type") is None
    form.hide()  # switching type or account hides the form
    assert store.get(ALICE, "test:type") == {"text": "typed just now"}
    form.show()
    qtbot.keyClicks(form.editor("text").focus_widget(), "!")
    form.close()
    assert store.get(ALICE, "test:type") == {"text": "typed just now!"}


def test_each_type_and_account_keeps_its_own_draft(qtbot: Any) -> None:
    store = DraftStore()
    types = recorded_types()
    a, binder_a = _bound(qtbot, types["core:text2text"], store)
    b, binder_b = _bound(qtbot, types["core:contextwrite"], store)
    c, binder_c = _bound(qtbot, types["core:text2text"], store, account=BOB)
    qtbot.keyClicks(a.editor("input").focus_widget(), "alice prompt")
    qtbot.keyClicks(b.editor("style_input").focus_widget(), "alice style")
    qtbot.keyClicks(c.editor("input").focus_widget(), "bob prompt")
    for binder in (binder_a, binder_b, binder_c):
        binder.flush()
    a2, _ = _bound(qtbot, types["core:text2text"], store)
    b2, _ = _bound(qtbot, types["core:contextwrite"], store)
    c2, _ = _bound(qtbot, types["core:text2text"], store, account=BOB)
    assert a2.values()["input"] == "alice prompt"
    assert b2.values()["style_input"] == "alice style"
    assert c2.values()["input"] == "bob prompt"


def test_discard_after_submit_forgets_the_draft(qtbot: Any) -> None:
    store = DraftStore()
    form, binder = _bound(qtbot, make_type({"text": "Text"}), store)
    form.set_values({"text": "sent"})
    binder.flush()
    assert store.get(ALICE, "test:type") == {"text": "sent"}
    binder.discard()
    assert store.get(ALICE, "test:type") is None
    form.hide()
    assert store.get(ALICE, "test:type") is None  # nothing changed since: nothing re-saved
    form2, binder2 = _bound(qtbot, make_type({"text": "Text"}), store)
    assert not binder2.restored and form2.values() == {}


def test_restored_optional_values_unfold_more_options(qtbot: Any) -> None:
    store = DraftStore()
    store.put(ALICE, "core:text2text", {"input": "x", "max_tokens": 50, "model": "model_2"})
    form, binder = _bound(qtbot, recorded_types()["core:text2text"], store)
    assert binder.restored
    assert form.more_options_expanded()
    assert form.values() == {"input": "x", "max_tokens": 50, "model": "model_2"}


def test_a_cleared_form_is_restored_cleared(qtbot: Any) -> None:
    store = DraftStore()
    form, binder = _bound(qtbot, recorded_types()["core:text2text"], store)
    number = form.editor("max_tokens").focus_widget()
    form.set_more_options_expanded(True)
    form.show()
    number.setFocus()
    qtbot.keyClick(number, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(number, Qt.Key.Key_Delete)
    assert "max_tokens" not in form.values()
    binder.flush()
    form2, _ = _bound(qtbot, recorded_types()["core:text2text"], store)
    assert "max_tokens" not in form2.values()
