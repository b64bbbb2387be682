"""Screenshots of the window, the account dialog and friends: `python -m tests.ui.shots_window`.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.shots_window [--dark] [--suffix -x2] [OUT]

Run it with QT_SCALE_FACTOR=2 (and `--suffix -x2`) for the 200% shots. Everything runs against the
simulator on loopback in a throwaway app home. The PNGs go to `screenshots/` (gitignored); look at
every one of them.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from nctask_desktop.services.workspace import Workspace
    from nctask_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


async def _until(predicate: object, timeout: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():  # type: ignore[operator]
        if loop.time() > deadline:
            raise TimeoutError(str(predicate))
        await asyncio.sleep(0.02)


async def _settle() -> None:
    await asyncio.sleep(0.15)
    QApplication.processEvents()


def _save(widget: QWidget, out: Path, name: str, suffix: str) -> None:
    path = out / f"{name}{suffix}.png"
    widget.grab().save(str(path))
    print(path)


def _workspace() -> Workspace:
    """A workspace on the throwaway app home; its demo simulator's tasks take a second."""
    from nctask_desktop.demo_mode import DemoMode
    from nctask_desktop.services.secrets import SecretStore
    from nctask_desktop.services.settings import Preferences
    from nctask_desktop.services.workspace import Workspace

    return Workspace(Preferences.load(), secrets=SecretStore(), demo=DemoMode(task_seconds=1))


def _window(workspace: Workspace, settings: QSettings, width: int, height: int) -> MainWindow:
    """The main window on `workspace`, shown at `width` x `height`; not started yet."""
    from nctask_desktop.ui.main_window import MainWindow
    from nctask_desktop.ui.notifier import DesktopNotifier

    window = MainWindow(
        workspace,
        settings=settings,
        open_url=lambda _u: True,
        notifier=DesktopNotifier(backend="none"),
    )
    window.resize(width, height)
    window.show()
    return window


def _settings() -> QSettings:
    """The windows' settings, in the throwaway app home."""
    return QSettings(str(Path(os.environ["NCTASK_HOME"]) / "w.ini"), QSettings.Format.IniFormat)


@asynccontextmanager
async def _demo_window(width: int = 1100, height: int = 720) -> AsyncIterator[MainWindow]:
    """The main window in demo mode on a new workspace, shown at `width` x `height` with its task
    types loaded; closed, with its workspace, at the end of the block."""
    workspace = _workspace()
    window = _window(workspace, _settings(), width, height)
    try:
        await window.start(demo=True)
        await _until(lambda: window.session is not None and window.session.types is not None, 20)
        yield window
    finally:
        window.close()
        await workspace.close()


