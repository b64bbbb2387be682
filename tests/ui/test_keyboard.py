"""A whole task with the keyboard alone, as a person who cannot use a mouse does it: key events
only, sent to whatever has the focus."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QToolButton, QWidget

from nctask_desktop.demo import DemoServer
from tests.ui.support import alice_window, wait_until

Mod = Qt.KeyboardModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Mod.NoModifier) -> QWidget:
    """A key on whatever has the focus; the widget that has it afterwards."""
    QTest.keyClick(focused(), key, modifiers)
    return focused()


def tab_until(matches: Any, limit: int = 30, back: bool = False) -> QWidget:
    """Tab (or Shift+Tab) until the focus is on a widget that `matches`; fails on a loop."""
    seen = []
    for _ in range(limit):
        widget = press(Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab)
        if matches(widget):
            return widget
        seen.append(f"{type(widget).__name__} {widget.accessibleName()!r}")
    raise AssertionError(f"Tab never got there; it went through: {seen}")


def named(name: str) -> Any:
    return lambda widget: widget.accessibleName() == name


async def test_a_whole_task_by_keyboard_alone(
    make_workspace: Any, make_window: Any, demo_server: DemoServer, qtbot: Any
) -> None:
    workspace, window = await alice_window(make_workspace, make_window, demo_server)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    browser = window.type_browser
    # the focus starts in the task search
    await wait_until(lambda: QApplication.focusWidget() is browser.search)
    QTest.keyClicks(browser.search, "free text")
    assert press(Qt.Key.Key_Return) is browser.view  # the first match is chosen
    assert browser.current_id == "core:text2text"
    form = window.new_task.current_form()
    prompt = tab_until(named("Prompt"))
    assert form is not None and form.isAncestorOf(prompt)
    QTest.keyClicks(prompt, "Write a haiku about the sea")
    submit = tab_until(named("Submit the task"))
    QTest.keyClick(submit, Qt.Key.Key_Space)
    row = window.new_task.session_panel.model.rows[0]
    await wait_until(lambda: row.task is not None and row.task.status.is_finished, 10)
    details = window.new_task.result.details
    await wait_until(lambda: "haiku about the sea" in details.text_results(), 10)
    # from Submit, Tab goes into the result: its text, then Copy
    submit.setFocus(Qt.FocusReason.OtherFocusReason)
    assert press(Qt.Key.Key_Tab) is details.text_views[0]
    copy = tab_until(lambda w: isinstance(w, QAbstractButton) and w.text() == "Copy")
    QGuiApplication.clipboard().clear()
    QTest.keyClick(copy, Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == details.text_results()
    # the same from anywhere on the page: Ctrl+Shift+C copies the result's text
    QGuiApplication.clipboard().clear()
    press(Qt.Key.Key_C, Mod.ControlModifier | Mod.ShiftModifier)
    assert QGuiApplication.clipboard().text() == details.text_results()
    # on to Save all, still by Tab
    tab_until(named("Save all results in the download folder"))
    # History: Ctrl+2, Ctrl+F to its search, then Tab into the table and on into the details
    press(Qt.Key.Key_2, Mod.ControlModifier)
    assert window.tabs.currentIndex() == 1
    press(Qt.Key.Key_F, Mod.ControlModifier)
    panel = window.history_panel
    assert focused() is panel.search
    table = tab_until(lambda w: w is panel.view)
    # coming in by Tab selects the first task: the toolbar's actions apply to it
    await wait_until(lambda: panel.copy_action.isEnabled())
    # Tab leaves the table (it does not walk its cells) ...
    after = press(Qt.Key.Key_Tab)
    assert after is not table and not table.isAncestorOf(after)
    # ... and Shift+Tab from the table reaches the toolbar
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    button = tab_until(
        lambda w: isinstance(w, QToolButton) and panel.toolbar.isAncestorOf(w), back=True
    )
    assert button.isEnabled() and button.accessibleName()
    # Ctrl+C in the table copies the result
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    QGuiApplication.clipboard().clear()
    press(Qt.Key.Key_C, Mod.ControlModifier)
    assert "haiku about the sea" in QGuiApplication.clipboard().text()
    # the context menu opens from the keyboard, on the current task, with its actions
    for key, modifiers in ((Qt.Key.Key_Menu, Mod.NoModifier), (Qt.Key.Key_F10, Mod.ShiftModifier)):
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        QTest.keyClick(table, key, modifiers)
        await wait_until(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        menu = QApplication.activePopupWidget()
        assert panel.copy_action in menu.actions()
        QTest.keyClick(menu, Qt.Key.Key_Escape)
        await wait_until(lambda: QApplication.activePopupWidget() is None)
    await workspace.close()


async def test_tab_never_loops_on_part_of_the_window(
    make_workspace: Any, make_window: Any, demo_server: DemoServer, qtbot: Any
) -> None:
    """From the account bar, Tab visits the search, the task list, the form and Submit before it
    comes round again (the old loop went tab bar → search → tab bar)."""
    workspace, window = await alice_window(make_workspace, make_window, demo_server)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    window.account_bar.switcher.setFocus()
    visited = []
    for _ in range(12):
        visited.append(press(Qt.Key.Key_Tab))
    browser, panel = window.type_browser, window.new_task.form_panel
    for widget in (browser.search, browser.view, panel.submit_button, window.tabs.tabBar()):
        assert widget in visited
    assert visited.index(browser.view) < visited.index(panel.submit_button)
    # Shift+Tab walks the same way back
    panel.submit_button.setFocus(Qt.FocusReason.OtherFocusReason)
    assert tab_until(lambda w: w is browser.view, back=True) is browser.view
    await workspace.close()


async def test_every_menu_action_that_needs_a_key_has_one(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    """Preferences and Quit have a key on every desktop: where the platform's standard key is
    empty (Preferences on most Linux desktops), the one most apps use there."""
    from PySide6.QtGui import QKeySequence

    _, window = await alice_window(make_workspace, make_window, demo_server)
    menus = window.menus
    for action in (menus.preferences, menus.quit, menus.refresh, menus.find, menus.quick_text):
        assert not action.shortcut().isEmpty(), action.text()
    standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    expected = standard[0] if standard else QKeySequence("Ctrl+,")
    assert menus.preferences.shortcut() == expected
