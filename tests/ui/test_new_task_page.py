"""The New-task screen as a user meets it: the result where they asked for it, messages that stay
true, and History's Ctrl+C copying the result."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from nctask_desktop.api import TaskStatus
from nctask_desktop.demo import DemoServer
from nctask_desktop.services.tasks import LocalFile
from nctask_desktop.ui.history_model import HistoryModel
from nctask_desktop.ui.session_panel import STATUS_ROLE
from nctask_desktop.ui.widgets import Banner
from nctask_desktop.ui.work_page import HISTORY_TAB
from tests.ui.forms_support import write_wav
from tests.ui.history_support import engine
from tests.ui.support import alice_window, sign_in_alice, tab_path, wait_until, window_ready


async def _submit_haiku(window: Any) -> Any:
    form = window.new_task.current_form()
    assert form is not None
    form.set_values({"input": "Write a haiku about the sea"})
    window.new_task.form_panel.submit_button.click()
    return window.new_task.session_panel.model.rows[0]


async def _haiku_done(make_workspace: Any, make_window: Any, server: DemoServer) -> Any:
    """A window signed in as alice whose haiku task is done: (workspace, window, sent row)."""
    workspace = make_workspace()
    await sign_in_alice(workspace, server)
    window = make_window(workspace)
    await window.start()
    await window_ready(window)
    row = await _submit_haiku(window)
    await wait_until(lambda: row.task is not None and row.task.status.is_finished, 10)
    return workspace, window, row


async def test_the_result_appears_on_the_new_task_screen(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace, window = await alice_window(make_workspace, make_window, demo_server)
    panel = window.new_task.form_panel
    assert not panel.result_box.isVisible()  # nothing asked yet, nothing shown
    row = await _submit_haiku(window)
    assert panel.result_box.isVisible()  # at once: where it stands
    assert window.new_task.followed is row
    await wait_until(lambda: row.task is not None and row.task.status.is_finished, 10)
    details = panel.result.details
    await wait_until(lambda: "haiku about the sea" in details.text_results(), 10)
    assert panel.result.isVisible() and not panel.sending.isVisible()
    # by keyboard: Tab goes from Submit into the result, its text and Copy, then the sent list
    after_submit = tab_path(window, panel.submit_button, 3)
    assert after_submit[0] is details.text_views[0]
    assert after_submit[1].text() == "Copy"
    assert window.tabs.currentIndex() == 0  # the user did not have to go anywhere
    assert not panel.notice.isVisible()  # no stale "on its way"
    await workspace.close()


async def test_the_result_views_copy_button_puts_the_text_on_the_clipboard(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace, window, _row = await _haiku_done(make_workspace, make_window, demo_server)
    result = window.new_task.form_panel.result
    await wait_until(lambda: bool(result.details.text_results()), 10)
    result.copy(result.details.text_results())
    assert QGuiApplication.clipboard().text() == result.details.text_results()
    assert result.message.isVisible() and result.message.transient
    await workspace.close()


async def test_history_ctrl_c_copies_the_result_not_the_cell(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace, window, row = await _haiku_done(make_workspace, make_window, demo_server)
    window.tabs.setCurrentIndex(HISTORY_TAB)
    panel = window.history_panel
    await wait_until(lambda: panel.model.row_of(row.task.id) is not None, 5)
    await wait_until(lambda: panel.select_task(row.task.id) and bool(panel.details.text_results()))
    QGuiApplication.clipboard().setText("")
    panel.view.setFocus()
    QTest.keyClick(panel.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert copied and copied == panel.details.text_results()  # the result, not a cell
    await workspace.close()


async def test_a_confirmation_hides_by_itself_and_a_state_stays(qtbot: Any) -> None:
    banner = Banner(kind="info")
    qtbot.addWidget(banner)
    banner.show_message("The text is copied.", timeout=50)
    assert banner.isVisible() and banner.transient
    await wait_until(lambda: not banner.isVisible(), 2)
    banner.show_message("The server cannot be reached right now.")
    assert not banner.transient
    await wait_until(lambda: True)
    assert banner.isVisible()


class NoApplication(list[str]):
    """A system with no application for any file: QDesktopServices.openUrl answers False."""

    def __call__(self, url: Any) -> bool:
        self.append(url.toString())
        return False


async def test_play_without_an_application_says_so_and_offers_save_to(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace = make_workspace()
    await sign_in_alice(workspace, demo_server)
    window = make_window(workspace, open_url=NoApplication())
    await window.start()
    await window_ready(window)
    page = window.new_task
    page.type_browser.select_type("core:text2speech")
    await wait_until(lambda: page.current_form() is not None)
    page.current_form().set_values({"input": "Hello there"})
    page.submit()
    details = page.result.details
    await wait_until(lambda: any(c.path is not None for c in details.cards.values()), 15)
    card = next(c for c in details.cards.values() if c.path is not None)
    play = card.findChildren(QPushButton)[0]
    assert play.text() == "Play"
    play.click()
    banner = page.result.problem_banner
    assert banner.isVisible()
    assert "no application that opens" in banner.label.text()
    assert banner.button.text() == "Save to…"
    banner.button.click()
    await wait_until(lambda: page.result.folder_dialog is not None)
    page.result.folder_dialog.reject()
    await workspace.close()


async def test_the_users_file_names_are_kept_shown_searchable_and_name_the_result(
    make_workspace: Any, make_window: Any, demo_server: DemoServer, tmp_path: Path
) -> None:
    recording = write_wav(tmp_path / "interview.wav", seconds=0.5)
    workspace = make_workspace()
    workspace.prefs.download_folder = str(tmp_path / "Downloads")
    await sign_in_alice(workspace, demo_server)
    window = make_window(workspace)
    await window.start()
    await window_ready(window)
    page = window.new_task
    page.type_browser.select_type("core:audio2text")
    await wait_until(lambda: page.current_form() is not None)
    page.current_form().set_values({"input": LocalFile(recording)})
    page.submit()
    row = page.session_panel.model.rows[0]
    assert "interview.wav" in page.session_panel.model.index(0, 0).data()  # not "1 file"
    await wait_until(lambda: row.task is not None and row.task.status.is_finished, 15)
    task_id = row.task.id
    assert "interview.wav" in page.result.details.input_label.text()

    window.tabs.setCurrentIndex(HISTORY_TAB)
    panel = window.history_panel
    await wait_until(lambda: panel.model.row_of(task_id) is not None, 5)
    shown = panel.model.index(panel.model.row_of(task_id), HistoryModel.INPUT).data()
    assert shown == "interview.wav"
    panel.search.setText("interview")
    assert panel.proxy.rowCount() == 1
    panel.search.setText("nothing like it")
    assert panel.proxy.rowCount() == 0
    panel.search.clear()

    assert panel.select_task(task_id)
    panel.save_action.trigger()
    await wait_until(lambda: bool(panel.last_saved), 10)
    assert [p.name for p in panel.last_saved] == ["interview.txt"]
    panel.save_action.trigger()  # never overwriting
    await wait_until(lambda: panel.last_saved and panel.last_saved[0].name != "interview.txt", 10)
    assert [p.name for p in panel.last_saved] == ["interview (2).txt"]
    await workspace.close()

    # the names survive a restart (the server still gives only the file id)
    workspace2 = make_workspace()
    window2 = make_window(workspace2)
    await window2.start()
    await window_ready(window2)
    model = window2.history_panel.model
    await wait_until(lambda: model.row_of(task_id) is not None, 5)
    assert model.index(model.row_of(task_id), HistoryModel.INPUT).data() == "interview.wav"
    await workspace2.close()


async def test_a_running_task_can_be_cancelled_where_its_result_will_be(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    engine(demo_server).task_seconds = 900
    workspace, window = await alice_window(make_workspace, make_window, demo_server)
    page = window.new_task
    row = await _submit_haiku(window)
    panel = page.form_panel
    await wait_until(lambda: row.task is not None and page.result.task is not None, 10)
    assert panel.cancel_button.isVisible()
    panel.cancel_button.click()
    await wait_until(lambda: page.result.task.status is TaskStatus.CANCELLED, 10)
    assert not panel.cancel_button.isVisible()
    assert "Cancelled" in page.session_panel.model.index(0, 0).data(STATUS_ROLE)
    await workspace.close()
