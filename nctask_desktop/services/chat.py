"""Chat with the server's assistant: each message of a conversation is a `core:text2text:chat` task.

A message's task gets `input` (the new message), `history` (the earlier turns of the conversation,
oldest first, each a JSON string `{"role": "human"|"assistant", "content": "…"}`, starting with a
human message, as the Nextcloud Assistant fills it) and `system_prompt` (the conversation's). It
goes through the account's submission queue (rate limit, outbox: nothing is lost) with the app id
`assistant` and a custom id that names the conversation; the live history's poller follows it,
and its answer is written into the conversation. Conversations are kept per account in the chat
store (services/chat_store.py), which the `nctask chat` command shares.

Plain asyncio, no Qt: pages subscribe to `ChatSession.changed`.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from nctask_desktop.api import Task, TaskStatus, TaskType
from nctask_desktop.api import errors as e
from nctask_desktop.messages import QT_TRANSLATE_NOOP, Translate, explain, failed_task_reason

from .background import Background
from .chat_store import (
    ASSISTANT,
    HUMAN,
    ChatMessage,
    ChatStore,
    Conversation,
    MessageState,
)
from .events import Event
from .live_history import EventKind, HistoryEvent, LiveHistory
from .submissions import Submission, SubmissionQueue, SubmissionState
from .tasks import CUSTOM_ID_PREFIX

__all__ = [
    "ASSISTANT",
    "CHAT_TYPE",
    "DEFAULT_SYSTEM_PROMPT",
    "HUMAN",
    "ChatBusyError",
    "ChatMessage",
    "ChatSession",
    "ChatStore",
    "ChatUnavailableError",
    "Conversation",
    "MessageState",
    "is_chat_task",
]

log = logging.getLogger(__name__)

CHAT_TYPE = "core:text2text:chat"
DEFAULT_SYSTEM_PROMPT = (
    "This is a conversation in a specific language between the user and you, Nextcloud "
    "Assistant. You are a kind, polite and helpful AI that helps the user to the best of its "
    "abilities. If you do not understand something, you will ask for clarification. Detect the "
    "language that the user is using. Make sure to use the same language in your response. Do "
    "not mention the language explicitly."
)
"""The Nextcloud Assistant's own default (its chat and Nextcloud's desktop client use it)."""
CHAT_ID_PREFIX = CUSTOM_ID_PREFIX + "chat:"
"""Custom ids of chat messages: `nctask-desktop:chat:<conversation id>:<attempt>`."""
TITLE_LENGTH = 50

CANCELLED = QT_TRANSLATE_NOOP("Chat", "The answer was cancelled.")
VANISHED = QT_TRANSLATE_NOOP(
    "Chat", "The server no longer has this answer's task. Retry to ask again."
)
NOT_SENT = QT_TRANSLATE_NOOP(
    "Chat", "This message did not reach the server before the app was closed."
)


class ChatBusyError(RuntimeError):
    """The conversation's last answer is still on its way: wait for it, or cancel it."""


class ChatUnavailableError(RuntimeError):
    """The server does not offer chat (core:text2text:chat)."""


def _identity(_context: str, text: str) -> str:
    return text


# --- pure helpers (shared with `nctask chat`) -------------------------------------------------------


def new_id() -> str:
    """A conversation's or message's id: short enough to type (`nctask chat --conversation`)."""
    return uuid.uuid4().hex[:12]


def chat_custom_id(conversation_id: str) -> str:
    """A new custom id for an answer's task: names the conversation, new for every attempt."""
    return f"{CHAT_ID_PREFIX}{conversation_id}:{uuid.uuid4().hex[:12]}"


def conversation_of(custom_id: str | None) -> str | None:
    """The conversation a chat task's custom id names; None for other tasks."""
    if not custom_id or not custom_id.startswith(CHAT_ID_PREFIX):
        return None
    conversation, sep, _attempt = custom_id[len(CHAT_ID_PREFIX) :].partition(":")
    return conversation if sep and conversation else None


def is_chat_task(task: Task) -> bool:
    """A message of one of this app's conversations (shown in the chat, so History may hide
    it): told by its custom id. Chat tasks made elsewhere (the New task form, the web
    Assistant) are not: no conversation here shows them."""
    return conversation_of(task.custom_id) is not None


