"""What the window works with: accounts, one session (client, queue, task types) per account, demo mode.

No Qt here: the window's pages subscribe to plain events (services.events). Demo mode runs the
built-in simulator on loopback, started by the DemoLauncher that the composition root hands in; its account is kept in the account list (marked in the preferences) so that it survives a
restart, but its password lives in this process's memory only: never in the keychain, never on disk.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

import httpx

from nctask_desktop.api import Capabilities, NextcloudClient, Task, TaskType
from nctask_desktop.api import errors as e

from .accounts import Account, AccountService, AccountStore, SignOutResult
from .batch import BatchSession, BatchStore, is_batch_custom_id
from .chat import ChatSession, ChatStore
from .drafts import DraftStore
from .events import Event
from .history import HistoryStore
from .live_history import HistoryEvent, LiveHistory
from .outbox import OutboxStore
from .results import ResultCache
from .secrets import SecretStore
from .settings import Preferences
from .submissions import Submission, SubmissionQueue, SubmissionState
from .tasks import input_file_names

log = logging.getLogger(__name__)


class DemoLauncher(Protocol):
    """Starts the built-in simulator for demo mode. The composition root hands one to the
    Workspace (nctask_desktop.demo_mode.DemoMode): the services know only this much of it."""

    @property
    def running(self) -> bool: ...

    @property
    def base_url(self) -> str | None: ...

    async def start(self, display_name: str = "Demo User") -> tuple[str, str, str]:
        """Start (or keep) the simulator: (base address, login name, app password)."""
        ...

    async def stop(self) -> None: ...


class AccountSession:
    """One signed-in account at work: its HTTP client, its submission queue, its task types, and
    its live history (cache, server list, polling)."""

    def __init__(
        self,
        account: Account,
        client: NextcloudClient,
        *,
        upload_folder: Callable[[], str],
        on_submission: Callable[[Account, Submission], None] | None = None,
        on_auth_failure: Callable[[Account], None] | None = None,
        queue_options: dict[str, Any] | None = None,
        history_store: HistoryStore | None = None,
        outbox: OutboxStore | None = None,
        on_history: Callable[[Account, HistoryEvent], None] | None = None,
        auto_save_folder: Callable[[Task], Path | None] = lambda _task: None,
        notify_other_devices: Callable[[], bool] = lambda: False,
        history_options: dict[str, Any] | None = None,
        chat_store: ChatStore | None = None,
        batch_store: BatchStore | None = None,
    ) -> None:
        self.account = account
        self.client = client
        self.types: dict[str, TaskType] | None = None
        self._capabilities: Capabilities | None = None
        self._on_submission = on_submission
        self._on_auth_failure = on_auth_failure
        self._auth_failure_reported = False
        self._on_history = on_history
        self._notify_other_devices = notify_other_devices
        self._background: set[asyncio.Task[Any]] = set()
        self.queue = SubmissionQueue(
            lambda: self.client,
            upload_folder=upload_folder,
            on_change=self._submission_changed,
            on_auth_failure=lambda _exc: self.auth_failed(),
            outbox=outbox,
            account=account.key,
            **(queue_options or {}),
        )
        self.history = LiveHistory(
            account.key,
            client,
            history_store or HistoryStore(),
            on_event=self._history_event,
            types=lambda: self.types,
            auto_save_folder=auto_save_folder,
            on_auth_failed=self.auth_failed,
            cache=ResultCache(account.key),
            **(history_options or {}),
        )
        self.chat = ChatSession(
            account.key,
            chat_store or ChatStore(),
            self.queue,
            self.history,
            types=lambda: self.types,
            owns_store=chat_store is None,
        )
        """The account's conversations (services/chat.py)."""
        self.batches = BatchSession(
            account.key, self.queue, self.history, types=lambda: self.types, store=batch_store
        )
        """The account's batches: one task per file (services/batch.py)."""

    def _history_event(self, event: HistoryEvent) -> None:
        self.chat.history_event(event)
        self.batches.history_event(event)
        if self._on_history is not None:
            self._on_history(self.account, event)

    def _submission_changed(self, submission: Submission) -> None:
        self.chat.submission_changed(submission)
        self.batches.submission_changed(submission)
        if (
            submission.resumed
            and submission.state is SubmissionState.FAILED
            and not is_batch_custom_id(submission.custom_id)
        ):
            keep_as_draft(self.account.key, submission)
        if submission.state is SubmissionState.SCHEDULED and submission.task is not None:
            names = input_file_names(submission.inputs, submission.prepared or {})
            self.history.add(submission.task, names, submission.uploaded_inputs)
            if self._notify_other_devices():
                task = asyncio.ensure_future(self._ask_assistant_to_notify(submission.task.id))
                self._background.add(task)
                task.add_done_callback(self._background.discard)
        if self._on_submission is not None:
            self._on_submission(self.account, submission)

    async def capabilities(self) -> Capabilities | None:
        """The server's capabilities (asked once per session); None when they cannot be read."""
        if self._capabilities is None:
            try:
                self._capabilities = await self.client.get_capabilities()
            except e.NextcloudError as exc:
                log.info("capabilities not available: %r", exc)
                return None
        return self._capabilities

    async def _ask_assistant_to_notify(self, task_id: int) -> bool:
        """With the Assistant app on the server: ask it to notify the user's other devices."""
        caps = await self.capabilities()
        if caps is None or not caps.has_assistant:
            return False
        try:
            await self.client.notify_when_done(task_id)
        except e.NextcloudError as exc:
            log.info("the Assistant could not be asked to notify: %r", exc)
            return False
        return True

    def auth_failed(self) -> None:
        """The server refused the app password: tell the owner once (several requests in flight
        may all be refused), retry nothing until the account is signed in again."""
        self.history.pause_for_auth()
        if self._auth_failure_reported:
            return
        self._auth_failure_reported = True
        if self._on_auth_failure is not None:
            self._on_auth_failure(self.account)

    async def load_types(self) -> dict[str, TaskType]:
        """The server's task types (in the user's language); AuthenticationError is reported."""
        try:
            self.types = await self.client.get_task_types()
        except e.AuthenticationError:
            self.auth_failed()
            raise
        return self.types

    async def avatar(self, size: int = 64) -> bytes | None:
        """The user's avatar image (cheap, cached by the server), or None."""
        path = f"/index.php/avatar/{quote(self.account.user_id, safe='')}/{int(size)}"
        try:
            response = await self.client.send("GET", path, headers={"Accept": "image/*"})
        except e.NextcloudError:
            return None
        ctype = response.headers.get("Content-Type", "")
        if response.status_code != 200 or not ctype.startswith("image/"):
            return None
        return response.content

    async def replace(self, account: Account, client: NextcloudClient) -> None:
        """Signed in again: use the new credentials and go on with what was queued."""
        old, self.client, self.account = self.client, client, account
        self._auth_failure_reported = False
        self.queue.resume()
        self.history.set_client(client)
        await old.aclose()

    async def close(self) -> None:
        self.chat.close()
        await self.chat.settle()
        self.batches.close()
        await self.batches.settle()
        for task in list(self._background):
            task.cancel()
        await asyncio.gather(*self._background, return_exceptions=True)
        await self.history.close()
        await self.queue.close()
        await self.client.aclose()


