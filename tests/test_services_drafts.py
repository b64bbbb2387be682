"""DraftStore: per account and type, atomic JSON, files encoded, nothing secret, corrupt files survived."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from nctask_desktop.services import paths
from nctask_desktop.services.drafts import (
    DraftStore,
    NextcloudFile,
    decode_values,
    encode_values,
)
from nctask_desktop.services.tasks import LocalFile

ALICE = "https://cloud.example.org|alice"
BOB = "https://cloud.example.org|bob"


def test_default_path_is_under_the_data_dir(app_home: Path) -> None:
    store = DraftStore()
    assert store.path == paths.data_dir() / "drafts.json"
    assert str(store.path).startswith(str(app_home))


def test_missing_file_means_no_drafts(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts.json")
    assert store.get(ALICE, "core:text2text") is None
    assert store.type_ids(ALICE) == []


def test_put_get_round_trip_with_every_kind_of_value(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts.json")
    values = {
        "input": "Hello, “world” ✓",
        "max_tokens": 1234,
        "temperature": 0.7,
        "model": "model_2",
        "audio": LocalFile(tmp_path / "talk.wav"),
        "file": NextcloudFile(41, "Report.pdf", 1000, "application/pdf", "Documents/Report.pdf"),
        "images": [LocalFile(tmp_path / "a.png"), NextcloudFile(7, "b.jpg")],
        "numbers": [1, 2.5],
        "texts": ["one", "two"],
    }
    store.put(ALICE, "demo:allslots", values)
    again = DraftStore(tmp_path / "drafts.json")  # a restart
    assert again.get(ALICE, "demo:allslots") == values
    assert again.type_ids(ALICE) == ["demo:allslots"]


def test_file_format_is_documented_json(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts.json")
    store.put(
        ALICE,
        "core:audio2text",
        {"input": LocalFile(Path("/home/a/talk.wav")), "other": NextcloudFile(41, "x.wav")},
    )
    raw = json.loads((tmp_path / "drafts.json").read_text(encoding="utf-8"))
    entry = raw["drafts"][ALICE]["core:audio2text"]
    assert entry["values"]["input"] == {"localFile": str(Path("/home/a/talk.wav").absolute())}
    assert entry["values"]["other"] == {"fileId": 41, "name": "x.wav"}
    assert isinstance(entry["updated"], int)
    assert raw["version"] == 1


def test_local_paths_are_stored_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    store = DraftStore(tmp_path / "drafts.json")
    store.put(ALICE, "t", {"f": LocalFile(Path("relative.wav"))})
    draft = store.get(ALICE, "t")
    assert draft == {"f": LocalFile(tmp_path / "relative.wav")}


def test_drafts_are_kept_per_account_and_type(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts.json")
    store.put(ALICE, "core:text2text", {"input": "alice 1"})
    store.put(ALICE, "core:text2image", {"input": "alice 2"})
    store.put(BOB, "core:text2text", {"input": "bob"})
    assert store.get(ALICE, "core:text2text") == {"input": "alice 1"}
    assert store.get(ALICE, "core:text2image") == {"input": "alice 2"}
    assert store.get(BOB, "core:text2text") == {"input": "bob"}
    store.put(ALICE, "core:text2text", {"input": "alice 1, edited"})
    assert store.get(ALICE, "core:text2text") == {"input": "alice 1, edited"}


def test_discard_forgets_one_draft_only(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts.json")
    store.put(ALICE, "a", {"x": "1"})
    store.put(ALICE, "b", {"x": "2"})
    store.discard(ALICE, "a")
    store.discard(ALICE, "never-there")
    assert store.get(ALICE, "a") is None
    assert store.get(ALICE, "b") == {"x": "2"}
    store.discard_account(ALICE)
    assert store.get(ALICE, "b") is None
    assert json.loads((tmp_path / "drafts.json").read_text())["drafts"] == {}


def test_empty_draft_is_still_a_draft(tmp_path: Path) -> None:
    """A user who cleared everything has a draft with nothing in it (not: no draft)."""
    store = DraftStore(tmp_path / "drafts.json")
    store.put(ALICE, "t", {})
    assert store.get(ALICE, "t") == {}


@pytest.mark.parametrize(
    "content",
    ["{not json", "[]", '{"drafts": []}', '{"drafts": {"a": 3}}', '{"drafts": {"a": {"t": 5}}}'],
)
def test_corrupt_or_odd_files_do_not_crash(tmp_path: Path, content: str) -> None:
    path = tmp_path / "drafts.json"
    path.write_text(content, encoding="utf-8")
    store = DraftStore(path)
    assert store.get("a", "t") is None
    store.put("a", "t", {"x": "y"})
    assert store.get("a", "t") == {"x": "y"}


def test_unreadable_values_are_dropped_not_raised(tmp_path: Path) -> None:
    assert decode_values({"a": {"weird": 1}, "b": [1, {"x": 2}, "s"], "c": None}) == {"b": [1, "s"]}
    assert decode_values("nope") == {}
    assert decode_values({"f": {"fileId": True}}) == {}
    assert encode_values({"x": object(), "y": [object(), 3]}) == {"y": [3]}


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_file_is_private_and_written_atomically(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts.json")
    store.put(ALICE, "t", {"x": "secret-ish text the user typed"})
    assert os.stat(tmp_path / "drafts.json").st_mode & 0o077 == 0
    assert [p.name for p in tmp_path.iterdir()] == ["drafts.json"]  # no temporary files left


def test_no_secrets_are_stored(tmp_path: Path, memory_keyring: object) -> None:
    """Drafts hold what the form holds: an account key and values, never a password."""
    store = DraftStore(tmp_path / "drafts.json")
    store.put(ALICE, "t", {"input": "hello"})
    text = (tmp_path / "drafts.json").read_text(encoding="utf-8").lower()
    assert "password" not in text and "token" not in text


def test_run_again_gives_the_form_the_files_with_the_names_the_user_knew() -> None:
    from nctask_desktop.api.models import parse_task_types
    from nctask_desktop.services.drafts import NextcloudFile, form_values_for_run_again
    from tests.support import recorded_data

    audio2text = parse_task_types(recorded_data("01_tasktypes_alice"))["core:audio2text"]
    values, unknown = form_values_for_run_again(
        {"input": 41, "gone": "x"}, audio2text, {41: "interview.wav"}
    )
    assert values == {"input": NextcloudFile(41, "interview.wav")}
    assert unknown == ["gone"]
