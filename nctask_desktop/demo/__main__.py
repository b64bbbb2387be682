"""Command line: python -m nctask_desktop.demo [--port N] [--profile P] [--user NAME:PASS]..."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from nctask_desktop.demo.accounts import DemoUser, random_app_password
from nctask_desktop.demo.profiles import PROFILES
from nctask_desktop.demo.server import DemoServer


def _user(text: str) -> DemoUser:
    """Parse NAME:APP_PASSWORD."""
    name, sep, password = text.partition(":")
    if not sep or not name or not password:
        raise argparse.ArgumentTypeError("expected NAME:APP_PASSWORD")
    return DemoUser(name, password)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line options."""
    parser = argparse.ArgumentParser(
        prog="python -m nctask_desktop.demo",
        description="Run a simulated Nextcloud server with fake AI task providers.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=0, help="port (0: any free port)")
    parser.add_argument("--profile", default="nc30", choices=sorted(PROFILES))
    parser.add_argument(
        "--user",
        action="append",
        type=_user,
        default=[],
        metavar="NAME:APP_PASSWORD",
        help="an account (repeatable); default: user 'demo' with a random app password",
    )
    parser.add_argument("--task-seconds", type=float, default=2.0, help="time a task takes")
    parser.add_argument("--verbose", action="store_true", help="log requests to stderr")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run until SIGINT or SIGTERM."""
    args = parse_args(argv)
    users = args.user or [DemoUser("demo", random_app_password(), "Demo User")]
    server = DemoServer(
        host=args.host,
        port=args.port,
        profile=args.profile,
        users=users,
        task_seconds=args.task_seconds,
        verbose=args.verbose,
    )
    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        server.start()
    except OSError as exc:
        print(
            f"Could not listen on {args.host}:{args.port} ({exc.strerror or exc}). "
            "Choose another port with --port, or --port 0 for any free one.",
            file=sys.stderr,
        )
        return 1
    try:
        print(f"listening on {server.base_url}", flush=True)
        if not args.user:
            print(f"user: {users[0].user_id}", flush=True)
            print(f"app password: {users[0].app_password}", flush=True)
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
