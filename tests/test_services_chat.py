"""Chat (services/chat.py) against the simulator: conversations whose messages are chat tasks,
through the account's queue and live history; the store across restarts; sign-out and wipe."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from nctask_desktop.api import Task, TaskStatus
from nctask_desktop.demo import DemoServer, DemoUser
from nctask_desktop.services.chat import (
    CHAT_TYPE,
    DEFAULT_SYSTEM_PROMPT,
    ChatBusyError,
    ChatMessage,
    ChatStore,
    ChatUnavailableError,
    Conversation,
    MessageState,
    history_entries,
    is_chat_task,
    title_from,
)
from nctask_desktop.services.submissions import SubmissionState
from nctask_desktop.services.workspace import AccountSession, Workspace
from tests.support import alice_session, poke_until, services_workspace


async def _until(session: AccountSession, done: Callable[[], bool]) -> None:
    await poke_until(session, done, timeout=20, interval=0.1)


async def _alice_session(server: DemoServer, **options: Any) -> tuple[Workspace, AccountSession]:
    """A new workspace (made with `options`) and alice's session in it, on `server`."""
    workspace = services_workspace(**options)
    _account, session = await alice_session(server, workspace)
    return workspace, session


async def _answered(
    session: AccountSession, cid: str, state: MessageState = MessageState.DONE
) -> ChatMessage:
    """The last answer of conversation `cid`, once it is in `state`."""
    await _until(session, _state_is(session, cid, state))
    return _answer(session, cid)


def _answer(session: AccountSession, conversation_id: str) -> ChatMessage:
    conversation = session.chat.conversation(conversation_id)
    assert conversation is not None
    return conversation.messages[-1]


def _state_is(session: AccountSession, cid: str, *states: MessageState) -> Callable[[], bool]:
    return lambda: _answer(session, cid).state in states


def _history_sent(task: Task) -> list[dict[str, str]]:
    history = task.input["history"]
    assert isinstance(history, list)
    return [json.loads(str(entry)) for entry in history]


async def test_three_turns_send_the_earlier_exchanges_as_history(
    demo_server: DemoServer,
) -> None:
    workspace, session = await _alice_session(demo_server)
    chat = session.chat
    assert chat.available() is True
    seen: list[str] = []
    chat.changed.connect(seen.append)
    conversation = chat.new_conversation()
    assert conversation.title == "" and conversation.system_prompt == DEFAULT_SYSTEM_PROMPT
    turns = ["What is a fox?", "Where do foxes live?", "And what do they eat?"]
    for number, text in enumerate(turns):
        answer = chat.send(conversation.id, text)
        assert answer.role == "assistant" and answer.state is MessageState.QUEUED
        with pytest.raises(ChatBusyError):
            chat.send(conversation.id, "too soon")
        done = await _answered(session, conversation.id)
        assert done.id == answer.id and done.task_id is not None and done.error == ""
        assert f"- Input message: {text}" in done.content
        assert f"- Earlier turns: {number}" in done.content
    assert seen and set(seen) == {conversation.id}

    kept = chat.conversation(conversation.id)
    assert kept is not None and kept.title == "What is a fox?"
    assert [m.role for m in kept.messages] == ["human", "assistant"] * 3
    assert all(m.state is MessageState.DONE for m in kept.messages)
    # the fake provider counted the two earlier exchanges and quoted the last human message
    third = kept.messages[-1]
    assert "4 messages" in third.content
    assert '- Last human message in the history: "Where do foxes live?"' in third.content
    # what the server has for the third task: the first two exchanges, oldest first
    assert third.task_id is not None
    task = await session.client.get_task(third.task_id)
    assert task.type == CHAT_TYPE and task.app_id == "assistant"
    assert task.custom_id is not None and task.custom_id.startswith(
        f"nctask-desktop:chat:{conversation.id}:"
    )
    assert task.input["input"] == "And what do they eat?"
    assert task.input["system_prompt"] == DEFAULT_SYSTEM_PROMPT
    assert _history_sent(task) == [
        {"role": "human", "content": "What is a fox?"},
        {"role": "assistant", "content": kept.messages[1].content},
        {"role": "human", "content": "Where do foxes live?"},
        {"role": "assistant", "content": kept.messages[3].content},
    ]
    first = await session.client.get_task(kept.messages[1].task_id or 0)
    assert first.input["history"] == []  # a first message: an empty list
    assert is_chat_task(task)
    made_elsewhere = Task.from_json({"id": 1, "type": CHAT_TYPE, "input": {}, "customId": "x"})
    assert not is_chat_task(made_elsewhere)
    await workspace.close()


