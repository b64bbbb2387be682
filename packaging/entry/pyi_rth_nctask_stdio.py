"""PyInstaller runtime hook: a windowed Windows executable may start without stdout/stderr
(sys.stdout is None). When NCTASK_STDOUT_FILE names a file, write them there instead, so that
`nctask-desktop.exe --smoke-test` and `--version` can be read by packaging/smoke_test.py."""

import os
import sys

_target = os.environ.get("NCTASK_STDOUT_FILE")
if _target and (sys.stdout is None or sys.stderr is None):
    _stream = open(_target, "a", encoding="utf-8", buffering=1)  # noqa: SIM115 - lives as long as the app
    if sys.stdout is None:
        sys.stdout = _stream
    if sys.stderr is None:
        sys.stderr = _stream
