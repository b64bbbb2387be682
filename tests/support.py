"""Helpers shared by the tests (Qt-free): recorded server replies, OCS envelopes, mock
clients, a fake clock.

Test modules import helpers from here (or tests/ui/support.py), never from another test module.
"""

from __future__ import annotations

import asyncio
import json
import wave
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from nctask_desktop.api import NextcloudClient

if TYPE_CHECKING:
    from nctask_desktop.demo import DemoServer
    from nctask_desktop.services.accounts import Account
    from nctask_desktop.services.workspace import AccountSession, Workspace

RECORDED = Path(__file__).parent / "data" / "recorded"


def recorded_data(name: str) -> Any:
    """The `ocs.data` of a reply recorded from a real Nextcloud 30."""
    return json.loads((RECORDED / "nc30" / f"{name}.body").read_bytes())["ocs"]["data"]


def ok(data: Any) -> dict[str, Any]:
    """An OCS envelope that says "ok" around `data`."""
    return {"ocs": {"meta": {"status": "ok", "statuscode": 200, "message": "OK"}, "data": data}}


def task_json(i: int, status: str = "STATUS_RUNNING", **kw: Any) -> dict[str, Any]:
    """A task as the server sends it."""
    return {
        "id": i,
        "type": "core:text2text",
        "status": status,
        "input": {"input": f"t{i}"},
        "output": None,
        **kw,
    }


def mock_client(handler: Callable[[httpx.Request], Any], **kwargs: Any) -> NextcloudClient:
    """A client of https://x.org whose requests `handler` answers (httpx.MockTransport)."""
    return NextcloudClient(
        "https://x.org", "a", "p", transport=httpx.MockTransport(handler), **kwargs
    )


class RecordingHandler:
    """A MockTransport handler that keeps every request it answers with `reply`."""

    def __init__(self, reply: Callable[[httpx.Request], httpx.Response]) -> None:
        self.reply = reply
        self.requests: list[httpx.Request] = []

    @property
    def calls(self) -> int:
        return len(self.requests)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.reply(request)


async def cancelled(runner: asyncio.Task[Any]) -> None:
    """Cancel a background task and wait until it has ended with CancelledError."""
    runner.cancel()
    with pytest.raises(asyncio.CancelledError):
        await runner


class FakeTime:
    """A clock and a sleep that moves it: services tests run without waiting."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


def tls_server(ca: Any, port: int = 0) -> Any:
    """A started simulator over https with a certificate of `ca` (a trustme.CA no computer
    trusts), for alice (app password "pw")."""
    import ssl

    from nctask_desktop.demo import DemoServer, DemoUser

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    server = DemoServer(users=[DemoUser("alice", "pw", "Alice")], port=port, tls=context)
    server.start()
    return server


def alice_server(name: str = "Alice Liddell", **options: Any) -> DemoServer:
    """A simulator with alice only (app password `alice-app-password`), made with `options`; not
    started (`with alice_server() as server:` starts and stops it)."""
    from nctask_desktop.demo import DemoServer, DemoUser

    return DemoServer(users=[DemoUser("alice", "alice-app-password", name)], **options)


def schedules(server: DemoServer) -> int:
    """How many tasks the server took."""
    return sum(
        1
        for r in server.requests
        if r.method == "POST" and r.path.endswith("/schedule") and r.status == 200
    )


async def scheduled_texts(client: NextcloudClient, texts: list[str]) -> list[int]:
    """One text task of the Assistant's per text, scheduled in that order: their ids."""
    return [
        (await client.schedule_task("core:text2text", {"input": text}, app_id="assistant")).id
        for text in texts
    ]


# --- services on the simulator -----------------------------------------------------------------


def services_workspace(**options: Any) -> Workspace:
    """A workspace on the test's app home and keychain (demo tasks take 0.2 s), made with
    `options`."""
    from nctask_desktop.demo_mode import DemoMode
    from nctask_desktop.services.accounts import AccountStore
    from nctask_desktop.services.secrets import SecretStore
    from nctask_desktop.services.settings import Preferences
    from nctask_desktop.services.workspace import Workspace

    return Workspace(
        Preferences.load(),
        store=AccountStore(),
        secrets=SecretStore(),
        demo=DemoMode(task_seconds=0.2),
        **options,
    )


async def alice_session(server: DemoServer, workspace: Workspace) -> tuple[Account, AccountSession]:
    """Alice signed in on `server` in `workspace`: her account and its session, task types
    loaded."""
    account = await workspace.accounts.add_with_app_password(
        server.base_url, "alice", "alice-app-password"
    )
    session = await workspace.session(account)
    await session.load_types()
    return account, session


async def poke_until(
    session: AccountSession, done: Callable[[], object], timeout: float = 60, interval: float = 0.05
) -> None:
    """Wait for `done`, asking the session's poller to look now and then (tests need not wait
    for its back-off)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not done():
        assert loop.time() < deadline, "timed out"
        session.history.poller.poke()
        await asyncio.sleep(interval)


# --- recordings -------------------------------------------------------------------------------


def wav(path: Path, seconds: float = 0.05, rate: int = 8000) -> Path:
    """A silent mono 16-bit recording of `seconds` at `rate` Hz (its folder made if need be)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(int(rate * seconds) * 2))
    return path


def recordings(folder: Path, count: int) -> list[Path]:
    """`interview 01.wav` … in `folder`, `count` of them."""
    return [wav(folder / f"interview {i:02d}.wav") for i in range(1, count + 1)]


# --- the command line ---------------------------------------------------------------------------


class CliResult:
    """What one `nctask` run gave: its exit code and what it wrote."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> Any:
        return json.loads(self.out)


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> CliResult:
    """`nctask` run in this process with `argv`; it must not end in a traceback."""
    from nctask_desktop import cli

    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err, err
    return CliResult(code, out, err)


def alice_in_env(monkeypatch: pytest.MonkeyPatch, server: DemoServer) -> DemoServer:
    """Alice's account on `server` in NCTASK_SERVER, NCTASK_LOGIN and NCTASK_APP_PASSWORD."""
    monkeypatch.setenv("NCTASK_SERVER", server.base_url)
    monkeypatch.setenv("NCTASK_LOGIN", "alice")
    monkeypatch.setenv("NCTASK_APP_PASSWORD", "alice-app-password")
    return server
