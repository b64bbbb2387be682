"""Chat conversations of every account, kept in SQLite under the data folder (`chat.sqlite3`).

The app and the `nctask chat` command share this store (SQLite in WAL mode: two processes may
use it at once). Every change is one small transaction on one conversation or one message, so
that neither process overwrites what the other wrote. A damaged file, or one written by a newer
version of the app, is set aside (never deleted) as the history's is, and a fresh store is
opened; a file that cannot be opened at all (permissions, a read-only disk) is left alone and the
conversations are kept in memory until the app quits (`in_memory`).
"""

from __future__ import annotations

import contextlib
import enum
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from .sqlite_store import SqliteStore, is_damage

log = logging.getLogger(__name__)

HUMAN = "human"
ASSISTANT = "assistant"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    system_prompt TEXT NOT NULL DEFAULT '',
    created REAL NOT NULL,
    updated REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS conversations_by_account ON conversations (account, updated);
CREATE TABLE IF NOT EXISTS messages (
    id TEXT PRIMARY KEY,
    conversation TEXT NOT NULL,
    seq INTEGER NOT NULL,
    role TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    task_id INTEGER,
    error TEXT NOT NULL DEFAULT '',
    created REAL NOT NULL,
    custom_id TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages (conversation, seq);
CREATE INDEX IF NOT EXISTS messages_by_state ON messages (state);
"""


class MessageState(enum.Enum):
    """Where a message stands. A human message is DONE as soon as it is written; an answer goes
    QUEUED → WAITING → RUNNING → DONE (or FAILED, CANCELLED)."""

    QUEUED = "queued"
    """In this app's queue: not on the server yet (its turn, the rate limit, an upload, the
    server out of reach, or the account to be signed in again: the submission tells which)."""
    WAITING = "waiting"
    """The server has the task and has not started it (waiting for its background jobs)."""
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def is_pending(self) -> bool:
        return self in (MessageState.QUEUED, MessageState.WAITING, MessageState.RUNNING)


@dataclass
class ChatMessage:
    """One message of a conversation: the user's ("human") or the assistant's answer."""

    id: str
    role: str
    """"human" or "assistant"."""
    content: str
    state: MessageState
    task_id: int | None = None
    """The server's task of an answer, once the server has it."""
    error: str = ""
    """Why an answer failed or stopped: a plain sentence for the user."""
    created: float = 0.0
    custom_id: str = ""
    """The custom id of an answer's task (names the conversation; new for every attempt)."""


@dataclass
class Conversation:
    """A conversation of one account, its messages oldest first."""

    id: str
    account: str
    title: str
    system_prompt: str
    created: float
    updated: float
    messages: list[ChatMessage] = field(default_factory=list)

    def message(self, message_id: str) -> ChatMessage | None:
        return next((m for m in self.messages if m.id == message_id), None)

    @property
    def pending(self) -> ChatMessage | None:
        """The answer on its way, if any."""
        return next((m for m in reversed(self.messages) if m.state.is_pending), None)

    @property
    def last_answer(self) -> ChatMessage | None:
        """The last message when it is an answer (done, failed, cancelled or on its way)."""
        last = self.messages[-1] if self.messages else None
        return last if last is not None and last.role == ASSISTANT else None


def _state(value: str) -> MessageState:
    try:
        return MessageState(value)
    except ValueError:
        return MessageState.FAILED


_MESSAGE_COLUMNS = "id, role, content, state, task_id, error, created, custom_id"


def _message(row: tuple[str, str, str, str, int | None, str, float, str]) -> ChatMessage:
    mid, role, content, state, task_id, error, created, custom_id = row
    return ChatMessage(mid, role, content, _state(state), task_id, error, created, custom_id)


R = TypeVar("R")