async def test_regenerate_asks_again_with_the_same_history(demo_server: DemoServer) -> None:
    workspace, session = await _alice_session(demo_server)
    chat = session.chat
    conversation = chat.new_conversation(system_prompt="Answer in one word.")
    chat.send(conversation.id, "Hello")
    await _answered(session, conversation.id)
    chat.send(conversation.id, "Again")
    before = await _answered(session, conversation.id)

    again = chat.regenerate(conversation.id)
    assert again.id != before.id and again.state is MessageState.QUEUED
    await _answered(session, conversation.id)
    kept = chat.conversation(conversation.id)
    assert kept is not None and len(kept.messages) == 4  # replaced, not added
    assert kept.messages[-1].id == again.id and kept.messages[-1].task_id != before.task_id
    old_task = await session.client.get_task(before.task_id or 0)
    new_task = await session.client.get_task(kept.messages[-1].task_id or 0)
    assert new_task.input == old_task.input  # same system prompt, message and history
    assert "- System prompt: Answer in one word." in kept.messages[-1].content
    await workspace.close()


async def test_a_failed_answer_is_explained_and_retried_without_retyping(
    demo_server: DemoServer,
) -> None:
    workspace, session = await _alice_session(demo_server)
    chat = session.chat
    conversation = chat.new_conversation(system_prompt="You are set to fail.")
    chat.send(conversation.id, "Tell me a story")
    failed = await _answered(session, conversation.id, MessageState.FAILED)
    assert failed.error == "The task failed, and the server gave no reason."
    chat.set_system_prompt(conversation.id, "You tell stories.")
    retried = chat.retry(conversation.id)
    assert retried.state is MessageState.QUEUED
    await _answered(session, conversation.id)
    kept = chat.conversation(conversation.id)
    assert kept is not None
    assert [m.role for m in kept.messages] == ["human", "assistant"]
    assert "- Input message: Tell me a story" in kept.messages[1].content
    assert "- System prompt: You tell stories." in kept.messages[1].content
    with pytest.raises(ValueError):
        chat.retry(conversation.id)  # nothing failed now
    await workspace.close()


async def test_cancel_a_queued_answer_and_a_running_one() -> None:
    with DemoServer(users=[DemoUser("alice", "alice-app-password")], task_seconds=60) as server:
        workspace, session = await _alice_session(
            server, queue_options={"limit": 1, "window": 600.0}
        )
        chat = session.chat
        running = chat.new_conversation()
        queued = chat.new_conversation()
        chat.send(running.id, "slow")
        chat.send(queued.id, "waits for the limit")
        await _answered(session, running.id, MessageState.WAITING)
        sub = chat.submission(queued.id)
        assert sub is not None and sub.state is SubmissionState.WAITING  # the rate limit
        assert _answer(session, queued.id).state is MessageState.QUEUED

        assert chat.cancel(queued.id)
        assert _answer(session, queued.id).state is MessageState.CANCELLED
        assert chat.submission(queued.id) is None

        assert chat.cancel(running.id)
        answer = _answer(session, running.id)
        assert answer.state is MessageState.CANCELLED and answer.error
        await chat.settle()
        task = await session.client.get_task(answer.task_id or 0)
        assert task.status is TaskStatus.CANCELLED
        assert server.task_count() == 1  # the queued one never reached the server
        assert not chat.cancel(running.id)  # nothing on its way any more
        chat.retry(queued.id)  # a cancelled answer can be asked again
        assert _answer(session, queued.id).state is MessageState.QUEUED
        await workspace.close()