def keep_as_draft(account_key: str, submission: Submission) -> None:
    """A submission from before a restart could not be sent (a file of it changed or went): its
    values go back into the form of its task type, unless the user has started another there."""
    drafts = DraftStore()
    if drafts.get(account_key, submission.type_id) is None:
        drafts.put(account_key, submission.type_id, submission.inputs)


class Workspace:
    """Accounts (keychain, and the demo one in memory), their sessions, and the demo simulator."""

    def __init__(
        self,
        prefs: Preferences | None = None,
        *,
        store: AccountStore | None = None,
        secrets: SecretStore | None = None,
        language: str = "en",
        transport: httpx.AsyncBaseTransport | None = None,
        demo: DemoLauncher | None = None,
        queue_options: dict[str, Any] | None = None,
        history_store: HistoryStore | None = None,
        history_options: dict[str, Any] | None = None,
    ) -> None:
        self.prefs = prefs or Preferences.load()
        self.store = store or AccountStore()
        self.secrets = secrets or SecretStore()
        self.language = language
        self.accounts = AccountService(
            self.store, self.secrets, language=language, transport=transport
        )
        self.accounts.proxy = lambda: self.prefs.proxy  # read per request: changes apply at once
        self._demo = demo
        self.demo_accounts = AccountService(
            self.store, SecretStore(use_keyring=False), language=language
        )
        self.queue_options = queue_options or {}
        self.history_options = history_options or {}
        self._history_store = history_store
        self._outbox: OutboxStore | None = None
        self._chat_store: ChatStore | None = None
        self._batch_store: BatchStore | None = None
        self._sessions: dict[str, AccountSession] = {}
        self.submission_changed: Event[[Account, Submission]] = Event("submission_changed")
        """A submission of any account moved on (queued, uploading, scheduled, failed…)."""
        self.auth_refused: Event[[Account]] = Event("auth_refused")
        """The server refused an account's app password (once per sign-in)."""
        self.history_changed: Event[[Account, HistoryEvent]] = Event("history_changed")
        """What an account's live history reports (loaded, changed, finished, removed…)."""
        self.signed_out: Event[[Account]] = Event("signed_out")
        """An account was signed out: its session, history and password are gone."""
        self.wiped: Event[[Account]] = Event("wiped")
        """The server asked for an account's data on this computer to be removed, and it was
        (after `signed_out` for it)."""
        self._wipe_checked: set[str] = set()
        self._wipe_tasks: set[asyncio.Task[bool]] = set()

    @property
    def demo(self) -> DemoLauncher:
        if self._demo is None:
            raise RuntimeError("this Workspace was made without a demo launcher")
        return self._demo

    @property
    def history_store(self) -> HistoryStore:
        """The local history of every account (SQLite under the data folder), opened on first use."""
        if self._history_store is None:
            self._history_store = HistoryStore()
        return self._history_store

    @property
    def outbox(self) -> OutboxStore:
        """Submissions not yet confirmed by a server, of every account (SQLite, data folder)."""
        if self._outbox is None:
            self._outbox = OutboxStore()
        return self._outbox

    @property
    def batch_store(self) -> BatchStore:
        """The batches of every account (SQLite, data folder), opened on first use."""
        if self._batch_store is None:
            self._batch_store = BatchStore()
        return self._batch_store

    @property
    def chat_store(self) -> ChatStore:
        """The conversations of every account (SQLite, data folder), opened on first use."""
        if self._chat_store is None:
            self._chat_store = ChatStore()
        return self._chat_store

    def unsent(self) -> int:
        """Submissions of open sessions that have not reached their server yet."""
        return sum(len(session.queue.pending) for session in self._sessions.values())

    async def resume_unsent(self) -> int:
        """Open the session of every account that has submissions in the outbox (from before a
        quit or a crash), so that they are sent; the number of submissions resumed."""
        count = 0
        for account in self.store.accounts:
            if account.needs_reauth or not (
                self.outbox.count(account.key) or self.batch_store.unfinished(account.key)
            ):
                continue
            try:
                session = await self.session(await self.ready(account))
            except e.NextcloudError as exc:
                log.info("unsent submissions of %s wait: %r", account.key, exc)
                continue
            count += sum(1 for s in session.queue.pending if s.resumed)
        return count

    @property
    def sessions(self) -> list[AccountSession]:
        return list(self._sessions.values())

    def auto_save_folder(self, task: Task) -> Path | None:
        """Where results of this task are saved by themselves, if the user chose so for its type."""
        if task.type in self.prefs.auto_save_types:
            return self.prefs.effective_download_folder()
        return None

    # --- accounts -------------------------------------------------------------------------------

    @property
    def current(self) -> Account | None:
        return self.store.current

    def is_demo(self, account: Account | None) -> bool:
        return (
            account is not None
            and bool(self.prefs.demo_account)
            and (account.key == self.prefs.demo_account)
        )

    def service_for(self, account: Account) -> AccountService:
        return self.demo_accounts if self.is_demo(account) else self.accounts

    def set_current(self, account: Account) -> None:
        self.store.set_current(account.key)

    def note_auth_failure(self, account: Account) -> Account:
        """A 401: the account needs signing in again. Nothing is deleted."""
        updated = self.service_for(account).note_auth_failure(account)
        return updated or account

    def _auth_failed(self, account: Account) -> None:
        updated = self.note_auth_failure(account)
        self.auth_refused.emit(updated)
        if account.key not in self._wipe_checked:  # once per refusal: the route is rate-limited
            self._wipe_checked.add(account.key)
            task = asyncio.ensure_future(self.wipe_if_asked(account))
            self._wipe_tasks.add(task)
            task.add_done_callback(self._wipe_tasks.discard)

    async def wipe_if_asked(self, account: Account) -> bool:
        """After a 401: when the server asks for a remote wipe, remove the account's data here
        (history, cached results, drafts, the app password, the account), confirm it to the
        server, and say so (`wiped`). Files the user saved stay where they are."""
        service = self.service_for(account)
        try:
            client = await service.client_for(account)
        except e.NextcloudError:
            return False  # no password here: nothing to ask with
        async with client:
            try:
                if not await client.check_remote_wipe():
                    return False
            except e.NextcloudError:
                return False
            await self._drop_session(account.key)
            await self._forget_history(account.key)
            DraftStore().discard_account(account.key)
            await service.secrets.delete(account.key)
            self.store.remove(account.key)
            with contextlib.suppress(e.NextcloudError):
                await client.confirm_remote_wipe()
        self.signed_out.emit(account)
        self.wiped.emit(account)
        return True

    # --- demo mode ------------------------------------------------------------------------------

    async def start_demo(self, display_name: str = "Demo User") -> Account:
        """Start the simulator and sign in to it; the account becomes the current one."""
        base, login, password = await self.demo.start(display_name)
        previous = self.store.find(self.prefs.demo_account) if self.prefs.demo_account else None
        account = await self.demo_accounts.add_with_app_password(base, login, password)
        if previous is not None and previous.key != account.key:
            await self._drop_session(previous.key)
            # what was queued for the last run's simulator goes to this one (uploaded anew)
            await asyncio.to_thread(self.outbox.move_account, previous.key, account.key)
            await self._forget_history(previous.key)
            self.store.remove(previous.key)
            self.store.set_current(account.key)
        self.prefs.demo_account = account.key
        self.prefs.save()
        return account

    async def ready(self, account: Account) -> Account:
        """The account ready for use: a demo account gets a running simulator (a new one after a
        restart, signed in to again transparently)."""
        if not self.is_demo(account):
            return account
        if self._demo is not None and self._demo.running and account.server == self._demo.base_url:
            return account
        return await self.start_demo(account.display_name)

    # --- sessions -------------------------------------------------------------------------------

    def session_if_open(self, account: Account) -> AccountSession | None:
        return self._sessions.get(account.key)

    async def session(self, account: Account) -> AccountSession:
        """The account's session, opened on first use; AuthenticationError when the password is
        gone (no keychain last time, or removed): the account is then marked as needing sign-in."""
        existing = self._sessions.get(account.key)
        if existing is not None:
            return existing
        client = await self.service_for(account).client_for(account)
        fresh = self._sessions.get(account.key)
        if fresh is not None:  # opened meanwhile
            await client.aclose()
            return fresh
        session = AccountSession(
            account,
            client,
            upload_folder=lambda: self.prefs.upload_folder or "nctask-desktop",
            on_submission=self._submission_changed,
            on_auth_failure=self._auth_failed,
            queue_options=self.queue_options,
            history_store=self.history_store,
            outbox=self.outbox,
            on_history=self._history_event,
            auto_save_folder=self.auto_save_folder,
            notify_other_devices=lambda: self.prefs.notify_other_devices,
            history_options=self.history_options,
            chat_store=self.chat_store,
            batch_store=self.batch_store,
        )
        self._sessions[account.key] = session
        session.history.remove_uploaded_inputs = lambda: self.prefs.remove_uploaded_inputs
        session.history.start()
        session.queue.restore()
        session.batches.restore()
        session.chat.start()
        return session

    def _history_event(self, account: Account, event: HistoryEvent) -> None:
        self.history_changed.emit(account, event)

    def _submission_changed(self, account: Account, submission: Submission) -> None:
        self.submission_changed.emit(account, submission)

    async def signed_in(self, account: Account) -> None:
        """An account was added or signed in again: an open session takes the new credentials."""
        self._wipe_checked.discard(account.key)
        session = self._sessions.get(account.key)
        if session is None:
            return
        client = await self.service_for(account).client_for(account)
        await session.replace(account, client)

    async def _drop_session(self, key: str) -> None:
        session = self._sessions.pop(key, None)
        if session is not None:
            await session.close()

    async def sign_out(self, account: Account) -> SignOutResult:
        """Revoke the app password on the server, forget it here, close the session."""
        demo = self.is_demo(account)
        await self._drop_session(account.key)
        await self._forget_history(account.key)
        if demo and not (self.demo.running and account.server == self.demo.base_url):
            # The simulator of an earlier run is gone, and so is the password: forget the entry.
            await self.demo_accounts.secrets.delete(account.key)
            self.store.remove(account.key)
            result = SignOutResult(revoked_on_server=True)
        else:
            result = await self.service_for(account).sign_out(account)
        if demo:
            self.prefs.demo_account = ""
            self.prefs.save()
            await self.demo.stop()
        self.signed_out.emit(account)
        return result

    async def _forget_history(self, key: str) -> None:
        """Signed out: the local history, unsent submissions, conversations and cached files of
        the account go too."""
        await asyncio.to_thread(self.history_store.forget_account, key)
        await asyncio.to_thread(self.outbox.forget_account, key)
        await asyncio.to_thread(self.chat_store.forget_account, key)
        await asyncio.to_thread(self.batch_store.forget_account, key)
        await ResultCache(key).clear()

    async def close(self) -> None:
        """Close every session (HTTP clients, queues, polling) and stop the simulator."""
        for task in list(self._wipe_tasks):
            task.cancel()
        await asyncio.gather(*self._wipe_tasks, return_exceptions=True)
        for key in list(self._sessions):
            with contextlib.suppress(Exception):
                await self._drop_session(key)
        if self._demo is not None:
            await self._demo.stop()
        if self._history_store is not None:
            self._history_store.close()
            self._history_store = None
        if self._outbox is not None:
            self._outbox.close()
            self._outbox = None
        if self._batch_store is not None:
            self._batch_store.close()
            self._batch_store = None
        if self._chat_store is not None:
            self._chat_store.close()
            self._chat_store = None
