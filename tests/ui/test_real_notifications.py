"""A real notification service: dunst on a private D-Bus session under Xvfb. A click and the Save
button reach the app through desktop-notifier (dbus-fast on the qasync loop). Skipped where dunst,
Xvfb or dbus-run-session are missing (`apt-get install dunst xvfb dbus`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TOOLS = ("dunst", "dunstctl", "dbus-run-session", "Xvfb")
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not all(shutil.which(t) for t in TOOLS),
    reason="needs dunst, Xvfb and dbus-run-session",
)
def test_clicking_a_real_notification_and_its_save_button(tmp_path: Path) -> None:
    pick = tmp_path / "pick.sh"
    pick.write_text('#!/bin/sh\ngrep -m1 "^#Save"\n')
    pick.chmod(0o755)
    (tmp_path / "dunstrc").write_text(f"[global]\n    dmenu = {pick}\n")
    display = f":{90 + os.getpid() % 100}"
    script = (
        f"Xvfb {display} -screen 0 640x480x24 >/dev/null 2>&1 & X=$!; "
        f"export DISPLAY={display}; sleep 1; "
        f"dunst -config {tmp_path / 'dunstrc'} >/dev/null 2>&1 & D=$!; sleep 1; "
        f"{sys.executable} -m tests.notify_child; rc=$?; kill $D $X; exit $rc"
    )
    env = {k: v for k, v in os.environ.items() if k != "NCTASK_NO_SYSTEM_NOTIFICATIONS"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "events: clicked,saved" in done.stdout
