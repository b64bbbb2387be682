"""The account dialog against the simulator over loopback: Login Flow v2, app passwords, every error."""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from nctask_desktop.demo import DemoServer, DemoUser
from nctask_desktop.services.accounts import AccountService, AccountStore
from nctask_desktop.services.secrets import SERVICE, SecretStore
from nctask_desktop.ui.account_dialog import (
    ADDRESS_PAGE,
    BROWSER_PAGE,
    PASSWORD_PAGE,
    AccountDialog,
)
from nctask_desktop.ui.asyncqt import future_from_signal
from tests.browser import grant_access
from tests.fake_keyring import MemoryKeyring
from tests.ui.support import OpenedUrls, fast_sleep, wait_until


def _service(transport: httpx.AsyncBaseTransport | None = None) -> AccountService:
    return AccountService(AccountStore(), SecretStore(), transport=transport, sleep=fast_sleep)


def _dialog(qtbot: Any, service: AccountService, **kwargs: Any) -> tuple[AccountDialog, OpenedUrls]:
    opened = OpenedUrls()
    dialog = AccountDialog(service, open_url=opened, **kwargs)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog, opened


async def _to_password_page(qtbot: Any, dialog: AccountDialog, address: str) -> None:
    """Type `address` and choose "Use an app password" (the dialog checks the server first)."""
    dialog.address.setText(address)
    qtbot.mouseClick(dialog.use_password_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: dialog.pages.currentIndex() == PASSWORD_PAGE)


def _sign_in(qtbot: Any, dialog: AccountDialog, login: str, password: str) -> None:
    dialog.login.setText(login)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


async def test_login_flow_v2_adds_the_account(
    qtbot: Any, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    service = _service()
    dialog, opened = _dialog(qtbot, service)
    finished = future_from_signal(dialog.finished)
    added: list[Any] = []
    dialog.account_added.connect(added.append)
    dialog.address.setText(demo_server.base_url.removeprefix("http://") + "/index.php/apps/files")
    dialog.address.setText(demo_server.base_url + "/index.php/apps/files")
    qtbot.mouseClick(dialog.browser_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: dialog.pages.currentIndex() == BROWSER_PAGE)
    # the browser was opened on the login page, and the same link is shown with a Copy button
    assert opened == [dialog.link.text()]
    assert "/login/v2/flow/" in dialog.link.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.link.text()
    assert dialog.waiting_busy.isVisible() and dialog.browser_cancel.isEnabled()
    await asyncio.sleep(0.2)  # still waiting: nothing granted yet
    assert not finished.done()
    # the test plays the browser: open the page, press "Grant access"
    page = await asyncio.to_thread(grant_access, dialog.link.text(), "alice")
    assert "Account connected" in page
    assert await asyncio.wait_for(finished, 10) == QDialog.DialogCode.Accepted
    account = dialog.account
    assert account is not None and added == [account]
    assert account.server == demo_server.base_url
    assert (account.user_id, account.display_name) == ("alice", "Alice Liddell")
    secret = memory_keyring.items[(SERVICE, account.key)]
    assert secret and secret != "alice-app-password"  # a new app password, in the keychain
    assert service.store.current == account


async def test_cancel_stops_waiting_for_the_browser(qtbot: Any, demo_server: DemoServer) -> None:
    dialog, _opened = _dialog(qtbot, _service())
    finished = future_from_signal(dialog.finished)
    dialog.address.setText(demo_server.base_url)
    qtbot.mouseClick(dialog.browser_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: dialog.pages.currentIndex() == BROWSER_PAGE)
    assert dialog.owner.is_running("flow")
    qtbot.mouseClick(dialog.browser_cancel, Qt.MouseButton.LeftButton)
    assert await asyncio.wait_for(finished, 5) == QDialog.DialogCode.Rejected
    assert dialog.owner.names == []
    assert dialog.account is None


async def test_app_password_adds_the_account(
    qtbot: Any, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    dialog, opened = _dialog(qtbot, _service())
    finished = future_from_signal(dialog.finished)
    await _to_password_page(qtbot, dialog, demo_server.base_url)
    assert dialog.server_label.text() == demo_server.base_url
    assert "Create new app password" in " ".join(
        w.text() for w in dialog.findChildren(type(dialog.server_label)) if w.isVisible()
    )
    qtbot.keyClicks(dialog.login, "bob")
    qtbot.keyClicks(dialog.password, "bob-app-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert await asyncio.wait_for(finished, 10) == QDialog.DialogCode.Accepted
    assert dialog.account is not None and dialog.account.display_name == "Bob"
    assert memory_keyring.items[(SERVICE, dialog.account.key)] == "bob-app-password"
    assert opened == []


@pytest.fixture
def nc29_server() -> Iterator[DemoServer]:
    server = DemoServer(profile="nc29", users=[DemoUser("alice", "pw-pw-pw", "Alice")])
    server.start()
    yield server
    server.stop()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _html_transport(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200,
        headers={"Content-Type": "text/html"},
        content=b"<!DOCTYPE html><html><body>Welcome to the hotel Wi-Fi</body></html>",
    )


def _tls_transport(request: httpx.Request) -> httpx.Response:
    raise ssl.SSLCertVerificationError(
        "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate"
    )


@pytest.mark.parametrize("way", ["browser", "password"])
@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("not-nextcloud", "does not answer like a Nextcloud server"),
        ("nc29", "This server has no task processing; it needs Nextcloud 30 or newer."),
        ("maintenance", "is in maintenance mode"),
        ("unreachable", "Could not reach 127.0.0.1:"),
        ("certificate", "security certificate of cloud.example.org is not trusted"),
    ],
)
async def test_server_problems_are_explained(
    qtbot: Any,
    demo_server: DemoServer,
    nc29_server: DemoServer,
    way: str,
    case: str,
    expected: str,
) -> None:
    transport: httpx.AsyncBaseTransport | None = None
    address = demo_server.base_url
    if case == "not-nextcloud":
        transport, address = httpx.MockTransport(_html_transport), "hotel.example.org"
    elif case == "nc29":
        address = nc29_server.base_url
    elif case == "maintenance":
        demo_server.maintenance = True
    elif case == "unreachable":
        address = f"http://127.0.0.1:{_closed_port()}"
    elif case == "certificate":
        transport, address = httpx.MockTransport(_tls_transport), "cloud.example.org"
    dialog, opened = _dialog(qtbot, _service(transport))
    dialog.address.setText(address)
    button = dialog.browser_button if way == "browser" else dialog.use_password_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: dialog.error_text() != "")
    assert expected in dialog.error_text()
    assert "Traceback" not in dialog.error_text()
    assert dialog.pages.currentIndex() == ADDRESS_PAGE
    assert dialog.browser_button.isEnabled() and opened == []
    if case == "nc29":
        assert "29.0.6" in dialog.error_text()


