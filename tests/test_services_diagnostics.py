"""The problem report: one zip with the expected members, and no secret, address, name or (unless
asked for) task text in any of its bytes."""

from __future__ import annotations

import datetime as dt
import errno
import io
import json
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest

from nctask_desktop.api import Task
from nctask_desktop.api.files import SaveError
from nctask_desktop.messages import explain_save
from nctask_desktop.services import diagnostics, paths
from nctask_desktop.services.accounts import Account
from nctask_desktop.services.history import HistoryStore
from nctask_desktop.services.settings import Preferences

NOW = dt.datetime(2026, 11, 29, 16, 3)
ALICE = Account("https://cloud.example.org", "alice", "alice", "Alice Liddell")
BOB = Account("https://files.example.net:8443/nextcloud", "bob.smith", "bob.smith", "Bob Smith")
PROMPT = "Write a poem about my secret garden at Lindenstraße 12"
ANSWER = "Roses climb the wall of the old garden by the river"

SECRETS = {
    "basic credentials": "YWxpY2U6QWJDZGUtRmdIaWot",
    "digest response": "6629fae49393a05397450978507c4ef1",
    "bearer token": "eyJhbGciOiJIUzI1NiJ9.payload",
    "app password": "AbCde-FgHij-KlMno-PqRst-UvWxy",
    "login flow app password": "yKTVA4zgxjfivy52WqD8kW3M2pKGQr6srmUXMipRdunxjPFripJn0GMfmtNOq",
    "login flow token": "Jkx9sXbT2pWqLmN4vR7yZ3cF",
    "poll token in a form": "q8Zp3LwX7mN2vR5t",
    "proxy password": "pr0xy-s3cret",
    "session cookie": "abcdefsessionsecret123",
    "server": "cloud.example.org",
    "other server": "files.example.net",
    "login name": "alice",
    "display name": "Liddell",
    "other login": "bob.smith",
}

LOG = f"""\
2026-11-29 10:00:00 INFO nctask_desktop.app: starting nctask-desktop 0.1.0
2026-11-29 10:00:01 DEBUG httpcore.http11: send_request_headers.started request=<Request [b'GET']> \
headers=[(b'Host', b'cloud.example.org'), (b'Authorization', b'Basic {SECRETS["basic credentials"]}=')]
2026-11-29 10:00:02 DEBUG x: Authorization: Digest username="alice", response="{SECRETS["digest response"]}"
2026-11-29 10:00:02 DEBUG x: headers {{'authorization': 'Bearer {SECRETS["bearer token"]}'}}
2026-11-29 10:00:03 WARNING x: the user pasted the app password {SECRETS["app password"]} somewhere
2026-11-29 10:00:04 DEBUG x: login flow reply {{"server":"https://cloud.example.org","loginName":"alice",\
"appPassword":"{SECRETS["login flow app password"]}"}}
2026-11-29 10:00:05 DEBUG x: open https://cloud.example.org/login/v2/flow/{SECRETS["login flow token"]}
2026-11-29 10:00:05 DEBUG x: POST https://cloud.example.org/login/v2/poll body=token={SECRETS["poll token in a form"]}
2026-11-29 10:00:06 INFO x: using the proxy http://proxyuser:{SECRETS["proxy password"]}@proxy.example:3128
2026-11-29 10:00:06 DEBUG x: Set-Cookie: nc_session_id={SECRETS["session cookie"]}; path=/; HttpOnly
2026-11-29 10:00:07 WARNING x: poll failed: InvalidInputError('could not process "{PROMPT}"', \
url='https://files.example.net:8443/nextcloud/ocs/v2.php') for bob.smith (Bob Smith)
2026-11-29 10:00:08 INFO x: saved in {Path.home() / "Downloads" / "fox.png"}
"""


@pytest.fixture
def history(tmp_path: Path) -> HistoryStore:
    store = HistoryStore(tmp_path / "history.sqlite3")
    task = Task.from_json(
        {
            "id": 42,
            "type": "core:text2text",
            "status": "STATUS_SUCCESSFUL",
            "userId": "alice",
            "input": {"input": PROMPT},
            "output": {"output": ANSWER},
        }
    )
    store.merge(ALICE.key, [task])
    yield store
    store.close()


@pytest.fixture
def planted_logs() -> Path:
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "nctask-desktop.log").write_text(LOG, encoding="utf-8")
    (folder / "nctask-desktop.log.1").write_text("older\n" + LOG, encoding="utf-8")
    (folder / "unrelated.txt").write_text("not a log of this app", encoding="utf-8")
    return folder


def make_report(folder: Path, history: HistoryStore, **options: Any) -> Path:
    prefs = Preferences(
        download_folder=str(Path.home() / "Reports"),
        demo_account=ALICE.key,
        language="de",
    )
    return diagnostics.write_report(
        folder,
        prefs=prefs,
        accounts=[ALICE, BOB],
        history=history,
        server_versions={ALICE.key: "30.0.4.1"},
        ui={"qt": "6.x", "screens": [{"scale": 2.0}]},
        now=NOW,
        **options,
    )


