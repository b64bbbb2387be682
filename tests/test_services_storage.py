"""Accounts and preferences files: atomic, tolerant of damage, never holding secrets."""

from __future__ import annotations

from pathlib import Path

from nctask_desktop.services.accounts import Account, AccountStore
from nctask_desktop.services.settings import Preferences


def test_account_store_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "accounts.json"
    store = AccountStore(path)
    a = Account("https://a.org", "alice", "alice", "Alice")
    b = Account("https://b.org", "bob@b.org", "bob", "Bob")
    store.upsert(a)
    store.upsert(b)
    assert store.current == b
    store.set_current(a.key)
    again = AccountStore(path)
    assert again.accounts == [a, b] and again.current == a
    again.mark_needs_reauth(a.key)
    assert AccountStore(path).find(a.key).needs_reauth  # type: ignore[union-attr]
    again.remove(a.key)
    assert AccountStore(path).current == b
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_damaged_files_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "accounts.json"
    path.write_text("{not json")
    assert AccountStore(path).accounts == []
    assert (tmp_path / "accounts.json.corrupt").exists()
    prefs_path = tmp_path / "prefs.json"
    prefs_path.write_text(
        '{"upload_folder": 5, "notifications": false, "auto_save_types": ["a", 1], "extra": 1}'
    )
    prefs = Preferences.load(prefs_path)
    assert prefs.upload_folder == "nctask-desktop" and prefs.notifications is False
    assert prefs.auto_save_types == []
    prefs.upload_folder = "AI inputs"
    prefs.save(prefs_path)
    assert Preferences.load(prefs_path).upload_folder == "AI inputs"
