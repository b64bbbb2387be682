"""The main window against the simulator over loopback: first run, demo mode, accounts, submitting."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from nctask_desktop.api import NextcloudClient
from nctask_desktop.api import errors as e
from nctask_desktop.demo import DemoServer
from nctask_desktop.services.accounts import Account
from nctask_desktop.services.drafts import DraftStore
from nctask_desktop.services.secrets import SERVICE, SecretStore
from nctask_desktop.services.settings import Preferences
from nctask_desktop.services.submissions import SubmissionState
from nctask_desktop.services.tasks import APP_ID, CUSTOM_ID_PREFIX, LocalFile
from nctask_desktop.ui.account_dialog import PASSWORD_PAGE, AccountDialog
from nctask_desktop.ui.main_window import WELCOME_PAGE, WORK_PAGE, MainWindow
from nctask_desktop.ui.session_panel import STATUS_ROLE
from tests.fake_keyring import MemoryKeyring
from tests.support import alice_server
from tests.ui.support import (
    alice_window,
    alice_workspace,
    ready_window,
    sign_in_alice,
    started_window,
    tab_path,
    wait_until,
    window_ready,
)


async def _confirm_sign_out(window: MainWindow) -> None:
    await wait_until(lambda: window.area.sign_out_box is not None)
    box: QMessageBox = window.area.sign_out_box
    accept = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    accept.click()


async def _adding_an_account(
    make_workspace: Any, make_window: Any
) -> tuple[MainWindow, asyncio.Task[None], AccountDialog]:
    """A first-run window whose account dialog is open: (window, the adding's task, dialog)."""
    _workspace, window = await started_window(make_workspace, make_window)
    task = window.flows.add_account()
    await wait_until(lambda: window.flows.dialog is not None and window.flows.dialog.isVisible())
    dialog = window.flows.dialog
    assert dialog is not None
    return window, task, dialog


async def test_first_run_shows_the_welcome_screen(make_workspace: Any, make_window: Any) -> None:
    workspace, window = await started_window(make_workspace, make_window)
    assert window.pages.currentIndex() == WELCOME_PAGE
    # not "Nextcloud Tasks": that is the name of Nextcloud's to-do app
    assert window.windowTitle() == "AI Tasks for Nextcloud"
    assert window.welcome.connect_button.text() == "Connect to your Nextcloud"
    assert window.welcome.demo_button.text() == "Try it without an account"
    assert window.welcome.connect_button.isVisible()
    assert not window.menus.sign_out.isEnabled()
    await workspace.close()


async def test_demo_mode_in_one_click_and_again_after_a_restart(
    make_workspace: Any, make_window: Any, memory_keyring: MemoryKeyring, app_home: Path
) -> None:
    workspace, window = await started_window(make_workspace, make_window)
    assert any(
        "forgets its tasks when you quit" in label.text()
        for label in window.welcome.findChildren(QLabel)
    )
    window.welcome.demo_button.click()
    await window_ready(window)
    account = window.account
    assert account is not None and workspace.is_demo(account)
    assert account.server.startswith("http://127.0.0.1:")
    assert window.account_bar.name_label.text() == "Demo User"
    assert window.account_bar.server_label.text() == "Simulated server on this computer"
    assert "simulated Nextcloud" in window.demo_banner.label.text()
    # said up front: the demo's history does not survive a restart
    assert "forgets its tasks when you quit" in window.demo_banner.label.text()
    assert window.type_browser.model.types  # the simulator's task types are listed
    assert window.type_browser.current_id == "core:text2text"
    # the password lives in memory only: not in the keychain, not on disk
    password = workspace.demo.password
    assert password and memory_keyring.items == {}
    for path in app_home.rglob("*"):
        if path.is_file():
            assert password not in path.read_text(errors="replace"), path
    first_server = account.server

    # quit and start again: a fresh simulator, signed in to again without asking
    window.close()
    await workspace.close()
    assert workspace.demo.server is None
    workspace2 = make_workspace()
    window2 = await ready_window(make_window, workspace2)
    assert window2.account is not None and workspace2.is_demo(window2.account)
    assert window2.account.server != first_server
    assert [a.key for a in workspace2.store.accounts] == [window2.account.key]
    assert workspace2.demo.password != password
    await workspace2.close()


async def test_demo_flag_starts_straight_into_demo_mode(
    make_workspace: Any, make_window: Any
) -> None:
    workspace, window = await started_window(make_workspace, make_window, demo=True)
    await window_ready(window)
    assert workspace.is_demo(window.account)
    await workspace.close()


async def test_add_account_with_the_browser_from_the_welcome_screen(
    make_workspace: Any, make_window: Any, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    from tests.browser import grant_access

    workspace, window = await started_window(make_workspace, make_window)
    window.welcome.connect_button.click()
    await wait_until(lambda: window.flows.dialog is not None and window.flows.dialog.isVisible())
    dialog = window.flows.dialog
    assert dialog is not None
    dialog.address.setText(demo_server.base_url)
    dialog.browser_button.click()
    await wait_until(lambda: bool(dialog.link.text()))
    assert window.open_url == [dialog.link.text()]
    await asyncio.to_thread(grant_access, dialog.link.text(), "bob")
    await window_ready(window, timeout=15)
    assert window.account is not None and window.account.display_name == "Bob"
    assert window.account_bar.name_label.text() == "Bob"
    assert window.account_bar.server_label.text() == demo_server.base_url.split("://")[1]
    assert (SERVICE, window.account.key) in memory_keyring.items
    await workspace.close()


async def test_switching_between_accounts(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace, alice = await alice_workspace(make_workspace, demo_server)
    bob = await workspace.accounts.add_with_app_password(
        demo_server.base_url, "bob", "bob-app-password"
    )
    window = await ready_window(make_window, workspace)
    assert window.account == bob  # the last added is current
    switcher = window.account_bar.switcher
    assert switcher.count() == 2
    index = switcher.findData(alice.key)
    switcher.setCurrentIndex(index)
    switcher.activated.emit(index)
    await wait_until(lambda: window.account is not None and window.account.key == alice.key)
    await window_ready(window)
    assert window.account_bar.name_label.text() == "Alice Liddell"
    assert workspace.store.current == alice
    await workspace.close()


async def test_sign_out_revokes_and_forgets(
    make_workspace: Any,
    make_window: Any,
    demo_server: DemoServer,
    memory_keyring: MemoryKeyring,
) -> None:
    workspace, alice = await alice_workspace(make_workspace, demo_server)
    DraftStore().put(alice.key, "core:text2text", {"input": "unsent"})
    assert memory_keyring.items[(SERVICE, alice.key)] == "alice-app-password"
    window = await ready_window(make_window, workspace)
    window.account_bar.sign_out_button.click()
    await _confirm_sign_out(window)
    await wait_until(lambda: window.pages.currentIndex() == WELCOME_PAGE)
    assert memory_keyring.items == {}  # gone from the keychain
    assert workspace.store.accounts == []
    assert DraftStore().type_ids(alice.key) == []
    # revoked on the server: the old password no longer works
    async with NextcloudClient(demo_server.base_url, "alice", "alice-app-password") as client:
        with pytest.raises(e.AuthenticationError):
            await client.get_user()
    assert "alice-app-password" not in workspace.store.path.read_text()
    await workspace.close()


async def test_sign_out_can_be_cancelled(
    make_workspace: Any, make_window: Any, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    workspace, window = await alice_window(make_workspace, make_window, demo_server)
    task = window.flows.sign_out()
    await wait_until(lambda: window.area.sign_out_box is not None)
    window.area.sign_out_box.button(QMessageBox.StandardButton.Cancel).click()
    await task
    assert len(memory_keyring.items) == 1 and window.pages.currentIndex() == WORK_PAGE
    await workspace.close()


WIPE_CHECK = "/index.php/core/wipe/check"


async def test_revoked_password_asks_to_sign_in_again_without_looping(
    make_workspace: Any,
    make_window: Any,
    demo_server: DemoServer,
    memory_keyring: MemoryKeyring,
) -> None:
    workspace, window = await alice_window(make_workspace, make_window, demo_server)
    alice = window.account
    assert alice is not None and alice.user_id == "alice"
    demo_server.revoke_app_password("alice-app-password")
    window.menus.refresh.trigger()
    await wait_until(lambda: window.reauth_banner.isVisible())
    assert "no longer accepts" in window.reauth_banner.label.text()
    assert window.reauth_banner.button.text() == "Sign in again"
    stored = workspace.store.find(alice.key)
    assert stored is not None and stored.needs_reauth  # marked, nothing deleted
    assert memory_keyring.items[(SERVICE, alice.key)] == "alice-app-password"
    # the refusal asks once whether the server wants this account wiped (it does not: 404)
    await wait_until(lambda: any(r.path == WIPE_CHECK for r in demo_server.requests))
    demo_server.clear_requests()
    await asyncio.sleep(0.5)
    assert demo_server.requests == []  # nothing loops, the wipe check is not repeated
    # sign in again with a new app password
    new_password = demo_server.issue_app_password("alice")
    window.reauth_banner.button.click()
    await wait_until(lambda: window.flows.dialog is not None and window.flows.dialog.isVisible())
    dialog = window.flows.dialog
    assert dialog is not None
    assert dialog.address.text() == demo_server.base_url and dialog.login.text() == "alice"
    dialog.use_password_button.click()
    await wait_until(lambda: dialog.pages.currentIndex() == PASSWORD_PAGE)
    dialog.password.setText(new_password)
    dialog.sign_in_button.click()
    await wait_until(lambda: not window.reauth_banner.isVisible() and window.session is not None)
    await window_ready(window)
    assert not workspace.store.find(alice.key).needs_reauth
    assert memory_keyring.items[(SERVICE, alice.key)] == new_password
    await workspace.close()


async def test_no_keychain_banner(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace, window = await alice_window(
        make_workspace, make_window, demo_server, secrets=SecretStore(use_keyring=False)
    )
    assert window.keychain_banner.isVisible()
    assert "no usable keychain" in window.keychain_banner.label.text()
    await workspace.close()


async def test_missing_password_after_restart_without_keychain(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace = make_workspace(secrets=SecretStore(use_keyring=False))
    await sign_in_alice(workspace, demo_server)
    await workspace.close()
    # a new run: the session-only password is gone
    workspace2, window = await started_window(
        make_workspace, make_window, secrets=SecretStore(use_keyring=False)
    )
    await wait_until(lambda: window.reauth_banner.isVisible())
    assert window.account is not None and window.account.needs_reauth
    # say what happened: not kept here, not "revoked"; and the keychain fact only once
    text = window.reauth_banner.label.text()
    assert "was not kept on this computer" in text and "revoked" not in text
    assert not window.keychain_banner.isVisible()
    await workspace2.close()
    # and again on the next start, when the account is already marked
    workspace3, window3 = await started_window(
        make_workspace, make_window, secrets=SecretStore(use_keyring=False)
    )
    await wait_until(lambda: window3.reauth_banner.isVisible())
    assert "was not kept on this computer" in window3.reauth_banner.label.text()
    await workspace3.close()


async def test_submit_text_task_and_follow_it(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace, window = await alice_window(make_workspace, make_window, demo_server)
    form = window.new_task.current_form()
    assert form is not None
    form.set_values({"input": "Write a haiku about the sea"})
    window.new_task.form_panel.submit_button.click()
    rows = window.new_task.session_panel.model.rows
    assert len(rows) == 1
    row = rows[0]
    await wait_until(lambda: row.task is not None and row.task.status.is_finished, 10)
    assert row.submission.state is SubmissionState.SCHEDULED
    task = row.task
    assert task.app_id == APP_ID and task.custom_id.startswith(CUSTOM_ID_PREFIX)
    index = window.new_task.session_panel.model.index(0, 0)
    assert index.data(STATUS_ROLE) == "Done."
    assert index.data() == "Free text to text prompt: Write a haiku about the sea"
    await workspace.close()


async def test_empty_form_is_not_sent(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace, window = await alice_window(make_workspace, make_window, demo_server)
    assert window.new_task.submit() is None  # the mandatory text is empty
    assert window.new_task.session_panel.model.rows == []
    await workspace.close()


async def test_ctrl_enter_submits(
    make_workspace: Any, make_window: Any, demo_server: DemoServer, qtbot: Any
) -> None:
    workspace, window = await alice_window(make_workspace, make_window, demo_server)
    window.new_task.current_form().set_values({"input": "Hello"})
    window.activateWindow()
    window.type_browser.view.setFocus()  # outside the form: the window's shortcut
    qtbot.keyClick(window.type_browser.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    await wait_until(lambda: len(window.new_task.session_panel.model.rows) == 1)
    await workspace.close()


async def test_server_400_is_shown_next_to_the_form(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace, window = await alice_window(
        make_workspace, make_window, demo_server, prefs={"last_task_type": "core:audio2text"}
    )
    assert window.type_browser.current_id == "core:audio2text"
    form = window.new_task.current_form()
    form.set_values({"input": 999999})  # a file id the server does not have
    window.new_task.submit()
    await wait_until(lambda: form.server_error_text() != "")
    assert form.server_error_text() == "Could not find file 999999"
    row = window.new_task.session_panel.model.rows[0]
    assert row.submission.state is SubmissionState.FAILED
    assert "Could not find file 999999" in window.new_task.session_panel.model.index(0, 0).data(
        STATUS_ROLE
    )
    await workspace.close()


async def test_two_local_files_are_uploaded_then_the_task_scheduled(
    make_workspace: Any,
    make_window: Any,
    demo_server: DemoServer,
    tmp_path: Path,
) -> None:
    first = tmp_path / "notes.txt"
    first.write_text("some notes " * 2000)
    second = tmp_path / "picture.png"
    second.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(5000))
    workspace, window = await alice_window(
        make_workspace,
        make_window,
        demo_server,
        prefs={"upload_folder": "Task inputs", "last_task_type": "demo:allslots"},
    )
    form = window.new_task.current_form()
    form.set_values(
        {
            "text": "Hi",
            "number": 2,
            "choice": "b",
            "file": LocalFile(first),
            "image": LocalFile(second),
        }
    )
    submission = window.new_task.submit()
    assert submission is not None
    await wait_until(lambda: submission.state.is_final, 10)
    assert submission.state is SubmissionState.SCHEDULED, submission.error
    assert submission.upload_total == first.stat().st_size + second.stat().st_size
    assert submission.uploaded == submission.upload_total
    files = demo_server.files_of("alice")
    uploaded = {p: b for p, b in files.items() if p.startswith("Task inputs/")}
    assert sorted(p.rsplit("-", 1)[-1] for p in uploaded) == ["notes.txt", "picture.png"]
    ids = submission.task.input
    assert isinstance(ids["file"], int) and isinstance(ids["image"], int)
    await workspace.close()


async def test_queue_waits_under_the_rate_limit(
    make_workspace: Any, make_window: Any, memory_keyring: MemoryKeyring
) -> None:
    server = alice_server(task_seconds=0.2, rate_limit=2, rate_window=1.5)
    server.start()
    try:
        workspace, window = await alice_window(make_workspace, make_window, server)
        form = window.new_task.current_form()
        submissions = []
        for n in range(3):
            form.set_values({"input": f"Poem number {n}"})
            submissions.append(window.new_task.submit())
        third = submissions[2]
        await wait_until(lambda: third.state is SubmissionState.WAITING, 5)
        assert third.refusals >= 1  # the server said 429: re-queued, not lost
        queue_text = window.new_task.session_panel.queue_text()
        assert "Waiting: the server allows 20 new tasks per 2 minutes." in queue_text
        status = window.new_task.session_panel.model.index(0, 0).data(STATUS_ROLE)
        assert status.startswith("Waiting: the server allows 20 new tasks per 2 minutes.")
        await wait_until(lambda: all(s.state is SubmissionState.SCHEDULED for s in submissions), 10)
        assert [s.task.input["input"] for s in submissions] == [
            "Poem number 0",
            "Poem number 1",
            "Poem number 2",
        ]
        assert window.new_task.session_panel.queue_text() == ""
        await workspace.close()
    finally:
        server.stop()


async def test_cancel_a_waiting_submission(
    make_workspace: Any, make_window: Any, memory_keyring: MemoryKeyring
) -> None:
    server = alice_server(rate_limit=1, rate_window=60)
    server.start()
    try:
        workspace, window = await alice_window(make_workspace, make_window, server)
        form = window.new_task.current_form()
        form.set_values({"input": "one"})
        window.new_task.submit()
        form.set_values({"input": "two"})
        second = window.new_task.submit()
        await wait_until(lambda: second.state is SubmissionState.WAITING, 5)
        panel = window.new_task.session_panel
        panel.select(panel.model.row_for(second))
        assert panel.cancel_button.isEnabled()
        panel.cancel_button.click()
        assert second.state is SubmissionState.CANCELLED
        assert panel.model.index(0, 0).data(STATUS_ROLE) == "Cancelled before it was sent."
        assert server.task_count() == 1
        await workspace.close()
    finally:
        server.stop()


async def test_remembers_geometry_splitter_and_last_type(
    make_workspace: Any, make_window: Any, demo_server: DemoServer, tmp_path: Path
) -> None:
    workspace, window = await alice_window(make_workspace, make_window, demo_server)
    window.resize(701, 455)
    window.new_task.splitter.setSizes([150, 300, 251])
    sizes = window.new_task.splitter.sizes()
    window.type_browser.select_type("core:text2image")
    window.close()
    assert Preferences.load().last_task_type == "core:text2image"
    await workspace.close()
    workspace2 = make_workspace()
    window2 = await ready_window(make_window, workspace2)
    assert (window2.width(), window2.height()) == (701, 455)
    assert window2.new_task.splitter.sizes() == sizes
    assert window2.type_browser.current_id == "core:text2image"
    await workspace2.close()


async def test_preferences_change_the_upload_folder(make_workspace: Any, make_window: Any) -> None:
    workspace, window = await started_window(make_workspace, make_window)
    task = window.show_preferences()
    await wait_until(lambda: window.preferences.dialog is not None)
    dialog = window.preferences.dialog
    assert dialog.upload_folder.text() == "nctask-desktop"
    dialog.upload_folder.setText("../outside")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error.isVisible()
    dialog.upload_folder.setText("/AI/inputs/")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    await task
    assert workspace.prefs.upload_folder == "AI/inputs"
    assert Preferences.load().upload_folder == "AI/inputs"
    await workspace.close()


def _interactive(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
    found = [w for w in root.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()]
    forms = [w for w in root.findChildren(QWidget) if type(w).__name__ == "FormWidget"]
    return [w for w in found if not any(f.isAncestorOf(w) for f in forms)]


async def test_every_control_has_an_accessible_name_and_tab_order_follows_layout(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace, window = await started_window(make_workspace, make_window)
    missing = [w for w in _interactive(window) if not w.accessibleName()]
    assert missing == []
    await sign_in_alice(workspace, demo_server)
    await window.activate(workspace.current)
    await window_ready(window)
    missing = [
        (type(w).__name__, w.objectName())
        for w in _interactive(window)
        if not w.accessibleName() and type(w).__name__ not in ("QScrollBar",)
    ]
    assert missing == []
    bar = window.account_bar
    assert tab_path(window, bar.switcher, 5) == [
        bar.add_button,
        bar.sign_out_button,
        window.tabs.tabBar(),  # "New task" | "History"
        window.type_browser.search,
        window.type_browser.refresh_button,
    ]
    await workspace.close()


def test_settings_file_is_under_the_app_home(app_home: Path) -> None:
    settings = QSettings(str(app_home / "config" / "window.ini"), QSettings.Format.IniFormat)
    assert settings.fileName().startswith(str(app_home))
    assert json.dumps(Preferences().demo_account) == '""'


async def test_closing_the_window_closes_its_dialogs_and_cancels_its_work(
    make_workspace: Any, make_window: Any
) -> None:
    window, task, dialog = await _adding_an_account(make_workspace, make_window)
    window.close()
    await asyncio.sleep(0)
    assert task.done() and window.owner.names == []
    assert window.flows.dialog is None
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed (and deleted)


async def test_avatar_from_the_server_else_initials(qtbot: Any) -> None:
    import httpx

    from nctask_desktop.api import NextcloudClient
    from nctask_desktop.services.workspace import AccountSession
    from nctask_desktop.ui.widgets import Avatar

    png = Path(__file__).parents[1] / "data" / "recorded" / "nc30" / "07_get_task_file_image.body"

    def serve(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/index.php/avatar/alice/64"
        return httpx.Response(200, headers={"Content-Type": "image/png"}, content=png.read_bytes())

    client = NextcloudClient(
        "https://cloud.example.org", "alice", "pw", transport=httpx.MockTransport(serve)
    )
    account = Account("https://cloud.example.org", "alice", "alice", "Alice Liddell")
    session = AccountSession(account, client, upload_folder=lambda: "x")
    data = await session.avatar(64)
    assert data is not None and data.startswith(b"\x89PNG")
    avatar = Avatar(size=40)
    qtbot.addWidget(avatar)
    avatar.set_person("Alice Liddell", data)
    assert avatar.has_image()
    assert avatar.accessibleName() == "Avatar of Alice Liddell"
    avatar.set_person("Alice Liddell", b"not an image")
    assert not avatar.has_image()  # initials instead
    await session.close()


async def test_add_account_twice_brings_the_open_dialog_forward(
    make_workspace: Any, make_window: Any
) -> None:
    window, first, dialog = await _adding_an_account(make_workspace, make_window)
    assert window.flows.add_account() is first and window.flows.dialog is dialog
    dialog.reject()
    await first
    assert window.flows.dialog is None


async def test_files_opened_with_the_app_go_into_a_fitting_form(
    make_workspace: Any, make_window: Any, demo_server: DemoServer, tmp_path: Path
) -> None:
    from tests.ui.forms_support import write_wav

    recording = write_wav(tmp_path / "interview.wav")
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"%PDF-1.4\n")
    workspace = make_workspace()
    await sign_in_alice(workspace, demo_server)
    window = make_window(workspace)
    window.open_files([recording])  # before the task list is there: kept until it is
    await window.start()
    await wait_until(lambda: window.type_browser.current_id == "core:audio2text", 10)
    form = window.new_task.current_form()
    assert form is not None
    assert form.values() == {"input": LocalFile(recording)}
    window.open_files([notes])  # only "Every kind of input" takes any file
    assert window.type_browser.current_id == "demo:allslots"
    values = window.new_task.current_form().values()  # type: ignore[union-attr]
    placed = LocalFile(notes)
    assert any(v == placed or (isinstance(v, list) and placed in v) for v in values.values())
    window.open_files([tmp_path / "missing.wav"])
    assert "does not exist" in window.new_task.form_panel.notice.text()
    await workspace.close()