class ChatStore(SqliteStore):
    """SQLite-backed conversations of every account; thread-safe, each method one transaction."""

    FILE_NAME = "chat.sqlite3"
    NAME = "chat store"
    SCHEMA = _SCHEMA
    SCHEMA_VERSION = 1
    QUICK_CHECK = True
    # small transactions on the UI thread: no fsync per commit (a power cut may lose the last
    # state change of a message, which the server still has)
    SYNCHRONOUS = "NORMAL"
    TIMEOUT = 10.0

    def _run(self, work: Callable[[sqlite3.Connection], R]) -> R:
        """Do `work` in one transaction; damage found on the way: set the file aside, open a
        fresh store and do it there (once)."""
        with self._lock:
            try:
                return self._transaction(work)
            except sqlite3.DatabaseError as exc:
                if not is_damage(exc) or self.in_memory:
                    raise
                log.warning("the chat store is damaged (%s)", exc)
                with contextlib.suppress(sqlite3.Error):
                    self._db.close()
                self._db = self._fresh("damaged")
                return self._transaction(work)

    def _transaction(self, work: Callable[[sqlite3.Connection], R]) -> R:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            result = work(self._db)
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")
        return result

    # --- reading --------------------------------------------------------------------------------

    @staticmethod
    def _messages(db: sqlite3.Connection, conversation_id: str) -> list[ChatMessage]:
        rows = db.execute(
            f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE conversation = ? ORDER BY seq",
            (conversation_id,),
        ).fetchall()
        return [_message(row) for row in rows]

    def _read(self, where: str, args: tuple[str, ...]) -> list[Conversation]:
        def work(db: sqlite3.Connection) -> list[Conversation]:
            rows = db.execute(
                "SELECT id, account, title, system_prompt, created, updated FROM conversations"
                f" WHERE {where} ORDER BY updated DESC, created DESC",
                args,
            ).fetchall()
            return [
                Conversation(cid, acc, title, prompt, created, updated, self._messages(db, cid))
                for cid, acc, title, prompt, created, updated in rows
            ]

        return self._run(work)

    def conversations(self, account: str) -> list[Conversation]:
        """The account's conversations with their messages, the last active first."""
        return self._read("account = ?", (account,))

    def get(self, conversation_id: str) -> Conversation | None:
        found = self._read("id = ?", (conversation_id,))
        return found[0] if found else None

    def search(self, account: str, text: str) -> list[Conversation]:
        """Conversations whose title or any message holds `text` (any case), last active first."""
        needle = text.casefold().strip()
        found = self.conversations(account)
        if not needle:
            return found
        return [
            c
            for c in found
            if needle in c.title.casefold()
            or any(needle in m.content.casefold() for m in c.messages)
        ]

    def pending(self, account: str) -> list[tuple[str, ChatMessage]]:
        """(conversation id, message) of the account's answers on their way."""
        states = tuple(s.value for s in MessageState if s.is_pending)

        def work(db: sqlite3.Connection) -> list[tuple[str, ChatMessage]]:
            rows = db.execute(
                f"SELECT m.conversation, {', '.join('m.' + c for c in _MESSAGE_COLUMNS.split(', '))}"
                " FROM messages m JOIN conversations c ON c.id = m.conversation"
                " WHERE c.account = ? AND m.state IN (?, ?, ?) ORDER BY m.created",
                (account, *states),
            ).fetchall()
            return [(row[0], _message(row[1:])) for row in rows]

        return self._run(work)

    # --- writing --------------------------------------------------------------------------------

    def add(self, conversation: Conversation) -> None:
        """Keep a new conversation (and the messages it has)."""

        def work(db: sqlite3.Connection) -> None:
            db.execute(
                "INSERT INTO conversations (id, account, title, system_prompt, created, updated)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    conversation.id,
                    conversation.account,
                    conversation.title,
                    conversation.system_prompt,
                    conversation.created,
                    conversation.updated,
                ),
            )
            for message in conversation.messages:
                self._put(db, conversation.id, message)

        self._run(work)

    def update(self, conversation: Conversation) -> None:
        """Write a conversation's title, system prompt and last activity (not its messages)."""
        self._run(
            lambda db: db.execute(
                "UPDATE conversations SET title = ?, system_prompt = ?, updated = ? WHERE id = ?",
                (
                    conversation.title,
                    conversation.system_prompt,
                    conversation.updated,
                    conversation.id,
                ),
            )
        )

    @staticmethod
    def _put(
        db: sqlite3.Connection, conversation_id: str, message: ChatMessage, seq: int | None = None
    ) -> None:
        if seq is None:
            row = db.execute("SELECT seq FROM messages WHERE id = ?", (message.id,)).fetchone()
            if row is None:
                row = db.execute(
                    "SELECT COALESCE(MAX(seq), 0) + 1 FROM messages WHERE conversation = ?",
                    (conversation_id,),
                ).fetchone()
            seq = int(row[0])
        db.execute(
            f"INSERT OR REPLACE INTO messages (conversation, seq, {_MESSAGE_COLUMNS})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                conversation_id,
                seq,
                message.id,
                message.role,
                message.content,
                message.state.value,
                message.task_id,
                message.error,
                message.created,
                message.custom_id,
            ),
        )

    def save_message(
        self, conversation_id: str, message: ChatMessage, *, updated: float | None = None
    ) -> None:
        """Write a message (a new one goes last); `updated`: the conversation's last activity."""

        def work(db: sqlite3.Connection) -> None:
            self._put(db, conversation_id, message)
            if updated is not None:
                db.execute(
                    "UPDATE conversations SET updated = ? WHERE id = ?", (updated, conversation_id)
                )

        self._run(work)

    def append(self, conversation: Conversation, *messages: ChatMessage) -> None:
        """Add messages at the end (a message and its pending answer) and write the
        conversation's title and last activity, in one transaction."""

        def work(db: sqlite3.Connection) -> None:
            for message in messages:
                self._put(db, conversation.id, message)
            db.execute(
                "UPDATE conversations SET title = ?, updated = ? WHERE id = ?",
                (conversation.title, conversation.updated, conversation.id),
            )

        self._run(work)

    def replace_message(
        self, conversation_id: str, old_id: str, message: ChatMessage, *, updated: float
    ) -> None:
        """Put `message` where the message `old_id` was (a new answer in place of the last)."""

        def work(db: sqlite3.Connection) -> None:
            row = db.execute("SELECT seq FROM messages WHERE id = ?", (old_id,)).fetchone()
            db.execute("DELETE FROM messages WHERE id = ?", (old_id,))
            self._put(db, conversation_id, message, None if row is None else int(row[0]))
            db.execute(
                "UPDATE conversations SET updated = ? WHERE id = ?", (updated, conversation_id)
            )

        self._run(work)

    def delete(self, conversation_id: str) -> None:
        def work(db: sqlite3.Connection) -> None:
            db.execute("DELETE FROM messages WHERE conversation = ?", (conversation_id,))
            db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))

        self._run(work)

    def forget_account(self, account: str) -> None:
        """Signed out (or wiped): every conversation of the account goes."""

        def work(db: sqlite3.Connection) -> None:
            db.execute(
                "DELETE FROM messages WHERE conversation IN"
                " (SELECT id FROM conversations WHERE account = ?)",
                (account,),
            )
            db.execute("DELETE FROM conversations WHERE account = ?", (account,))

        self._run(work)
