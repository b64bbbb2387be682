"""Shared fixtures: an isolated app home, an in-memory keychain, and the Nextcloud simulator."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from nctask_desktop.demo import DemoServer, DemoUser
from tests.fake_keyring import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own config/data folders and no credentials from the environment."""
    home = tmp_path / "nctask-home"
    monkeypatch.setenv("NCTASK_HOME", str(home))
    for var in ("NCTASK_SERVER", "NCTASK_LOGIN", "NCTASK_APP_PASSWORD"):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Never touch the real keychain: every test gets an empty in-memory one."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def demo_server() -> Iterator[DemoServer]:
    """The simulator on loopback with two users, alice and bob; tasks take about 0.3 s."""
    server = DemoServer(
        users=[
            DemoUser("alice", "alice-app-password", "Alice Liddell"),
            DemoUser("bob", "bob-app-password", "Bob"),
        ],
        task_seconds=0.3,
    )
    server.start()
    yield server
    server.stop()