async def test_wrong_credentials_are_explained(
    qtbot: Any, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    dialog, _opened = _dialog(qtbot, _service())
    await _to_password_page(qtbot, dialog, demo_server.base_url)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert "Fill in the login name" in dialog.error_text()
    _sign_in(qtbot, dialog, "alice", "not-the-password")
    await wait_until(lambda: dialog.error_text() != "" and "Fill in" not in dialog.error_text())
    assert "did not accept the login name or app password" in dialog.error_text()
    assert dialog.isVisible() and dialog.account is None
    assert memory_keyring.items == {}


async def test_no_keychain_is_said_plainly(
    qtbot: Any, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    service = AccountService(AccountStore(), SecretStore(use_keyring=False), sleep=fast_sleep)
    # signing in again: the window's banner behind says it already, so the dialog does not
    again, _ = _dialog(qtbot, service, address=demo_server.base_url, login_name="alice")
    assert not again.keychain_banner.isVisible()
    again.reject()
    dialog, _opened = _dialog(qtbot, service)
    assert dialog.keychain_banner.isVisible()
    assert "no usable keychain" in dialog.keychain_banner.label.text()
    finished = future_from_signal(dialog.finished)
    await _to_password_page(qtbot, dialog, demo_server.base_url)
    _sign_in(qtbot, dialog, "alice", "alice-app-password")
    assert await asyncio.wait_for(finished, 10) == QDialog.DialogCode.Accepted
    assert memory_keyring.items == {}  # never in the keychain
    assert dialog.account is not None
    assert await service.password_for(dialog.account) == "alice-app-password"  # in memory
    assert "alice-app-password" not in service.store.path.read_text()


async def test_a_server_that_says_29_but_has_taskprocessing_is_accepted(
    qtbot: Any, memory_keyring: MemoryKeyring
) -> None:
    """The version only chooses words: the task-types route decides (a backported server)."""
    server = DemoServer(profile="nc29-backport", users=[DemoUser("alice", "pw-pw-pw", "Alice")])
    server.start()
    try:
        dialog, _opened = _dialog(qtbot, _service())
        await _to_password_page(qtbot, dialog, server.base_url)
        _sign_in(qtbot, dialog, "alice", "pw-pw-pw")
        await wait_until(lambda: dialog.account is not None, 10)
        assert dialog.error_text() == ""
    finally:
        server.stop()


async def test_a_plain_http_server_typed_without_scheme_is_offered_http(
    qtbot: Any, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    """https meets a plain-http server: not "an untrusted certificate", but an offer of http://."""
    dialog, _opened = _dialog(qtbot, _service())
    http_base = demo_server.base_url
    dialog.address.setText(http_base.split("://", 1)[1])  # 127.0.0.1:PORT, as typed at home
    qtbot.mouseClick(dialog.use_password_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: dialog.error_text() != "", 10)
    text = dialog.error_text()
    assert "plain http" in text and "certificate" not in text
    assert dialog.address_error.button.text() == "Connect with http://"
    dialog.address_error.button.click()
    await wait_until(lambda: dialog.pages.currentIndex() == PASSWORD_PAGE, 10)
    assert dialog.address.text() == http_base and dialog.base == http_base


def test_plain_http_off_this_computer_warns_that_it_is_not_encrypted() -> None:
    from nctask_desktop.api import errors as api_errors
    from nctask_desktop.messages import explain

    home = api_errors.PlainHttpServerError(
        "plain", http_base="http://192.168.1.5:8080", url="http://192.168.1.5:8080"
    )
    text = explain(home).render()
    assert "192.168.1.5:8080 answers only over plain http, without encryption" in text
    assert "others on the network could read your password" in text
    local = api_errors.PlainHttpServerError(
        "plain", http_base="http://localhost:8080", url="http://localhost:8080"
    )
    assert "nothing leaves it" in explain(local).render()


async def test_a_home_servers_own_certificate_is_shown_and_trusted_by_its_fingerprint(
    qtbot: Any, memory_keyring: MemoryKeyring
) -> None:
    """The certificate this computer does not trust: who, until when, its fingerprint; Cancel
    says so at the address; Trust goes on, and the account trusts exactly that certificate."""
    import trustme

    from nctask_desktop.api import tls
    from tests.support import tls_server

    server = tls_server(trustme.CA())
    try:
        service = _service()
        dialog, _opened = _dialog(qtbot, service)
        finished = future_from_signal(dialog.finished)
        dialog.address.setText(server.base_url)
        qtbot.mouseClick(dialog.use_password_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: dialog.certificate_dialog is not None)
        shown = dialog.certificate_dialog
        pem = await service.server_certificate(server.base_url)
        assert shown.fingerprint == tls.fingerprint(pem)
        assert shown.fingerprint.split(":")[0] in shown.fingerprint_label.text()
        assert "127.0.0.1" in shown.issued_to.text() and shown.valid_until.text()
        assert shown.cancel_button.isDefault()
        shown.cancel_button.click()
        await wait_until(lambda: dialog.address_error.isVisible())
        assert "not trusted" in dialog.address_error.text()
        qtbot.mouseClick(dialog.use_password_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: dialog.certificate_dialog is not None)
        dialog.certificate_dialog.trust_button.click()
        await wait_until(lambda: dialog.pages.currentIndex() == PASSWORD_PAGE)
        qtbot.keyClicks(dialog.login, "alice")
        qtbot.keyClicks(dialog.password, "pw")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert await asyncio.wait_for(finished, 10) == QDialog.DialogCode.Accepted
        assert dialog.account is not None and dialog.account.certificate == pem
    finally:
        server.stop()


async def test_plain_http_typed_on_purpose_is_used_only_after_a_warning(qtbot: Any) -> None:
    asked: list[str] = []

    def unreachable(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        raise httpx.ConnectError("no route to host", request=request)

    dialog, _opened = _dialog(qtbot, _service(httpx.MockTransport(unreachable)))
    dialog.address.setText("http://192.168.1.5:8080")
    qtbot.mouseClick(dialog.use_password_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: dialog.error_text() != "", 5)
    text = dialog.error_text()
    assert "without encryption" in text and "others on the network could read" in text
    assert asked == []  # the server is not asked before the user decides
    assert dialog.address_error.button.text() == "Connect with http://"
    dialog.address_error.button.click()  # the user chooses plain http
    await wait_until(lambda: bool(asked) and "without encryption" not in dialog.error_text(), 5)
    assert asked[0].startswith("http://192.168.1.5:8080/")
