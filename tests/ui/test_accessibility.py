"""What a screen reader hears: every control of the main window (both pages, with a result shown)
and of each dialog has an accessible name, read through Qt's accessibility interface (as AT-SPI
reads it), not through our own attributes."""

from __future__ import annotations

from typing import Any

import pytest

from nctask_desktop.demo import DemoServer
from nctask_desktop.services.settings import Preferences
from nctask_desktop.ui.account_dialog import PASSWORD_PAGE, AccountDialog
from nctask_desktop.ui.help_dialogs import AboutDialog, ShortcutsDialog
from nctask_desktop.ui.preferences_dialog import PreferencesDialog
from tests.ui.support import alice_window, unnamed_controls, wait_until


async def test_every_control_of_the_main_window_has_a_name(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace, window = await alice_window(make_workspace, make_window, demo_server)
    window.show()
    form = window.new_task.current_form()
    assert form is not None
    form.set_values({"input": "Write a haiku about the sea"})
    window.new_task.form_panel.submit_button.click()
    row = window.new_task.session_panel.model.rows[0]
    await wait_until(lambda: row.task is not None and row.task.status.is_finished, 10)
    details = window.new_task.result.details
    await wait_until(lambda: bool(details.text_results()), 10)
    window.type_browser.search.setText("free")  # its clear button shows
    assert unnamed_controls(window) == []
    window.tabs.setCurrentIndex(1)
    panel = window.history_panel
    await wait_until(lambda: panel.model.rowCount() > 0)
    panel.view.selectRow(0)
    await wait_until(lambda: bool(panel.details.text_results()), 10)
    panel.search.setText("haiku")
    assert unnamed_controls(window) == []
    await workspace.close()


@pytest.mark.parametrize("page", ["address", "password"])
def test_every_control_of_the_sign_in_dialog_has_a_name(qtbot: Any, page: str) -> None:
    from nctask_desktop.services.accounts import AccountService, AccountStore
    from nctask_desktop.services.secrets import SecretStore

    service = AccountService(AccountStore(), SecretStore(use_keyring=False))
    dialog = AccountDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    if page == "password":
        dialog.pages.setCurrentIndex(PASSWORD_PAGE)
    assert unnamed_controls(dialog) == []


def test_every_control_of_the_other_dialogs_has_a_name(qtbot: Any) -> None:
    for dialog in (
        PreferencesDialog(Preferences()),
        ShortcutsDialog([("Find a task", "Ctrl+F")]),
        AboutDialog(),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__
