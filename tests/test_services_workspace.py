"""The window's working set without Qt: demo mode in memory only, restarts, sessions, sign-out."""

from __future__ import annotations

from pathlib import Path

import pytest

from nctask_desktop.api import errors as e
from nctask_desktop.demo import DemoServer
from tests.fake_keyring import MemoryKeyring
from tests.support import services_workspace


async def test_demo_account_lives_in_memory_and_survives_a_restart(
    memory_keyring: MemoryKeyring, app_home: Path
) -> None:
    workspace = services_workspace()
    account = await workspace.start_demo("Demo User")
    assert workspace.is_demo(account) and workspace.demo.running
    assert account.server == workspace.demo.base_url
    password = workspace.demo.password
    assert password and memory_keyring.items == {}
    session = await workspace.session(account)
    types = await session.load_types()
    assert "core:text2text" in types
    for path in app_home.rglob("*"):
        if path.is_file():
            assert password not in path.read_text(errors="replace")
    await workspace.close()
    assert not workspace.demo.running

    again = services_workspace()
    stale = again.current
    assert stale is not None and again.is_demo(stale)
    with pytest.raises(e.AuthenticationError):  # the password went with the old process
        await again.session(stale)
    ready = await again.ready(stale)
    assert ready.key != stale.key and again.is_demo(ready)
    assert [a.key for a in again.store.accounts] == [ready.key]
    assert (await again.session(ready)).types is None
    await again.close()


async def test_signing_out_of_demo_mode_stops_the_simulator(memory_keyring: MemoryKeyring) -> None:
    workspace = services_workspace()
    account = await workspace.start_demo()
    result = await workspace.sign_out(account)
    assert result.revoked_on_server
    assert workspace.store.accounts == [] and workspace.prefs.demo_account == ""
    assert not workspace.demo.running
    await workspace.close()


async def test_sign_in_again_gives_the_session_the_new_password(
    demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    workspace = services_workspace()
    failures: list[str] = []
    workspace.auth_refused.connect(lambda account: failures.append(account.key))
    account = await workspace.accounts.add_with_app_password(
        demo_server.base_url, "alice", "alice-app-password"
    )
    session = await workspace.session(account)
    demo_server.revoke_app_password("alice-app-password")
    with pytest.raises(e.AuthenticationError):
        await session.load_types()
    with pytest.raises(e.AuthenticationError):
        await session.load_types()  # refused again (as the history's requests may be): told once
    assert failures == [account.key]
    assert workspace.store.find(account.key).needs_reauth  # type: ignore[union-attr]
    new_password = demo_server.issue_app_password("alice")
    renewed = await workspace.accounts.add_with_app_password(
        demo_server.base_url, "alice", new_password
    )
    await workspace.signed_in(renewed)
    assert not renewed.needs_reauth
    assert await session.load_types()
    await workspace.close()


async def test_the_assistant_notifies_other_devices_when_asked(
    demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    import asyncio

    workspace = services_workspace()
    account = await workspace.accounts.add_with_app_password(
        demo_server.base_url, "alice", "alice-app-password"
    )
    session = await workspace.session(account)
    sent = session.queue.submit("core:text2text", {"input": "not told"})
    await session.queue.join()
    workspace.prefs.notify_other_devices = True  # the simulator has the Assistant app
    told = session.queue.submit("core:text2text", {"input": "told"})
    await session.queue.join()
    for _ in range(100):
        if demo_server.notifications:
            break
        await asyncio.sleep(0.02)
    assert sent.task is not None and told.task is not None
    assert demo_server.notifications == [(told.task.id, "alice")]
    # the task is in the live history at once, without waiting for a poll
    await session.history.settle()
    assert session.history.entry(told.task.id) is not None
    await workspace.close()
