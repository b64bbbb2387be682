"""`nctask chat` end to end against the simulator: messages, history, the app's store, exit codes,
and the interactive prompt (on a pseudo-terminal, and with an injected reader)."""

from __future__ import annotations

import json
import os
import re
import select
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from nctask_desktop import cli
from nctask_desktop.cli_args import build_parser
from nctask_desktop.cli_chat import cmd_chat
from nctask_desktop.demo import DemoServer, DemoUser
from nctask_desktop.services.chat import ChatStore, MessageState
from nctask_desktop.services.secrets import secret_key
from tests.support import CliResult


def new_conversation(result: CliResult) -> str:
    """The id of the conversation `nctask chat` said it started."""
    found = re.search(r"New conversation (\w+)\.", result.err)
    assert found, result.err
    return found.group(1)


def _alice_conversations(server: DemoServer) -> list[Any]:
    store = ChatStore()
    try:
        return store.conversations(secret_key(server.base_url, "alice"))
    finally:
        store.close()


def test_a_message_starts_a_conversation_and_the_next_one_continues_it(
    nctask: Any, env_alice: DemoServer
) -> None:
    first = nctask("chat", "-m", "What is a fox?")
    assert first.code == 0, first.err
    assert "- Input message: What is a fox?" in first.out and "Earlier turns: 0" in first.out
    conversation = new_conversation(first)
    second = nctask("chat", "--conversation", conversation, "-m", "Where do they live?")
    assert second.code == 0, second.err
    assert "New conversation" not in second.err
    assert "- Earlier turns: 1" in second.out
    assert '- Last human message in the history: "What is a fox?"' in second.out
    # a unique start of the id is enough; the history the server got holds both turns
    third = nctask("chat", "--conversation", conversation[:6], "-m", "And eat?", "--json")
    assert third.code == 0, third.err
    data = third.json()
    assert set(data) == {"conversation", "reply", "task"} and data["conversation"] == conversation
    task = data["task"]
    assert task["type"] == "core:text2text:chat" and task["status"] == "STATUS_SUCCESSFUL"
    assert task["appId"] == "assistant"
    assert task["customId"].startswith(f"nctask-desktop:chat:{conversation}:")
    assert data["reply"] == task["output"]["output"]
    assert [json.loads(entry) for entry in task["input"]["history"]] == [
        {"role": "human", "content": "What is a fox?"},
        {"role": "assistant", "content": first.out.rstrip("\n")},
        {"role": "human", "content": "Where do they live?"},
        {"role": "assistant", "content": second.out.rstrip("\n")},
    ]
    (kept,) = _alice_conversations(env_alice)
    assert kept.id == conversation and kept.title == "What is a fox?"
    assert [m.state for m in kept.messages] == [MessageState.DONE] * 6


def test_system_prompt_json_and_list(nctask: Any, env_alice: DemoServer) -> None:
    brief = nctask("chat", "-m", "Hi", "--system", "Be brief.", "--json")
    assert brief.code == 0, brief.err
    data = brief.json()
    assert data["task"]["input"]["system_prompt"] == "Be brief."
    assert "- System prompt: Be brief." in data["reply"]
    time.sleep(0.01)
    other = nctask("chat", "-m", "A second conversation about snow")
    assert other.code == 0
    # --system on an existing conversation changes it from now on
    changed = nctask(
        "chat", "--conversation", data["conversation"], "--system", "Be long.", "-m", "More"
    )
    assert "- System prompt: Be long." in changed.out
    listed = nctask("chat", "--list")
    assert listed.code == 0
    rows = [line.split("\t") for line in listed.out.splitlines()]
    assert [row[:2] for row in rows] == [  # the last active first
        [data["conversation"], "Hi"],
        [new_conversation(other), "A second conversation about snow"],
    ]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", row[2]) for row in rows)
    as_json = nctask("chat", "--list", "--json").json()
    assert [c["id"] for c in as_json] == [row[0] for row in rows]
    assert as_json[0]["messages"] == 4


def test_the_app_and_the_command_share_the_conversations(
    nctask: Any, env_alice: DemoServer
) -> None:
    import asyncio

    from nctask_desktop.services.secrets import SecretStore
    from nctask_desktop.services.settings import Preferences
    from nctask_desktop.services.workspace import Workspace

    said = nctask("chat", "-m", "Said in a terminal")
    assert said.code == 0

    async def in_the_app() -> list[str]:
        workspace = Workspace(Preferences.load(), secrets=SecretStore())
        account = await workspace.accounts.add_with_app_password(
            env_alice.base_url, "alice", "alice-app-password"
        )
        session = await workspace.session(account)
        titles = [c.title for c in session.chat.conversations()]
        await workspace.close()
        return titles

    assert asyncio.run(in_the_app()) == ["Said in a terminal"]


