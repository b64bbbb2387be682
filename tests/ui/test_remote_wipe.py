"""Remote wipe, as Nextcloud's own clients do it: after a 401 the app asks the server once; when
the server asks for a wipe, the account's data here goes, the server is told, and the user too."""

from __future__ import annotations

from typing import Any

from nctask_desktop.api import Task
from nctask_desktop.demo import DemoServer
from tests.fake_keyring import MemoryKeyring
from tests.support import task_json
from tests.ui.support import alice_window, alice_workspace, wait_until

PASSWORD = "alice-app-password"


async def test_a_wipe_removes_the_account_here_and_says_so(
    make_workspace: Any, make_window: Any, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    workspace, window = await alice_window(make_workspace, make_window, demo_server)
    account = window.account
    done = Task.from_json(task_json(7, "STATUS_SUCCESSFUL", output={"output": "x"}))
    await workspace.history_store.amerge(account.key, [done])
    assert workspace.history_store.entries(account.key)  # a history to remove
    demo_server.mark_for_wipe(PASSWORD)
    demo_server.clear_requests()
    window.refresh()  # the next request meets a 401
    await wait_until(lambda: window.pages.currentIndex() == 0, 10)  # back to the welcome page
    assert "remote wipe" in window.welcome.error.text()
    assert workspace.store.find(account.key) is None
    assert not any(key == account.key for _service, key in memory_keyring.items)
    assert workspace.history_store.entries(account.key) == []
    paths = [r.path for r in demo_server.requests]
    assert paths.count("/index.php/core/wipe/check") == 1  # once per refusal
    assert "/index.php/core/wipe/success" in paths  # the server was told
    assert demo_server._state.accounts.authenticate("alice", PASSWORD) is None
    await workspace.close()


async def test_a_401_without_a_wipe_keeps_everything(
    make_workspace: Any, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    workspace, account = await alice_workspace(make_workspace, demo_server)
    assert not await workspace.wipe_if_asked(account)  # the server says 404: no wipe
    assert workspace.store.find(account.key) is not None
    assert await workspace.accounts.password_for(account) == PASSWORD
    await workspace.close()
