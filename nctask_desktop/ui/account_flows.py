"""The account journeys the window starts: add an account (the sign-in dialog), sign in again,
sign out, and the demo. Each ends by handing the window an account to show, or the welcome page.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtWidgets import QWidget

from nctask_desktop.api import errors as e
from nctask_desktop.api import tls
from nctask_desktop.services.accounts import Account
from nctask_desktop.services.workspace import AccountSession, Workspace

from .account_area import AccountArea
from .asyncqt import TaskOwner, run_dialog
from .welcome import WelcomePage
from .widgets import explain_text

if TYPE_CHECKING:  # made when the user adds an account or signs in again
    from .account_dialog import AccountDialog

log = logging.getLogger(__name__)


class Shell(Protocol):
    """What the journeys need of the window."""

    account: Account | None
    session: AccountSession | None
    owner: TaskOwner

    def show_account(self, account: Account) -> Awaitable[None]: ...

    def show_welcome(self) -> None: ...

    def on_welcome_page(self) -> bool: ...


class AccountFlows(QObject):
    def __init__(
        self,
        workspace: Workspace,
        shell: Shell,
        area: AccountArea,
        welcome: WelcomePage,
        dialog_parent: QWidget,
        open_url: Callable[[QUrl], object],
    ) -> None:
        super().__init__(dialog_parent)
        self.workspace = workspace
        self.shell = shell
        self.owner = shell.owner  # the window's: closing it cancels every journey
        self.area = area
        self.welcome = welcome
        self.dialog_parent = dialog_parent
        self.open_url = open_url
        self.dialog: AccountDialog | None = None
        area.bar.add_button.clicked.connect(lambda: self.add_account())
        area.bar.sign_out_button.clicked.connect(lambda: self.sign_out())
        area.reauth_banner.action_clicked.connect(self.sign_in_again)
        area.demo_banner.action_clicked.connect(lambda: self.add_account())
        welcome.connect_button.clicked.connect(lambda: self.add_account())
        welcome.demo_button.clicked.connect(self.start_demo)
        self.close = workspace.wiped.connect(
            lambda account: self.owner.start("wiped", self._wiped(account))
        )
        """Stop listening to the workspace (the window closes)."""

    # --- adding an account ----------------------------------------------------------------------

    def add_account(self, address: str = "", login_name: str = "") -> asyncio.Task[None]:
        """Open the sign-in dialog (or bring the open one forward); the new account is shown."""
        running = self.owner.get("add-account")
        if self.dialog is not None and running is not None and not running.done():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return running
        return self.owner.start("add-account", self._add_account(address, login_name))

    async def _add_account(self, address: str, login_name: str) -> None:
        from .account_dialog import AccountDialog

        dialog = AccountDialog(
            self.workspace.accounts,
            self.dialog_parent,
            address=address,
            login_name=login_name,
            open_url=self.open_url,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        try:
            await run_dialog(dialog)
        finally:
            self.dialog = None
        account = dialog.account
        if account is None:
            return
        await self.workspace.signed_in(account)
        await self.shell.show_account(account)

    def sign_in_again(self) -> None:
        account = self.shell.account
        if account is None:
            return
        if self.workspace.is_demo(account):
            self.start_demo()
        else:
            self.add_account(account.server, account.login_name)

    # --- signing out ----------------------------------------------------------------------------

    def sign_out(self, account: Account | None = None) -> asyncio.Task[None]:
        running = self.owner.get("sign-out")
        if running is not None and not running.done():
            return running  # already asking, or signing out
        return self.owner.start("sign-out", self._sign_out(account or self.shell.account))

    async def _sign_out(self, account: Account | None) -> None:
        if account is None or not await self.area.confirm_sign_out(account):
            return
        self.area.bar.setEnabled(False)
        try:
            result = await self.workspace.sign_out(account)
        finally:
            self.area.bar.setEnabled(True)
        problem = None if result.revoked_on_server else result.server_error
        if problem is not None:
            log.warning("app password not revoked on the server: %s", problem)
        remaining = self.workspace.current
        if remaining is None:
            self.shell.show_welcome()
            if problem is not None:
                self.welcome.error.show_message(self.area.not_revoked_text(problem))
            return
        await self.shell.show_account(remaining)
        if problem is not None:
            self.area.problem_banner.show_message(self.area.not_revoked_text(problem))

    # --- a remote wipe -------------------------------------------------------------------------

    async def _wiped(self, account: Account) -> None:
        """The server asked for the account's data here to be removed: it is; say so, and show
        what remains."""
        text = self.tr(
            "{server} asked for the data of {name} on this computer to be removed (a remote wipe): "
            "its history, drafts and app password are gone from here. Files you saved are kept."
        ).format(server=account.server.split("://", 1)[-1], name=account.display_name)
        if self.shell.account is not None and self.shell.account.key != account.key:
            self.area.fill_switcher(self.shell.account)
        else:
            remaining = self.workspace.current
            if remaining is None:
                self.shell.show_welcome()
                self.welcome.error.show_message(text)
                return
            await self.shell.show_account(remaining)
        self.area.problem_banner.show_message(text)

    async def problem_text(self, exc: e.NextcloudError, account: Account) -> str:
        """Why an account's tasks cannot be shown; a changed certificate with both fingerprints,
        loudly."""
        text = explain_text(exc)
        if isinstance(exc, e.CertificateChangedError):
            text += "\n" + self.tr("Trusted: {old}").format(old=exc.trusted)
            with contextlib.suppress(Exception):
                new = await self.workspace.accounts.server_certificate(account.server)
                text += "\n" + self.tr("Now: {new}").format(new=tls.fingerprint(new))
        return text

    # --- the demo -------------------------------------------------------------------------------

    def start_demo(self) -> asyncio.Task[None]:
        return self.owner.start("start", self.demo())

    async def demo(self) -> None:
        """Start the simulated server (if it is not running) and show its account."""
        self.welcome.set_busy(True)
        self.welcome.error.hide()
        try:
            account = await self.workspace.start_demo(self.tr("Demo User"))
        except (e.NextcloudError, OSError) as exc:
            self.welcome.set_busy(False)
            if self.shell.on_welcome_page():
                self.welcome.error.show_message(explain_text(exc))
            else:
                self.area.problem_banner.show_message(explain_text(exc))
            return
        self.welcome.set_busy(False)
        await self.workspace.signed_in(account)
        await self.shell.show_account(account)

    # --- the avatar -----------------------------------------------------------------------------

    def load_avatar(self, session: AccountSession) -> None:
        self.owner.cancel("avatar")
        self.owner.start("avatar", self._load_avatar(session), report=False)

    async def _load_avatar(self, session: AccountSession) -> None:
        data = await session.avatar(128)
        if data and self.shell.session is session:
            self.area.bar.avatar.set_person(session.account.display_name, data)
