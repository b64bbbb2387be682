"""The Chat tab against the simulator: conversations typed and sent with the keyboard, answers
shown as markdown, regenerate, retry, cancel, a restart in the middle of an answer, History
without the chat messages, rename / delete / search, a server without chat, the microphone,
what a screen reader hears and where Tab goes."""

from __future__ import annotations

import asyncio
import json
import math
import struct
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from nctask_desktop.demo import DemoServer
from nctask_desktop.services.chat import CHAT_TYPE, DEFAULT_SYSTEM_PROMPT, MessageState
from nctask_desktop.services.recorder import SAMPLE_RATE, BlockSource
from nctask_desktop.ui.chat_bubble import MessageBubble
from nctask_desktop.ui.chat_page import CHAT_PAGE, MESSAGE_PAGE, ChatPage
from nctask_desktop.ui.work_page import CHAT_TAB, HISTORY_TAB
from tests.support import alice_server
from tests.ui.support import (
    QuietPlayer,
    alice_window,
    ready_window,
    tab_path,
    unnamed_controls,
    wait_until,
)

Mod = Qt.KeyboardModifier


async def open_chat(window: Any) -> ChatPage:
    """The Chat tab of a ready window, showing the chat (the server offers it)."""
    window.tabs.setCurrentIndex(CHAT_TAB)
    page: ChatPage = window.chat
    await wait_until(lambda: page.pages.currentIndex() == CHAT_PAGE)
    return page


async def until_answer(page: ChatPage, done: Callable[[], bool], timeout: float = 15) -> None:
    """Wait for `done`, asking the history's poller to look now and then (the test need not
    wait for its back-off)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not done():
        assert loop.time() < deadline, f"timed out waiting for {done}"
        if page.session is not None:
            page.session.history.poller.poke()
        await asyncio.sleep(0.05)


def last_state(page: ChatPage) -> MessageState | None:
    conversation = page.conversation()
    return conversation.messages[-1].state if conversation and conversation.messages else None


def state_is(page: ChatPage, *states: MessageState) -> Callable[[], bool]:
    return lambda: last_state(page) in states


def type_and_enter(page: ChatPage, text: str) -> None:
    box = page.message_box
    box.setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.keyClicks(box, text)
    QTest.keyClick(box, Qt.Key.Key_Return)


def last_bubble(page: ChatPage) -> MessageBubble:
    """The bubble of the conversation's last message (there must be one)."""
    bubble = page.view.last_bubble()
    assert bubble is not None
    return bubble


def answer_text(page: ChatPage) -> str:
    """What the conversation's last bubble shows."""
    return last_bubble(page).text.toPlainText()


async def alice_chat(
    make_workspace: Any, make_window: Any, server: DemoServer, first: str | None = None
) -> tuple[Any, Any, ChatPage]:
    """A window signed in as alice on `server`, on its Chat tab: (workspace, window, page). With
    `first`, that message is sent and answered."""
    workspace, window = await alice_window(make_workspace, make_window, server)
    page = await open_chat(window)
    if first is not None:
        await send(page, first)
    return workspace, window, page


async def send(page: ChatPage, text: str, *states: MessageState) -> None:
    """Type `text`, send it with Enter and wait until the answer is in one of `states` (DONE
    unless told)."""
    type_and_enter(page, text)
    await until_answer(page, state_is(page, *(states or (MessageState.DONE,))))