def members(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def assert_nothing_leaks(path: Path, *, task_text_allowed: bool) -> None:
    raw = path.read_bytes()
    texts = members(path)
    everything = "\n".join(texts.values())
    for what, secret in SECRETS.items():
        assert secret not in everything, what
        assert secret.encode() not in raw, what
    assert str(Path.home()) + os.sep not in everything
    if not task_text_allowed:
        assert "secret garden" not in everything and "Roses climb" not in everything


def test_the_report_holds_the_expected_members(
    tmp_path: Path, history: HistoryStore, planted_logs: Path
) -> None:
    path = make_report(tmp_path / "out", history)
    assert path.name == "nctask-desktop-report-2026-11-29-1603.zip"
    texts = members(path)
    assert sorted(texts) == [
        "README.txt",
        "about.json",
        "accounts.json",
        "logs/nctask-desktop.log",
        "logs/nctask-desktop.log.1",
        "preferences.json",
    ]
    about = json.loads(texts["about.json"])
    assert about["app"]["name"] == "nctask-desktop" and about["app"]["version"]
    assert about["python"]["version"] and about["system"]["platform"]
    assert "httpx" in about["libraries"] and "language" in about
    assert about["ui"] == {"qt": "6.x", "screens": [{"scale": 2.0}]}
    accounts = json.loads(texts["accounts.json"])
    assert accounts["count"] == 2
    first, second = accounts["accounts"]
    assert (first["server"], first["user"], first["server_version"]) == (
        "server 1",
        "user 1",
        "30.0.4.1",
    )
    assert (second["server"], second["server_version"]) == ("server 2", "unknown")
    assert first["tasks_by_state"] == {"successful": 1}
    prefs = json.loads(texts["preferences.json"])
    assert prefs["download_folder"] == str(Path("~") / "Reports")
    assert prefs["demo_account"] == "[set]" and prefs["language"] == "de"
    log = texts["logs/nctask-desktop.log"]
    assert "starting nctask-desktop 0.1.0" in log  # the logs stay readable
    assert "server 1" in log and "server 2" in log and "user 2" in log
    assert "[task text]" in log
    assert "not included" in texts["README.txt"]


def test_no_secret_and_no_task_text_is_in_any_byte(
    tmp_path: Path, history: HistoryStore, planted_logs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", f"http://joe:{SECRETS['proxy password']}@proxy.example:3128")
    monkeypatch.setenv("ALL_PROXY", f"joe:{SECRETS['proxy password']}@proxy.example:1080")
    path = make_report(tmp_path, history)
    about = json.loads(members(path)["about.json"])
    assert about["proxy_environment"]["HTTPS_PROXY"] == "http://joe:[redacted]@proxy.example:3128"
    assert about["proxy_environment"]["ALL_PROXY"] == "joe:[redacted]@proxy.example:1080"
    assert_nothing_leaks(path, task_text_allowed=False)


def test_task_texts_only_when_asked_for(
    tmp_path: Path, history: HistoryStore, planted_logs: Path
) -> None:
    without = members(make_report(tmp_path, history))
    assert "tasks.json" not in without
    path = make_report(tmp_path, history, include_tasks=True)
    assert path.name == "nctask-desktop-report-2026-11-29-1603 (2).zip"  # never overwritten
    texts = members(path)
    tasks = json.loads(texts["tasks.json"])
    [task] = tasks["account 1"]
    assert task["input"] == {"input": PROMPT} and task["output"] == {"output": ANSWER}
    assert task["user"] == "user 1" and tasks["account 2"] == []
    assert PROMPT in texts["logs/nctask-desktop.log"]
    assert_nothing_leaks(path, task_text_allowed=True)


def test_a_report_without_accounts_or_logs(tmp_path: Path) -> None:
    path = diagnostics.write_report(tmp_path, prefs=Preferences(), now=NOW)
    texts = members(path)
    assert sorted(texts) == ["README.txt", "about.json", "accounts.json", "preferences.json"]
    assert json.loads(texts["accounts.json"]) == {"count": 0, "accounts": []}


async def test_a_full_disk_leaves_no_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, planted_logs: Path
) -> None:
    real_fdopen = os.fdopen

    class Full(io.RawIOBase):
        def __init__(self, fd: int) -> None:
            self.real = real_fdopen(fd, "wb")

        def writable(self) -> bool:
            return True

        def write(self, data: Any) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def close(self) -> None:
            self.real.close()
            super().close()

    monkeypatch.setattr(diagnostics.os, "fdopen", lambda fd, *a, **k: Full(fd))
    with pytest.raises(SaveError) as caught:
        await diagnostics.create_report(tmp_path / "out", prefs=Preferences(), now=NOW)
    assert list((tmp_path / "out").iterdir()) == []
    assert explain_save(caught.value, report=True).render() == (
        f"The disk is full: the report could not be saved in {tmp_path / 'out'}. "
        "Free some space or choose another folder, then save again."
    )


def test_the_redactor_alone() -> None:
    redact = diagnostics.Redactor([ALICE], ["a task text here"])
    assert redact("GET https://cloud.example.org/ocs as alice") == "GET server 1/ocs as user 1"
    assert redact("proxy=joe:hunter22@proxy:8080") == "proxy=joe:[redacted]@proxy:8080"
    assert redact("it said: a task text here!") == "it said: [task text]!"
    assert redact("malice and alice.") == "malice and user 1."
