"""`nctask chat`: chat with the server's assistant from a terminal, in the app's conversation store.

`-m TEXT` sends one message (a new conversation, or `--conversation ID`'s, whose history goes with
it), waits and prints the answer; without `-m` on a terminal it is an interactive prompt; `--list`
lists the account's conversations. The conversations are the app's own (services/chat_store.py):
what is said here shows up in the window, and the other way round.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from nctask_desktop.api import NextcloudClient, Task
from nctask_desktop.api import errors as e
from nctask_desktop.cli import Session, UsageError, _err, _print_json
from nctask_desktop.cli_args import (
    ENV_LOGIN,
    ENV_PASSWORD,
    ENV_SERVER,
    EXIT_OK,
    EXIT_TASK_FAILED,
    EXIT_USAGE,
)
from nctask_desktop.messages import explain
from nctask_desktop.services import tasks as task_service
from nctask_desktop.services.chat import (
    CHAT_TYPE,
    VANISHED,
    ChatMessage,
    ChatStore,
    Conversation,
    MessageState,
    apply_task,
    begin_again,
    begin_turn,
    make_conversation,
)
from nctask_desktop.services.secrets import secret_key

Reader = Callable[[str], str]


def account_key(s: Session) -> str:
    """The account whose conversations are used: the environment's credentials (as the app
    would name that account), else the signed-in one."""
    server, login, password = (os.environ.get(k) for k in (ENV_SERVER, ENV_LOGIN, ENV_PASSWORD))
    if server and login and password:
        return secret_key(server, login)
    account = s.account()
    if account is None:
        raise UsageError("You are not signed in. Run `nctask login SERVER` first.")
    return account.key


def find_conversation(store: ChatStore, account: str, wanted: str) -> Conversation:
    """A conversation of the account by its id, or by the start of it when that is unique."""
    conversations = store.conversations(account)
    exact = [c for c in conversations if c.id == wanted]
    found = exact or [c for c in conversations if wanted and c.id.startswith(wanted)]
    if len(found) != 1:
        why = "is not unique" if found else "is not a conversation of this account"
        raise UsageError(f"{wanted!r} {why}; see `nctask chat --list`.")
    return found[0]


def _when(ts: float) -> str:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M")


def list_conversations(store: ChatStore, account: str, as_json: bool) -> int:
    conversations = store.conversations(account)
    if as_json:
        _print_json(
            [
                {
                    "id": c.id,
                    "title": c.title,
                    "created": c.created,
                    "updated": c.updated,
                    "messages": len(c.messages),
                }
                for c in conversations
            ]
        )
        return EXIT_OK
    for c in conversations:
        print(f"{c.id}\t{c.title or '(untitled)'}\t{_when(c.updated)}")
    if not conversations:
        _err("No conversations yet. Start one with: nctask chat -m TEXT")
    return EXIT_OK


def _unavailable(client: NextcloudClient) -> str:
    host = client.base_url.split("://", 1)[-1].rstrip("/")
    return (
        f"{host} does not offer chat ({CHAT_TYPE}): it needs Nextcloud 30 or later with an app "
        "that provides it, such as the Nextcloud Assistant with a language model."
    )


class TerminalChat:
    """One conversation driven from the terminal (created with its first message)."""

    def __init__(
        self,
        s: Session,
        client: NextcloudClient,
        store: ChatStore,
        account: str,
        conversation: Conversation | None,
        system: str | None,
    ) -> None:
        self.s = s
        self.client = client
        self.store = store
        self.account = account
        self.conversation = conversation
        self.system = system

    def _ready(self) -> Conversation:
        if self.conversation is None:
            self.conversation = make_conversation(self.account, self.system)
            self.store.add(self.conversation)
            _err(f"New conversation {self.conversation.id}.")
        return self.conversation

    async def say(self, text: str, *, as_json: bool) -> int:
        """Send a message, wait for the answer, print it."""
        conversation = self._ready()
        await self._settle_pending(conversation)
        answer, inputs = begin_turn(self.store, conversation, text)
        return await self._answer(conversation, answer, inputs, as_json)

    async def again(self, *, as_json: bool) -> int:
        """Ask again for the last answer (after a failure, or for another one)."""
        conversation = self._ready()
        await self._settle_pending(conversation)
        answer, inputs = begin_again(self.store, conversation)
        return await self._answer(conversation, answer, inputs, as_json)

    def _save(self, conversation: Conversation, answer: ChatMessage) -> None:
        updated = None if answer.state.is_pending else time.time()
        self.store.save_message(conversation.id, answer, updated=updated)

    async def _answer(
        self, conversation: Conversation, answer: ChatMessage, inputs: dict[str, Any], as_json: bool
    ) -> int:
        def rate_limited(wait: float) -> None:
            _err(
                "The server allows 20 new tasks per 2 minutes and that limit is reached; "
                f"trying again in {wait:.0f} s."
            )

        try:
            task = await task_service.schedule(
                self.client,
                CHAT_TYPE,
                inputs,
                custom_id=answer.custom_id,
                budget=max(0.0, self.s.args.rate_limit_wait),
                on_rate_limited=rate_limited,
            )
        except e.NextcloudError as exc:
            answer.state, answer.error = MessageState.FAILED, explain(exc).render()
            self._save(conversation, answer)
            raise

        def update(latest: Task) -> None:
            if apply_task(answer, latest):
                self._save(conversation, answer)

        update(task)
        task = await task_service.wait_for_task(self.client, task, on_update=update)
        update(task)
        return self._report(conversation, answer, task, as_json)

    def _report(
        self, conversation: Conversation, answer: ChatMessage, task: Task, as_json: bool
    ) -> int:
        done = answer.state is MessageState.DONE
        if as_json:
            reply = answer.content if done else None
            _print_json({"conversation": conversation.id, "reply": reply, "task": dict(task.raw)})
        elif done:
            print(answer.content, flush=True)
        if done:
            return EXIT_OK
        _err(f"{answer.error} (task {task.id})")
        return EXIT_TASK_FAILED

    async def _settle_pending(self, conversation: Conversation) -> None:
        """The conversation's last answer is still on its way (the app's, or an interrupted
        `nctask chat`): wait for it first, so that the history is complete."""
        pending = conversation.pending
        if pending is None:
            return
        if pending.task_id is None:
            found = await self.client.list_tasks(custom_id=pending.custom_id)
            task = next((t for t in found if t.custom_id == pending.custom_id), None)
            if task is None:
                raise UsageError(
                    "The last message of this conversation has not reached the server yet; "
                    "try again in a moment."
                )
        else:
            try:
                task = await self.client.get_task(pending.task_id)
            except e.NotFoundError:
                pending.state, pending.error = MessageState.FAILED, VANISHED
                self._save(conversation, pending)
                return
        if not task.status.is_finished:
            _err("Waiting for the answer to the previous message…")
            task = await task_service.wait_for_task(self.client, task)
        apply_task(pending, task)
        self._save(conversation, pending)

    async def interactive(self, read: Reader = input) -> int:
        """A prompt: each line is a message; `/retry` asks again; an empty line, `/quit` or
        Ctrl+D ends."""
        _err(
            "Chat with the assistant. Type a message and press Enter; /retry asks again for the "
            "last answer; an empty line, /quit or Ctrl+D ends."
        )
        code = EXIT_OK
        while True:
            try:
                text = read("> ")
            except (EOFError, KeyboardInterrupt):
                print(file=sys.stderr)
                break
            if not text.strip() or text.strip() in ("/quit", "/exit"):
                break
            try:
                if text.strip() == "/retry":
                    code = await self.again(as_json=False)
                else:
                    code = await self.say(text, as_json=False)
            except (e.NextcloudError, UsageError, ValueError) as exc:
                _err(explain(exc).render() if isinstance(exc, e.NextcloudError) else str(exc))
                if isinstance(exc, e.AuthenticationError):
                    raise
                code = EXIT_USAGE
            print(flush=True)
        if self.conversation is not None:
            _err(f"Continue it with: nctask chat --conversation {self.conversation.id}")
        return code


async def cmd_chat(s: Session, read: Reader = input) -> int:
    args = s.args
    if args.list and (args.message is not None or args.conversation or args.system is not None):
        raise UsageError("--list goes alone (with --json).")
    store = ChatStore()
    try:
        account = account_key(s)
        if args.list:
            return list_conversations(store, account, args.json)
        conversation = (
            find_conversation(store, account, args.conversation) if args.conversation else None
        )
        text = args.message
        interactive = text is None and (read is not input or sys.stdin.isatty())
        if text is None and not interactive:
            text = sys.stdin.read().strip()  # a message piped in
        if text is not None and not text.strip():
            raise UsageError("The message is empty: give one with -m TEXT.")
        if interactive and args.json:
            raise UsageError("--json needs a message (-m TEXT).")
        async with s.client() as client:
            if CHAT_TYPE not in await s.types(client):
                _err(_unavailable(client))
                return EXIT_USAGE
            if conversation is not None and args.system is not None:
                conversation.system_prompt = args.system
                store.update(conversation)
            chat = TerminalChat(s, client, store, account, conversation, args.system)
            if text is None:
                return await chat.interactive(read)
            return await chat.say(text, as_json=args.json)
    finally:
        store.close()
