"""The account area above the pages: who is signed in where (the account bar), and the banners that
say the account's lasting states (sign in again, no keychain, demo mode, a problem)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from nctask_desktop.services.accounts import Account
from nctask_desktop.services.workspace import Workspace

from .welcome import AccountBar
from .widgets import Banner, confirm, explain_text


class AccountArea(QWidget):
    """The bar and its banners; the window connects their buttons."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.sign_out_box: QMessageBox | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = AccountBar(self)
        layout.addWidget(self.bar)
        self.reauth_banner = Banner(self, kind="warning")
        self.keychain_banner = Banner(self, kind="warning")
        self.demo_banner = Banner(self, kind="info")
        self.problem_banner = Banner(self, kind="error")
        for banner in (
            self.reauth_banner,
            self.keychain_banner,
            self.demo_banner,
            self.problem_banner,
        ):
            layout.addWidget(banner)

    def fill_switcher(self, current: Account | None) -> None:
        switcher = self.bar.switcher
        switcher.blockSignals(True)
        switcher.clear()
        for account in self.workspace.store.accounts:
            label = self.account_label(account)
            if account.needs_reauth:
                label = self.tr("{account} — sign in again").format(account=label)
            switcher.addItem(label, account.key)
        if current is not None:
            switcher.setCurrentIndex(max(0, switcher.findData(current.key)))
        switcher.blockSignals(False)

    def server_text(self, account: Account) -> str:
        if self.workspace.is_demo(account):
            return self.tr("Simulated server on this computer")
        return account.server.split("://", 1)[-1]

    def account_label(self, account: Account) -> str:
        return f"{account.display_name} ({self.server_text(account)})"

    def show_account(self, account: Account) -> None:
        bar = self.bar
        bar.name_label.setText(account.display_name)
        bar.server_label.setText(self.server_text(account))
        bar.avatar.set_person(account.display_name)
        self.fill_switcher(account)
        self.reauth_banner.hide()
        self.problem_banner.hide()
        if self.workspace.is_demo(account):
            self.demo_banner.show_message(
                self.tr(
                    "You are trying the app with a simulated Nextcloud on this computer. The "
                    "results are examples, and the demo forgets its tasks when you quit. Connect "
                    "your own Nextcloud whenever you like."
                ),
                self.tr("Connect your Nextcloud"),
                kind="info",
            )
        else:
            self.demo_banner.hide()
        secrets = self.workspace.secrets
        if not self.workspace.is_demo(account) and not secrets.persistent:
            self.keychain_banner.show_message(
                self.tr(
                    "This computer has no usable keychain, so your app password is kept only "
                    "until you quit the app. You will need to sign in again next time."
                ),
                kind="warning",
            )
        else:
            self.keychain_banner.hide()

    def show_needs_reauth(self, account: Account, *, missing: bool = False) -> None:
        """Say what happened: a password this computer did not keep is not a revoked one."""
        self.fill_switcher(account)
        server = self.server_text(account)
        if missing and not self.workspace.secrets.persistent:
            text = self.tr(
                "Your app password for {server} was not kept on this computer, because it has "
                "no keychain. Nothing was deleted. Sign in again to continue."
            )
            self.keychain_banner.hide()  # the same fact, said once
        elif missing:
            text = self.tr(
                "Your app password for {server} is no longer in this computer's keychain. "
                "Nothing was deleted. Sign in again to continue."
            )
        else:
            text = self.tr(
                "{server} no longer accepts this app's password (it may have been revoked). "
                "Nothing was deleted. Sign in again to continue."
            )
        self.reauth_banner.show_message(
            text.format(server=server), self.tr("Sign in again"), kind="warning"
        )

    async def confirm_sign_out(self, account: Account) -> bool:
        """Ask first (a dialog opened without a nested loop); True to go on."""
        return await confirm(
            self,
            title=self.tr("Sign out"),
            text=self.tr("Sign out of {account}?").format(account=self.account_label(account)),
            informative=self.tr(
                "The app password is revoked on the server and removed from this computer, "
                "with your unsent drafts. Your tasks and files in Nextcloud stay."
            ),
            action=self.tr("Sign out"),
            showing=lambda box: setattr(self, "sign_out_box", box),
        )

    def not_revoked_text(self, exc: BaseException) -> str:
        return self.tr(
            "Signed out here, but the server could not be told to revoke the app password: "
            "{reason} You can revoke it in your Nextcloud under Settings → Security."
        ).format(reason=explain_text(exc))
