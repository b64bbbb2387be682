"""The main window: welcome screen, account area, and two tabs: "New task" (task-type browser, the
form, this session's submissions) and "History" (every task of the account, live, with results).

Also the app's presence outside the window: the tray icon with the running tasks and OS
notifications when tasks end; polling at once when the window gains focus; pausing with the network.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop import APP_DISPLAY_NAME
from nctask_desktop.api import SlotType, TaskType, WebDav
from nctask_desktop.api import errors as e
from nctask_desktop.messages import explain
from nctask_desktop.services import paths
from nctask_desktop.services.accounts import Account
from nctask_desktop.services.drafts import DraftStore, NextcloudFile
from nctask_desktop.services.history import HistoryEntry
from nctask_desktop.services.live_history import EventKind, HistoryEvent
from nctask_desktop.services.notifications import notices_for, running_text
from nctask_desktop.services.submissions import Submission, SubmissionState
from nctask_desktop.services.workspace import AccountSession, Workspace

from .account_dialog import AccountDialog
from .asyncqt import TaskOwner, future_from_signal, run_dialog
from .desktop import NetworkWatcher
from .forms.filekinds import FileKind, kind_for_slot, local_fits
from .history_panel import HistoryPanel
from .notifier import DesktopNotifier
from .preferences_dialog import PreferencesDialog
from .session_panel import SUBMISSION_ROLE, SessionPanel, SessionRow
from .type_browser import TypeBrowser
from .widgets import Avatar, Banner, BusyBar, MutedLabel, scaled_font

log = logging.getLogger(__name__)

WELCOME_PAGE, WORK_PAGE = 0, 1
NEW_TASK_TAB, HISTORY_TAB = 0, 1


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _translate_n(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, None, n)


def explain_text(exc: BaseException) -> str:
    return explain(exc).render(_translate)


class FormLike(Protocol):
    """What the window needs of a form (ui.forms.FormWidget)."""

    def values(self) -> dict[str, Any]: ...
    def validate(self) -> bool: ...
    def show_server_error(self, text: str) -> None: ...
    def clear_server_error(self) -> None: ...
    def set_values(self, values: dict[str, Any]) -> None: ...


FormFactory = Callable[[TaskType, QWidget, AccountSession], QWidget]


def default_form_factory(task_type: TaskType, parent: QWidget, session: AccountSession) -> QWidget:
    """The generated form of a task type, with "Choose from Nextcloud" and a draft kept per account."""
    from .forms import DraftBinder, FormWidget

    form = FormWidget(task_type, parent, file_browser=WebDav(session.client))
    DraftBinder(form, DraftStore(), session.account.key)
    return form


def _binder(form: QWidget) -> Any:
    from .forms import DraftBinder

    return form.findChild(DraftBinder)


class WelcomePage(QWidget):
    """First run: connect a Nextcloud, or try everything with the built-in simulated server."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        card = QWidget(self)
        card.setMaximumWidth(self.fontMetrics().averageCharWidth() * 70)
        layout = QVBoxLayout(card)
        spacing = self.fontMetrics().height()
        layout.setSpacing(spacing // 2)
        title = QLabel(self.tr("Welcome to {app}").format(app=APP_DISPLAY_NAME), card)
        title.setFont(scaled_font(self, 1.8, bold=True))
        title.setWordWrap(True)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Use the AI features of your own Nextcloud from your desktop: write and "
                "summarise text, translate, create images, transcribe recordings — with your own "
                "files, on your own server."
            ),
            card,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(spacing)
        self.connect_button = QPushButton(self.tr("Connect to your Nextcloud"), card)
        self.connect_button.setAccessibleName(self.tr("Connect to your Nextcloud"))
        self.connect_button.setDefault(True)
        self.connect_button.setMinimumHeight(round(self.fontMetrics().height() * 2.2))
        self.connect_button.setFont(scaled_font(self, 1.1))
        layout.addWidget(self.connect_button)
        layout.addWidget(
            MutedLabel(
                self.tr(
                    "You sign in through your browser; this app gets its own app password, which "
                    "you can revoke in your Nextcloud at any time. It needs Nextcloud 30 or newer."
                ),
                card,
            )
        )
        layout.addSpacing(spacing // 2)
        self.demo_button = QPushButton(self.tr("Try it without an account"), card)
        self.demo_button.setAccessibleName(self.tr("Try it without an account"))
        self.demo_button.setMinimumHeight(round(self.fontMetrics().height() * 2.2))
        layout.addWidget(self.demo_button)
        layout.addWidget(
            MutedLabel(
                self.tr(
                    "Starts a simulated Nextcloud on this computer, so you can try every feature. "
                    "Nothing is sent anywhere; the results are examples."
                ),
                card,
            )
        )
        self.busy = BusyBar(card)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.error = Banner(card, kind="error")
        layout.addWidget(self.error)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.connect_button.setEnabled(not busy)
        self.demo_button.setEnabled(not busy)


class AccountBar(QFrame):
    """Who is signed in where, a switch between accounts, 'Add account…' and 'Sign out'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.avatar = Avatar(self, size=round(self.fontMetrics().height() * 2.4))
        layout.addWidget(self.avatar)
        names = QVBoxLayout()
        names.setSpacing(0)
        self.name_label = QLabel(self)
        self.name_label.setFont(scaled_font(self, 1.1, bold=True))
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.server_label = MutedLabel("", self)
        self.server_label.setWordWrap(False)
        names.addWidget(self.name_label)
        names.addWidget(self.server_label)
        layout.addLayout(names)
        layout.addStretch(1)
        switch_label = QLabel(self.tr("A&ccount:"), self)
        self.switcher = QComboBox(self)
        self.switcher.setAccessibleName(self.tr("Switch account"))
        self.switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.switcher.setMinimumContentsLength(18)
        switch_label.setBuddy(self.switcher)
        layout.addWidget(switch_label)
        layout.addWidget(self.switcher)
        self.add_button = QPushButton(self.tr("Add account…"), self)
        self.add_button.setAccessibleName(self.tr("Add account"))
        self.sign_out_button = QPushButton(self.tr("Sign out"), self)
        self.sign_out_button.setAccessibleName(self.tr("Sign out"))
        layout.addWidget(self.add_button)
        layout.addWidget(self.sign_out_button)


class FormPanel(QWidget):
    """The chosen type's name and description, its form, upload progress, and Submit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setFont(scaled_font(self, 1.35, bold=True))
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.description = MutedLabel("", self)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        self.forms = QStackedWidget(self)
        self.placeholder = MutedLabel(self.tr("Choose a task on the left."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.forms.addWidget(self.placeholder)
        layout.addWidget(self.forms, 1)
        upload_row = QHBoxLayout()
        self.upload_label = QLabel(self)
        self.upload_bar = QProgressBar(self)
        self.upload_bar.setRange(0, 100)
        self.upload_bar.setAccessibleName(self.tr("Upload progress"))
        self.upload_cancel = QPushButton(self.tr("Cancel upload"), self)
        self.upload_cancel.setAccessibleName(self.tr("Cancel upload"))
        upload_row.addWidget(self.upload_label)
        upload_row.addWidget(self.upload_bar, 1)
        upload_row.addWidget(self.upload_cancel)
        self.upload_widgets = (self.upload_label, self.upload_bar, self.upload_cancel)
        for widget in self.upload_widgets:
            widget.hide()
        layout.addLayout(upload_row)
        submit_row = QHBoxLayout()
        self.notice = MutedLabel("", self)
        submit_row.addWidget(self.notice, 1)
        key = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        self.submit_button = QPushButton(self.tr("Submit"), self)
        self.submit_button.setAccessibleName(self.tr("Submit the task"))
        self.submit_button.setToolTip(self.tr("Submit the task ({key})").format(key=key))
        self.submit_button.setDefault(True)
        self.submit_button.setEnabled(False)
        self.submit_button.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
        submit_row.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(submit_row)

    def show_upload(self, submission: Submission | None) -> None:
        visible = submission is not None and submission.state is SubmissionState.UPLOADING
        for widget in self.upload_widgets:
            widget.setVisible(visible)
        if visible and submission is not None:
            fraction = submission.upload_fraction or 0.0
            self.upload_bar.setValue(round(fraction * 100))
            self.upload_label.setText(self.tr("Uploading files to your Nextcloud…"))


class MainWindow(QMainWindow):
    """The window. Async work runs in named tasks of `owner`; closing the window cancels them."""

    account_shown = Signal(object)  # the Account whose task types are shown (None: welcome page)
    types_loaded = Signal(str)  # account key

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        form_factory: FormFactory | None = None,
        settings: QSettings | None = None,
        notifier: DesktopNotifier | None = None,
        network: NetworkWatcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.owner = TaskOwner()
        self.open_url = open_url
        self.notifier = notifier or DesktopNotifier(self)
        self.notifier.activated.connect(self.open_task)
        self.notifier.show_window.connect(self.bring_to_front)
        self.notifier.quit_requested.connect(self.close)
        self.network = network or NetworkWatcher(self)
        self.network.availability_changed.connect(self._network_changed)
        self.form_factory = form_factory or default_form_factory
        self.settings = settings or QSettings(
            str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat
        )
        self.account: Account | None = None
        self.session: AccountSession | None = None
        self._forms: dict[str, QWidget] = {}
        self._form_generation: dict[str, int] = {}
        self._submitted_generation: dict[int, tuple[str, str, int]] = {}
        self._dialog: AccountDialog | None = None
        self.sign_out_box: QMessageBox | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        self._pending_files: list[Path] = []
        self._refresh_history = False
        workspace.on_submission = self._submission_changed
        workspace.on_auth_failure = self._auth_failed
        workspace.on_history = self._history_event
        self.types_loaded.connect(self._types_ready)

        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setAcceptDrops(True)
        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        self.welcome = WelcomePage(self.pages)
        self.welcome.connect_button.clicked.connect(lambda: self.add_account())
        self.welcome.demo_button.clicked.connect(self.start_demo)
        self.pages.addWidget(self.welcome)
        self._build_work_page()
        self._build_menus()
        self._restore_layout()

    # --- building -------------------------------------------------------------------------------

    def _build_work_page(self) -> None:
        page = QWidget(self.pages)
        layout = QVBoxLayout(page)
        self.account_bar = AccountBar(page)
        self.account_bar.switcher.activated.connect(self._switcher_activated)
        self.account_bar.add_button.clicked.connect(lambda: self.add_account())
        self.account_bar.sign_out_button.clicked.connect(lambda: self.sign_out())
        layout.addWidget(self.account_bar)
        self.reauth_banner = Banner(page, kind="warning")
        self.reauth_banner.action_clicked.connect(self.sign_in_again)
        self.keychain_banner = Banner(page, kind="warning")
        self.demo_banner = Banner(page, kind="info")
        self.demo_banner.action_clicked.connect(lambda: self.add_account())
        self.problem_banner = Banner(page, kind="error")
        self.problem_banner.action_clicked.connect(self.refresh_types)
        for banner in (
            self.reauth_banner,
            self.keychain_banner,
            self.demo_banner,
            self.problem_banner,
        ):
            layout.addWidget(banner)
        self.tabs = QTabWidget(page)
        self.tabs.setDocumentMode(True)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its tab bar takes the focus
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tabs.tabBar().setAccessibleName(self.tr("New task or history"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.tabs)
        self.splitter.setChildrenCollapsible(False)
        self.type_browser = TypeBrowser(self.splitter)
        self.type_browser.type_chosen.connect(self._type_chosen)
        self.type_browser.refresh_requested.connect(self.refresh_types)
        self.type_browser.retry_requested.connect(self.refresh_types)
        self.form_panel = FormPanel(self.splitter)
        self.form_panel.submit_button.clicked.connect(self.submit)
        self.form_panel.upload_cancel.clicked.connect(self._cancel_upload)
        self.session_panel = SessionPanel(self.splitter)
        self.session_panel.cancel_requested.connect(self._cancel_row)
        self.session_panel.view.activated.connect(self._session_row_activated)
        for widget, stretch in (
            (self.type_browser, 0),
            (self.form_panel, 1),
            (self.session_panel, 0),
        ):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        char = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([char * 32, char * 70, char * 40])
        self.tabs.addTab(self.splitter, self.tr("New task"))
        self.history_panel = HistoryPanel(self.workspace.prefs, self.tabs, open_url=self.open_url)
        self.history_panel.run_again_requested.connect(self.run_again)
        self.tabs.addTab(self.history_panel, self.tr("History"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self.pages.addWidget(page)

        self.submit_shortcuts = []
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.submit)
            self.submit_shortcuts.append(shortcut)
        self._watching_focus = False
        self._watch_focus(True)
        self.setTabOrder(self.account_bar.switcher, self.account_bar.add_button)
        self.setTabOrder(self.account_bar.add_button, self.account_bar.sign_out_button)
        self.setTabOrder(self.account_bar.sign_out_button, self.tabs.tabBar())
        self.setTabOrder(self.tabs.tabBar(), self.type_browser.search)

    def _watch_focus(self, watch: bool) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication) or watch == self._watching_focus:
            return
        if watch:
            app.focusChanged.connect(self._focus_changed)
            app.applicationStateChanged.connect(self._application_state_changed)
        else:
            app.focusChanged.disconnect(self._focus_changed)
            app.applicationStateChanged.disconnect(self._application_state_changed)
        self._watching_focus = watch

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.poll_now()

    def poll_now(self) -> None:
        """The window gained focus: every open account looks at its unfinished tasks at once."""
        for session in self.workspace.sessions:
            session.history.poke()

    def _network_changed(self, available: bool) -> None:
        for session in self.workspace.sessions:
            session.history.set_network_available(available)

    def showEvent(self, event: QShowEvent) -> None:
        self._watch_focus(True)
        super().showEvent(event)

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.add_account_action = QAction(self.tr("&Add account…"), self)
        self.add_account_action.triggered.connect(lambda: self.add_account())
        menu.addAction(self.add_account_action)
        self.sign_out_action = QAction(self.tr("&Sign out"), self)
        self.sign_out_action.triggered.connect(lambda: self.sign_out())
        menu.addAction(self.sign_out_action)
        menu.addSeparator()
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.preferences_action.triggered.connect(self.show_preferences)
        menu.addAction(self.preferences_action)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        view = self.menuBar().addMenu(self.tr("&View"))
        self.refresh_action = QAction(self.tr("&Refresh task list"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        if self.refresh_action.shortcut().isEmpty():
            self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh)
        view.addAction(self.refresh_action)
        self.find_action = QAction(self.tr("&Find a task"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._find)
        view.addAction(self.find_action)
        view.addSeparator()
        self.new_task_action = QAction(self.tr("&New task"), self)
        self.new_task_action.setShortcut(QKeySequence("Ctrl+1"))
        self.new_task_action.triggered.connect(lambda: self.tabs.setCurrentIndex(NEW_TASK_TAB))
        view.addAction(self.new_task_action)
        self.history_action = QAction(self.tr("&History"), self)
        self.history_action.setShortcut(QKeySequence("Ctrl+2"))
        self.history_action.triggered.connect(lambda: self.tabs.setCurrentIndex(HISTORY_TAB))
        view.addAction(self.history_action)
        self._update_actions()

    def refresh(self) -> None:
        """F5: the task types, then (when the server answered) the history again."""
        self._refresh_history = True
        self.refresh_types()

    def _find(self) -> None:
        if self.tabs.currentIndex() == HISTORY_TAB:
            self.history_panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.history_panel.search.selectAll()
        else:
            self.type_browser.focus_search()

    def _tab_changed(self, index: int) -> None:
        if index == HISTORY_TAB and self.session is not None:
            self.session.history.poke()

    def _update_actions(self) -> None:
        working = self.pages.currentIndex() == WORK_PAGE and self.account is not None
        self.sign_out_action.setEnabled(working)
        self.refresh_action.setEnabled(working)
        self.find_action.setEnabled(working)
        self.new_task_action.setEnabled(working)
        self.history_action.setEnabled(working)

    # --- geometry -------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        restored = isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(
            QByteArray(geometry)
        )
        if not restored:
            metrics = self.fontMetrics()
            size = QSize(metrics.averageCharWidth() * 190, metrics.height() * 48)
            screen = self.screen()
            if screen is not None:
                available = screen.availableGeometry().size()
                size = size.boundedTo(
                    QSize(available.width() * 9 // 10, available.height() * 9 // 10)
                )
            self.resize(size)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray | bytes):
            self.splitter.restoreState(QByteArray(splitter))
        self.history_panel.restore_layout(self.settings)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.history_panel.save_layout(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Open dialogs would keep the app running after its window is gone.
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.save_layout()
        for form in self._forms.values():
            binder = _binder(form)
            if binder is not None:
                binder.flush()
        self.owner.cancel_all()
        self.history_panel.close_all()
        self.notifier.hide()
        self._watch_focus(False)
        super().closeEvent(event)

    # --- starting -------------------------------------------------------------------------------

    def start(self, *, demo: bool = False) -> asyncio.Task[None]:
        """Show the current account, or the welcome screen; with `demo`, go straight to demo mode."""
        return self.owner.start("start", self._start(demo))

    async def _start(self, demo: bool) -> None:
        if demo:
            await self._start_demo()
            return
        account = self.workspace.current
        if account is None:
            self._show_welcome()
        else:
            await self._activate(account)

    def _show_welcome(self) -> None:
        self.account = None
        self.session = None
        self.history_panel.set_session(None)
        self.pages.setCurrentIndex(WELCOME_PAGE)
        self.welcome.connect_button.setFocus()
        self._update_actions()
        self.account_shown.emit(None)

    # --- accounts -------------------------------------------------------------------------------

    def _fill_switcher(self) -> None:
        switcher = self.account_bar.switcher
        switcher.blockSignals(True)
        switcher.clear()
        for account in self.workspace.store.accounts:
            label = self._account_label(account)
            if account.needs_reauth:
                label = self.tr("{account} — sign in again").format(account=label)
            switcher.addItem(label, account.key)
        if self.account is not None:
            switcher.setCurrentIndex(max(0, switcher.findData(self.account.key)))
        switcher.blockSignals(False)

    def _server_text(self, account: Account) -> str:
        if self.workspace.is_demo(account):
            return self.tr("Simulated server on this computer")
        return account.server.split("://", 1)[-1]

    def _account_label(self, account: Account) -> str:
        return f"{account.display_name} ({self._server_text(account)})"

    def _switcher_activated(self, index: int) -> None:
        key = self.account_bar.switcher.itemData(index)
        if not key or (self.account is not None and key == self.account.key):
            return
        account = self.workspace.store.find(key)
        if account is not None:
            self.owner.start("activate", self._activate(account))

    def activate(self, account: Account) -> asyncio.Task[None]:
        return self.owner.start("activate", self._activate(account))

    async def _activate(self, account: Account) -> None:
        """Make the account current and show its task types."""
        self.workspace.set_current(account)
        self.owner.cancel("types")
        self.owner.cancel("avatar")
        self._clear_forms()
        self.account = account
        self.session = None
        self.history_panel.set_session(None)
        self.pages.setCurrentIndex(WORK_PAGE)
        self._show_account(account)
        self._update_actions()
        self.type_browser.clear()
        self.type_browser.set_loading(True)
        try:
            if self.workspace.is_demo(account):
                self.demo_banner.show_message(
                    self.tr("Starting the simulated server…"), kind="info"
                )
                account = await self.workspace.ready(account)
                self.account = account
                self._show_account(account)
            if account.needs_reauth:
                self._show_needs_reauth(account)
                await self._show_cached_history(account)
                return
            self.session = await self.workspace.session(account)
        except e.AuthenticationError:
            refreshed = self.workspace.store.find(account.key) or account
            self.account = refreshed
            self._show_needs_reauth(refreshed)
            await self._show_cached_history(refreshed)
            return
        except e.NextcloudError as exc:
            self.type_browser.show_problem(explain_text(exc))
            return
        self.history_panel.set_session(self.session)
        self._update_running()
        self.account_shown.emit(account)
        self.owner.start("avatar", self._load_avatar(self.session), report=False)
        await self._load_types()

    def _show_account(self, account: Account) -> None:
        bar = self.account_bar
        bar.name_label.setText(account.display_name)
        bar.server_label.setText(self._server_text(account))
        bar.avatar.set_person(account.display_name)
        self._fill_switcher()
        self.reauth_banner.hide()
        self.problem_banner.hide()
        if self.workspace.is_demo(account):
            self.demo_banner.show_message(
                self.tr(
                    "You are trying the app with a simulated Nextcloud on this computer. The "
                    "results are examples. Connect your own Nextcloud whenever you like."
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

    def _show_needs_reauth(self, account: Account) -> None:
        self.type_browser.set_loading(False)
        self._fill_switcher()
        self.reauth_banner.show_message(
            self.tr(
                "{server} no longer accepts this app's password (it may have been revoked). "
                "Nothing was deleted. Sign in again to continue."
            ).format(server=self._server_text(account)),
            self.tr("Sign in again"),
            kind="warning",
        )
        self.type_browser.show_problem(
            self.tr("Sign in again to see the tasks of this server."), retry=False
        )
        self.account_shown.emit(account)

    async def _load_avatar(self, session: AccountSession) -> None:
        data = await session.avatar(128)
        if data and self.session is session:
            self.account_bar.avatar.set_person(session.account.display_name, data)

    def add_account(self, address: str = "", login_name: str = "") -> asyncio.Task[None]:
        """Open the account dialog (or bring the open one forward); the new account becomes
        current."""
        running = self.owner.get("add-account")
        if self._dialog is not None and running is not None and not running.done():
            self._dialog.raise_()
            self._dialog.activateWindow()
            return running
        return self.owner.start("add-account", self._add_account(address, login_name))

    async def _add_account(self, address: str, login_name: str) -> None:
        dialog = AccountDialog(
            self.workspace.accounts,
            self,
            address=address,
            login_name=login_name,
            open_url=self.open_url,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        try:
            await run_dialog(dialog)
        finally:
            self._dialog = None
        account = dialog.account
        if account is None:
            return
        await self.workspace.signed_in(account)
        await self._activate(account)

    def sign_in_again(self) -> None:
        account = self.account
        if account is None:
            return
        if self.workspace.is_demo(account):
            self.owner.start("start", self._start_demo())
        else:
            self.add_account(account.server, account.login_name)

    def sign_out(self, account: Account | None = None) -> asyncio.Task[None]:
        running = self.owner.get("sign-out")
        if running is not None and not running.done():
            return running  # already asking, or signing out
        return self.owner.start("sign-out", self._sign_out(account or self.account))

    async def _sign_out(self, account: Account | None) -> None:
        if account is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Sign out"))
        box.setText(self.tr("Sign out of {account}?").format(account=self._account_label(account)))
        box.setInformativeText(
            self.tr(
                "The app password is revoked on the server and removed from this computer, "
                "with your unsent drafts. Your tasks and files in Nextcloud stay."
            )
        )
        sign_out = box.addButton(self.tr("Sign out"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(sign_out)
        self.sign_out_box = box
        clicked = future_from_signal(box.buttonClicked)
        box.open()
        try:
            button = await clicked
        finally:
            self.sign_out_box = None
            box.deleteLater()
        if button is not sign_out:
            return
        self.account_bar.setEnabled(False)
        try:
            result = await self.workspace.sign_out(account)
        finally:
            self.account_bar.setEnabled(True)
        DraftStore().discard_account(account.key)
        self.session_panel.model.remove_account(account.key)
        self._update_running()
        self._clear_forms()
        if not result.revoked_on_server and result.server_error is not None:
            log.warning("app password not revoked on the server: %s", result.server_error)
        remaining = self.workspace.current
        if remaining is None:
            self._show_welcome()
            if not result.revoked_on_server and result.server_error is not None:
                self.welcome.error.show_message(self._not_revoked_text(result.server_error))
            return
        await self._activate(remaining)
        if not result.revoked_on_server and result.server_error is not None:
            self.problem_banner.show_message(self._not_revoked_text(result.server_error))

    def _not_revoked_text(self, exc: BaseException) -> str:
        return self.tr(
            "Signed out here, but the server could not be told to revoke the app password: "
            "{reason} You can revoke it in your Nextcloud under Settings → Security."
        ).format(reason=explain_text(exc))

    # --- demo mode ------------------------------------------------------------------------------

    def start_demo(self) -> asyncio.Task[None]:
        return self.owner.start("start", self._start_demo())

    async def _start_demo(self) -> None:
        self.welcome.set_busy(True)
        self.welcome.error.hide()
        try:
            account = await self.workspace.start_demo(self.tr("Demo User"))
        except (e.NextcloudError, OSError) as exc:
            self.welcome.set_busy(False)
            if self.pages.currentIndex() == WELCOME_PAGE:
                self.welcome.error.show_message(explain_text(exc))
            else:
                self.problem_banner.show_message(explain_text(exc))
            return
        self.welcome.set_busy(False)
        await self.workspace.signed_in(account)
        await self._activate(account)

    # --- task types -----------------------------------------------------------------------------

    def refresh_types(self) -> None:
        if self.account is None:
            return
        if self.session is None:
            self.activate(self.account)
        else:
            self.owner.start("types", self._load_types())

    async def _load_types(self) -> None:
        session = self.session
        if session is None:
            return
        self.problem_banner.hide()
        self.type_browser.set_loading(True)
        try:
            types = await session.load_types()
        except e.AuthenticationError:
            return  # the auth-failure callback shows the sign-in-again state
        except e.NextcloudError as exc:
            if self.session is session:
                self.type_browser.show_problem(explain_text(exc))
            return
        if self.session is not session:
            return
        if self._refresh_history:
            self._refresh_history = False
            session.history.refresh_now()
        self.history_panel.set_types(types)
        self._drop_forms_not_in(types)
        self.type_browser.set_types(types, select=self.workspace.prefs.last_task_type)
        self.types_loaded.emit(session.account.key)

    def _type_chosen(self, task_type: TaskType) -> None:
        prefs = self.workspace.prefs
        if prefs.last_task_type != task_type.id:
            prefs.last_task_type = task_type.id
            prefs.save()
        self._show_form(task_type)

    # --- forms ----------------------------------------------------------------------------------

    def _show_form(self, task_type: TaskType) -> None:
        panel = self.form_panel
        panel.title.setText(task_type.name)
        panel.description.setText(task_type.description)
        panel.description.setVisible(bool(task_type.description))
        form = self._forms.get(task_type.id)
        if form is None and self.session is not None:
            form = self.form_factory(task_type, panel.forms, self.session)
            form.setAccessibleName(self.tr("Form of {task}").format(task=task_type.name))
            self._forms[task_type.id] = form
            self._form_generation[task_type.id] = 0
            changed = getattr(form, "changed", None)
            if changed is not None:
                changed.connect(lambda type_id=task_type.id: self._form_changed(type_id))
            requested = getattr(form, "submitRequested", None)
            if requested is not None:
                requested.connect(self.submit)
            panel.forms.addWidget(form)
        if form is None:
            panel.forms.setCurrentWidget(panel.placeholder)
            panel.submit_button.setEnabled(False)
            return
        panel.forms.setCurrentWidget(form)
        panel.submit_button.setEnabled(True)
        panel.notice.setText("")
        self.setTabOrder(self.type_browser.view, form)
        self._focus_changed(None, QApplication.focusWidget())

    def _form_changed(self, type_id: str) -> None:
        self._form_generation[type_id] = self._form_generation.get(type_id, 0) + 1

    def current_form(self) -> QWidget | None:
        widget = self.form_panel.forms.currentWidget()
        return None if widget is self.form_panel.placeholder else widget

    def form_for(self, type_id: str) -> QWidget | None:
        return self._forms.get(type_id)

    def _clear_forms(self) -> None:
        panel = self.form_panel
        for form in self._forms.values():
            binder = _binder(form)
            if binder is not None:
                binder.flush()
            panel.forms.removeWidget(form)
            form.deleteLater()
        self._forms.clear()
        panel.forms.setCurrentWidget(panel.placeholder)
        panel.title.setText("")
        panel.description.setText("")
        panel.submit_button.setEnabled(False)
        panel.show_upload(None)

    def _drop_forms_not_in(self, types: dict[str, TaskType]) -> None:
        for type_id in [t for t in self._forms if t not in types]:
            form = self._forms.pop(type_id)
            self.form_panel.forms.removeWidget(form)
            form.deleteLater()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # The form has its own Ctrl+Enter shortcut; the window's would make it ambiguous there.
        form = self.current_form()
        inside = form is not None and new is not None and form.isAncestorOf(new)
        for shortcut in self.submit_shortcuts:
            shortcut.setEnabled(not inside)

    # --- submitting -----------------------------------------------------------------------------

    def submit(self) -> Submission | None:
        """Check the form and queue the task; None when the form is not ready."""
        task_type = self.type_browser.current_type
        form = self.current_form()
        session = self.session
        if task_type is None or form is None or session is None:
            return None
        form_api = cast(FormLike, form)
        if not form_api.validate():
            return None
        form_api.clear_server_error()
        values = form_api.values()
        submission = session.queue.submit(task_type.id, values, type_name=task_type.name)
        self._submitted_generation[id(submission)] = (
            session.account.key,
            task_type.id,
            self._form_generation.get(task_type.id, 0),
        )
        row = self.session_panel.model.row_for(submission)
        if row is not None:
            self.session_panel.select(row)
        self.form_panel.notice.setText(
            self.tr("“{task}” is on its way. You can send another one.").format(task=task_type.name)
        )
        return submission

    def _submission_changed(self, account: Account, submission: Submission) -> None:
        row = self.session_panel.model.upsert(account, submission)
        if self.account is not None and account.key == self.account.key:
            current = [
                r.submission
                for r in self.session_panel.model.rows
                if r.account.key == account.key and r.submission.state is SubmissionState.UPLOADING
            ]
            self.form_panel.show_upload(current[0] if current else None)
        state = submission.state
        if state is SubmissionState.FAILED and isinstance(submission.error, e.InvalidInputError):
            self._show_server_error(account, submission)
        elif state is SubmissionState.SCHEDULED:
            self._scheduled(account, submission, row)
        if state in (SubmissionState.FAILED, SubmissionState.CANCELLED):
            self._submitted_generation.pop(id(submission), None)

    def _show_server_error(self, account: Account, submission: Submission) -> None:
        if self.account is None or account.key != self.account.key:
            return
        form = self._forms.get(submission.type_id)
        if form is None:
            return
        error = submission.error
        assert isinstance(error, e.NextcloudError)
        text = error.server_message or explain_text(error)
        cast(FormLike, form).show_server_error(text)
        if self.type_browser.current_id != submission.type_id:
            self.type_browser.select_type(submission.type_id)

    def _scheduled(self, account: Account, submission: Submission, row: SessionRow) -> None:
        marker = self._submitted_generation.pop(id(submission), None)
        if marker is not None:
            key, type_id, generation = marker
            form = self._forms.get(type_id) if self.account and self.account.key == key else None
            if form is not None and self._form_generation.get(type_id, 0) == generation:
                binder = _binder(form)
                if binder is not None:
                    binder.discard()

    def _session_row_activated(self, index: Any) -> None:
        """A double-click on a sent task: show it in the history."""
        row: SessionRow | None = index.data(SUBMISSION_ROLE)
        task = row.task or row.submission.task if row is not None else None
        if row is not None and task is not None:
            self.open_task(row.account.key, task.id)

    # --- history, notifications -------------------------------------------------------------------

    def _history_event(self, account: Account, event: HistoryEvent) -> None:
        """What an account's live history reports: the shown account's goes to the History tab;
        every account's updates the sent-tasks panel, the tray and the notifications."""
        if self.account is not None and account.key == self.account.key:
            self.history_panel.history_event(event)
        if event.kind is EventKind.CHANGED:
            by_id = {t.id: t for t in event.tasks}
            for row in self.session_panel.model.rows:
                task = row.task or row.submission.task
                if row.account.key == account.key and task is not None and task.id in by_id:
                    row.task = by_id[task.id]
                    row.problem = ""
                    self.session_panel.model.refresh(row)
        elif event.kind is EventKind.REMOVED:
            gone = set(event.task_ids)
            for row in self.session_panel.model.rows:
                task = row.task or row.submission.task
                if row.account.key == account.key and task is not None and task.id in gone:
                    row.problem = QCoreApplication.translate(
                        "SessionPanel", "The server no longer has this task."
                    )
                    self.session_panel.model.refresh(row)
        elif event.kind is EventKind.FINISHED:
            self._notify_finished(account, event)
        if event.kind in (
            EventKind.LOADED,
            EventKind.CHANGED,
            EventKind.REMOVED,
            EventKind.FORGOTTEN,
        ):
            self._update_running()

    def _notify_finished(self, account: Account, event: HistoryEvent) -> None:
        session = self.workspace.session_if_open(account)
        several = len(self.workspace.store.accounts) > 1
        notices = notices_for(
            account.key,
            event.tasks,
            enabled=self.workspace.prefs.notifications,
            types=session.types if session is not None else None,
            account_label=self._account_label(account) if several else "",
        )
        for notice in notices:
            title = notice.title.render(_translate_n)
            body = notice.body.render(_translate_n)
            if notice.account_label:
                body += "\n" + notice.account_label
            self.notifier.notify(notice, title, body)

    def running_count(self) -> int:
        """Unfinished tasks of every open account."""
        return sum(len(s.history.unfinished) for s in self.workspace.sessions)

    def _update_running(self) -> None:
        count = self.running_count()
        self.notifier.set_running(count, running_text(count).render(_translate_n))
        shown = len(self.session.history.unfinished) if self.session is not None else 0
        title = self.tr("History (%n running)", None, shown) if shown else self.tr("History")
        self.tabs.setTabText(HISTORY_TAB, title)

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def open_task(self, account_key: str, task_id: int) -> asyncio.Task[None]:
        """Show a task's result (a notification was clicked): its account, the History tab."""
        return self.owner.start("open-task", self._open_task(account_key, task_id))

    async def _open_task(self, account_key: str, task_id: int) -> None:
        self.bring_to_front()
        if account_key and (self.account is None or self.account.key != account_key):
            account = self.workspace.store.find(account_key)
            if account is None:
                return
            await self._activate(account)
        if self.pages.currentIndex() != WORK_PAGE:
            return
        self.tabs.setCurrentIndex(HISTORY_TAB)
        if task_id >= 0:
            self.history_panel.select_task(task_id)
            self.history_panel.view.setFocus(Qt.FocusReason.OtherFocusReason)

    async def _show_cached_history(self, account: Account) -> None:
        """Signed out by the server: still show what the history knows (read only)."""
        entries = await self.workspace.history_store.aentries(account.key)
        if self.account is not None and self.account.key == account.key and self.session is None:
            self.history_panel.model.set_entries(entries)

    # --- run again ----------------------------------------------------------------------------

    def run_again(self, entry: HistoryEntry) -> bool:
        """Load a task's input into its form; values the type no longer offers are flagged in the
        form before anything can be sent. False when the server no longer has the task type."""
        task = entry.task
        types = self.type_browser.model.types
        task_type = types.get(task.type)
        if task_type is None or self.session is None:
            self.history_panel.problem_banner.show_message(
                self.tr(
                    "This kind of task (“{type}”) is not offered by the server any more, so it "
                    "cannot be run again here."
                ).format(type=self.history_panel.model.type_name(task.type))
            )
            return False
        values: dict[str, Any] = {}
        for slot in task_type.inputs:
            if slot.key not in task.input:
                continue
            value = task.input[slot.key]
            if slot.type.is_file:
                items = value if isinstance(value, list) else [value]
                files = [
                    NextcloudFile(file_id=item)
                    for item in items
                    if isinstance(item, int) and not isinstance(item, bool)
                ]
                values[slot.key] = files if slot.type.is_list else (files[0] if files else None)
            elif slot.type.item_type is SlotType.NUMBER and isinstance(value, str):
                values[slot.key] = value
            else:
                values[slot.key] = value
        unknown = [k for k in task.input if task_type.input_slot(k) is None]
        self.tabs.setCurrentIndex(NEW_TASK_TAB)
        self.type_browser.select_type(task_type.id)
        form = self._forms.get(task_type.id)
        if form is None:
            return False
        form_api = cast(FormLike, form)
        form_api.set_values(values)
        valid = form_api.validate()  # a stale choice (e.g. a model no longer offered) shows now
        if not valid:
            self.form_panel.notice.setText(
                self.tr("Check the marked inputs: the task has changed since it was run.")
            )
        elif unknown:
            self.form_panel.notice.setText(
                self.tr("Some inputs of the earlier task are no longer asked for: {keys}.").format(
                    keys=", ".join(unknown)
                )
            )
        else:
            self.form_panel.notice.setText(
                self.tr("The form holds the input of task {id}. Change it, or submit.").format(
                    id=task.id
                )
            )
        return valid

    def _cancel_row(self, row: SessionRow) -> None:
        session = self.workspace.session_if_open(row.account)
        if session is not None:
            session.queue.cancel(row.submission)

    def _cancel_upload(self) -> None:
        if self.session is None:
            return
        for submission in self.session.queue.pending:
            if submission.state is SubmissionState.UPLOADING:
                self.session.queue.cancel(submission)

    def _auth_failed(self, account: Account) -> None:
        """A 401 from the server: show the account as needing to sign in again (once)."""
        if self.account is not None and account.key == self.account.key:
            self.account = account
            self._show_needs_reauth(account)
            self.history_panel._update_actions()
        else:
            self._fill_switcher()

    # --- preferences ----------------------------------------------------------------------------

    def show_preferences(self) -> asyncio.Task[None]:
        running = self.owner.get("preferences")
        if self.preferences_dialog is not None and running is not None and not running.done():
            self.preferences_dialog.raise_()
            return running
        return self.owner.start("preferences", self._show_preferences())

    async def _show_preferences(self) -> None:
        dialog = PreferencesDialog(self.workspace.prefs, self, types=self.type_browser.model.types)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preferences_dialog = dialog
        try:
            await run_dialog(dialog)
        finally:
            self.preferences_dialog = None

    # --- files opened with the app ("Open with", "Send to", the command line) --------------------

    def open_files(self, paths_: list[Path]) -> None:
        """Put files into the form of the current task if it takes them, else of the first task
        that does; wait for the task list if it is not there yet."""
        self._pending_files = [p for p in paths_ if p.is_file()]
        missing = [p for p in paths_ if not p.is_file()]
        if missing:
            self.form_panel.notice.setText(
                self.tr("This file does not exist: {name}").format(name=str(missing[0]))
            )
        if self.type_browser.model.types:
            self._place_pending_files()

    def _types_ready(self, _account_key: str) -> None:
        self._place_pending_files()

    def _place_pending_files(self) -> None:
        files, self._pending_files = self._pending_files, []
        if not files or self.session is None:
            return
        self.tabs.setCurrentIndex(NEW_TASK_TAB)
        types = self.type_browser.model.types
        current = self.type_browser.current_id
        order = [current] if current in types else []
        order += [t for t in types if t != current and not types[t].is_internal]
        # Tasks with an input of the files' own kind (audio, image, video) first, then "any file".
        for specific in (True, False):
            for type_id in order:
                if not _takes_files(types[type_id], files, specific=specific):
                    continue
                self.type_browser.select_type(type_id)
                accept = getattr(self.current_form(), "accept_dropped_files", None)
                if accept is not None and accept(files):
                    return
        self.form_panel.notice.setText(self.tr("None of this server's tasks takes these files."))

    # --- files dropped on the window ------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.current_form() is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        form = self.current_form()
        paths_ = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        accept = getattr(form, "accept_dropped_files", None)
        if form is not None and paths_ and accept is not None and accept(paths_):
            event.acceptProposedAction()
        else:
            self.form_panel.notice.setText(self.tr("This task takes no such file."))


def _takes_files(task_type: TaskType, files: list[Path], *, specific: bool) -> bool:
    """Whether a task has a file input that fits one of the files (of their own kind only)."""
    for slot in task_type.inputs:
        if not slot.type.is_file:
            continue
        kind = kind_for_slot(slot.type)
        if specific and kind is FileKind.ANY:
            continue
        if any(local_fits(kind, path) for path in files):
            return True
    return False
