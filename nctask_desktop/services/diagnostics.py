"""Help → Report a problem: one zip with the redacted logs, versions, platform and settings.

What goes in: the app's and its libraries' versions, the system, the language, the preferences, the
number of accounts (each as "account 1" on "server 1", with its server's version when known) and the
last log files. What never goes in: passwords, app passwords, tokens, cookies, Authorization headers,
proxy passwords, server addresses, login and user names, the home folder's path. Task texts (what
was asked, what came back) only when the user asks for them: then the last tasks of each account are
added, and the logs keep them; otherwise any task text a log line quotes is removed too.

`write_report` blocks (it reads logs and the history, and writes the zip): run it with
`create_report`, which hands it to a thread. The zip gets its final name only once it is complete;
a failed write (disk full, no permission) leaves nothing and raises `SaveError`.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import importlib.metadata
import json
import locale
import os
import platform
import re
import sys
import time
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from nctask_desktop import APP_NAME, __version__
from nctask_desktop.api import Task
from nctask_desktop.api.files import partial_file, publish

from . import logs, paths
from .accounts import Account
from .history import HistoryStore
from .settings import Preferences

LOG_FILES = logs.BACKUPS + 1
"""How many log files go in: the current one and its rotated copies."""
TASKS_PER_ACCOUNT = 20
"""How many of each account's latest tasks go in when the user includes task texts."""
SCRUBBED_TASKS = 200
"""How many of each account's latest tasks are looked for (and removed) in the logs otherwise."""
TASK_TEXT = "[task text]"

LIBRARIES = (
    "httpx",
    "httpcore",
    "h11",
    "anyio",
    "idna",
    "certifi",
    "keyring",
    "platformdirs",
    "qasync",
    "PySide6_Essentials",
    "PySide6",
    "shiboken6",
)

_EXTRA_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # whole Authorization and Cookie headers, whatever their scheme: quoted (JSON, reprs, httpcore's
    # (b'Authorization', b'Basic …') tuples) up to the closing quote, else to the end of the line
    (
        re.compile(
            r"(?i)((?:proxy-)?authorization|(?:set-)?cookie)(['\"]\s*[:,]\s*b?['\"])[^'\"\r\n]+"
        ),
        r"\1\2" + logs.REDACTED,
    ),
    (
        re.compile(r"(?i)\b((?:proxy-)?authorization|(?:set-)?cookie)(\s*[:=]\s*)[^\r\n]+"),
        r"\1\2" + logs.REDACTED,
    ),
    # Login Flow v2 tokens in addresses (…/login/v2/flow/<token>)
    (re.compile(r"(?i)(/login/v2/(?:flow|grant)/)[A-Za-z0-9]+"), r"\1" + logs.REDACTED),
    # app passwords as Nextcloud shows them (xxxxx-xxxxx-xxxxx-xxxxx-xxxxx) and long random ones
    (re.compile(r"\b[A-Za-z0-9]{5}(?:-[A-Za-z0-9]{5}){4}\b"), logs.REDACTED),
    (re.compile(r"\b[A-Za-z0-9]{40,}\b"), logs.REDACTED),
    # user:password@host without a scheme (a proxy setting)
    (
        re.compile(r"(?i)(proxy\w*['\"]?\s*[:=]\s*['\"]?[^\s:@'\"/]+:)(?!//)[^\s@'\"]+@"),
        r"\1[redacted]@",
    ),
)


def report_stem(now: dt.datetime | None = None) -> str:
    """The report's file name without ".zip": nctask-desktop-report-2026-11-29-1603."""
    when = now or dt.datetime.now()
    return f"{APP_NAME}-report-{when:%Y-%m-%d-%H%M}"


