"""Shared fixtures: an isolated app home, an in-memory keychain, the Nextcloud simulator, and the
command line run in-process."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import keyring
import pytest

from nctask_desktop.demo import DemoServer, DemoUser
from tests.fake_keyring import MemoryKeyring
from tests.proxy_support import LoopbackProxy, loopback_proxy
from tests.support import CliResult, alice_in_env, run_cli

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# never a real desktop notification from a test (tests that want one give their own back-end)
os.environ.setdefault("NCTASK_NO_SYSTEM_NOTIFICATIONS", "1")


def pytest_sessionstart(session: pytest.Session) -> None:
    """The compiled catalogues are built from i18n/*.ts (not kept in git): build them when they
    are missing or older than their sources, as `dev.py` and the bundle build do."""
    import importlib.util

    script = Path(__file__).resolve().parent.parent / "packaging" / "translations.py"
    spec = importlib.util.spec_from_file_location("nctask_translations", script)
    assert spec is not None and spec.loader is not None
    translations = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(translations)
    if translations.stale():
        translations.compile_all(quiet=True)


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """pytest-qt's application is the app's own class (it takes macOS file-open events)."""
    from nctask_desktop.ui.single_instance import Application

    return Application


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


@pytest.fixture
def nctask(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """`nctask(*argv)`: the command line run in this process (tests/support.py's run_cli)."""
    return partial(run_cli, capsys)


@pytest.fixture
def env_alice(demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch) -> DemoServer:
    """The simulator, with alice's account on it in the environment the command line reads."""
    return alice_in_env(monkeypatch, demo_server)


@pytest.fixture
def no_system_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever proxy the machine running the tests uses, proxy tests set their own."""
    for var in ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "NCTASK_PROXY"):
        monkeypatch.delenv(var, raising=False)
        monkeypatch.delenv(var.upper(), raising=False)


@pytest.fixture
def proxy() -> Iterator[LoopbackProxy]:
    """A proxy on loopback (HTTP CONNECT, plain forwarding, SOCKS5) that counts what it relays."""
    with loopback_proxy() as running:
        yield running