def test_a_failed_answer_exits_1_with_the_reason(nctask: Any, env_alice: DemoServer) -> None:
    r = nctask("chat", "-m", "You are set to fail")
    assert r.code == 1 and r.out == ""
    assert r.err.splitlines()[-1].startswith("The task failed, and the server gave no reason.")
    (kept,) = _alice_conversations(env_alice)
    assert kept.messages[-1].state is MessageState.FAILED


def test_usage_errors_exit_2(nctask: Any, env_alice: DemoServer) -> None:
    r = nctask("chat", "--conversation", "nope", "-m", "x")
    assert r.code == 2 and "not a conversation of this account" in r.err
    assert nctask("chat", "--list", "-m", "x").code == 2
    assert nctask("chat", "-m", "   ").code == 2
    assert _alice_conversations(env_alice) == []


def test_a_server_without_chat_exits_2_with_one_sentence(
    nctask: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    users = [DemoUser("alice", "pw")]
    with DemoServer(profile="nc30-nochat", users=users) as server:
        monkeypatch.setenv("NCTASK_SERVER", server.base_url)
        monkeypatch.setenv("NCTASK_LOGIN", "alice")
        monkeypatch.setenv("NCTASK_APP_PASSWORD", "pw")
        r = nctask("chat", "-m", "Hello?")
        assert server.task_count() == 0
        key = secret_key(server.base_url, "alice")
    assert r.code == 2 and r.out == ""
    lines = r.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].count(". ") == 0 and lines[0].endswith(".")
    assert "does not offer chat" in lines[0]
    store = ChatStore()
    assert store.conversations(key) == []  # none made
    store.close()


async def test_the_interactive_loop_with_an_injected_reader(
    env_alice: DemoServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """The prompt's loop, reading from a list instead of the terminal."""
    lines = iter(["Hello", "", "never read"])
    prompts: list[str] = []

    def read(prompt: str) -> str:
        prompts.append(prompt)
        return next(lines)

    session = cli.Session(build_parser().parse_args(["chat", "--system", "Be kind."]))
    assert await cmd_chat(session, read) == 0
    out, err = capsys.readouterr()
    assert prompts == ["> ", "> "]
    assert "- Input message: Hello" in out and "- System prompt: Be kind." in out
    assert "Continue it with: nctask chat --conversation " in err

    # /retry asks again; Ctrl+D (EOFError) ends
    answers = iter(["/retry"])

    def read_then_eof(_prompt: str) -> str:
        try:
            return next(answers)
        except StopIteration:
            raise EOFError from None

    (kept,) = _alice_conversations(env_alice)
    before = kept.messages[-1].task_id
    again = cli.Session(build_parser().parse_args(["chat", "--conversation", kept.id]))
    assert await cmd_chat(again, read_then_eof) == 0
    (kept,) = _alice_conversations(env_alice)
    assert len(kept.messages) == 2 and kept.messages[-1].task_id != before


def _read_until(fd: int, pattern: str, timeout: float = 30.0) -> str:
    seen = b""
    deadline = time.monotonic() + timeout
    while pattern.encode() not in seen:
        left = deadline - time.monotonic()
        assert left > 0, f"timed out waiting for {pattern!r}; got {seen.decode(errors='replace')!r}"
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the other end closed
                break
            if not chunk:
                break
            seen += chunk
    return seen.decode(errors="replace")


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_without_a_message_on_a_terminal_it_is_an_interactive_prompt(
    env_alice: DemoServer, app_home: Path
) -> None:
    main, terminal = os.openpty()
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    process = subprocess.Popen(
        [sys.executable, "-m", "nctask_desktop.cli", "chat"],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
    )
    os.close(terminal)
    try:
        _read_until(main, "> ")
        os.write(main, b"Hello from a terminal\n")
        answer = _read_until(main, "> ")
        assert "- Input message: Hello from a terminal" in answer
        os.write(main, b"And again\n")
        assert "- Earlier turns: 1" in _read_until(main, "> ")
        os.write(main, b"\x04")  # Ctrl+D
        assert "Continue it with: nctask chat --conversation" in _read_until(main, "--conversation")
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(main)
    (kept,) = _alice_conversations(env_alice)
    assert [m.content for m in kept.messages if m.role == "human"] == [
        "Hello from a terminal",
        "And again",
    ]