async def test_three_turns_typed_and_sent_with_enter(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace, window, page = await alice_chat(make_workspace, make_window, demo_server)
    assert QApplication.focusWidget() is page.message_box  # typing starts here
    assert page.view.title.text() == "New conversation"
    # Shift+Enter adds a line; nothing is sent
    QTest.keyClicks(page.message_box, "line one")
    QTest.keyClick(page.message_box, Qt.Key.Key_Return, Mod.ShiftModifier)
    QTest.keyClicks(page.message_box, "line two")
    assert page.message_box.toPlainText() == "line one\nline two"
    assert page.conversation() is None and demo_server.task_count() == 0
    page.message_box.clear()

    turns = ["What is a fox?", "Where do foxes live?", "And what do they eat?"]
    for number, text in enumerate(turns):
        type_and_enter(page, text)
        assert page.message_box.toPlainText() == ""  # sent: the box is empty again
        bubble = last_bubble(page)
        assert bubble.status_row.isVisible()  # it says where it stands
        assert bubble.status.text() in (
            "Queued",
            "Sending…",
            "Waiting for the server to start it",
            "Writing the answer…",
        )
        assert bubble.cancel_button.isVisible()
        await until_answer(page, state_is(page, MessageState.DONE))
        bubble = last_bubble(page)
        assert not bubble.status_row.isVisible()
        shown = bubble.text.toPlainText()
        assert f"Input message: {text}" in shown and f"Earlier turns: {number}" in shown
        assert "- Input message" not in shown  # markdown, formatted: a list, not dashes
        assert bubble.copy_button.isVisible() and bubble.regenerate_button.isVisible()

    conversation = page.conversation()
    assert conversation is not None and conversation.title == "What is a fox?"
    assert page.view.title.text() == "What is a fox?"
    assert page.list_pane.model.rowCount() == 1
    assert page.list_pane.current_id() == conversation.id
    # only the last answer can be regenerated
    first_answer = page.view.bubble(conversation.messages[1].id)
    assert first_answer is not None and not first_answer.regenerate_button.isVisible()
    # what the server got for the third message: the two earlier exchanges, oldest first
    third = conversation.messages[-1]
    assert third.task_id is not None
    task = await window.session.client.get_task(third.task_id)
    assert task.type == CHAT_TYPE and task.input["input"] == "And what do they eat?"
    assert task.input["system_prompt"] == DEFAULT_SYSTEM_PROMPT
    history = [json.loads(str(entry)) for entry in task.input["history"]]
    assert [h["role"] for h in history] == ["human", "assistant"] * 2
    assert [h["content"] for h in history[::2]] == turns[:2]
    # Copy puts the answer's markdown on the clipboard and says so, for a while
    QGuiApplication.clipboard().clear()
    bubble = last_bubble(page)
    bubble.copy_button.click()
    assert QGuiApplication.clipboard().text() == third.content
    assert page.view.notice.isVisible() and page.view.notice.transient
    await workspace.close()


async def test_regenerate_replaces_the_last_answer(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace, _window, page = await alice_chat(make_workspace, make_window, demo_server, "Hello")
    conversation = page.conversation()
    assert conversation is not None
    before = conversation.messages[-1]
    bubble = last_bubble(page)
    bubble.regenerate_button.click()
    await until_answer(page, lambda: page.conversation().messages[-1].id != before.id)  # type: ignore[union-attr]
    await until_answer(page, state_is(page, MessageState.DONE))
    again = page.conversation()
    assert again is not None and len(again.messages) == 2  # in place, not added
    assert again.messages[-1].task_id != before.task_id
    assert page.view.bubble(before.id) is None  # the old answer's bubble went
    assert "Input message: Hello" in answer_text(page)
    await workspace.close()


async def test_a_failed_answer_says_why_and_retry_needs_no_retyping(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace, _window, page = await alice_chat(make_workspace, make_window, demo_server)
    view = page.view
    # the instructions, under More options: the simulator's provider fails when told to
    assert not view.system_prompt.isVisible()
    view.more.button.click()
    assert view.system_prompt.isVisible()
    assert view.system_prompt.toPlainText() == DEFAULT_SYSTEM_PROMPT
    view.system_prompt.setPlainText("You are set to fail.")
    await send(page, "Tell me a story", MessageState.FAILED)
    conversation = page.conversation()
    assert conversation is not None and conversation.system_prompt == "You are set to fail."
    bubble = last_bubble(page)
    assert bubble.error.isVisible() and bubble.error.text().startswith("No answer: ")
    assert bubble.retry_button.isVisible() and not bubble.copy_button.isVisible()
    assert view.send_button.isEnabled()
    # other instructions for this conversation, then Retry: the same message again
    view.system_prompt.setFocus()
    view.system_prompt.setPlainText("You tell stories.")
    await wait_until(lambda: page.conversation().system_prompt == "You tell stories.")  # type: ignore[union-attr]
    bubble.retry_button.click()
    await until_answer(page, state_is(page, MessageState.DONE))
    kept = page.conversation()
    assert kept is not None and [m.role for m in kept.messages] == ["human", "assistant"]
    answer = last_bubble(page)
    assert not answer.error.isVisible()
    shown = answer.text.toPlainText()
    assert "Input message: Tell me a story" in shown and "System prompt: You tell stories." in shown
    await workspace.close()


async def test_cancel_an_answer_on_its_way(make_workspace: Any, make_window: Any) -> None:
    with alice_server(task_seconds=60) as server:
        workspace, window, page = await alice_chat(make_workspace, make_window, server)
        await send(page, "Take your time", MessageState.WAITING, MessageState.RUNNING)
        bubble = last_bubble(page)
        assert bubble.status.text() in ("Waiting for the server to start it", "Writing the answer…")
        # nothing more is sent while an answer is on its way: it says so
        type_and_enter(page, "Are you there?")
        assert page.view.notice.isVisible() and "Wait for the answer" in page.view.notice.text()
        assert page.message_box.toPlainText() == "Are you there?"  # kept, not lost
        bubble.cancel_button.click()
        await until_answer(page, state_is(page, MessageState.CANCELLED))
        assert bubble.error.text() == "The answer was cancelled."
        assert bubble.retry_button.isVisible() and not bubble.status_row.isVisible()
        await page.chat.settle()  # type: ignore[union-attr]
        task = await window.session.client.get_task(page.conversation().messages[-1].task_id)  # type: ignore[union-attr]
        assert task.status.name == "CANCELLED"
        await workspace.close()


async def test_an_answer_that_arrives_while_the_app_is_closed_shows_at_the_next_start(
    make_workspace: Any, make_window: Any
) -> None:
    with alice_server(task_seconds=1.5) as server:
        workspace, window, page = await alice_chat(make_workspace, make_window, server)
        await send(page, "Are you there?", MessageState.WAITING, MessageState.RUNNING)
        conversation_id = page.current_id
        window.close()
        await wait_until(lambda: not window.isVisible())
        await workspace.close()
        await asyncio.sleep(1.6)  # the task ends while the app is closed

        workspace = make_workspace()
        window = await ready_window(make_window, workspace)
        page = await open_chat(window)
        assert page.current_id == conversation_id  # the newest conversation shows
        await until_answer(page, state_is(page, MessageState.DONE))
        assert "Input message: Are you there?" in answer_text(page)
        await workspace.close()


async def test_history_hides_chat_messages_until_asked(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace, window = await alice_window(make_workspace, make_window, demo_server)
    window.new_task.current_form().set_values({"input": "Write a haiku"})
    window.new_task.submit()
    page = await open_chat(window)
    await send(page, "Hello there")
    panel = window.history_panel
    window.tabs.setCurrentIndex(HISTORY_TAB)
    await wait_until(lambda: panel.model.rowCount() == 2)
    assert panel.proxy.rowCount() == 1  # the haiku only
    assert panel.proxy.index(0, 0).data(panel.model.EntryRole).task.type == "core:text2text"
    checkbox = panel.filters.chat_filter
    assert not checkbox.isChecked() and checkbox.accessibleName() == "Show chat messages"
    checkbox.click()
    assert panel.proxy.rowCount() == 2
    checkbox.click()
    assert panel.proxy.rowCount() == 1
    # the chat task's kind chosen in Kind: shown
    panel.type_filter.setCurrentIndex(panel.type_filter.findData(CHAT_TYPE))
    assert panel.proxy.rowCount() == 1
    panel.type_filter.setCurrentIndex(0)
    # Run again on a chat message (shown on demand) opens its conversation
    checkbox.click()
    chat_task = page.conversation().messages[-1].task_id  # type: ignore[union-attr]
    assert panel.select_task(chat_task)
    page.open_conversation(None)
    panel.run_again_action.trigger()
    assert window.tabs.currentIndex() == CHAT_TAB
    assert page.view.title.text() == "Hello there"
    # a click on the answer's notification, too
    page.open_conversation(None)
    window.tabs.setCurrentIndex(HISTORY_TAB)
    await window.open_task(window.account.key, chat_task)
    assert window.tabs.currentIndex() == CHAT_TAB
    assert page.view.title.text() == "Hello there"
    # a chat task made elsewhere (the web Assistant, the command line) stays in History; Run
    # again says on the Chat tab that its conversation is not here
    elsewhere = window.session.queue.submit(
        CHAT_TYPE, {"input": "Hi", "history": [], "system_prompt": "Be brief."}
    )
    await wait_until(lambda: elsewhere.task is not None)
    window.tabs.setCurrentIndex(HISTORY_TAB)
    checkbox.click()  # chat messages hidden again: this one is still listed
    assert not checkbox.isChecked()
    await wait_until(lambda: panel.select_task(elsewhere.task.id))
    assert not checkbox.isChecked()  # it was not hidden: the filters stay as they were
    panel.run_again_action.trigger()
    assert window.tabs.currentIndex() == CHAT_TAB
    assert "sent from elsewhere" in page.view.notice.text()
    # the New task screen does not offer chat as a raw form
    assert CHAT_TYPE in window.session.types
    assert CHAT_TYPE not in window.type_browser.model.types
    await workspace.close()


async def test_rename_delete_and_search_conversations(
    make_workspace: Any, make_window: Any, demo_server: DemoServer, qtbot: Any
) -> None:
    workspace, window, page = await alice_chat(make_workspace, make_window, demo_server)
    chat = page.chat
    assert chat is not None
    for text in ("Recipes for dinner", "Holiday in Norway", "Fix my bicycle"):
        QTest.keyClick(page.message_box, Qt.Key.Key_N, Mod.ControlModifier)  # a new one
        assert page.current_id is None and QApplication.focusWidget() is page.message_box
        await send(page, text)
        await asyncio.sleep(0.01)  # distinct times: the order is the last change
    model = page.list_pane.model
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles == ["Fix my bicycle", "Holiday in Norway", "Recipes for dinner"]  # newest first
    # search: by title and by what was said
    page.search.setText("norway")
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Holiday in Norway"]
    page.search.setText("nothing like this")
    assert model.rowCount() == 0 and page.list_pane.no_match.isVisible()
    page.search.clear()
    assert model.rowCount() == 3
    # rename with F2, in the list
    view = page.conversations
    view.setFocus()
    page.list_pane.select(chat.conversations()[1].id)
    renamed_id = page.current_id
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    QTest.keyClicks(editor, "Trip to Bergen")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    await wait_until(lambda: chat.conversation(renamed_id).title == "Trip to Bergen")  # type: ignore[union-attr]
    assert page.view.title.text() == "Trip to Bergen"
    assert "Trip to Bergen" in [model.index(r, 0).data() for r in range(3)]
    # the context menu from the keyboard has Rename, Delete and New conversation
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Menu)
    await wait_until(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Rename",
        "Delete…",
        "New conversation",
    ]
    QTest.keyClick(menu, Qt.Key.Key_Escape)
    await wait_until(lambda: QApplication.activePopupWidget() is None)
    # Delete asks first; Cancel keeps it
    QTest.keyClick(view, Qt.Key.Key_Delete)
    await wait_until(lambda: page.delete_box is not None)
    box = page.delete_box
    assert "Trip to Bergen" in box.text()
    box.button(box.StandardButton.Cancel).click()
    await wait_until(lambda: page.delete_box is None)
    assert chat.conversation(renamed_id) is not None
    assert window.focusWidget() is view  # back in the list
    window.activateWindow()  # (offscreen, closing the box leaves no window active)
    await wait_until(window.isActiveWindow)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    await wait_until(lambda: page.delete_box is not None)
    delete = next(b for b in page.delete_box.buttons() if b.text() == "Delete")
    delete.click()
    await wait_until(lambda: chat.conversation(renamed_id) is None)
    assert model.rowCount() == 2 and page.current_id is not None
    assert page.current_id != renamed_id and page.list_pane.current_id() == page.current_id
    await workspace.close()


async def test_a_server_without_chat_is_explained(make_workspace: Any, make_window: Any) -> None:
    with alice_server(profile="nc30-nochat") as server:
        workspace, window = await alice_window(make_workspace, make_window, server)
        window.tabs.setCurrentIndex(CHAT_TAB)
        page = window.chat
        assert page.pages.currentIndex() == MESSAGE_PAGE
        assert page.message_title.text() == "Your server does not offer chat"
        assert "administrator" in page.message.text()
        assert page.check_again.isVisible()
        assert unnamed_controls(page) == []
        await workspace.close()


def tone(seconds: float) -> bytes:
    count = round(seconds * SAMPLE_RATE)
    return struct.pack(f"<{count}h", *(round(9000 * math.sin(i / 5)) for i in range(count)))


async def test_the_microphone_fills_the_message_box(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace, window, page = await alice_chat(make_workspace, make_window, demo_server)
    mic = page.view.mic_button
    assert mic.isVisible() and mic.accessibleName() == "Record a message"
    page.voice.source_factory = lambda: BlockSource([tone(0.1)] * 10)
    page.voice.player_factory = QuietPlayer
    QTest.keyClicks(page.message_box, "Please answer:")
    mic.click()
    await wait_until(lambda: page.voice.dialog is not None and page.voice.dialog.isVisible())
    dialog = page.voice.dialog
    dialog.record_button.click()
    for _ in range(10):
        dialog.tick()
    dialog.record_button.click()
    dialog.use_button.click()
    await until_answer(page, lambda: "Fake transcription" in page.message_box.toPlainText())
    text = page.message_box.toPlainText()
    assert text.startswith("Please answer: Fake transcription result of ")
    assert window.focusWidget() is page.message_box  # (the offscreen window is not active)
    assert page.conversation() is None  # not sent: the user checks it first
    await workspace.close()


async def test_every_control_is_named_and_tab_goes_in_reading_order(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace, window, page = await alice_chat(make_workspace, make_window, demo_server, "Hello")
    page.view.more.button.click()
    assert unnamed_controls(window) == []
    bubble = last_bubble(page)
    assert bubble.text.accessibleName() == "Answer" and bubble.copy_button.accessibleName()
    # from the search: the list, then the messages, the message box, Send, More options
    pane = page.list_pane
    path = tab_path(window, pane.search, 12)
    order = [
        pane.view,
        page.view.bubbles[page.conversation().messages[0].id][1].text,  # type: ignore[union-attr]
        bubble.text,
        bubble.copy_button,
        bubble.regenerate_button,
        page.message_box,
        page.view.send_button,
        page.view.mic_button,
        page.view.more.button,
        page.view.system_prompt,
    ]
    positions = [path.index(widget) for widget in order]
    assert positions == sorted(positions)
    assert path[0] is pane.view
    # the message box hands Tab on (it never keeps the keyboard)
    assert page.message_box.tabChangesFocus()
    # New conversation comes before the search
    assert tab_path(window, pane.new_button, 1) == [pane.search]
    await workspace.close()


async def test_ctrl_3_opens_the_chat_and_ctrl_f_its_search(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace, window = await alice_window(make_workspace, make_window, demo_server)
    window.menus.chat.trigger()
    assert window.tabs.currentIndex() == CHAT_TAB
    window.find_task()
    assert QApplication.focusWidget() is window.chat.search
    shortcuts = [text for text, _key in window.menus.shortcuts()]
    assert "Chat: new conversation" in shortcuts
    assert window.menus.chat.shortcut().toString() == "Ctrl+3"
    await workspace.close()


async def test_conversations_are_kept_per_account(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace, window, page = await alice_chat(
        make_workspace, make_window, demo_server, "Alice asks"
    )
    alice = window.account
    bob = await workspace.accounts.add_with_app_password(
        demo_server.base_url, "bob", "bob-app-password"
    )
    await window.activate(bob)
    await wait_until(lambda: page.pages.currentIndex() == CHAT_PAGE)
    assert page.list_pane.model.rowCount() == 0 and page.current_id is None
    assert page.list_pane.empty.isVisible()
    await window.activate(alice)
    await wait_until(lambda: page.pages.currentIndex() == CHAT_PAGE)
    assert page.view.title.text() == "Alice asks"
    assert [page.list_pane.model.index(0, 0).data()] == ["Alice asks"]
    await workspace.close()


def test_the_conversation_model_updates_rows_in_place(qtbot: Any) -> None:
    from PySide6.QtCore import QPersistentModelIndex
    from PySide6.QtTest import QAbstractItemModelTester

    from nctask_desktop.services.chat import Conversation
    from nctask_desktop.ui.chat_list import ConversationModel

    def conversation(cid: str, updated: float) -> Conversation:
        return Conversation(cid, "a", f"title {cid}", "", 1.0, updated, [])

    model = ConversationModel(clock=lambda: 100.0)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_conversations([conversation("a", 3), conversation("b", 2), conversation("c", 1)])
    assert [model.index(r, 0).data(model.IdRole) for r in range(3)] == ["a", "b", "c"]
    kept = QPersistentModelIndex(model.index(1, 0))  # b
    # c is answered (newest now), a is deleted, d is new
    model.set_conversations([conversation("b", 2), conversation("c", 5), conversation("d", 4)])
    assert [model.index(r, 0).data(model.IdRole) for r in range(3)] == ["c", "d", "b"]
    assert kept.isValid() and kept.row() == 2  # the selection stays on its conversation
    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole).startswith("title c, ")
    renamed: list[tuple[str, str]] = []
    model.renamed.connect(lambda cid, title: renamed.append((cid, title)))
    assert model.setData(model.index(0, 0), "  A   better title ")
    assert not model.setData(model.index(0, 0), "   ")
    assert renamed == [("c", "A better title")]
    model.set_conversations([])
    assert model.rowCount() == 0


async def test_a_history_of_chat_messages_only_says_where_they_are(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    _workspace, window, _page = await alice_chat(
        make_workspace, make_window, demo_server, "Hello there"
    )
    assert window.new_task.session_panel.model.rows == []  # not listed as "Sent in this session"
    panel = window.history_panel
    window.tabs.setCurrentIndex(HISTORY_TAB)
    await wait_until(lambda: panel.model.rowCount() == 1)
    assert panel.proxy.rowCount() == 0 and panel.no_match.isVisible()
    assert "chat messages, which are kept in the Chat tab" in panel.no_match.text()
    panel.filters.search.setText("nothing like this")  # now a filter of the user's hides it
    panel.filters.chat_filter.click()
    await wait_until(lambda: panel.no_match.text() == "No task matches the filter.")
    assert panel.no_match.isVisible()
