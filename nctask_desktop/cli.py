"""`nctask`: the command line, for power users, scripts and support, over the same services."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import json
import logging
import os
import sys
import webbrowser
from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from nctask_desktop.api import NextcloudClient, Task, TaskStatus, TaskType, WebDav, proxies
from nctask_desktop.api import errors as e
from nctask_desktop.cli_args import (
    ENV_FINGERPRINT,
    ENV_LOGIN,
    ENV_PASSWORD,
    ENV_SERVER,
    EXIT_AUTH,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_SERVER,
    EXIT_TASK_FAILED,
    EXIT_USAGE,
    build_parser,
)
from nctask_desktop.cli_trust import (
    ENV_PROXY,
    certificate_with,
    connection_lines,
    warn_plain_http,
)
from nctask_desktop.messages import explain, failed_task_reason
from nctask_desktop.services import tasks as task_service
from nctask_desktop.services.accounts import Account, AccountService, AccountStore
from nctask_desktop.services.secrets import SecretStore
from nctask_desktop.services.settings import Preferences

log = logging.getLogger("nctask")


class UsageError(Exception):
    """A mistake in how the command was called; the message is for the user."""


# --- output helpers -------------------------------------------------------------------------------


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False))


def status_words(task: Task) -> str:
    status = task.status
    if status is TaskStatus.SCHEDULED:
        return "scheduled (waiting for the server to start it)"
    if status is TaskStatus.RUNNING:
        return f"running {round((task.progress or 0) * 100)}%"
    return status.name.lower()


def _when(ts: int | None) -> str:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M:%S") if ts else "-"


def _task_json(task: Task, saved: Sequence[Path] = ()) -> dict[str, Any]:
    data = dict(task.raw)
    if saved:
        data["savedFiles"] = [str(p) for p in saved]
    return data


def _type_json(t: TaskType) -> dict[str, Any]:
    def slot(s: Any) -> dict[str, Any]:
        d: dict[str, Any] = {
            "key": s.key,
            "name": s.name,
            "type": s.raw_type,
            "mandatory": s.mandatory,
        }
        if s.description:
            d["description"] = s.description
        if s.enum_values:
            d["values"] = [{"name": c.name, "value": c.value} for c in s.enum_values]
        if s.default is not None:
            d["default"] = s.default
        return d

    return {
        "id": t.id,
        "name": t.name,
        "description": t.description,
        "inputs": [slot(s) for s in t.inputs],
        "outputs": [slot(s) for s in t.outputs],
    }


def _print_outputs(task: Task, task_type: TaskType | None) -> None:
    texts = task.text_outputs(task_type)
    for i, (key, text) in enumerate(texts):
        if len(texts) > 1:
            print(f"--- {key}")
        print(text)
        if i < len(texts) - 1:
            print()
    files = task.output_file_ids(task_type)
    if files and not texts:
        ids = ", ".join(str(fid) for _, fid in files)
        _err(f"The task produced {len(files)} file(s) (ids {ids}); save them with --output-dir.")


# --- credentials ----------------------------------------------------------------------------------


class Session:
    """The services, and the signed-in client for commands that need one."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.prefs = Preferences.load()
        self.secrets = SecretStore()
        self.store = AccountStore()
        self.accounts = AccountService(self.store, self.secrets, language=_language())
        self.proxy = proxy_setting(args.proxy, self.prefs)
        self.accounts.proxy = lambda: self.proxy
        self._types: dict[str, TaskType] | None = None
        self.used: tuple[str, str, str, str | None, Account | None] | None = None
        """The last credentials used: server, login, app password, pinned certificate, account
        (None: the environment's)."""

    def account(self) -> Account | None:
        if self.args.account:
            account = self.store.find(self.args.account)
            if account is None:
                raise UsageError(
                    f"No signed-in account {self.args.account}; see `nctask accounts`."
                )
            return account
        return self.store.current

    @contextlib.asynccontextmanager
    async def client(self) -> AsyncIterator[NextcloudClient]:
        server, login, password = (os.environ.get(k) for k in (ENV_SERVER, ENV_LOGIN, ENV_PASSWORD))
        account: Account | None = None  # the environment's credentials: nothing kept here
        if server and login and password:
            wanted = os.environ.get(ENV_FINGERPRINT, "")
            pinned = await certificate_with(server, wanted, proxy=self.proxy) if wanted else None
            client = NextcloudClient(
                server.rstrip("/"),
                login,
                password,
                language=_language(),
                pinned=pinned,
                proxy=self.proxy,
            )
        elif server or login or password:
            raise UsageError(
                f"Set all three of {ENV_SERVER}, {ENV_LOGIN} and {ENV_PASSWORD}, or none."
            )
        else:
            account = self.account()
            if account is None:
                raise UsageError("You are not signed in. Run `nctask login SERVER` first.")
            client = await self.accounts.client_for(account)
            password = await self.accounts.password_for(account) or ""
        self.used = (client.base_url, client.login_name or "", password, client.pinned, account)
        warn_plain_http(client.base_url)
        async with client:
            yield client

    async def wipe_if_asked(self) -> bool:
        """After a 401: when the server asks for a remote wipe, forget what is kept here for the
        account (its app password and the account), and tell the server."""
        if self.used is None:
            return False
        server, login, password, pinned, account = self.used
        async with NextcloudClient(
            server, login, password, language=_language(), pinned=pinned, proxy=self.proxy
        ) as client:
            try:
                if not await client.check_remote_wipe():
                    return False
            except e.NextcloudError:
                return False
            if account is not None:
                await self.secrets.delete(account.key)
                self.store.remove(account.key)
            with contextlib.suppress(e.NextcloudError):
                await client.confirm_remote_wipe()
        return True

    async def types(self, client: NextcloudClient) -> dict[str, TaskType]:
        if self._types is None:
            self._types = await client.get_task_types()
        return self._types

    async def task_type(self, client: NextcloudClient, type_id: str) -> TaskType:
        """The server's task type `type_id`; a usage error naming those it offers when none."""
        types = await self.types(client)
        task_type = types.get(type_id)
        if task_type is None:
            names = ", ".join(sorted(t for t, v in types.items() if not v.is_internal))
            raise UsageError(f"The server has no task type {type_id!r}. It offers: {names}.")
        return task_type