def title_from(text: str, length: int = TITLE_LENGTH) -> str:
    """A conversation's title from its first message: its first words, about `length` long."""
    words = " ".join(text.split())
    if len(words) <= length:
        return words
    cut = words[:length].rsplit(" ", 1)[0] if " " in words[:length] else words[:length]
    return cut.rstrip(" ,.;:") + "…"


def history_entries(messages: Iterable[ChatMessage]) -> list[str]:
    """The `history` input for a message after `messages`: every earlier human message and every
    answer that arrived, oldest first, as JSON strings, starting with a human message."""
    entries: list[str] = []
    for message in messages:
        if message.role == ASSISTANT and (message.state is not MessageState.DONE or not entries):
            continue  # no answer (failed, cancelled, on its way), or nothing asked before it
        if message.role not in (HUMAN, ASSISTANT):
            continue
        entry = {"role": message.role, "content": message.content}
        entries.append(json.dumps(entry, ensure_ascii=False))
    return entries


def chat_inputs(system_prompt: str, earlier: Sequence[ChatMessage], text: str) -> dict[str, Any]:
    """The task's input for the message `text` after the `earlier` messages."""
    return {"system_prompt": system_prompt, "input": text, "history": history_entries(earlier)}


def make_conversation(account: str, system_prompt: str | None = None) -> Conversation:
    created = time.time()
    prompt = DEFAULT_SYSTEM_PROMPT if system_prompt is None else system_prompt
    return Conversation(new_id(), account, "", prompt, created, created, [])


def _answer(conversation_id: str) -> ChatMessage:
    return ChatMessage(
        new_id(),
        ASSISTANT,
        "",
        MessageState.QUEUED,
        created=time.time(),
        custom_id=chat_custom_id(conversation_id),
    )


def begin_turn(
    store: ChatStore, conversation: Conversation, text: str
) -> tuple[ChatMessage, dict[str, Any]]:
    """Write the user's message and a pending answer (and the title, for a first message); the
    answer and the input of its task."""
    now = time.time()
    human = ChatMessage(new_id(), HUMAN, text, MessageState.DONE, created=now)
    answer = _answer(conversation.id)
    inputs = chat_inputs(conversation.system_prompt, conversation.messages, text)
    conversation.title = conversation.title or title_from(text)
    conversation.messages += [human, answer]
    conversation.updated = now
    store.append(conversation, human, answer)
    return answer, inputs


def begin_again(store: ChatStore, conversation: Conversation) -> tuple[ChatMessage, dict[str, Any]]:
    """A new pending answer to the last human message, in place of the answer it had (if any):
    the answer and the input of its task (the same history as before)."""
    index = max((i for i, m in enumerate(conversation.messages) if m.role == HUMAN), default=-1)
    if index < 0:
        raise ValueError("the conversation has no message to answer")
    human = conversation.messages[index]
    answer = _answer(conversation.id)
    inputs = chat_inputs(conversation.system_prompt, conversation.messages[:index], human.content)
    conversation.updated = time.time()
    old = conversation.messages[index + 1] if index + 1 < len(conversation.messages) else None
    if old is None:
        conversation.messages.append(answer)
        store.save_message(conversation.id, answer, updated=conversation.updated)
    else:
        conversation.messages[index + 1] = answer
        store.replace_message(conversation.id, old.id, answer, updated=conversation.updated)
    return answer, inputs


def answer_text(task: Task) -> str:
    """The text of a chat task's answer (its `output` slot)."""
    output = (task.output or {}).get("output")
    if isinstance(output, str):
        return output
    texts = task.text_outputs()
    return texts[0][1] if texts else ""


_ORDER = {MessageState.QUEUED: 0, MessageState.WAITING: 1, MessageState.RUNNING: 2}


def apply_task(message: ChatMessage, task: Task, translate: Translate = _identity) -> bool:
    """Bring a pending answer up to date with its task; whether anything changed. An answer
    that has ended (or that the user cancelled) is left as it is."""
    if not message.state.is_pending:
        return False
    before = (message.state, message.task_id, message.content, message.error)
    message.task_id = task.id
    status = task.status
    if status is TaskStatus.SUCCESSFUL:
        message.state, message.content, message.error = MessageState.DONE, answer_text(task), ""
    elif status is TaskStatus.FAILED:
        reason = failed_task_reason(task.user_facing_error_message, task.error_message)
        message.state, message.error = MessageState.FAILED, reason.render(translate)
    elif status is TaskStatus.CANCELLED:
        message.state = MessageState.CANCELLED
        message.error = translate("Chat", CANCELLED)
    elif status in (TaskStatus.SCHEDULED, TaskStatus.RUNNING):
        state = MessageState.RUNNING if status is TaskStatus.RUNNING else MessageState.WAITING
        if _ORDER[state] >= _ORDER[message.state]:  # never back (a late reply)
            message.state = state
    return before != (message.state, message.task_id, message.content, message.error)


