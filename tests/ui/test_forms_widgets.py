"""Every slot type's editor: value in → JSON out, and set_values → the widget shows it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit

from nctask_desktop.services.drafts import NextcloudFile
from nctask_desktop.services.tasks import LocalFile
from nctask_desktop.ui.forms import (
    TEXT_WARNING_LIMIT,
    EnumEditor,
    FileCard,
    FileEditor,
    FormWidget,
    ListEditor,
    NumberEditor,
    TextEditor,
    UnknownEditor,
)
from nctask_desktop.ui.forms import inspection as file_inspection
from nctask_desktop.ui.forms.editors import GrowingTextEdit
from nctask_desktop.ui.forms.filekinds import FileKind, local_fits, name_filters, wav_duration
from nctask_desktop.ui.widgets import format_clock, format_size, parse_number
from tests.ui.forms_support import (
    drop_files,
    make_type,
    recorded_types,
    write_mp4,
    write_noise_png,
    write_pdf,
    write_png,
    write_wav,
)


def _form(qtbot: Any, task_type: Any, **kwargs: Any) -> FormWidget:
    form = FormWidget(task_type, **kwargs)
    qtbot.addWidget(form)
    form.resize(600, 800)
    return form


def _json(values: dict[str, Any]) -> str:
    """values() is JSON-ready but for LocalFile, which the submitter uploads first."""
    return json.dumps(values, default=lambda o: {"local": str(o.path)}, sort_keys=True)


# --- text -----------------------------------------------------------------------------------------


def test_text_typed_is_sent_and_set_values_shows_it(qtbot: Any) -> None:
    form = _form(qtbot, make_type({"prompt": "Text"}))
    editor = form.editor("prompt")
    assert isinstance(editor, TextEditor)
    assert form.values() == {}
    qtbot.keyClicks(editor.edit, "Hello world")
    assert form.values() == {"prompt": "Hello world"}
    assert editor.count_label.text() == "Characters: 11"
    form.set_values({"prompt": "Line one\nLine two ✓"})
    assert editor.edit.toPlainText() == "Line one\nLine two ✓"
    assert form.values() == {"prompt": "Line one\nLine two ✓"}
    assert editor.count_label.text() == "Characters: 19"
    form.set_values({})
    assert editor.edit.toPlainText() == ""
    assert form.values() == {}


def test_text_warns_above_64000_characters(qtbot: Any) -> None:
    form = _form(qtbot, make_type({"prompt": "Text"}))
    editor = form.editor("prompt")
    assert isinstance(editor, TextEditor)
    form.show()
    form.set_values({"prompt": "x" * TEXT_WARNING_LIMIT})
    assert editor.warning.isHidden()
    form.set_values({"prompt": "x" * (TEXT_WARNING_LIMIT + 1)})
    assert editor.warning.isVisible()
    assert QLocale().toString(TEXT_WARNING_LIMIT) in editor.warning.text()
    assert editor.count_label.text() == "Characters: " + QLocale().toString(64_001)
    assert form.validate()  # a warning, not an error: the server decides
    cursor = editor.edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.deletePreviousChar()
    assert editor.edit.toPlainText() == "x" * TEXT_WARNING_LIMIT
    assert editor.warning.isHidden()


def test_text_box_grows_with_its_text_up_to_a_limit(qtbot: Any) -> None:
    edit = GrowingTextEdit(4, 12)
    qtbot.addWidget(edit)
    edit.resize(400, edit.sizeHint().height())
    edit.show()
    small = edit.sizeHint().height()
    edit.setPlainText("\n".join(["line"] * 8))
    grown = edit.sizeHint().height()
    edit.setPlainText("\n".join(["line"] * 100))
    capped = edit.sizeHint().height()
    assert small < grown < capped
    assert capped <= edit.fontMetrics().lineSpacing() * 13 + 40
    assert edit.tabChangesFocus()


# --- numbers --------------------------------------------------------------------------------------


def test_integer_default_stays_an_int_and_arrows_step_it(qtbot: Any) -> None:
    text2text = recorded_types()["core:text2text"]
    form = _form(qtbot, text2text)
    editor = form.editor("max_tokens")
    assert isinstance(editor, NumberEditor)
    assert form.values()["max_tokens"] == 1234
    assert type(form.values()["max_tokens"]) is int
    editor.spin.stepBy(1)
    assert form.values()["max_tokens"] == 1235
    editor.spin.lineEdit().selectAll()
    qtbot.keyClicks(editor.spin.lineEdit(), "42")
    assert form.values()["max_tokens"] == 42 and type(form.values()["max_tokens"]) is int
    form.set_values({"max_tokens": 7})
    assert editor.spin.lineEdit().text() == "7"
    form.set_values({"max_tokens": 2.5})
    assert editor.spin.lineEdit().text() == "2.5"
    assert form.values()["max_tokens"] == 2.5


def test_number_within_the_defaults_range(qtbot: Any) -> None:
    form = _form(qtbot, make_type({"count": "Number"}, defaults={"count": 1}))
    editor = form.editor("count")
    assert isinstance(editor, NumberEditor)
    editor.spin.lineEdit().clear()
    qtbot.keyClicks(editor.spin.lineEdit(), "-5")  # a minus is refused: the default is ≥ 0
    assert editor.spin.lineEdit().text() == "5"
    editor.spin.set_number(0)
    editor.spin.stepBy(-1)
    assert form.values()["count"] == 0
    form.set_values({"count": -3})  # e.g. an old draft: shown, and refused by validation
    assert not form.validate()
    assert "0 or more" in form.errors()["count"]


def test_float_numbers_and_locale_decimal_comma(qtbot: Any) -> None:
    form = _form(qtbot, make_type({"temperature": "Number"}, defaults={"temperature": 0.7}))
    editor = form.editor("temperature")
    assert isinstance(editor, NumberEditor)
    assert form.values() == {"temperature": 0.7}
    editor.spin.stepBy(1)
    assert form.values() == {"temperature": 0.8}
    editor.spin.stepBy(-3)
    assert form.values() == {"temperature": 0.5}
    assert parse_number("3") == 3 and type(parse_number("3")) is int
    assert parse_number("3.0") == 3.0 and type(parse_number("3.0")) is float
    assert parse_number("1e3") == 1000.0
    assert parse_number("2,5", QLocale(QLocale.Language.German)) == 2.5
    with pytest.raises(ValueError):
        parse_number("1,000", QLocale(QLocale.Language.English))


def test_number_without_default_may_be_empty_and_is_checked(qtbot: Any) -> None:
    form = _form(qtbot, make_type({"n": "Number"}, {"m": "Number"}))
    n = form.editor("n")
    assert isinstance(n, NumberEditor)
    assert form.values() == {}
    assert not form.validate()
    assert "required" in form.errors()["n"]
    qtbot.keyClicks(n.spin.lineEdit(), "1e")  # not a number yet
    assert form.values() == {}
    assert not form.validate()
    assert "needs a number" in form.errors()["n"]
    qtbot.keyClicks(n.spin.lineEdit(), "2")
    assert form.values() == {"n": 100.0}
    assert form.validate()
    form.set_values({"n": "abc"})  # text from an odd draft is shown as it is, then refused
    assert n.spin.lineEdit().text() == "abc"
    assert not form.validate()
    assert "abc" in form.errors()["n"]


# --- choices --------------------------------------------------------------------------------------


def test_enum_shows_names_and_sends_values(qtbot: Any) -> None:
    form = _form(qtbot, recorded_types()["core:text2text"])
    editor = form.editor("model")
    assert isinstance(editor, EnumEditor)
    combo = editor.combo
    assert isinstance(combo, QComboBox)
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["Model 1", "Model 2", "Model 3"]
    assert combo.currentText() == "Model 2"  # the default
    assert form.values()["model"] == "model_2"
    combo.setCurrentIndex(combo.findText("Model 3"))
    assert form.values()["model"] == "model_3"
    form.set_values({"model": "model_1"})
    assert combo.currentText() == "Model 1"


def test_enum_membership_is_validated(qtbot: Any) -> None:
    form = _form(qtbot, recorded_types()["core:text2text"])
    form.set_values({"input": "Hi", "model": "model_9"})
    editor = form.editor("model")
    assert isinstance(editor, EnumEditor)
    assert editor.current_name() == "model_9 (not offered)"
    assert form.values()["model"] == "model_9"
    assert not form.validate()
    assert "must be one of" in form.errors()["model"]
    assert form.more_options_expanded()  # the bad slot is under "More options": shown


def test_enum_mandatory_without_default_has_a_placeholder(qtbot: Any) -> None:
    translate = recorded_types()["core:text2text:translate"]
    form = _form(qtbot, translate)
    target = form.editor("target_language")
    assert isinstance(target, EnumEditor) and target.combo is not None
    assert target.combo.currentIndex() == -1
    assert target.combo.placeholderText() == "Choose…"
    assert "target_language" not in form.values()
    assert form.values()["origin_language"] == "detect_language"
    form.set_values({"input": "Hallo", "origin_language": "de", "target_language": "fr"})
    assert target.combo.currentIndex() >= 0
    assert form.values()["target_language"] == "fr"
    assert form.validate(), form.errors()
    form.set_values({"input": "Hallo"})  # a mandatory choice with a default falls back to it
    assert form.values()["origin_language"] == "detect_language"
    assert "target_language" not in form.values()
    assert target.combo.currentIndex() == -1


def test_enum_optional_without_default_can_be_left_to_the_server(qtbot: Any) -> None:
    form = _form(qtbot, make_type({}, {"style": "Enum"}, optional_enums={"style": [("Fun", "f")]}))
    editor = form.editor("style")
    assert isinstance(editor, EnumEditor) and editor.combo is not None
    assert editor.current_name() == "Automatic"
    assert form.values() == {}
    editor.combo.setCurrentIndex(1)
    assert form.values() == {"style": "f"}
    form.set_values({})
    assert editor.current_name() == "Automatic"


def test_enum_without_offered_values_is_a_text_field(qtbot: Any) -> None:
    form = _form(qtbot, make_type({"language": "Enum"}))
    editor = form.editor("language")
    assert isinstance(editor, EnumEditor)
    assert isinstance(editor.focus_widget(), QLineEdit)
    qtbot.keyClicks(editor.focus_widget(), "de")
    assert form.values() == {"language": "de"}
    form.set_values({"language": "fr"})
    assert editor.current_name() == "fr"


# --- files ----------------------------------------------------------------------------------------


@pytest.fixture
def samples(tmp_path: Path) -> dict[str, Path]:
    return {
        "png": write_png(tmp_path / "photo.png"),
        "png2": write_png(tmp_path / "second.png", color="#cc3366"),
        "wav": write_wav(tmp_path / "talk.wav", seconds=2.0),
        "mp4": write_mp4(tmp_path / "clip.mp4"),
        "pdf": write_pdf(tmp_path / "notes.pdf"),
        "noext": write_wav(tmp_path / "recording-without-extension"),
    }


@pytest.mark.parametrize(
    ("slot_type", "sample", "kind"),
    [
        ("Image", "png", FileKind.IMAGE),
        ("Audio", "wav", FileKind.AUDIO),
        ("Video", "mp4", FileKind.VIDEO),
        ("File", "pdf", FileKind.ANY),
    ],
)
def test_file_slots_take_local_files_and_nextcloud_ids(
    qtbot: Any, samples: dict[str, Path], slot_type: str, sample: str, kind: FileKind
) -> None:
    form = _form(qtbot, make_type({"input": slot_type}), file_browser=object())  # type: ignore[arg-type]
    editor = form.editor("input")
    assert isinstance(editor, FileEditor)
    assert editor.kind is kind
    assert editor.stack.currentWidget() is editor.picker
    assert editor.picker.nextcloud_button.isVisibleTo(editor)
    path = samples[sample]
    form.set_values({"input": LocalFile(path)})
    assert form.values() == {"input": LocalFile(path)}
    assert isinstance(editor.card, FileCard)
    assert editor.card.name() == path.name
    assert "on this computer" in editor.card.details()
    qtbot.waitUntil(editor.card.inspected)
    assert "on this computer" in editor.card.details()
    form.set_values({"input": 41})  # "run again" hands over the server's file ids
    assert form.values() == {"input": 41}
    assert editor.card is not None and editor.card.name() == "File 41"
    assert "in your Nextcloud" in editor.card.details()
    form.set_values({"input": NextcloudFile(42, "from-cloud.bin", 2_000_000)})
    assert form.values() == {"input": 42}
    assert form.draft_values() == {"input": NextcloudFile(42, "from-cloud.bin", 2_000_000)}
    assert editor.card is not None
    assert editor.card.name() == "from-cloud.bin"
    assert "2.0 MB" in editor.card.details()
    assert editor.remove_button is not None
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert form.values() == {}
    assert editor.stack.currentWidget() is editor.picker


def test_preview_shows_thumbnail_size_and_duration(qtbot: Any, samples: dict[str, Path]) -> None:
    form = _form(qtbot, make_type({"image": "Image", "audio": "Audio", "video": "Video"}))
    form.set_values(
        {
            "image": LocalFile(samples["png"]),
            "audio": LocalFile(samples["wav"]),
            "video": LocalFile(samples["mp4"]),
        }
    )
    image = form.editor("image")
    audio = form.editor("audio")
    video = form.editor("video")
    assert isinstance(image, FileEditor) and image.card is not None
    assert isinstance(audio, FileEditor) and audio.card is not None
    assert isinstance(video, FileEditor) and video.card is not None
    for card in (image.card, audio.card, video.card):
        qtbot.waitUntil(card.inspected)  # read on a worker thread
    assert image.card.has_thumbnail()
    assert "0:02" in audio.card.details()
    assert "kB" in audio.card.details()
    assert "kB" in video.card.details() and ":" not in video.card.details().split("·")[0]
    assert not video.card.has_thumbnail()
    assert wav_duration(samples["wav"]) == pytest.approx(2.0)
    assert format_clock(83) == "1:23" and format_clock(3723) == "1:02:03"


def test_files_are_inspected_off_the_ui_thread(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = write_noise_png(tmp_path / "big.png")
    threads: list[str] = []
    real_inspect = file_inspection.inspect

    def inspect(path: Path, thumbnail_extent: int = 0) -> file_inspection.FileFacts:
        threads.append(threading.current_thread().name)
        return real_inspect(path, thumbnail_extent)

    monkeypatch.setattr(file_inspection, "inspect", inspect)
    card = FileCard(LocalFile(big))
    qtbot.addWidget(card)
    assert not card.has_thumbnail() and not card.inspected()  # not yet: a worker reads it
    assert card.name() == "big.png" and "on this computer" in card.details()
    qtbot.waitUntil(card.has_thumbnail, timeout=10_000)
    assert threads and all(name.startswith("nctask-inspect") for name in threads)
    assert format_size(big.stat().st_size) in card.details()
    pixmap = card.thumbnail.pixmap()
    assert max(pixmap.width(), pixmap.height()) <= card.extent * card.devicePixelRatioF() + 1


def test_missing_local_file_is_shown_and_refused(qtbot: Any, tmp_path: Path) -> None:
    form = _form(qtbot, make_type({"audio": "Audio"}))
    gone = tmp_path / "gone.wav"
    form.set_values({"audio": LocalFile(gone)})
    editor = form.editor("audio")
    assert isinstance(editor, FileEditor) and editor.card is not None
    qtbot.waitUntil(editor.card.inspected)
    assert editor.card.missing
    assert "no longer" in editor.card.details()
    assert not form.validate()
    assert "does not exist" in form.errors()["audio"]


def test_choose_file_dialog_filters_by_kind(qtbot: Any, samples: dict[str, Path]) -> None:
    form = _form(qtbot, make_type({"audio": "Audio"}))
    editor = form.editor("audio")
    assert isinstance(editor, FileEditor)
    form.show()
    dialog = editor.picker.open_file_dialog()
    try:
        assert dialog.isVisible() and dialog.isModal()
        filters = dialog.nameFilters()
        assert filters[0].startswith("Audio files (") and "*.wav" in filters[0]
        assert filters[-1] == "All files (*)"
        assert dialog.fileMode() == QFileDialog.FileMode.ExistingFile
        dialog.filesSelected.emit([str(samples["wav"])])
    finally:
        dialog.reject()
    assert form.values() == {"audio": LocalFile(samples["wav"])}
    assert name_filters(FileKind.ANY) == ["All files (*)"]
    assert "*.png" in name_filters(FileKind.IMAGE)[0]
    assert "*.mp4" in name_filters(FileKind.VIDEO)[0]


def test_drop_onto_a_slot_accepts_only_fitting_kinds(qtbot: Any, samples: dict[str, Path]) -> None:
    task_type = make_type({"image": "Image", "audio": "Audio", "file": "File"})
    alone = FileEditor(task_type.inputs[0])
    qtbot.addWidget(alone)
    assert drop_files(alone, samples["wav"]) == (False, False)
    assert alone.value() is None
    assert drop_files(alone, samples["png"]) == (True, True)
    assert alone.value() == LocalFile(samples["png"])

    form = _form(qtbot, task_type)
    image, audio, anything = form.editor("image"), form.editor("audio"), form.editor("file")
    # Refused by the image slot, the drop goes on to the form, which finds the audio slot.
    assert drop_files(image, samples["wav"]) == (True, True)
    assert form.values() == {"audio": LocalFile(samples["wav"])}
    form.set_values({})
    assert drop_files(image, samples["wav"], samples["png"]) == (True, True)
    assert drop_files(audio, samples["noext"]) == (True, True)  # recognised by its content
    assert drop_files(anything, samples["pdf"]) == (True, True)
    assert form.values() == {
        "image": LocalFile(samples["png"]),
        "audio": LocalFile(samples["noext"]),
        "file": LocalFile(samples["pdf"]),
    }
    assert drop_files(image, samples["png2"]) == (True, True)  # dropping again replaces
    assert form.values()["image"] == LocalFile(samples["png2"])
    assert local_fits(FileKind.AUDIO, samples["noext"])
    assert not local_fits(FileKind.IMAGE, samples["pdf"])


# --- lists ----------------------------------------------------------------------------------------


def test_list_of_texts_add_remove_reorder(qtbot: Any) -> None:
    form = _form(qtbot, make_type({"texts": "ListOfTexts"}))
    editor = form.editor("texts")
    assert isinstance(editor, ListEditor) and editor.add_button is not None
    assert len(editor.rows) == 1  # one empty item to start typing in
    # an empty list is a value: the server takes [] for a required list (a first chat message)
    assert form.values() == {"texts": []}
    assert form.validate() and form.errors() == {}
    first = editor.rows[0].item
    assert isinstance(first, TextEditor)
    qtbot.keyClicks(first.edit, "one")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    second = editor.rows[1].item
    assert isinstance(second, TextEditor)
    qtbot.keyClicks(second.edit, "two")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)  # an empty third item
    assert form.values() == {"texts": ["one", "two"]}
    qtbot.mouseClick(editor.rows[1].up_button, Qt.MouseButton.LeftButton)
    assert form.values() == {"texts": ["two", "one"]}
    assert not editor.rows[0].up_button.isEnabled()
    assert not editor.rows[-1].down_button.isEnabled()
    qtbot.mouseClick(editor.rows[0].down_button, Qt.MouseButton.LeftButton)
    assert form.values() == {"texts": ["one", "two"]}
    qtbot.mouseClick(editor.rows[0].remove_button, Qt.MouseButton.LeftButton)
    assert form.values() == {"texts": ["two"]}
    form.set_values({"texts": ["a", "b", "c"]})
    assert [r.item.value() for r in editor.rows] == ["a", "b", "c"]  # type: ignore[attr-defined]
    assert form.values() == {"texts": ["a", "b", "c"]}
    assert editor.rows[1].up_button.accessibleName() == "Move item 2 of “Texts” up"


def test_list_of_numbers_keeps_ints_and_checks_each_item(qtbot: Any) -> None:
    form = _form(qtbot, make_type({}, {"numbers": "ListOfNumbers"}))
    editor = form.editor("numbers")
    assert isinstance(editor, ListEditor)
    form.set_values({"numbers": [3, 2.5, -1]})
    assert form.more_options_expanded()
    assert form.values() == {"numbers": [3, 2.5, -1]}
    assert [type(v) for v in form.values()["numbers"]] == [int, float, int]
    form.set_values({"numbers": [1, "x"]})
    assert not form.validate()
    assert form.errors()["numbers"].startswith("Item 2:")
    qtbot.mouseClick(editor.rows[1].remove_button, Qt.MouseButton.LeftButton)
    assert form.validate()
    assert form.values() == {"numbers": [1]}


@pytest.mark.parametrize(
    ("slot_type", "good", "bad"),
    [
        ("ListOfImages", ("png", "png2"), "wav"),
        ("ListOfAudios", ("wav", "noext"), "png"),
        ("ListOfVideos", ("mp4",), "pdf"),
        ("ListOfFiles", ("pdf", "png"), None),
    ],
)
def test_list_of_files_add_several_remove_reorder(
    qtbot: Any,
    samples: dict[str, Path],
    slot_type: str,
    good: tuple[str, ...],
    bad: str | None,
) -> None:
    form = _form(qtbot, make_type({"items": slot_type}))
    editor = form.editor("items")
    assert isinstance(editor, ListEditor) and editor.is_files
    assert editor.rows == []
    form.show()
    dialog = editor.picker.open_file_dialog()
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFiles
    chosen = [str(samples[k]) for k in good] + ([str(samples[bad])] if bad else [])
    dialog.filesSelected.emit(chosen)
    dialog.reject()
    expected: list[Any] = [LocalFile(samples[k]) for k in good]
    if bad is None:
        pass
    assert form.values() == {"items": expected}  # a file of the wrong kind is left out
    form.set_values({"items": [41, *expected, NextcloudFile(7, "cloud.bin")]})
    assert form.values() == {"items": [41, *expected, 7]}
    assert isinstance(editor.rows[0].item, FileCard) and editor.rows[0].item.name() == "File 41"
    qtbot.mouseClick(editor.rows[0].down_button, Qt.MouseButton.LeftButton)
    assert form.values()["items"][:2] == [expected[0], 41]
    qtbot.mouseClick(editor.rows[-1].remove_button, Qt.MouseButton.LeftButton)
    assert form.values() == {"items": [expected[0], 41, *expected[1:]]}
    assert drop_files(editor, *[samples[k] for k in good]) == (True, True)
    assert len(form.values()["items"]) == len(expected) * 2 + 1
    if bad is not None:
        before = form.values()
        # not taken, and said where it was dropped, naming what the slot takes
        assert drop_files(editor, samples[bad]) == (True, True)
        assert form.values() == before
        assert samples[bad].name in form.errors()["items"]
        assert " takes " in form.errors()["items"]


# --- unknown kinds --------------------------------------------------------------------------------


def test_unknown_slot_type_is_explained_and_blocks_when_mandatory(qtbot: Any) -> None:
    form = _form(qtbot, make_type({"hologram": "Hologram", "text": "Text"}, {"later": "Smell"}))
    editor = form.editor("hologram")
    assert isinstance(editor, UnknownEditor)
    text = editor.message.text_label.text()
    assert text == (
        "This input is of a kind this app does not know yet (Hologram). "
        "Use the Nextcloud web Assistant for this task."
    )
    form.set_values({"text": "hi", "hologram": "anything", "later": 3})
    assert form.values() == {"text": "hi"}
    assert not form.validate()
    assert form.errors() == {"hologram": text}
    optional = make_type({"text": "Text"}, {"later": "Smell"})
    form2 = _form(qtbot, optional)
    form2.set_values({"text": "hi"})
    assert form2.validate()


def test_every_slot_type_in_one_form_gives_json_ready_values(
    qtbot: Any, samples: dict[str, Path]
) -> None:
    from tests.ui.forms_support import ALL_SLOT_TYPES

    form = _form(
        qtbot,
        make_type(ALL_SLOT_TYPES, enums={"choice": [("Option A", "a"), ("Option B", "b")]}),
    )
    values = {
        "text": "Hello",
        "number": 3,
        "choice": "b",
        "image": 11,
        "audio": LocalFile(samples["wav"]),
        "video": 13,
        "file": 14,
        "numbers": [1, 2.5],
        "texts": ["x", "y"],
        "images": [LocalFile(samples["png"]), 21],
        "audios": [22],
        "videos": [23],
        "files": [24, 25],
    }
    form.set_values(values)
    assert form.values() == values
    assert form.validate()
    assert json.loads(_json(form.values()))["audio"] == {"local": str(samples["wav"])}


_KIND_PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QMimeDatabase
app = QCoreApplication([])
from nctask_desktop.ui.forms.filekinds import kind_in_words
db = QMimeDatabase()
print("|".join(kind_in_words(db.mimeTypeForFile(path)) for path in sys.argv[1:]))
"""


@pytest.mark.parametrize("system_database", [True, False], ids=["with-shared-mime-info", "without"])
def test_file_kinds_read_the_same_with_or_without_the_systems_mime_database(
    tmp_path: Path, system_database: bool
) -> None:
    """Windows, macOS and a minimal Linux have no shared-mime-info: Qt's copy has no "WAV audio"."""
    files = [
        write_wav(tmp_path / "a.wav", seconds=0.1),
        write_png(tmp_path / "b.png"),
        write_pdf(tmp_path / "c.pdf"),
    ]
    text = tmp_path / "d.txt"
    text.write_text("hello")
    env = dict(os.environ)
    if not system_database:  # Qt then falls back to its built-in database
        empty = tmp_path / "no-mime"
        empty.mkdir()
        env.update(XDG_DATA_DIRS=str(empty), XDG_DATA_HOME=str(empty))
    result = subprocess.run(
        [sys.executable, "-c", _KIND_PROBE, *map(str, [*files, text])],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip().split("|") == [
        "WAV audio",
        "PNG image",
        "PDF document",
        "plain text document",
    ]