def proxy_setting(option: str | None, prefs: Preferences) -> str:
    """The proxy setting: --proxy, else NCTASK_PROXY (when not empty), else the preferences'."""
    text = option if option is not None else os.environ.get(ENV_PROXY) or None
    if text is None:
        return prefs.proxy
    try:
        return proxies.normalize(text)
    except ValueError as exc:
        source = "--proxy" if option is not None else ENV_PROXY
        raise UsageError(
            f"{source}: {exc}. Give http://HOST:PORT, socks5://HOST:PORT, `none` or `system`."
        ) from None


def _language() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split(".")[0].replace("_", "-")
    return "en"


def _parse_inputs(items: Sequence[str]) -> list[tuple[str, str | Path]]:
    pairs: list[tuple[str, str | Path]] = []
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"-i takes KEY=VALUE, not {item!r}.")
        if value.startswith("@@"):
            pairs.append((key.strip(), value[1:]))  # @@ escapes a literal leading @
        elif value.startswith("@"):
            pairs.append((key.strip(), Path(value[1:]).expanduser()))
        else:
            pairs.append((key.strip(), value))
    return pairs


# --- commands -------------------------------------------------------------------------------------


async def cmd_login(s: Session) -> int:
    args = s.args
    if args.trust_fingerprint:
        pem = await certificate_with(args.server, args.trust_fingerprint, proxy=s.proxy)
        s.accounts.trust(args.server, pem)
    if not s.secrets.persistent:
        _err(
            "No keychain is available on this computer, so the app password could not be kept. "
            f"Set {ENV_SERVER}, {ENV_LOGIN} and {ENV_PASSWORD} instead (create an app password "
            "in Nextcloud under Settings → Security)."
        )
        return EXIT_AUTH
    warn_plain_http(args.server)
    if args.login_name or args.app_password_stdin:
        if not (args.login_name and args.app_password_stdin):
            raise UsageError("--login-name and --app-password-stdin go together.")
        password = sys.stdin.readline().strip() if not sys.stdin.isatty() else getpass.getpass()
        if not password:
            raise UsageError("No app password on standard input.")
        account = await s.accounts.add_with_app_password(args.server, args.login_name, password)
    else:
        base, flow = await s.accounts.start_login_flow(args.server)
        _err("Open this link in your browser and grant access:")
        print(flow.login_url, flush=True)
        if not args.no_browser:
            with contextlib.suppress(Exception):
                webbrowser.open(flow.login_url)
        _err("Waiting for you to grant access… (Ctrl+C cancels)")
        account = await s.accounts.finish_login_flow(base, flow)
    _err(f"Signed in as {account.display_name} ({account.login_name}) on {account.server}.")
    return EXIT_OK


