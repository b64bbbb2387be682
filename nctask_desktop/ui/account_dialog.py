"""The account dialog: a server address, then sign-in in the browser (Login Flow v2) or an app password."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.api import errors as e
from nctask_desktop.api.address import is_loopback
from nctask_desktop.services.accounts import Account, AccountService
from nctask_desktop.services.logs import register_secret

from .asyncqt import TaskOwner, run_dialog
from .widgets import (
    Banner,
    BusyBar,
    MutedLabel,
    add_field,
    button_row,
    explain_text,
    fit_height,
    push_button,
    scaled_font,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

ADDRESS_PAGE, BROWSER_PAGE, PASSWORD_PAGE = 0, 1, 2


class AccountDialog(QDialog):
    """Adds an account, or signs an existing one in again (`login_name` given).

    Emits `account_added(Account)` and accepts when done; closing or Cancel stops whatever it is
    waiting for (the Login Flow poll is cancelled). Open it with `open()` and await its `finished`.
    """

    account_added = Signal(object)

    def __init__(
        self,
        service: AccountService,
        parent: QWidget | None = None,
        *,
        address: str = "",
        login_name: str = "",
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.account: Account | None = None
        self.base = ""
        self._http_base = ""
        self._http_confirmed = ""
        """A plain-http address the user chose to connect to after the warning."""
        self._last_step: Callable[[], None] = self._start_browser_login
        self._open_url = open_url
        self._login_url = ""
        self._reauth = bool(login_name)
        self.owner = TaskOwner()
        self.certificate_dialog: QDialog | None = None
        self.setWindowTitle(
            self.tr("Sign in again") if self._reauth else self.tr("Connect to your Nextcloud")
        )
        self.setModal(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

        outer = QVBoxLayout(self)
        outer.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        self.keychain_banner = Banner(self, kind="warning")
        outer.addWidget(self.keychain_banner)
        # Signing in again, the window's banner behind this dialog says it already: once is enough.
        if not service.secrets.persistent and not self._reauth:
            self.keychain_banner.show_message(
                self.tr(
                    "This computer has no usable keychain, so the app password is kept only until "
                    "you quit the app. You will need to sign in again next time."
                )
            )
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages, 1)
        self._build_address_page(address)
        self._build_browser_page()
        self._build_password_page(login_name)
        self._show_page(ADDRESS_PAGE)

    # --- pages ----------------------------------------------------------------------------------

    def _title(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setFont(scaled_font(self, 1.3, bold=True))
        label.setWordWrap(True)
        return label

    def _build_address_page(self, address: str) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        title = self.tr("Sign in again") if self._reauth else self.tr("Connect to your Nextcloud")
        layout.addWidget(self._title(title, page))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.address = QLineEdit(address, page)
        self.address.setPlaceholderText(self.tr("cloud.example.org"))
        self.address.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        add_field(form, self.tr("Server &address:"), self.address)
        layout.addLayout(form)
        layout.addWidget(
            MutedLabel(
                self.tr("The address you type in your browser to open your Nextcloud."), page
            )
        )
        self.address_error = Banner(page, kind="error")
        self.address_error.action_clicked.connect(self._use_http)
        layout.addWidget(self.address_error)
        self.address_busy = BusyBar(page)
        self.address_busy.hide()
        layout.addWidget(self.address_busy)
        layout.addStretch(1)
        self.use_password_button = push_button(
            self.tr("Use an app &password instead"), page, self._choose_password, auto_default=False
        )
        self.address_cancel = push_button(self.tr("Cancel"), page, self.reject, auto_default=False)
        self.browser_button = push_button(
            self.tr("Sign in with your &browser"), page, self._start_browser_login
        )
        layout.addLayout(
            button_row(self.use_password_button, None, self.address_cancel, self.browser_button)
        )
        self.address.returnPressed.connect(self.browser_button.click)
        self.pages.addWidget(page)

    def _build_browser_page(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(self._title(self.tr("Finish signing in in your browser"), page))
        self.browser_text = QLabel(
            self.tr(
                "Your browser shows the login page of your Nextcloud. Log in there and choose "
                "“Grant access”. This window continues by itself."
            ),
            page,
        )
        self.browser_text.setWordWrap(True)
        layout.addWidget(self.browser_text)
        layout.addWidget(
            MutedLabel(
                self.tr("No browser window? Copy the link and open it in your browser."), page
            )
        )
        link_row = QHBoxLayout()
        self.link = QLineEdit(page)
        self.link.setReadOnly(True)
        self.link.setAccessibleName(self.tr("Sign-in link"))
        self.copy_button = push_button(
            self.tr("&Copy link"), page, self._copy_link, auto_default=False
        )
        self.reopen_button = push_button(
            self.tr("&Open browser again"), page, self._open_link, auto_default=False
        )
        link_row.addWidget(self.link, 1)
        link_row.addWidget(self.copy_button)
        link_row.addWidget(self.reopen_button)
        layout.addLayout(link_row)
        self.copied = MutedLabel("", page)
        layout.addWidget(self.copied)
        waiting_row = QHBoxLayout()
        self.waiting_busy = BusyBar(page)
        self.waiting_label = QLabel(self.tr("Waiting for you to grant access…"), page)
        waiting_row.addWidget(self.waiting_label)
        waiting_row.addWidget(self.waiting_busy, 1)
        layout.addLayout(waiting_row)
        self.browser_error = Banner(page, kind="error")
        layout.addWidget(self.browser_error)
        layout.addStretch(1)
        self.browser_back = push_button(self.tr("&Back"), page, self._back, auto_default=False)
        self.browser_cancel = push_button(
            self.tr("Cancel"), page, self.reject, accessible_name=self.tr("Cancel signing in")
        )
        layout.addLayout(button_row(self.browser_back, None, self.browser_cancel))
        self.pages.addWidget(page)

    def _build_password_page(self, login_name: str) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(self._title(self.tr("Sign in with an app password"), page))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.server_label = QLabel(page)
        self.server_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Server:"), self.server_label)
        self.login = QLineEdit(login_name, page)
        add_field(form, self.tr("&Login name:"), self.login)
        self.password = QLineEdit(page)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
        )
        add_field(form, self.tr("App &password:"), self.password)
        layout.addLayout(form)
        layout.addWidget(
            MutedLabel(
                self.tr(
                    "Create an app password in your Nextcloud in the browser: Settings → Security "
                    "→ “Create new app password”. Copy the login name and the password it shows."
                ),
                page,
            )
        )
        self.password_error = Banner(page, kind="error")
        layout.addWidget(self.password_error)
        self.password_busy = BusyBar(page)
        self.password_busy.hide()
        layout.addWidget(self.password_busy)
        layout.addStretch(1)
        self.password_back = push_button(self.tr("&Back"), page, self._back, auto_default=False)
        self.password_cancel = push_button(self.tr("Cancel"), page, self.reject, auto_default=False)
        self.sign_in_button = push_button(self.tr("&Sign in"), page, self._sign_in_with_password)
        layout.addLayout(
            button_row(self.password_back, None, self.password_cancel, self.sign_in_button)
        )
        self.password.returnPressed.connect(self.sign_in_button.click)
        self.pages.addWidget(page)

    def _show_page(self, index: int) -> None:
        # The stack takes the size of the page shown (not of the largest), and the dialog follows,
        # so word-wrapped texts get the height they need at any scale.
        for number in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            page = self.pages.widget(number)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.pages.updateGeometry()
        self._fit_height()
        default = {
            ADDRESS_PAGE: self.browser_button,
            BROWSER_PAGE: self.browser_cancel,
            PASSWORD_PAGE: self.sign_in_button,
        }[index]
        for button in (self.browser_button, self.browser_cancel, self.sign_in_button):
            button.setDefault(button is default)
        focus = {ADDRESS_PAGE: self.address, BROWSER_PAGE: self.copy_button}.get(index)
        if index == PASSWORD_PAGE:
            focus = self.password if self.login.text() else self.login
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_height(self) -> None:
        """Grow (never narrow) the dialog so the current page's wrapped texts fit."""
        fit_height(self)

    # --- what is shown while working ------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.address_busy.setVisible(busy and self.pages.currentIndex() == ADDRESS_PAGE)
        self.password_busy.setVisible(busy and self.pages.currentIndex() == PASSWORD_PAGE)
        for widget in (
            self.address,
            self.browser_button,
            self.use_password_button,
            self.login,
            self.password,
            self.sign_in_button,
            self.password_back,
        ):
            widget.setEnabled(not busy)

    def error_text(self) -> str:
        """The error shown on the current page, if any (for tests and accessibility)."""
        banner = {
            ADDRESS_PAGE: self.address_error,
            BROWSER_PAGE: self.browser_error,
            PASSWORD_PAGE: self.password_error,
        }[self.pages.currentIndex()]
        return banner.label.text() if not banner.isHidden() else ""

    def _show_error(self, exc: BaseException) -> None:
        text = explain_text(exc)
        banner = {
            ADDRESS_PAGE: self.address_error,
            BROWSER_PAGE: self.browser_error,
            PASSWORD_PAGE: self.password_error,
        }[self.pages.currentIndex()]
        if isinstance(exc, e.PlainHttpServerError):
            # Not a certificate problem: offer plain http, with the warning in the text.
            self._http_base = exc.http_base
            banner.show_message(
                text, self.tr("Connect with http://"), kind="info" if exc.loopback else "warning"
            )
        else:
            banner.show_message(text, kind="error")
        self._fit_height()
        if not isinstance(exc, e.NextcloudError):
            log.error("signing in failed", exc_info=exc)

    def _clear_errors(self) -> None:
        for banner in (self.address_error, self.browser_error, self.password_error):
            banner.hide()

    # --- steps ----------------------------------------------------------------------------------

    def _start_browser_login(self) -> None:
        self._last_step = self._start_browser_login
        self.owner.start("flow", self._browser_login(), report=True)

    def _choose_password(self) -> None:
        self._last_step = self._choose_password
        self.owner.start("check", self._check_for_password(), report=True)

    def _use_http(self) -> None:
        """ "Connect with http://": the address becomes the plain-http one, and the same step runs
        again (the browser login, or the app password)."""
        if self._http_base:
            self.address.setText(self._http_base)
            self._http_confirmed = self._http_base.strip().rstrip("/")
            self._http_base = ""
            self._last_step()

    def _sign_in_with_password(self) -> None:
        self._clear_errors()
        login, password = self.login.text().strip(), self.password.text().strip()
        if not login or not password:
            self.password_error.show_message(
                self.tr("Fill in the login name and the app password."), kind="error"
            )
            self._fit_height()
            (self.login if not login else self.password).setFocus()
            return
        self.owner.start("password", self._password_login(login, password), report=True)

    async def _from_address(self, ask: Callable[[], Awaitable[T]]) -> T | None:
        """The server's answer about the typed address; on an error, say it at the address. A
        certificate this computer does not trust is shown, and when the user trusts it, asked
        again."""
        self._clear_errors()
        typed = self.address.text().strip().rstrip("/")
        if (
            typed.lower().startswith("http://")
            and not is_loopback(typed)
            and typed != self._http_confirmed
        ):
            # plain http typed on purpose: only after a warning (the server is not asked yet)
            self._http_base = typed
            self.address_error.show_message(
                self.tr(
                    "An address with http:// connects without encryption: others on the network "
                    "could read your password and your files. Use https:// if your server offers "
                    "it, or connect with http:// only on a network you trust."
                ),
                self.tr("Connect with http://"),
                kind="warning",
            )
            self._fit_height()
            self.address.setFocus()
            return None
        self._busy(True)
        try:
            try:
                return await ask()
            except e.CertificateError as exc:
                if isinstance(exc, e.CertificateChangedError) or not await self._trust(exc):
                    raise
                return await ask()
        except (e.NextcloudError, OSError) as exc:
            self._busy(False)  # the address takes the focus only once it is enabled again
            self._show_error(exc)
            self.address.setFocus()
            return None
        finally:
            self._busy(False)

    async def _trust(self, refused: e.CertificateError) -> bool:
        """Show the certificate the server presents; True when the user trusts it."""
        from .certificate_dialog import CertificateDialog

        address = self.address.text()
        try:
            pem = await self.service.server_certificate(address)
        except (OSError, ValueError, TimeoutError):
            return False
        dialog = CertificateDialog(pem, address.split("://", 1)[-1].strip("/"), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.certificate_dialog = dialog
        try:
            trusted = await run_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            self.certificate_dialog = None
        if trusted:
            self.service.trust(address, pem)
        return trusted

    async def _browser_login(self) -> None:
        address = self.address.text()
        started = await self._from_address(lambda: self.service.start_login_flow(address))
        if started is None:
            return
        base, flow = started
        self.base = base
        self._login_url = flow.login_url
        self.link.setText(flow.login_url)
        self.link.setCursorPosition(0)
        self.copied.setText("")
        self.waiting_busy.show()
        self.waiting_label.show()
        self._show_page(BROWSER_PAGE)
        self._open_link()
        try:
            account = await self.service.finish_login_flow(base, flow)
        except (e.NextcloudError, OSError) as exc:
            self.waiting_busy.hide()
            self.waiting_label.hide()
            self._show_error(exc)
            return
        self._done(account)

    async def _check_for_password(self) -> None:
        address = self.address.text()
        base = await self._from_address(lambda: self.service.check_server(address))
        if base is None:
            return
        self.base = base
        self.server_label.setText(base)
        self._show_page(PASSWORD_PAGE)

    async def _password_login(self, login: str, password: str) -> None:
        register_secret(password)
        self._busy(True)
        try:
            account = await self.service.add_with_app_password(self.base, login, password)
        except (e.NextcloudError, OSError) as exc:
            self._busy(False)
            self._show_error(exc)
            if isinstance(exc, e.AuthenticationError):
                self.password.selectAll()
                self.password.setFocus()
            return
        self._busy(False)
        self._done(account)

    def _done(self, account: Account) -> None:
        self.account = account
        self.account_added.emit(account)
        self.accept()

    def _back(self) -> None:
        self.owner.cancel_all()
        self._busy(False)
        self._clear_errors()
        self._show_page(ADDRESS_PAGE)

    def _copy_link(self) -> None:
        if self._login_url:
            QGuiApplication.clipboard().setText(self._login_url)
            self.copied.setText(self.tr("The link is copied. Paste it into your browser."))

    def _open_link(self) -> None:
        if self._login_url:
            self._open_url(QUrl(self._login_url))

    # --- closing --------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self.owner.cancel_all()
        super().done(result)