# --- the session ----------------------------------------------------------------------------------


class ChatSession:
    """The conversations of one account at work: sends messages through the account's queue and
    follows their tasks through its live history. One per AccountSession (`session.chat`)."""

    def __init__(
        self,
        account: str,
        store: ChatStore,
        queue: SubmissionQueue,
        history: LiveHistory,
        *,
        types: Callable[[], Mapping[str, TaskType] | None] = lambda: None,
        owns_store: bool = False,
    ) -> None:
        self.account = account
        self.store = store
        self._queue = queue
        self._history = history
        self._types = types
        self._owns_store = owns_store
        self.translate: Translate = _identity
        """How errors are worded for the user (the window sets Qt's translate)."""
        self.changed: Event[[str]] = Event("chat_changed")
        """A conversation or its messages changed, or it was deleted: its id."""
        self._submissions: dict[str, Submission] = {}
        """Custom id → the submission of an answer on its way (this session's queue)."""
        self._deleted: set[str] = set()
        self._background = Background("the chat failed")

    # --- reading --------------------------------------------------------------------------------

    def available(self) -> bool | None:
        """None while the task types are not loaded; else whether the server offers chat."""
        types = self._types()
        return None if types is None else CHAT_TYPE in types

    def conversations(self) -> list[Conversation]:
        """The account's conversations, the last active first."""
        return self.store.conversations(self.account)

    def search(self, text: str) -> list[Conversation]:
        return self.store.search(self.account, text)

    def conversation(self, conversation_id: str) -> Conversation | None:
        found = self.store.get(conversation_id)
        return found if found is not None and found.account == self.account else None

    def submission(self, conversation_id: str) -> Submission | None:
        """The submission of the conversation's answer while it is in this app's queue (what
        it waits for: its turn, the rate limit, the server, a sign-in), else None."""
        found = self.conversation(conversation_id)
        pending = found.pending if found is not None else None
        sub = self._submissions.get(pending.custom_id) if pending is not None else None
        return sub if sub is not None and not sub.state.is_final else None

    # --- what the user does ---------------------------------------------------------------------

    def new_conversation(self, system_prompt: str | None = None) -> Conversation:
        """A new, empty conversation (untitled until its first message)."""
        conversation = make_conversation(self.account, system_prompt)
        self.store.add(conversation)
        self.changed.emit(conversation.id)
        return conversation

    def send(self, conversation_id: str, text: str) -> ChatMessage:
        """Add the user's message and a pending answer, and send its task; the answer.
        ValueError for an empty message, ChatBusyError while an answer is on its way,
        ChatUnavailableError when the server is known not to offer chat."""
        if not text.strip():
            raise ValueError("an empty message")
        conversation = self._usable(conversation_id)
        answer, inputs = begin_turn(self.store, conversation, text)
        self._submit(answer, inputs)
        self.changed.emit(conversation.id)
        return answer

    def regenerate(self, conversation_id: str) -> ChatMessage:
        """A new answer in place of the last one, from the same history."""
        conversation = self._usable(conversation_id)
        if conversation.last_answer is None:
            raise ValueError("the conversation has no answer to regenerate")
        return self._again(conversation)

    def retry(self, conversation_id: str) -> ChatMessage:
        """Send the last message again after its answer failed or was cancelled."""
        conversation = self._usable(conversation_id)
        last = conversation.last_answer
        if last is not None and last.state not in (MessageState.FAILED, MessageState.CANCELLED):
            raise ValueError("the last answer did not fail")
        return self._again(conversation)

    def cancel(self, conversation_id: str) -> bool:
        """Stop the answer on its way: its submission, or its task on the server. False when
        there is none."""
        conversation = self.conversation(conversation_id)
        pending = conversation.pending if conversation is not None else None
        if conversation is None or pending is None:
            return False
        sub = self._submissions.get(pending.custom_id)
        if sub is not None and self._queue.cancel(sub):
            return True  # the queue reports it CANCELLED (see _on_submission)
        # on the server (or being sent: cancelled there once it is scheduled)
        pending.state = MessageState.CANCELLED
        pending.error = self.translate("Chat", CANCELLED)
        self.store.save_message(conversation.id, pending)
        if pending.task_id is not None:
            self._background.spawn(self._cancel_on_server(pending.task_id))
        self.changed.emit(conversation.id)
        return True

    def rename(self, conversation_id: str, title: str) -> None:
        conversation = self._get(conversation_id)
        conversation.title = " ".join(title.split())
        self.store.update(conversation)
        self.changed.emit(conversation_id)

    def set_system_prompt(self, conversation_id: str, prompt: str) -> None:
        """The system prompt of the conversation's next messages."""
        conversation = self._get(conversation_id)
        conversation.system_prompt = prompt
        self.store.update(conversation)
        self.changed.emit(conversation_id)

    def delete(self, conversation_id: str) -> None:
        """Forget a conversation here. Its answer on the way is cancelled, and its tasks are
        deleted on the server in the background (one request each, as History's Delete does;
        failures are only logged: the server removes old tasks by itself after a while)."""
        conversation = self.conversation(conversation_id)
        if conversation is None:
            return
        pending = conversation.pending
        sub = self._submissions.get(pending.custom_id) if pending is not None else None
        if sub is not None:
            self._queue.cancel(sub)
        task_ids = {m.task_id for m in conversation.messages if m.task_id is not None}
        task_ids |= {  # earlier attempts (regenerated answers) too
            x.task.id
            for x in self._history.entries()
            if conversation_of(x.task.custom_id) == conversation_id
        }
        self._deleted.add(conversation_id)
        self.store.delete(conversation_id)
        self.changed.emit(conversation_id)
        if task_ids:
            self._background.spawn(self._delete_on_server(sorted(task_ids)))

    # --- life -----------------------------------------------------------------------------------

    def start(self) -> None:
        """After the live history started and the queue took back its outbox: pick up answers
        that arrived while the app was closed, and find out about answers whose message never
        reached the server."""
        self._background.spawn(self._reconcile())

    def close(self) -> None:
        """Stop what runs in the background (see `settle`); close the store if it is ours."""
        self._background.close()
        if self._owns_store:
            self.store.close()

    async def settle(self) -> None:
        """Wait until what runs in the background has ended (tests; closing)."""
        await self._background.settle()

    # --- what the queue and the live history report ---------------------------------------------

    def submission_changed(self, sub: Submission) -> None:
        conversation_id = conversation_of(sub.custom_id)
        if conversation_id is None or self._background.closed:
            return
        if sub.state.is_final:
            self._submissions.pop(sub.custom_id, None)
        else:
            self._submissions[sub.custom_id] = sub
        if conversation_id in self._deleted:
            if sub.state is SubmissionState.SCHEDULED and sub.task is not None:
                self._background.spawn(self._delete_on_server([sub.task.id]))
            return
        conversation = self.conversation(conversation_id)
        message = _by_custom_id(conversation, sub.custom_id)
        if conversation is None or message is None:
            return
        changed = False
        if sub.state is SubmissionState.SCHEDULED and sub.task is not None:
            if message.state is MessageState.CANCELLED and message.task_id is None:
                message.task_id = sub.task.id  # cancelled while it was being sent
                self._background.spawn(self._cancel_on_server(sub.task.id))
                changed = True
            else:
                changed = apply_task(message, sub.task, self.translate)
        elif sub.state is SubmissionState.FAILED and message.state.is_pending:
            error = sub.error or RuntimeError("failed")
            message.state, message.error = (
                MessageState.FAILED,
                explain(error).render(self.translate),
            )
            changed = True
        elif sub.state is SubmissionState.CANCELLED and message.state.is_pending:
            message.state = MessageState.CANCELLED
            message.error = self.translate("Chat", CANCELLED)
            changed = True
        if changed:
            self._save(conversation, message)
        self.changed.emit(conversation_id)  # also: what the queue waits for changed

    def history_event(self, event: HistoryEvent) -> None:
        if self._background.closed:
            return
        if event.kind in (EventKind.LOADED, EventKind.CHANGED):
            tasks = event.tasks or tuple(x.task for x in event.entries)
            self._apply([t for t in tasks if is_chat_task(t)])
        elif event.kind is EventKind.REMOVED:
            self._vanished(set(event.task_ids))

    # --- internals ------------------------------------------------------------------------------

    def _get(self, conversation_id: str) -> Conversation:
        conversation = self.conversation(conversation_id)
        if conversation is None:
            raise KeyError(conversation_id)
        return conversation

    def _usable(self, conversation_id: str) -> Conversation:
        if self.available() is False:
            raise ChatUnavailableError("the server does not offer chat")
        conversation = self._get(conversation_id)
        if conversation.pending is not None:
            raise ChatBusyError("an answer is on its way")
        return conversation

    def _again(self, conversation: Conversation) -> ChatMessage:
        answer, inputs = begin_again(self.store, conversation)
        self._submit(answer, inputs)
        self.changed.emit(conversation.id)
        return answer

    def _submit(self, answer: ChatMessage, inputs: dict[str, Any]) -> None:
        chat_type = (self._types() or {}).get(CHAT_TYPE)
        self._queue.submit(
            CHAT_TYPE,
            inputs,
            type_name=chat_type.name if chat_type is not None else "Chat",
            custom_id=answer.custom_id,
        )

    def _save(self, conversation: Conversation, message: ChatMessage) -> None:
        updated = None
        if not message.state.is_pending:
            updated = conversation.updated = time.time()
        self.store.save_message(conversation.id, message, updated=updated)

    def _apply(self, tasks: Sequence[Task]) -> None:
        """Tasks the live history reports: the answers on their way that they belong to."""
        if not tasks:
            return
        pending = {m.custom_id: (c, m) for c, m in self.store.pending(self.account)}
        by_task = {m.task_id: (c, m) for c, m in pending.values() if m.task_id is not None}
        touched: set[str] = set()
        for task in tasks:
            found = pending.get(task.custom_id or "") or by_task.get(task.id)
            if found is None:
                continue
            conversation_id, message = found
            if apply_task(message, task, self.translate):
                updated = None if message.state.is_pending else time.time()
                self.store.save_message(conversation_id, message, updated=updated)
                touched.add(conversation_id)
        for conversation_id in touched:
            self.changed.emit(conversation_id)

    def _vanished(self, task_ids: set[int]) -> None:
        """The server no longer has these tasks: an answer that was waiting for one ends."""
        for conversation_id, message in self.store.pending(self.account):
            if message.task_id in task_ids:
                message.state = MessageState.FAILED
                message.error = self.translate("Chat", VANISHED)
                self.store.save_message(conversation_id, message, updated=time.time())
                self.changed.emit(conversation_id)

    async def _reconcile(self) -> None:
        await self._history.loaded.wait()
        self._apply([x.task for x in self._history.entries() if is_chat_task(x.task)])
        lost = [
            (c, m)
            for c, m in self.store.pending(self.account)
            if m.task_id is None and m.custom_id not in self._submissions
        ]
        for conversation_id, message in lost:
            # neither in the outbox nor (yet) known here: ask the server whether it got it
            try:
                tasks = await self._history.client.list_tasks(custom_id=message.custom_id)
            except e.NextcloudError as exc:
                log.info("a lost chat message could not be looked up: %r", exc)
                return  # next start
            task = next((t for t in tasks if t.custom_id == message.custom_id), None)
            if task is not None:
                self._history.add(task)  # followed from now on; its answer comes as usual
                self._apply([task])
                continue
            message.state = MessageState.FAILED
            message.error = self.translate("Chat", NOT_SENT)
            self.store.save_message(conversation_id, message, updated=time.time())
            self.changed.emit(conversation_id)

    async def _cancel_on_server(self, task_id: int) -> None:
        errors = await self._history.cancel([task_id])
        for _task_id, exc in errors:
            log.warning("the chat answer's task %s could not be cancelled: %r", task_id, exc)

    async def _delete_on_server(self, task_ids: list[int]) -> None:
        errors = await self._history.delete(task_ids)
        for task_id, exc in errors:
            log.info("the chat task %s could not be deleted on the server: %r", task_id, exc)


def _by_custom_id(conversation: Conversation | None, custom_id: str) -> ChatMessage | None:
    if conversation is None:
        return None
    return next((m for m in conversation.messages if m.custom_id == custom_id), None)
