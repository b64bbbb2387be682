"""The generated form as a whole: defaults, "More options", validation, the server's message,
busy state, Ctrl+Enter, files dropped on the window, tab order and accessible names."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from nctask_desktop.services.tasks import LocalFile
from nctask_desktop.ui.forms import FileEditor, ListEditor, TextEditor
from tests.ui.forms_support import (
    ALL_SLOT_TYPES,
    drop_files,
    form_widget,
    make_type,
    recorded_types,
    write_mp4,
    write_pdf,
    write_png,
    write_wav,
)


def _activate(form: QWidget) -> None:
    """Show the form as the active window (keyboard focus and shortcuts need one)."""
    form.show()
    form.activateWindow()
    assert QTest.qWaitForWindowActive(form, 5000)


def test_defaults_are_prefilled_and_optional_slots_folded(qtbot: Any) -> None:
    form = form_widget(qtbot, recorded_types()["core:text2text"])
    form.show()
    assert form.values() == {"max_tokens": 1234, "model": "model_2"}
    assert not form.more_options_expanded()
    assert form.more is not None and form.more.button.text() == "More options"
    assert form.rows["input"].isVisible()
    assert not form.rows["max_tokens"].isVisible()
    qtbot.mouseClick(form.more.button, Qt.MouseButton.LeftButton)
    assert form.more_options_expanded() and form.rows["max_tokens"].isVisible()
    qtbot.mouseClick(form.more.button, Qt.MouseButton.LeftButton)
    assert not form.more_options_expanded()


def test_labels_and_descriptions_come_from_the_server(qtbot: Any) -> None:
    form = form_widget(qtbot, recorded_types()["core:text2text"])
    row = form.rows["input"]
    assert row.label.text() == "Prompt"
    assert row.description is not None
    assert row.description.text().startswith("Describe a task that you want the assistant")
    assert row.description.wordWrap()
    assert row.label.buddy() is form.editor("input").focus_widget()


def test_a_type_with_only_optional_slots_shows_them(qtbot: Any) -> None:
    form = form_widget(qtbot, make_type({}, {"style": "Text"}))
    assert form.more_options_expanded()


def test_mandatory_slots_are_checked_inline_and_the_first_is_focused(qtbot: Any) -> None:
    translate = recorded_types()["core:text2text:translate"]
    form = form_widget(qtbot, translate)
    _activate(form)
    assert not form.validate()
    errors = form.errors()
    assert set(errors) == {"input", "target_language"}
    assert errors["input"] == "“Origin text” is required. Fill it in, then submit again."
    assert form.rows["input"].error.isVisible()
    assert QApplication.focusWidget() is form.editor("input").focus_widget()
    assert "required" in form.editor("input").focus_widget().accessibleDescription()
    # Typing clears that slot's error; the others stay until the next check.
    qtbot.keyClicks(form.editor("input").focus_widget(), "Hallo")
    assert set(form.errors()) == {"target_language"}
    form.set_values({"input": "Hallo", "target_language": "en"})
    assert form.validate()
    assert form.errors() == {}


def test_an_error_in_more_options_unfolds_it(qtbot: Any) -> None:
    form = form_widget(qtbot, make_type({"text": "Text"}, {"n": "Number"}))
    form.show()
    form.set_values({"text": "hi", "n": "twelve"})
    form.set_more_options_expanded(False)
    assert not form.validate()
    assert form.more_options_expanded()
    assert "needs a number" in form.errors()["n"]


def test_drafts_with_optional_values_unfold_more_options(qtbot: Any) -> None:
    text2text = recorded_types()["core:text2text"]
    form = form_widget(qtbot, text2text)
    form.set_values({"input": "x", "max_tokens": 1234, "model": "model_2"})  # just the defaults
    assert not form.more_options_expanded()
    form.set_values({"input": "x", "max_tokens": 99, "model": "model_2"})
    assert form.more_options_expanded()


def test_server_error_is_shown_in_its_words_and_cleared_on_change(qtbot: Any) -> None:
    form = form_widget(qtbot, recorded_types()["core:text2text"])
    form.show()
    message = 'Failed to validate input key "model": Wrong value given for Enum slot. Got "x"'
    form.show_server_error(message)
    assert form.server_error.isVisible()
    assert form.server_error_text() == message
    assert form.more_options_expanded()  # it names a slot under "More options"
    qtbot.keyClicks(form.editor("input").focus_widget(), "a")
    assert form.server_error_text() == ""
    assert not form.server_error.isVisible()
    form.show_server_error('Missing key: "input"')
    form.clear_server_error()
    assert form.server_error_text() == ""


def test_busy_form_cannot_be_edited_and_does_not_submit(qtbot: Any) -> None:
    form = form_widget(qtbot, make_type({"text": "Text", "audio": "Audio"}))
    form.show()
    text = form.editor("text")
    assert isinstance(text, TextEditor)
    form.set_busy(True)
    assert not text.edit.isEnabled()
    assert not form.accept_dropped_files([Path(__file__)])
    with qtbot.assertNotEmitted(form.submitRequested):
        form._submit_shortcut()
    form.set_busy(False)
    assert text.edit.isEnabled()


def test_ctrl_enter_requests_submit(qtbot: Any) -> None:
    form = form_widget(qtbot, make_type({"text": "Text", "n": "Number"}))
    _activate(form)
    text = form.editor("text")
    assert isinstance(text, TextEditor)
    text.edit.setFocus()
    with qtbot.waitSignal(form.submitRequested, timeout=1000):
        qtbot.keyClick(text.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert text.edit.toPlainText() == ""  # no line break typed
    number = form.editor("n").focus_widget()
    number.setFocus()
    with qtbot.waitSignal(form.submitRequested, timeout=1000):
        qtbot.keyClick(number, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)


def test_changed_is_emitted_for_every_kind_of_edit(qtbot: Any, tmp_path: Path) -> None:
    form = form_widget(qtbot, make_type({"text": "Text", "audio": "Audio", "texts": "ListOfTexts"}))
    with qtbot.waitSignal(form.changed, timeout=500):
        qtbot.keyClicks(form.editor("text").focus_widget(), "a")
    with qtbot.waitSignal(form.changed, timeout=500):
        form.accept_dropped_files([write_wav(tmp_path / "a.wav")])
    texts = form.editor("texts")
    assert isinstance(texts, ListEditor) and texts.add_button is not None
    with qtbot.waitSignal(form.changed, timeout=500):
        qtbot.mouseClick(texts.add_button, Qt.MouseButton.LeftButton)


def test_files_dropped_on_the_window_go_to_the_first_fitting_empty_slot(
    qtbot: Any, tmp_path: Path
) -> None:
    png = write_png(tmp_path / "a.png")
    png2 = write_png(tmp_path / "b.png")
    png3 = write_png(tmp_path / "c.png")
    wav = write_wav(tmp_path / "a.wav")
    pdf = write_pdf(tmp_path / "a.pdf")
    mp4 = write_mp4(tmp_path / "a.mp4")
    form = form_widget(qtbot, make_type(ALL_SLOT_TYPES))
    form.show()
    # Slots of the file's own kind come before slots that take any file.
    assert form.accept_dropped_files([png])
    filled = {key: value for key, value in form.values().items() if value != []}
    assert filled == {"image": LocalFile(png)}  # the required lists are sent as []
    assert form.accept_dropped_files([png2, png3, wav])
    values = form.values()
    assert values["images"] == [LocalFile(png2), LocalFile(png3)]
    assert values["audio"] == LocalFile(wav)
    assert form.accept_dropped_files([pdf, mp4])
    values = form.values()
    assert values["file"] == LocalFile(pdf)
    assert values["video"] == LocalFile(mp4)
    assert not form.accept_dropped_files([tmp_path / "missing.png"])


def test_drop_onto_the_form_and_a_type_without_fitting_slot(qtbot: Any, tmp_path: Path) -> None:
    wav = write_wav(tmp_path / "talk.wav")
    png = write_png(tmp_path / "a.png")
    audio2text = recorded_types()["core:audio2text"]
    form = form_widget(qtbot, audio2text)
    form.show()
    # a picture on the audio slot: not taken, explained at the slot, naming what it takes
    assert drop_files(form, png) == (True, True)
    assert form.values() == {}
    error = form.errors()["input"]
    assert "“a.png” is not an audio file" in error and "audio files (wav, mp3" in error
    assert drop_files(form, wav) == (True, True)
    assert form.values() == {"input": LocalFile(wav)}
    assert not form.accept_dropped_files([wav])  # the slot is full: nothing replaced silently
    text_only = form_widget(qtbot, recorded_types()["core:text2text"])
    assert not text_only.accept_dropped_files([wav])
    assert drop_files(text_only, wav) == (False, False)  # no file slot: the window says so


def test_an_empty_file_is_refused_at_the_slot(qtbot: Any, tmp_path: Path) -> None:
    """A 0-byte recording is not "transcribed": the slot says it is empty."""
    empty = tmp_path / "silence.wav"
    empty.write_bytes(b"")
    form = form_widget(qtbot, recorded_types()["core:audio2text"])
    form.show()
    assert not form.accept_dropped_files([empty])
    editor = form.editor("input")
    assert not editor.add_local_files([empty])  # as from Choose file…
    assert form.values() == {}
    assert "“silence.wav” is empty (0 bytes)" in form.errors()["input"]


def test_drop_into_a_folded_optional_slot_unfolds_it(qtbot: Any, tmp_path: Path) -> None:
    form = form_widget(qtbot, make_type({"text": "Text"}, {"picture": "Image"}))
    form.show()
    assert not form.more_options_expanded()
    assert form.accept_dropped_files([write_png(tmp_path / "p.png")])
    assert form.more_options_expanded()


def test_tab_order_follows_the_layout(qtbot: Any, tmp_path: Path) -> None:
    form = form_widget(qtbot, make_type(ALL_SLOT_TYPES, {"extra": "Text"}))
    form.set_more_options_expanded(True)
    form.show()
    qtbot.waitExposed(form)
    texts = form.editor("texts")
    assert isinstance(texts, ListEditor) and texts.add_button is not None
    qtbot.mouseClick(texts.add_button, Qt.MouseButton.LeftButton)  # rows added later …
    images = form.editor("images")
    assert isinstance(images, ListEditor)
    images.add_local_files([write_png(tmp_path / "x.png")])
    chain = [w for w in form.focus_chain() if w.isVisibleTo(form)]
    positions = [w.mapTo(form.content, w.rect().topLeft()) for w in chain]
    # … still come in the order they are shown: top to bottom, left to right within a line.
    for before, after in itertools.pairwise(positions):
        below = after.y() > before.y() + 4
        right_on_same_line = abs(after.y() - before.y()) <= 4 and after.x() > before.x()
        assert below or right_on_same_line, (before, after)
    # Qt's focus chain visits them in that order.
    start = chain[0]
    seen = [start]
    widget: QWidget = start
    for _ in range(len(chain) * 6):
        widget = widget.nextInFocusChain()
        target = widget.focusProxy() or widget
        if target in chain and target not in seen:
            seen.append(target)
        if len(seen) == len(chain):
            break
    assert seen == chain


def test_every_control_has_an_accessible_name(qtbot: Any, tmp_path: Path) -> None:
    form = form_widget(
        qtbot, make_type(ALL_SLOT_TYPES, {"hologram": "Hologram"}), file_browser=object()
    )  # type: ignore[arg-type]
    form.set_more_options_expanded(True)
    form.set_values(
        {
            "image": LocalFile(write_png(tmp_path / "a.png")),
            "images": [LocalFile(write_png(tmp_path / "b.png")), 5],
            "numbers": [1, 2],
        }
    )
    form.show()
    unnamed = [
        f"{type(w).__name__} in {type(w.parentWidget()).__name__}"
        for w in form.focus_chain()
        if not w.accessibleName()
        and not (hasattr(w, "text") and isinstance(w.text(), str) and w.text().strip("&"))
    ]
    assert unnamed == []
    image = form.editor("image")
    assert isinstance(image, FileEditor) and image.remove_button is not None
    assert image.remove_button.accessibleName() == "Remove the file of “Image”"
    assert (
        image.picker.nextcloud_button.accessibleName() == "Choose from your Nextcloud for “Image”"
    )
    assert form.editor("text").focus_widget().accessibleName() == "Text"
    assert form.editor("text").focus_widget().accessibleDescription() == "About text"
    for row in form.rows.values():
        assert isinstance(row.label, QLabel) and row.label.buddy() is not None


def test_a_file_dragged_over_a_text_box_goes_to_the_file_slot(qtbot: Any, tmp_path: Path) -> None:
    wav = write_wav(tmp_path / "talk.wav")
    form = form_widget(qtbot, make_type({"prompt": "Text", "audio": "Audio"}))
    form.show()
    text = form.editor("prompt")
    assert isinstance(text, TextEditor)
    assert drop_files(text.edit.viewport(), wav) == (True, True)
    assert form.values() == {"audio": LocalFile(wav)}  # not its path typed into the prompt
    assert text.edit.toPlainText() == ""
