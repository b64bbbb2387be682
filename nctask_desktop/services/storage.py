"""Small JSON files written atomically (write to a temporary file, then rename)."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

KEEP_CORRUPT = 5
"""At most this many damaged copies of one file are kept (`.corrupt`, `.corrupt-2`, …)."""


def _corrupt_copy(path: Path) -> Path:
    """Where a damaged file goes: the first free `<name>.corrupt[-n]`, never over an earlier
    copy (only the last slot is reused once all are taken)."""
    names = [f"{path.name}.corrupt"] + [
        f"{path.name}.corrupt-{n}" for n in range(2, KEEP_CORRUPT + 1)
    ]
    for name in names:
        if not path.with_name(name).exists():
            return path.with_name(name)
    return path.with_name(names[-1])


def read_json(path: Path, default: Any) -> Any:
    """The file's JSON, or `default` when it is missing or unreadable (a corrupt file is kept aside,
    as `<name>.corrupt`, so that nothing the user had is lost; secrets are never in these files)."""
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        return default
    except (OSError, ValueError, RecursionError):  # RecursionError: absurdly deep nesting
        with contextlib.suppress(OSError):
            os.replace(path, _corrupt_copy(path))
        return default


def write_json(path: Path, value: Any) -> None:
    """Write JSON atomically, readable by the user only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(value, fh, indent=2, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