async def shoot(out: Path, dark: bool, suffix: str) -> int:
    from nctask_desktop.demo import DemoServer, DemoUser
    from nctask_desktop.services.accounts import AccountService, AccountStore
    from nctask_desktop.services.secrets import SecretStore
    from nctask_desktop.ui.account_dialog import AccountDialog
    from nctask_desktop.ui.error_dialog import ErrorDialog
    from nctask_desktop.ui.preferences_dialog import PreferencesDialog

    tag = "-dark" if dark else "-light"
    settings = _settings()

    # --- the welcome screen -------------------------------------------------------------------
    workspace = _workspace()
    window = _window(workspace, settings, 1100, 720)
    await window.start()
    await _settle()
    _save(window, out, "welcome" + tag, suffix)

    # --- the account dialog, both ways and an error -------------------------------------------
    server = DemoServer(
        users=[DemoUser("alice", "alice-app-password", "Alice Liddell")], rate_limit=2
    )
    server.start()
    old = DemoServer(profile="nc29", users=[DemoUser("alice", "pw", "Alice")])
    old.start()
    try:
        service = AccountService(AccountStore(), SecretStore())
        opened: list[QUrl] = []
        dialog = AccountDialog(service, window, open_url=opened.append)
        dialog.address.setText("cloud.example.org")
        dialog.open()
        await _settle()
        _save(dialog, out, "account-address" + tag, suffix)
        dialog.address.setText(server.base_url)
        dialog.browser_button.click()
        await _until(lambda: bool(dialog.link.text()))
        await _settle()
        _save(dialog, out, "account-browser" + tag, suffix)
        dialog.browser_back.click()
        dialog.use_password_button.click()
        await _until(lambda: dialog.pages.currentIndex() == 2)
        dialog.login.setText("alice")
        dialog.password.setText("wrong-password")
        dialog.sign_in_button.click()
        await _until(lambda: dialog.error_text() != "")
        await _settle()
        _save(dialog, out, "account-password-error" + tag, suffix)
        dialog.password_back.click()
        dialog.address.setText(old.base_url)
        dialog.browser_button.click()
        await _until(lambda: dialog.error_text() != "")
        await _settle()
        _save(dialog, out, "account-error-nc29" + tag, suffix)
        dialog.reject()

        # --- the main window, with a queue under the rate limit -------------------------------
        await workspace.accounts.add_with_app_password(
            server.base_url, "alice", "alice-app-password"
        )
        await window.activate(workspace.current)
        await _until(lambda: window.new_task.current_form() is not None)
        form = window.new_task.current_form()
        for text in ("Write a short poem about autumn", "Summarise the meeting notes", "Hi"):
            form.set_values({"input": text})  # type: ignore[union-attr]
            window.new_task.submit()
        await _until(lambda: any(r.task for r in window.new_task.session_panel.model.rows))
        await asyncio.sleep(1.6)
        form.set_values({"input": "Write a friendly reminder for the team meeting on Friday."})  # type: ignore[union-attr]
        await _settle()
        _save(window, out, "main-window" + tag, suffix)

        prefs = PreferencesDialog(workspace.prefs, window)
        prefs.open()
        await _settle()
        _save(prefs, out, "preferences" + tag, suffix)
        prefs.reject()

        from nctask_desktop.api import errors as e

        try:
            raise e.ServerError("boom", url="https://cloud.example.org/ocs/v2.php")
        except e.ServerError as exc:
            error = ErrorDialog(type(exc), exc, exc.__traceback__, window)
        error.open()
        await _settle()
        _save(error, out, "error-dialog" + tag, suffix)
        error.reject()

        server.revoke_app_password("alice-app-password")
        window.refresh()
        await _until(lambda: window.reauth_banner.isVisible())
        await _settle()
        _save(window, out, "main-window-reauth" + tag, suffix)
        window.close()
        await workspace.close()

        # --- demo mode ----------------------------------------------------------------------
        async with _demo_window() as demo_window:
            await _until(lambda: demo_window.new_task.current_form() is not None)
            demo_window.type_browser.select_type("core:text2image")
            await _settle()
            _save(demo_window, out, "main-window-demo-image" + tag, suffix)

            # --- the New-task screen before and after a result, in place ----------------------
            demo_window.type_browser.select_type("core:text2text")
            await _until(lambda: demo_window.new_task.current_form() is not None)
            text_form = demo_window.new_task.current_form()
            text_form.set_values({"input": "Write a haiku about the first snow"})  # type: ignore[union-attr]
            await _settle()
            _save(demo_window, out, "new-task-before" + tag, suffix)
            demo_window.new_task.submit()
            await _settle()
            _save(demo_window, out, "new-task-sending" + tag, suffix)
            result = demo_window.new_task.form_panel.result
            await _until(lambda: bool(result.details.text_results()), 20)
            await _settle()
            _save(demo_window, out, "new-task-result" + tag, suffix)
            demo_window.resize(800, 600)
            await _settle()
            _save(demo_window, out, "new-task-result-800x600" + tag, suffix)
    finally:
        server.stop()
        old.stop()
    return 0


def main() -> int:
    return run_shots(shoot)


def run_shots(shoot: Callable[[Path, bool, str], Awaitable[int]]) -> int:
    """The screenshot scripts' common start: arguments, a throwaway app home, a 4K offscreen
    screen, an in-memory keychain, light or dark, English plurals; then `shoot` on the loop."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--dark", action="store_true", help="the same as --theme dark")
    parser.add_argument("--theme", default="", choices=["", "light", "dark", "high-contrast"])
    parser.add_argument("--language", default="en", help="a catalogue: de, ar, …")
    parser.add_argument("--suffix", default="")
    parser.add_argument("out", nargs="?", default=str(ROOT / "screenshots"))
    args = parser.parse_args()
    os.environ["NCTASK_HOME"] = tempfile.mkdtemp(prefix="nctask-shots-")
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        # The offscreen screen is 800x600 by default (400x300 at 200%): far smaller than any real
        # screen, which would squeeze dialogs. Give it a 4K screen, like a 200% laptop display.
        config = Path(os.environ["NCTASK_HOME"]) / "screens.json"
        config.write_text(
            '{"screens": [{"name": "shots", "x": 0, "y": 0, "width": 3840, "height": 2160,'
            ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
        )
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    import keyring

    from tests.fake_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    from PySide6.QtCore import QLocale

    from nctask_desktop.app import install_translators
    from nctask_desktop.ui.appearance import Appearance

    theme = "dark" if args.dark else args.theme
    Appearance(app).apply(theme)
    QLocale.setDefault(QLocale(args.language))
    install_translators(app, args.language)  # as the app does (English: its plurals)
    if args.language != "en":
        args.suffix = f"-{args.language}{args.suffix}"
    if theme == "high-contrast":
        args.suffix = f"-hc{args.suffix}"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from nctask_desktop.ui import asyncqt

    collector = asyncqt.GarbageCollector(app)
    try:
        return asyncqt.run(app, shoot(out, args.dark, args.suffix))
    finally:
        collector.stop()


if __name__ == "__main__":
    sys.exit(main())