async def test_an_answer_arrives_after_a_restart_in_the_middle_of_it() -> None:
    with DemoServer(users=[DemoUser("alice", "alice-app-password")], task_seconds=1.5) as server:
        workspace, session = await _alice_session(server)
        conversation = session.chat.new_conversation()
        session.chat.send(conversation.id, "Are you there?")
        await _until(
            session,
            _state_is(session, conversation.id, MessageState.WAITING, MessageState.RUNNING),
        )
        await workspace.close()
        await asyncio.sleep(1.6)  # the task ends while the app is closed

        again = services_workspace()
        account = again.current
        assert account is not None
        session = await again.session(account)
        assert _answer(session, conversation.id).state.is_pending  # as it was left
        await _answered(session, conversation.id)
        assert "- Input message: Are you there?" in _answer(session, conversation.id).content
        await again.close()


async def test_a_queued_message_is_sent_after_a_restart() -> None:
    with DemoServer(users=[DemoUser("alice", "alice-app-password")], task_seconds=0.2) as server:
        workspace, session = await _alice_session(
            server, queue_options={"limit": 1, "window": 600.0}
        )
        first = session.chat.new_conversation()
        second = session.chat.new_conversation()
        session.chat.send(first.id, "one")
        session.chat.send(second.id, "two")
        await _until(session, lambda: session.chat.submission(second.id) is not None)
        await _answered(session, first.id)
        assert _answer(session, second.id).state is MessageState.QUEUED
        await workspace.close()

        again = services_workspace()
        account = again.current
        assert account is not None
        session = await again.session(account)
        answer = await _answered(session, second.id)
        assert "- Input message: two" in answer.content
        task = await session.client.get_task(answer.task_id or 0)
        assert task.custom_id == answer.custom_id  # the outbox kept the conversation's custom id
        await again.close()


async def test_a_message_lost_before_it_reached_the_server_is_said_so(
    demo_server: DemoServer, app_home: Path
) -> None:
    workspace = services_workspace()
    account, session = await alice_session(demo_server, workspace)
    conversation = session.chat.new_conversation()
    await workspace.close()
    # as if the app had stopped between writing the message and the outbox (or the outbox
    # was lost): a pending answer that nothing will send
    store = ChatStore()
    kept = store.get(conversation.id)
    assert kept is not None
    from nctask_desktop.services.chat import begin_turn

    begin_turn(store, kept, "lost")
    store.close()

    again = services_workspace()
    session = await again.session(account)
    await _answered(session, conversation.id, MessageState.FAILED)
    assert "did not reach the server" in _answer(session, conversation.id).error
    await again.close()


async def test_the_store_survives_restarts_and_searches_titles_and_messages(
    tmp_path: Path,
) -> None:
    path = tmp_path / "chat.sqlite3"
    store = ChatStore(path)
    older = Conversation("c1", "alice@x", "Foxes", "p", 1.0, 1.0)
    newer = Conversation("c2", "alice@x", "Äpfel und Birnen", "p", 2.0, 5.0)
    other = Conversation("c3", "bob@x", "Foxes too", "p", 3.0, 3.0)
    for conversation in (older, newer, other):
        store.add(conversation)
    store.save_message(
        "c1", ChatMessage("m1", "human", "Where do RED foxes live?", MessageState.DONE, created=1)
    )
    store.save_message(
        "c1",
        ChatMessage("m2", "assistant", "", MessageState.RUNNING, task_id=7, custom_id="x"),
        updated=9.0,
    )
    store.close()

    again = ChatStore(path)
    assert [c.id for c in again.conversations("alice@x")] == ["c1", "c2"]  # last active first
    c1 = again.get("c1")
    assert c1 is not None and [m.id for m in c1.messages] == ["m1", "m2"]
    assert c1.messages[1] == ChatMessage(
        "m2", "assistant", "", MessageState.RUNNING, task_id=7, custom_id="x"
    )
    assert [c.id for c in again.search("alice@x", "red fox")] == ["c1"]  # any case, contents
    assert [c.id for c in again.search("alice@x", "äPFEL")] == ["c2"]  # titles, beyond ASCII
    assert [c.id for c in again.search("alice@x", "foxes")] == ["c1"]  # this account's only
    assert [(cid, m.id) for cid, m in again.pending("alice@x")] == [("c1", "m2")]
    again.forget_account("alice@x")
    assert again.conversations("alice@x") == [] and again.get("c3") is not None
    again.close()


