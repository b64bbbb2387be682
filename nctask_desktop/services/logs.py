"""The app's log: a rotating file under the log folder, with secrets redacted before writing."""

from __future__ import annotations

import logging
import logging.handlers
import re
import threading
from pathlib import Path

from . import paths

LOG_FILE = "nctask-desktop.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 3
REDACTED = "[redacted]"

_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # Basic/Bearer credentials (Authorization headers, reprs of requests)
    (re.compile(r"(?i)\b(basic|bearer)\s+[A-Za-z0-9+/=._\-]{8,}"), r"\1 " + REDACTED),
    # app passwords, tokens and passwords in JSON, form bodies and reprs
    (
        re.compile(
            r"(?i)([\"']?(?:app_?password|password|passwd|token|poll_?token|secret)"
            r"[\"']?\s*[:=]\s*[\"']?)[^\s\"'&,;)}]+"
        ),
        r"\1" + REDACTED,
    ),
    # user:password@ in addresses
    (re.compile(r"(?i)(\b[a-z][a-z0-9+.\-]*://[^/\s:@]+:)[^@\s/]+@"), r"\1" + REDACTED + "@"),
)

_known: set[str] = set()
_known_lock = threading.Lock()


def register_secret(secret: str) -> None:
    """Redact this exact text wherever it would be logged (app passwords of this session)."""
    if secret and len(secret) >= 6:
        with _known_lock:
            _known.add(secret)


def redact(text: str) -> str:
    """The text with every secret it seems to carry replaced."""
    with _known_lock:
        known = sorted(_known, key=len, reverse=True)
    for secret in known:
        text = text.replace(secret, REDACTED)
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


class RedactingFormatter(logging.Formatter):
    """Formats as usual (tracebacks included), then removes secrets from the whole text."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE


def setup_logging(*, debug: bool = False, console: bool = False) -> Path | None:
    """Log to a rotating file (and stderr with `console`); the file's path, or None if unwritable."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    formatter = RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in list(root.handlers):
        if getattr(handler, "_nctask", False):
            root.removeHandler(handler)
            handler.close()
    path: Path | None = log_file()
    try:
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
        file_handler.setFormatter(formatter)
        file_handler._nctask = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
    except OSError:
        path = None
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(formatter)
        stream._nctask = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    # httpx logs every request line at INFO; keep that out of the file unless debugging.
    logging.getLogger("httpx").setLevel(logging.DEBUG if debug else logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.INFO if debug else logging.WARNING)
    return path


def close_logging() -> None:
    """Remove and close the handlers `setup_logging` added."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_nctask", False):
            root.removeHandler(handler)
            handler.close()