def _texts(value: Any) -> Iterable[str]:
    """Every text inside a task's input or output value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)


def task_texts(task: Task) -> set[str]:
    """The pieces of a task's texts to look for in the logs: each text, its longer lines and its
    beginning (a log line may quote only part of it)."""
    found: set[str] = set()
    values = [*_texts(task.input), *_texts(task.output or {})]
    values += [t for t in (task.error_message, task.user_facing_error_message) if t]
    for text in values:
        text = text.strip()
        if len(text) < 8:
            continue
        found.add(text)
        found.update(line.strip() for line in text.splitlines() if len(line.strip()) >= 12)
        if len(text) > 32:
            found.add(text[:32])
    return found


class Redactor:
    """Removes from a text what must not leave the computer: secrets (always), the accounts'
    servers and names (as "server 1", "user 1"), the home folder ("~"), and, unless the user
    includes them, task texts."""

    def __init__(self, accounts: Sequence[Account], task_texts: Iterable[str] = ()) -> None:
        self.servers: dict[str, str] = {}
        self.users: dict[str, str] = {}
        replacements: dict[str, str] = {}
        for account in accounts:
            label = self.server_label(account.server)
            origin = account.server.rstrip("/")
            host = origin.split("://", 1)[-1].split("/", 1)[0]
            replacements[origin] = label
            replacements[host] = label
            if ":" in host:  # also the bare host name of host:port
                replacements.setdefault(host.rsplit(":", 1)[0], label)
            user = self.user_label(account)
            for name in (account.login_name, account.user_id, account.display_name):
                if len(name) >= 3:
                    replacements.setdefault(name, user)
        self._names = [
            (re.compile(r"(?<![\w.-])" + re.escape(text) + r"(?![\w-])"), label)
            for text, label in sorted(replacements.items(), key=lambda kv: -len(kv[0]))
        ]
        self._task_texts = sorted(set(task_texts), key=len, reverse=True)
        home = str(Path.home())
        self._home = home if len(home) > 1 else ""

    def server_label(self, server: str) -> str:
        origin = server.rstrip("/")
        if origin not in self.servers:
            self.servers[origin] = f"server {len(self.servers) + 1}"
        return self.servers[origin]

    def user_label(self, account: Account) -> str:
        if account.key not in self.users:
            self.users[account.key] = f"user {len(self.users) + 1}"
        return self.users[account.key]

    def __call__(self, text: str) -> str:
        for piece in self._task_texts:
            if piece in text:
                text = text.replace(piece, TASK_TEXT)
        text = logs.redact(text)
        for pattern, replacement in _EXTRA_RULES:
            text = pattern.sub(replacement, text)
        for pattern, label in self._names:
            text = pattern.sub(label, text)
        if self._home:
            text = text.replace(self._home, "~")
        return text


_SECRET_KEY = re.compile(r"(?i)password|passwd|secret|token|credential|user|login|account")


def preferences_summary(prefs: Preferences, redact: Redactor) -> dict[str, Any]:
    """The preferences, with anything secret or naming a person replaced."""
    summary: dict[str, Any] = {}
    for key, value in dataclasses.asdict(prefs).items():
        if _SECRET_KEY.search(key):
            summary[key] = "[set]" if value else value
        elif isinstance(value, str):
            summary[key] = redact(value)
        elif isinstance(value, list):
            summary[key] = [redact(v) if isinstance(v, str) else v for v in value]
        else:
            summary[key] = value
    return summary


def _version(distribution: str) -> str | None:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def _locale() -> dict[str, Any]:
    try:
        language, encoding = locale.getlocale()
    except ValueError:
        language, encoding = None, None
    env = {
        name: os.environ[name]
        for name in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")
        if os.environ.get(name)
    }
    return {
        "locale": language,
        "encoding": encoding,
        "preferred_encoding": locale.getpreferredencoding(False),
        "environment": env,
    }


def _keyring_backend() -> str:
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring is worth reporting, not failing on
        return f"unavailable ({type(exc).__name__})"
    return f"{type(backend).__module__}.{type(backend).__name__}"


def about(ui: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Versions, the system and its language (`ui`: what the window knows: Qt, screens …)."""
    offset = dt.datetime.now().astimezone().utcoffset()
    return {
        "app": {
            "name": APP_NAME,
            "version": __version__,
            "frozen": bool(getattr(sys, "frozen", False)),
        },
        "python": {
            "version": platform.python_version(),
            "implementation": platform.python_implementation(),
        },
        "libraries": {name: v for name in LIBRARIES if (v := _version(name)) is not None},
        "system": {
            "platform": platform.platform(),
            "system": platform.system(),
            "release": platform.release(),
            "machine": platform.machine(),
            "desktop": os.environ.get("XDG_CURRENT_DESKTOP", ""),
            "session": os.environ.get("XDG_SESSION_TYPE", ""),
        },
        "language": _locale(),
        "proxy_environment": {  # passwords in them are removed with the rest
            name: value
            for name, value in sorted(os.environ.items())
            if name.lower() in ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
        },
        "utc_offset_minutes": int(offset.total_seconds() // 60) if offset is not None else None,
        "keyring": _keyring_backend(),
        "ui": dict(ui or {}),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }


def _status_counts(tasks: Iterable[Task]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for task in tasks:
        key = task.status.name.lower()
        counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items()))