async def cmd_logout(s: Session) -> int:
    account = s.account()
    if account is None:
        _err("No account is signed in.")
        return EXIT_OK
    result = await s.accounts.sign_out(account)
    if result.revoked_on_server:
        _err(f"Signed out of {account.server}; the app password was revoked and forgotten.")
    else:
        why = explain(result.server_error).render() if result.server_error else ""
        _err(
            f"Forgot the app password for {account.server}, but could not revoke it on the server. "
            f"{why} You can revoke it in Nextcloud under Settings → Security."
        )
    return EXIT_OK


async def cmd_accounts(s: Session) -> int:
    current = s.store.current
    for account in s.store.accounts:
        mark = "*" if current and account.key == current.key else " "
        note = "  (needs to sign in again)" if account.needs_reauth else ""
        print(f"{mark} {account.key}  {account.display_name}{note}")
    if not s.store.accounts:
        _err("No account is signed in. Run `nctask login SERVER`.")
    return EXIT_OK


async def cmd_types(s: Session) -> int:
    async with s.client() as client:
        types = [t for t in (await s.types(client)).values() if not t.is_internal]
    types.sort(key=lambda t: t.id)
    if s.args.json:
        _print_json([_type_json(t) for t in types])
        return EXIT_OK
    for t in types:
        print(f"{t.id}\t{t.name}")
        for slot in t.inputs:
            need = "" if slot.mandatory else ", optional"
            extra = ""
            if slot.enum_values:
                shown = ", ".join(c.value for c in slot.enum_values[:8])
                extra = f" [{shown}{', …' if len(slot.enum_values) > 8 else ''}]"
            print(f"    -i {slot.key}=…  {slot.name} ({slot.raw_type}{need}){extra}")
    return EXIT_OK


async def cmd_run(s: Session) -> int:
    args = s.args
    if args.output_dir and not args.wait:
        raise UsageError("--output-dir needs --wait (or use `nctask download ID` later).")
    pairs = _parse_inputs(args.input)
    async with s.client() as client:
        task_type = await s.task_type(client, args.type)
        inputs = task_service.build_inputs(task_type, pairs)
        if task_service.local_files(inputs):
            if not client.user_id or client.user_id == client.login_name:
                await client.get_user()

            def progress(local: task_service.LocalFile, done: int, total: int | None) -> None:
                if total and (done == total or sys.stderr.isatty()):
                    _err(f"Uploading {local.path.name}: {done * 100 // total}%")

            inputs = await task_service.upload_local_files(
                WebDav(client), inputs, s.prefs.upload_folder, progress=progress
            )

        def rate_limited(wait: float) -> None:
            _err(
                "The server allows 20 new tasks per 2 minutes and that limit is reached; "
                f"trying again in {wait:.0f} s."
            )

        task = await task_service.schedule(
            client,
            task_type.id,
            inputs,
            budget=max(0.0, args.rate_limit_wait),
            on_rate_limited=rate_limited,
        )
        if not args.wait:
            if args.json:
                _print_json(_task_json(task))
            else:
                print(task.id)
                _err(f"Task {task.id} scheduled. Follow it with: nctask wait {task.id}")
            return EXIT_OK
        from nctask_desktop.cli_follow import wait_and_report

        return await wait_and_report(s, client, task, args.output_dir, args.json)


async def cmd_show(s: Session) -> int:
    async with s.client() as client:
        task = await client.get_task(s.args.id)
        if s.args.json:
            _print_json(_task_json(task))
            return EXIT_OK
        task_type = (await s.types(client)).get(task.type)
    print(f"Task {task.id}: {task_type.name if task_type else task.type} ({task.type})")
    print(f"Status: {status_words(task)}")
    print(
        f"Scheduled: {_when(task.scheduled_at)}  Started: {_when(task.started_at)}  Ended: {_when(task.ended_at)}"
    )
    if task.status is TaskStatus.FAILED:
        print(failed_task_reason(task.user_facing_error_message, task.error_message).render())
    files = task.output_file_ids(task_type)
    if files:
        print("Output files: " + ", ".join(f"{k} #{fid}" for k, fid in files))
    if task.status is TaskStatus.SUCCESSFUL:
        print()
        _print_outputs(task, task_type)
    return EXIT_OK


