"""The log file: rotating, under the log folder, secrets redacted."""

from __future__ import annotations

import logging
from pathlib import Path

from nctask_desktop.services.logs import (
    REDACTED,
    close_logging,
    log_file,
    redact,
    register_secret,
    setup_logging,
)


def test_redact_known_shapes() -> None:
    register_secret("Qwert-Yuiop-Asdfg-Hjklz-Xcvbn")
    text = redact(
        "Authorization: Basic YWxpY2U6c2VjcmV0cGFzcw== "
        '{"appPassword":"abc-def-ghi"} token=tok1234&x=1 '
        "https://bob:hunter2@cloud.example.org/x "
        "password is Qwert-Yuiop-Asdfg-Hjklz-Xcvbn"
    )
    for secret in ("YWxpY2U6c2VjcmV0cGFzcw", "abc-def-ghi", "tok1234", "hunter2", "Qwert-Yuiop"):
        assert secret not in text
    assert text.count(REDACTED) == 5
    assert "x=1" in text and "cloud.example.org/x" in text


def test_log_file_is_under_the_log_folder_and_redacted(app_home: Path) -> None:
    path = setup_logging()
    try:
        assert path == log_file() and str(path).startswith(str(app_home))
        register_secret("Zzzzz-Yyyyy-Xxxxx")
        try:
            raise RuntimeError("failed with Zzzzz-Yyyyy-Xxxxx")
        except RuntimeError:
            logging.getLogger("nctask_desktop.test").exception("it broke")
        logging.getLogger("httpx").info("HTTP Request: GET https://x/ocs")  # quiet unless debug
    finally:
        close_logging()
    text = path.read_text(encoding="utf-8")
    assert "it broke" in text and "Traceback" in text and "RuntimeError" in text
    assert "Zzzzz-Yyyyy-Xxxxx" not in text
    assert "HTTP Request" not in text