def _redact_value(value: Any, redact: Redactor) -> Any:
    """A task's input or output with its texts kept, and secrets and addresses in them not."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, Mapping):
        return {
            str(k): logs.REDACTED if _SECRET_VALUE.search(str(k)) else _redact_value(v, redact)
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [_redact_value(v, redact) for v in value]
    return value


_SECRET_VALUE = re.compile(r"(?i)password|passwd|secret|token")


def _task_json(task: Task, redact: Redactor, user: str) -> dict[str, Any]:
    def keep(value: Any) -> Any:
        return _redact_value(value, redact)

    return {
        "id": task.id,
        "type": task.type,
        "status": task.status.name.lower(),
        "user": user if task.user_id else None,
        "app": task.app_id,
        "scheduled_at": task.scheduled_at,
        "started_at": task.started_at,
        "ended_at": task.ended_at,
        "input": keep(dict(task.input)),
        "output": keep(dict(task.output)) if task.output is not None else None,
        "error_message": keep(task.error_message),
        "user_facing_error_message": keep(task.user_facing_error_message),
    }


def _log_files(folder: Path, count: int) -> list[Path]:
    main = folder / logs.LOG_FILE
    candidates = [main, *(Path(f"{main}.{n}") for n in range(1, count))]
    return [p for p in candidates if p.is_file()]


def _read_log(path: Path, redact: Redactor) -> str:
    try:
        with path.open("r", encoding="utf-8", errors="replace") as fh:
            text = fh.read(2 * logs.MAX_BYTES)
    except OSError as exc:
        return f"(this log file could not be read: {exc.strerror or type(exc).__name__})\n"
    return redact(text)


README = """\
A problem report of {app} {version}, made on {created}.

about.json        versions of the app, Python, Qt and libraries; the system, language, screens
preferences.json  the app's preferences
accounts.json     how many accounts, their servers' versions when known, their tasks by state
logs/             the app's last log files
{tasks_line}
Removed before writing: passwords, app passwords, tokens, cookies, Authorization headers, proxy
passwords; server addresses and login names ("server 1", "user 1"); your home folder ("~").
{tasks_note}
Nothing was sent anywhere: attach this file to your message yourself.
"""


def write_report(
    folder: Path,
    *,
    prefs: Preferences,
    accounts: Sequence[Account] = (),
    history: HistoryStore | None = None,
    server_versions: Mapping[str, str] | None = None,
    include_tasks: bool = False,
    ui: Mapping[str, Any] | None = None,
    log_folder: Path | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Write the report into `folder` (never over an existing file: "… (2).zip"); its path.

    Blocking: reads the logs and the history. `server_versions`: account key → the server's
    version, for the servers whose version is known. Raises `SaveError` when it cannot be written.
    """
    versions = server_versions or {}
    per_account: list[tuple[Account, list[Task]]] = []
    for account in accounts:
        tasks = [entry.task for entry in history.entries(account.key)] if history else []
        per_account.append((account, tasks))
    hidden: set[str] = set()
    if not include_tasks:
        for _account, tasks in per_account:
            for task in tasks[:SCRUBBED_TASKS]:
                hidden |= task_texts(task)
    redact = Redactor(accounts, hidden)
    members: dict[str, str] = {}
    info = about(ui)
    members["about.json"] = redact(json.dumps(info, indent=2, ensure_ascii=False))
    members["preferences.json"] = json.dumps(
        preferences_summary(prefs, redact), indent=2, ensure_ascii=False
    )
    listed = []
    for number, (account, tasks) in enumerate(per_account, 1):
        listed.append(
            {
                "account": f"account {number}",
                "server": redact.server_label(account.server),
                "user": redact.user_label(account),
                "https": account.server.startswith("https://"),
                "server_version": versions.get(account.key) or "unknown",
                "needs_sign_in": account.needs_reauth,
                "own_certificate": bool(account.certificate),
                "tasks_in_history": len(tasks),
                "tasks_by_state": _status_counts(tasks),
            }
        )
    members["accounts.json"] = json.dumps(
        {"count": len(accounts), "accounts": listed}, indent=2, ensure_ascii=False
    )
    if include_tasks:
        members["tasks.json"] = json.dumps(
            {
                f"account {number}": [
                    _task_json(task, redact, redact.user_label(account))
                    for task in tasks[:TASKS_PER_ACCOUNT]
                ]
                for number, (account, tasks) in enumerate(per_account, 1)
            },
            indent=2,
            ensure_ascii=False,
        )
    for path in _log_files(log_folder or paths.log_dir(), LOG_FILES):
        members[f"logs/{path.name}"] = _read_log(path, redact)
    members["README.txt"] = README.format(
        app=APP_NAME,
        version=__version__,
        created=info["created"],
        tasks_line=(
            f"tasks.json        the last {TASKS_PER_ACCOUNT} tasks of each account, with their texts\n"
            if include_tasks
            else ""
        ),
        tasks_note=(
            "You chose to include the text of your tasks.\n"
            if include_tasks
            else "The text of your tasks is not included (it is removed from the logs too).\n"
        ),
    )
    stamp = (now or dt.datetime.now()).timetuple()[:6]
    with partial_file(folder) as (fd, tmp):
        with os.fdopen(fd, "wb") as out, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name in ["README.txt", *sorted(n for n in members if n != "README.txt")]:
                entry = zipfile.ZipInfo(name, date_time=stamp)
                entry.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(entry, members[name].encode("utf-8"))
        return publish(tmp, folder, report_stem(now), ".zip")


async def create_report(folder: Path, **options: Any) -> Path:
    """`write_report` on a thread: the event loop keeps running."""
    return await asyncio.to_thread(write_report, folder, **options)