async def cmd_list(s: Session) -> int:
    async with s.client() as client:
        tasks = await client.list_tasks(task_type=s.args.type)
        types = await s.types(client)
    tasks.sort(key=lambda t: (t.scheduled_at or 0, t.id))
    if s.args.json:
        _print_json([_task_json(t) for t in tasks])
        return EXIT_OK
    for t in tasks:
        print(
            f"{t.id}\t{t.type}\t{t.status.name.lower()}\t{_when(t.scheduled_at)}\t{task_service.input_summary(t, types.get(t.type))}"
        )
    if not tasks:
        _err("No tasks.")
    return EXIT_OK


async def cmd_wait(s: Session) -> int:
    if s.args.all:
        from nctask_desktop.cli_follow import wait_all

        return await wait_all(s)
    if s.args.id is None:
        _err("Give a task id, or --all for every unfinished task.")
        return EXIT_USAGE
    async with s.client() as client:
        task = await client.get_task(s.args.id)
        from nctask_desktop.cli_follow import wait_and_report

        return await wait_and_report(s, client, task, s.args.output_dir, s.args.json)


async def cmd_cancel(s: Session) -> int:
    async with s.client() as client:
        task = await client.cancel_task(s.args.id)
    if task.status is TaskStatus.CANCELLED:
        _err(f"Task {task.id} is cancelled.")
    else:
        _err(f"Task {task.id} had already ended ({status_words(task)}); nothing to cancel.")
    return EXIT_OK


async def cmd_delete(s: Session) -> int:
    async with s.client() as client:
        await client.delete_task(s.args.id)
        # The server answers 200 even for tasks it does not have: check it is really gone.
        try:
            await client.get_task(s.args.id)
        except e.NotFoundError:
            _err(f"Task {s.args.id} is deleted.")
            return EXIT_OK
    _err(f"Task {s.args.id} could not be deleted.")
    return EXIT_SERVER


async def cmd_download(s: Session) -> int:
    async with s.client() as client:
        task = await client.get_task(s.args.id)
        task_type = (await s.types(client)).get(task.type)
        if task.status is not TaskStatus.SUCCESSFUL:
            _err(f"Task {task.id} has no results yet ({status_words(task)}).")
            return EXIT_TASK_FAILED if task.status.is_finished else EXIT_USAGE
        saved = await task_service.save_outputs(client, task, task_type, s.args.output_dir)
    for path in saved:
        print(path)
    if not saved:
        _err(f"Task {task.id} has no output files.")
    return EXIT_OK


async def cmd_chat(s: Session) -> int:
    from nctask_desktop.cli_chat import cmd_chat as chat

    return await chat(s)


async def cmd_batch(s: Session) -> int:
    from nctask_desktop.cli_batch import cmd_batch as batch

    return await batch(s)


COMMANDS = {
    "login": cmd_login,
    "logout": cmd_logout,
    "accounts": cmd_accounts,
    "types": cmd_types,
    "run": cmd_run,
    "show": cmd_show,
    "list": cmd_list,
    "wait": cmd_wait,
    "cancel": cmd_cancel,
    "delete": cmd_delete,
    "download": cmd_download,
    "chat": cmd_chat,
    "batch": cmd_batch,
}


def exit_code_for(exc: BaseException) -> int:
    if isinstance(exc, UsageError | task_service.InputError | OSError):
        return EXIT_USAGE
    if isinstance(exc, e.AuthenticationError):
        return EXIT_AUTH
    if isinstance(
        exc,
        e.InvalidInputError
        | e.ProviderUnavailableError
        | e.NotFoundError
        | e.AccessDeniedError
        | e.InvalidAddressError,
    ) and not isinstance(exc, e.RouteNotFoundError):
        return EXIT_USAGE
    if isinstance(exc, e.LoginFlowExpiredError):
        return EXIT_AUTH
    return EXIT_SERVER


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not args.debug:
        logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        return asyncio.run(_main(args))
    except KeyboardInterrupt:
        _err("Cancelled.")
        return EXIT_INTERRUPTED


async def _main(args: argparse.Namespace) -> int:
    session: Session | None = None
    try:
        session = Session(args)
        return await COMMANDS[args.command](session)
    except UsageError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except Exception as exc:
        if args.debug:
            log.exception("details")
        wiped = isinstance(exc, e.AuthenticationError) and session and await session.wipe_if_asked()
        if wiped:
            _err(
                "The server asked for this account's data on this computer to be removed (a "
                "remote wipe): its app password and sign-in are gone from here."
            )
            return EXIT_AUTH
        _err(explain(exc).render())
        for line in await connection_lines(exc, session.proxy if session is not None else ""):
            _err(line)
        return exit_code_for(exc)


if __name__ == "__main__":
    sys.exit(main())
