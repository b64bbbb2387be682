"""Quick text: from the clipboard to a result (summary, translation, chat, an error), its key and
the tray's menu entry, closing the window into the tray while tasks run, the global key (X11)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from nctask_desktop.ui.global_hotkey import GlobalHotkey
from nctask_desktop.ui.notifier import DesktopNotifier
from nctask_desktop.ui.quick_access import QUICK_TEXT_KEY
from nctask_desktop.ui.quick_text import QuickTextWindow, pick_language
from tests.ui.history_support import engine
from tests.ui.support import (
    alice_window,
    sign_in_alice,
    tab_path,
    unnamed_controls,
    wait_until,
    window_ready,
)


async def _quick(make_workspace: Any, make_window: Any, server: Any, text: str) -> Any:
    _workspace, window = await alice_window(make_workspace, make_window, server)
    QGuiApplication.clipboard().setText(text)
    quick = window.show_quick_text()
    return window, quick


def _poke(window: Any) -> None:
    if window.session is not None:
        window.session.history.poke()


async def _result(window: Any, quick: QuickTextWindow, timeout: float = 15) -> str:
    async def shown() -> None:
        await wait_until(lambda: (_poke(window), quick.result_box.isVisible())[1], timeout, 0.05)

    await shown()
    return quick.result_box.toPlainText()


async def test_clipboard_text_summarised_then_copied_and_replaced(
    make_workspace: Any, make_window: Any, demo_server: Any
) -> None:
    window, quick = await _quick(
        make_workspace, make_window, demo_server, "Foxes are small omnivorous mammals."
    )
    assert quick.isVisible()
    assert quick.text.toPlainText() == "Foxes are small omnivorous mammals."
    assert quick.summary_button.isVisible() and quick.chat_button.isVisible()
    assert not quick.result_box.isVisible() and not quick.offer.isVisible()
    quick.summary_button.click()
    assert quick.cancel_button.isVisible() and quick.status.text()  # the honest state
    text = await _result(window, quick)
    assert "fake summary of 5 words: Foxes are small" in text
    assert not quick.cancel_button.isVisible() and not quick.error.text()
    entry = window.session.history.entries()[0]
    assert entry.task.type == "core:text2text:summary"
    quick.copy_button.click()
    assert QGuiApplication.clipboard().text() == text
    assert quick.copied.isVisible()
    QGuiApplication.clipboard().setText("something else")
    quick.replace_button.click()
    assert QGuiApplication.clipboard().text() == text
    assert not quick.isVisible()  # replaced: paste it where it goes


async def test_translate_into_the_chosen_language(
    make_workspace: Any, make_window: Any, demo_server: Any
) -> None:
    window, quick = await _quick(make_workspace, make_window, demo_server, "Good morning")
    values = [quick.language.itemData(i) for i in range(quick.language.count())]
    assert "de" in values
    quick.language.setCurrentIndex(values.index("de"))
    quick.translate_button.click()
    text = await _result(window, quick)
    assert "to Deutsch" in text and "Good morning" in text
    task = window.session.history.entries()[0].task
    assert task.input["target_language"] == "de"
    assert task.input["origin_language"] == "detect_language"
    assert window.workspace.prefs.quick_translate_to == "de"


def test_pick_language() -> None:
    assert pick_language(["en", "de", "pt_BR"], "pt_BR") == 2
    assert pick_language(["en", "de"], "de_AT") == 1
    assert pick_language(["en_US", "de_DE"], "de") == 1
    assert pick_language(["en", "de"], "xx") == 0


async def test_free_prompt_and_chat(
    make_workspace: Any, make_window: Any, demo_server: Any
) -> None:
    window, quick = await _quick(make_workspace, make_window, demo_server, "A fox story")
    quick.prompt_button.click()
    assert quick.error.text() == "Say what to do with the text first."
    quick.prompt.setText("Make it shorter")
    quick.prompt_button.click()
    text = await _result(window, quick)
    assert "Prompt: Make it shorter\n\nA fox story" in text
    quick.prompt.clear()
    quick.chat_button.click()
    text = await _result(window, quick)
    assert "Input message: A fox story" in text
    assert quick.chat_open_button.isVisible()
    conversations = window.session.chat.conversations()
    assert [c.title for c in conversations] == ["A fox story"]
    quick.chat_open_button.click()
    assert window.tabs.currentIndex() == 2
    assert window.chat.current_id == conversations[0].id


async def test_failure_is_a_sentence(
    make_workspace: Any, make_window: Any, demo_server: Any
) -> None:
    window, quick = await _quick(make_workspace, make_window, demo_server, "You are set to fail.")
    quick.summary_button.click()
    await wait_until(lambda: (_poke(window), quick.error.text())[1], 15, 0.05)
    assert quick.error.text() == "The task failed, and the server gave no reason."
    assert not quick.result_box.isVisible() and not quick.cancel_button.isVisible()
    quick.text.clear()
    quick.summary_button.click()
    assert quick.error.text() == "Type or paste a text first."


async def test_cancel_before_it_is_sent(
    make_workspace: Any, make_window: Any, demo_server: Any
) -> None:
    window, quick = await _quick(make_workspace, make_window, demo_server, "Some text")
    window.session.queue._paused = True  # held in the queue: cancelled before it is sent
    quick.summary_button.click()
    assert quick.cancel_button.isVisible()
    quick.cancel_button.click()
    await wait_until(lambda: not quick.cancel_button.isVisible())
    assert quick.status.text() == "Cancelled before it was sent."


async def test_the_key_and_the_menus_open_it(
    make_workspace: Any, make_window: Any, demo_server: Any
) -> None:
    _workspace, window = await alice_window(make_workspace, make_window, demo_server)
    action = window.menus.quick_text
    assert action.shortcut() == QKeySequence(QUICK_TEXT_KEY)
    assert action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    listed = [name for name, _key in window.menus.shortcuts()]
    assert any(name.startswith("Quick text") for name in listed), listed
    QGuiApplication.clipboard().clear()
    action.trigger()
    quick = window.quick_text
    assert quick is not None and quick.isVisible()
    assert quick.text.toPlainText() == "" and quick.text.placeholderText()
    assert quick.focusWidget() is quick.text  # typing starts in the text
    quick.close()
    window.notifier.quick_text.emit()  # the tray's entry
    assert quick.isVisible() and window.quick_text is quick


async def test_accessible_names_and_tab_order(
    make_workspace: Any, make_window: Any, demo_server: Any
) -> None:
    _window, quick = await _quick(make_workspace, make_window, demo_server, "Text")
    assert unnamed_controls(quick) == []
    path = tab_path(quick, quick.text, 7)
    assert path[:7] == [
        quick.summary_button,
        quick.translate_button,
        quick.language,
        quick.chat_button,
        quick.prompt,
        quick.prompt_button,
        path[6],
    ]


class TrayNotifier(DesktopNotifier):
    """A notifier that says it has a tray, without showing one."""

    @property
    def has_tray(self) -> bool:
        return True


async def test_closing_while_a_task_runs_offers_the_tray_with_the_hint_once(
    make_workspace: Any, make_window: Any, demo_server: Any
) -> None:
    notifier = TrayNotifier(backend="none")
    workspace = make_workspace()
    await sign_in_alice(workspace, demo_server)
    window = make_window(workspace, notifier=notifier)
    await window.start()
    await window_ready(window)
    engine(demo_server).task_seconds = 30.0  # still running while the window is closed
    window.show_quick_text()
    window.quick_text.text.setPlainText("A long text")
    window.quick_text.summary_button.click()
    await wait_until(lambda: window.presence.running_count() == 1, 10)
    window.close()
    box = window.quit_prompt.box
    assert box is not None and window.isVisible()
    assert "1 task(s) are still running" in box.text() or "1 task is still" in box.text()
    assert box.defaultButton() is window.quit_prompt.tray_button
    window.quit_prompt.tray_button.click()
    await wait_until(lambda: not window.isVisible())
    assert notifier.hints == ["nctask-desktop is still running: click its icon to open it again."]
    assert workspace.prefs.tray_hint_shown
    window.bring_to_front()
    window.close()
    box = window.quit_prompt.box
    assert box is not None
    box.checkBox().setChecked(True)  # from now on, to the tray without a question
    window.quit_prompt.tray_button.click()
    await wait_until(lambda: not window.isVisible())
    assert len(notifier.hints) == 1  # the hint once
    assert workspace.prefs.on_close == "tray"
    window.bring_to_front()
    window.close()
    assert window.quit_prompt.box is None and not window.isVisible()
    window.bring_to_front()
    assert window.quit_app() is True  # Quit is quit
    assert not window.isVisible()


async def test_without_a_tray_nothing_changes(
    make_workspace: Any, make_window: Any, demo_server: Any
) -> None:
    workspace, window = await alice_window(make_workspace, make_window, demo_server)
    workspace.prefs.on_close = "tray"
    assert window.close() is True  # no tray: closing quits


def test_unsupported_reasons() -> None:
    assert "Wayland" in (GlobalHotkey.unsupported_reason({"WAYLAND_DISPLAY": "wayland-0"}) or "")
    assert GlobalHotkey.unsupported_reason({}) is not None  # no display


@pytest.fixture
def xvfb() -> Any:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("needs Xvfb and xdotool")
    display = f":{90 + os.getpid() % 500}"
    server = subprocess.Popen(["Xvfb", display, "-nolisten", "tcp"], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 5
    while not os.path.exists(f"/tmp/.X11-unix/X{display[1:]}"):
        if time.monotonic() > deadline:
            server.kill()
            pytest.skip("Xvfb did not start")
        time.sleep(0.05)
    yield display
    server.terminate()
    server.wait(5)


async def test_global_key_on_x11(qtbot: Any, xvfb: str) -> None:
    env = {"DISPLAY": xvfb}
    assert GlobalHotkey.unsupported_reason(env) is None
    hotkey = GlobalHotkey(display=xvfb)
    pressed: list[bool] = []
    hotkey.activated.connect(lambda: pressed.append(True))
    assert hotkey.register(), hotkey.error
    other = GlobalHotkey(display=xvfb)
    assert not other.register()  # the key is taken: said, not faked
    assert other.error == "Another app already uses Ctrl+Shift+Space."
    subprocess.run(["xdotool", "key", "ctrl+shift+space"], env={**os.environ, **env}, check=True)
    await wait_until(lambda: pressed, 5)
    hotkey.unregister()
    assert not hotkey.registered
