"""The `nctask` command line's arguments, exit codes and environment variables."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn

from nctask_desktop import APP_NAME, __version__
from nctask_desktop.cli_trust import ENV_PROXY
from nctask_desktop.services import tasks as task_service

EXIT_OK = 0
EXIT_TASK_FAILED = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_SERVER = 4
EXIT_INTERRUPTED = 130

ENV_SERVER = "NCTASK_SERVER"
ENV_LOGIN = "NCTASK_LOGIN"
ENV_PASSWORD = "NCTASK_APP_PASSWORD"
ENV_FINGERPRINT = "NCTASK_TLS_FINGERPRINT"


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _ArgumentParser(
        prog="nctask",
        description="Run the AI tasks of your Nextcloud server from the command line.",
        epilog=(
            f"Credentials come from the keychain (after `nctask login`), or from {ENV_SERVER}, "
            f"{ENV_LOGIN} and {ENV_PASSWORD} (these win). Exit codes: 0 done, 1 task failed or "
            "cancelled, 2 usage or input refused, 3 authentication, 4 server unreachable, "
            "unsupported, in maintenance or broken. "
            f"Proxy: --proxy, else {ENV_PROXY}, else the app's preferences, else the system's "
            "settings (addresses on this computer always go directly)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--debug", action="store_true", help="show details and tracebacks")
    parser.add_argument("--account", metavar="LOGIN@SERVER", help="use this signed-in account")
    parser.add_argument(
        "--proxy",
        metavar="URL",
        help="connect through this proxy: http://HOST:PORT or socks5://HOST:PORT (credentials "
        "may be in it, USER:PASSWORD@HOST), `none` to connect directly, `system` for the "
        f"system's settings (default: {ENV_PROXY}, else the app's preferences)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_ArgumentParser)
    sub.required = True

    p = sub.add_parser("login", help="sign in to a Nextcloud (Login Flow v2 in the browser)")
    p.add_argument("server", help="the server's address, e.g. cloud.example.org")
    p.add_argument("--login-name", help="sign in with an app password instead of the browser")
    p.add_argument(
        "--app-password-stdin",
        action="store_true",
        help="read the app password from standard input",
    )
    p.add_argument("--no-browser", action="store_true", help="only print the sign-in link")
    p.add_argument(
        "--trust-fingerprint",
        metavar="FP",
        help="trust the server's own certificate with this SHA-256 fingerprint (pinned to the "
        "account)",
    )

    sub.add_parser("logout", help="revoke the app password on the server and forget it here")
    sub.add_parser("accounts", help="list the signed-in accounts")

    p = sub.add_parser("types", help="list the task types the server offers")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("run", help="schedule a task")
    p.add_argument("type", help="the task type id, e.g. core:text2text (see `nctask types`)")
    _add_inputs(
        p, "an input value; KEY=@PATH uploads a file or reads a text file; repeat a key for lists"
    )
    p.add_argument("--wait", action="store_true", help="wait for the result and print it")
    p.add_argument("--output-dir", type=Path, help="with --wait, save output files here")
    p.add_argument("--json", action="store_true", help="print the task as JSON")
    _add_rate_limit_wait(p)

    p = sub.add_parser("show", help="show one task")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("list", help="list your tasks (of every app)")
    p.add_argument("--type", help="only tasks of this type")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "wait",
        help="wait for a task to finish and print its result; with --all, every unfinished task",
    )
    p.add_argument("id", type=int, nargs="?")
    p.add_argument(
        "--all",
        action="store_true",
        help="follow every unfinished task of the account (as the app does), a line per change",
    )
    p.add_argument(
        "--stats", action="store_true", help="with --all: end with what the following cost"
    )
    p.add_argument("--output-dir", type=Path, help="save output files here")
    p.add_argument("--json", action="store_true")

    for name, text in (("cancel", "cancel a task"), ("delete", "delete a task")):
        p = sub.add_parser(name, help=text)
        p.add_argument("id", type=int)

    p = sub.add_parser(
        "chat",
        help="chat with your server's assistant (core:text2text:chat); without -m on a terminal, "
        "an interactive prompt",
    )
    p.add_argument("-m", "--message", metavar="TEXT", help="send this message and print the answer")
    p.add_argument(
        "--conversation",
        metavar="ID",
        help="continue this conversation (its history is sent); see --list",
    )
    p.add_argument(
        "--system",
        metavar="TEXT",
        help="the system prompt (of a new conversation, or from now on of --conversation's)",
    )
    p.add_argument(
        "--list", action="store_true", help="list your conversations (id, title, last activity)"
    )
    p.add_argument(
        "--json",
        action="store_true",
        help='print {"conversation": ID, "reply": TEXT, "task": TASK} (with --list: the list)',
    )
    _add_rate_limit_wait(p)

    p = sub.add_parser(
        "batch",
        help="run a task on many files, one task per file; results saved next to each file",
        description="Run one task per file (folders: the files directly in them that fit), under "
        "the server's rate limit (20 new tasks per 2 minutes: waits, and says so). Results are "
        "saved next to each input (or in --output-dir), named after it (interview.wav → "
        "interview.txt), never overwriting. Exits 0 when every file succeeded, 1 when any failed "
        "or was cancelled (the others are still saved).",
    )
    p.add_argument("type", help="the task type id, e.g. core:audio2text")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="files or folders")
    p.add_argument(
        "--slot",
        metavar="NAME",
        help="the file input that takes each file, when the type has several",
    )
    _add_inputs(p, "another input, the same for every task (as for `nctask run`)")
    p.add_argument("--output-dir", type=Path, help="save every result here instead")
    p.add_argument("--json", action="store_true", help="print the files and results as JSON")

    p = sub.add_parser("download", help="save a task's output files")
    p.add_argument("id", type=int)
    p.add_argument("--output-dir", type=Path, required=True)
    return parser


def _add_inputs(parser: argparse.ArgumentParser, text: str) -> None:
    parser.add_argument(
        "-i", "--input", action="append", default=[], metavar="KEY=VALUE", help=text
    )


def _add_rate_limit_wait(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rate-limit-wait",
        type=float,
        default=task_service.RATE_LIMIT_BUDGET,
        metavar="SECONDS",
        help="how long to keep retrying when the server's rate limit is reached (default: %(default)s)",
    )
