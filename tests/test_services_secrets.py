"""Secrets go to the keychain, or stay in memory for the session; never on disk."""

from __future__ import annotations

from pathlib import Path

import keyring
from keyring.backends import fail

from nctask_desktop.services.accounts import Account, AccountStore
from nctask_desktop.services.secrets import SERVICE, SecretStore, secret_key
from nctask_desktop.services.settings import Preferences
from tests.fake_keyring import MemoryKeyring


def _all_files_text(root: Path) -> str:
    return "".join(p.read_text(errors="replace") for p in root.rglob("*") if p.is_file())


async def test_keychain_round_trip(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    assert store.persistent and store.info.problem is None
    assert "MemoryKeyring" in store.info.backend
    key = secret_key("https://cloud.example.org/", "alice")
    assert key == "alice@https://cloud.example.org"
    assert await store.set(key, "pw-1") is True
    assert memory_keyring.items[(SERVICE, key)] == "pw-1"
    assert await store.get(key) == "pw-1"
    await store.delete(key)
    assert await store.get(key) is None
    await store.delete(key)  # deleting twice is fine


async def test_no_keychain_keeps_secret_in_memory_only(app_home: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    store = SecretStore()
    assert not store.persistent and store.info.problem == "no-keychain"
    assert await store.set("k", "session-secret") is False
    assert await store.get("k") == "session-secret"
    AccountStore().upsert(Account("https://x", "alice", "alice", "Alice"))
    Preferences().save()
    assert "session-secret" not in _all_files_text(app_home)
    assert await SecretStore().get("k") is None  # a new session does not have it


async def test_locked_keychain_falls_back_and_says_so(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    memory_keyring.locked = True
    assert await store.set("k", "pw") is False
    assert store.info.problem == "locked" and not store.persistent
    assert await store.get("k") == "pw"