def test_a_damaged_or_newer_store_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "chat.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    store = ChatStore(path)
    assert store.set_aside is not None and store.set_aside.name.startswith("chat.sqlite3.damaged-")
    assert store.set_aside.read_bytes().startswith(b"this is not")
    store.add(Conversation("c1", "a", "", "", 1.0, 1.0))
    store.close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    newer = ChatStore(path)
    assert newer.set_aside is not None and ".newer-" in newer.set_aside.name
    assert newer.conversations("a") == []
    newer.close()


def test_titles_and_history_entries() -> None:
    assert title_from("  Hello\n world ") == "Hello world"
    long = title_from("word " * 30)
    assert long.endswith("…") and len(long) <= 51
    done = MessageState.DONE
    messages = [
        ChatMessage("a", "human", "first", done),
        ChatMessage("b", "assistant", "", MessageState.FAILED, error="x"),
        ChatMessage("c", "human", "second ü", done),
        ChatMessage("d", "assistant", "answer", done),
    ]
    assert [json.loads(e) for e in history_entries(messages)] == [
        {"role": "human", "content": "first"},  # its answer failed: the question stays
        {"role": "human", "content": "second ü"},
        {"role": "assistant", "content": "answer"},
    ]
    assert history_entries(messages[3:]) == []  # never starts with an answer


async def test_signing_out_and_a_remote_wipe_forget_the_conversations(
    demo_server: DemoServer,
) -> None:
    workspace = services_workspace()
    account, session = await alice_session(demo_server, workspace)
    conversation = session.chat.new_conversation()
    session.chat.send(conversation.id, "remember me")
    await _answered(session, conversation.id)
    bob = await workspace.accounts.add_with_app_password(
        demo_server.base_url, "bob", "bob-app-password"
    )
    bobs = (await workspace.session(bob)).chat.new_conversation()
    await workspace.sign_out(account)
    assert workspace.chat_store.conversations(account.key) == []
    assert workspace.chat_store.get(conversation.id) is None
    assert workspace.chat_store.get(bobs.id) is not None  # another account's stay

    demo_server.mark_for_wipe("bob-app-password")
    assert await workspace.wipe_if_asked(bob)
    assert workspace.chat_store.conversations(bob.key) == []
    await workspace.close()


async def test_deleting_a_conversation_deletes_its_tasks_on_the_server(
    demo_server: DemoServer,
) -> None:
    workspace, session = await _alice_session(demo_server)
    chat = session.chat
    conversation = chat.new_conversation()
    chat.send(conversation.id, "one")
    await _answered(session, conversation.id)
    first = _answer(session, conversation.id).task_id
    chat.regenerate(conversation.id)
    await _answered(session, conversation.id)
    kept = _answer(session, conversation.id).task_id
    await session.history.settle()
    deleted: list[str] = []
    chat.changed.connect(deleted.append)
    chat.delete(conversation.id)
    assert deleted == [conversation.id] and chat.conversation(conversation.id) is None
    await chat.settle()
    tasks = await session.client.list_tasks(task_type=CHAT_TYPE)
    assert {first, kept} & {t.id for t in tasks} == set()  # the regenerated one too
    await workspace.close()


async def test_chat_is_unavailable_on_a_server_without_it() -> None:
    users = [DemoUser("alice", "alice-app-password")]
    with DemoServer(profile="nc30-nochat", users=users) as server:
        workspace = services_workspace()
        account = await workspace.accounts.add_with_app_password(
            server.base_url, "alice", "alice-app-password"
        )
        session = await workspace.session(account)
        assert session.chat.available() is None  # not known before the types are loaded
        conversation = session.chat.new_conversation()
        session.chat.send(conversation.id, "hello?")  # the server says why it refuses
        await _answered(session, conversation.id, MessageState.FAILED)
        refused = _answer(session, conversation.id).error
        assert refused.startswith("This kind of task is not available on "), refused
        await session.load_types()
        assert session.chat.available() is False
        with pytest.raises(ChatUnavailableError):
            session.chat.send(conversation.id, "hello?")
        with pytest.raises(ChatUnavailableError):
            session.chat.retry(conversation.id)
        assert server.task_count() == 0
        await workspace.close()
