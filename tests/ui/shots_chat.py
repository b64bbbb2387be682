"""Screenshots of the Chat tab: `python -m tests.ui.shots_chat`.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.shots_chat [--dark] [--suffix -x2] [OUT]

Run it with QT_SCALE_FACTOR=2 (and `--suffix -x2`) for the 200% shots. A conversation of three
turns, an answer on its way, a failed one with Retry, a server without chat, and History with its
"Chat messages" filter; against the simulator on loopback in a throwaway app home. Look at every
PNG.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from tests.ui.shots_window import (
    _demo_window,
    _save,
    _settings,
    _settle,
    _until,
    _window,
    _workspace,
    run_shots,
)


async def shoot(out: Path, dark: bool, suffix: str) -> int:
    from nctask_desktop.demo import DemoServer, DemoUser
    from nctask_desktop.services.chat import MessageState
    from nctask_desktop.ui.work_page import CHAT_TAB, HISTORY_TAB

    tag = "-dark" if dark else "-light"
    async with _demo_window() as window:
        window.tabs.setCurrentIndex(CHAT_TAB)
        page = window.chat
        await _until(lambda: page.pages.currentIndex() == 1)

        def last_state() -> MessageState | None:
            conversation = page.conversation()
            return conversation.messages[-1].state if conversation else None

        async def answered(*states: MessageState) -> None:
            async def poke() -> None:
                while True:
                    if window.session is not None:
                        window.session.history.poller.poke()
                    await asyncio.sleep(0.1)

            poker = asyncio.ensure_future(poke())
            try:
                await _until(lambda: last_state() in states, 30)
            finally:
                poker.cancel()

        # an older conversation, so the list has more than one
        page.message_box.setPlainText("Plan a weekend in Lisbon")
        page.view.send()
        await answered(MessageState.DONE)
        page.new_conversation()
        for text in (
            "What is a fox?",
            "Where do foxes live?",
            "And what do they eat?",
        ):
            page.message_box.setPlainText(text)
            page.view.send()
            await answered(MessageState.DONE)
        await _settle()
        _save(window, out, "chat-conversation" + tag, suffix)

        page.message_box.setPlainText("Tell me a story about a fox\nin three sentences.")
        await _settle()
        _save(window, out, "chat-typing" + tag, suffix)
        page.view.send()
        await _until(lambda: last_state() is not MessageState.QUEUED, 10)
        await _settle()
        _save(window, out, "chat-pending" + tag, suffix)
        await answered(MessageState.DONE)

        page.new_conversation()
        page.view.more.button.click()
        page.view.system_prompt.setPlainText("You are set to fail.")
        page.message_box.setPlainText("Tell me a story")
        page.view.send()
        await answered(MessageState.FAILED)
        await _settle()
        _save(window, out, "chat-failed" + tag, suffix)
        page.view.more.button.click()

        window.tabs.setCurrentIndex(HISTORY_TAB)
        await _settle()
        _save(window, out, "chat-history-hidden" + tag, suffix)
        window.history_panel.filters.chat_filter.setChecked(True)
        await _settle()
        _save(window, out, "chat-history-shown" + tag, suffix)

    with DemoServer(profile="nc30-nochat", users=[DemoUser("alice", "pw", "Alice")]) as server:
        workspace = _workspace()
        await workspace.accounts.add_with_app_password(server.base_url, "alice", "pw")
        window = _window(workspace, _settings(), 1100, 720)
        await window.start()
        await _until(lambda: window.session is not None and window.session.types is not None)
        window.tabs.setCurrentIndex(CHAT_TAB)
        await _settle()
        _save(window, out, "chat-no-chat" + tag, suffix)
        window.close()
        await workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(run_shots(shoot))
