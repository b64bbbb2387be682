"""`nctask` end to end against the simulator: real HTTP, real files, real exit codes."""

from __future__ import annotations

import io
import threading
import wave
from pathlib import Path

import pytest

from nctask_desktop import cli, cli_trust
from nctask_desktop.demo import DemoServer, DemoUser
from tests.browser import grant_access
from tests.fake_keyring import MemoryKeyring


def test_types(nctask, env_alice: DemoServer) -> None:
    r = nctask("types")
    assert r.code == 0
    assert "core:text2text\tFree text to text prompt" in r.out
    assert "-i model=" in r.out
    data = nctask("types", "--json").json()
    ids = [t["id"] for t in data]
    assert ids == sorted(ids) and "core:audio2text" in ids
    t2t = next(t for t in data if t["id"] == "core:text2text")
    assert {"key": "input", "name": "Prompt", "type": "Text", "mandatory": True}.items() <= t2t[
        "inputs"
    ][0].items()


def test_run_text_task_and_wait(nctask, env_alice: DemoServer) -> None:
    r = nctask(
        "run",
        "core:text2text",
        "-i",
        "input=Write a poem",
        "-i",
        "max_tokens=20",
        "-i",
        "model=Model 3",
        "--wait",
    )
    assert r.code == 0, r.err
    assert "This is a fake result" in r.out and "Write a poem" in r.out and "model_3" in r.out
    data = nctask("run", "core:text2text", "-i", "input=Hi", "--wait", "--json").json()
    assert data["status"] == "STATUS_SUCCESSFUL"
    assert data["appId"] == "assistant" and data["customId"].startswith("nctask-desktop:")
    assert "savedFiles" not in data


def test_run_image_task_saves_pngs(nctask, env_alice: DemoServer, tmp_path: Path) -> None:
    out = tmp_path / "out"
    r = nctask(
        "run",
        "core:text2image",
        "-i",
        "input=a red fox",
        "-i",
        "numberOfImages=2",
        "--wait",
        "--output-dir",
        str(out),
        "--json",
    )
    assert r.code == 0, r.err
    saved = [Path(p) for p in r.json()["savedFiles"]]  # type: ignore[index]
    assert len(saved) == 2 and all(p.suffix == ".png" and p.parent == out for p in saved)
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in saved)
    task_id = r.json()["id"]  # type: ignore[index]
    again = nctask("download", str(task_id), "--output-dir", str(out))
    assert again.code == 0
    names = sorted(Path(line).name for line in again.out.splitlines())
    assert names == sorted([f"task-{task_id}-images-1 (2).png", f"task-{task_id}-images-2 (2).png"])


def _wav(path: Path) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x01" * 4000)
    return path


def test_run_audio_task_uploads_file(nctask, env_alice: DemoServer, tmp_path: Path) -> None:
    audio = _wav(tmp_path / "meeting.wav")
    r = nctask("run", "core:audio2text", "-i", f"input=@{audio}", "--wait")
    assert r.code == 0, r.err
    assert r.out.strip()
    assert "Uploading meeting.wav: 100%" in r.err
    uploaded = [
        p
        for p in env_alice.files_of("alice")
        if p.startswith("nctask-desktop/") and p.endswith("meeting.wav")
    ]
    assert len(uploaded) == 1


def test_text_input_from_file(nctask, env_alice: DemoServer, tmp_path: Path) -> None:
    prompt = tmp_path / "prompt.txt"
    prompt.write_text("Summarise the minutes ✓", encoding="utf-8")
    r = nctask("run", "core:text2text", "-i", f"input=@{prompt}", "--wait")
    assert r.code == 0 and "Summarise the minutes ✓" in r.out


def test_schedule_show_list_cancel_delete(nctask, env_alice: DemoServer) -> None:
    r = nctask("run", "core:text2text", "-i", "input=to be cancelled")
    assert r.code == 0
    task_id = r.out.strip()
    assert f"nctask wait {task_id}" in r.err
    assert nctask("cancel", task_id).code == 0
    show = nctask("show", task_id)
    assert show.code == 0 and "Status: cancelled" in show.out
    assert nctask("show", task_id, "--json").json()["status"] == "STATUS_CANCELLED"  # type: ignore[index]
    waited = nctask("wait", task_id)
    assert waited.code == 1 and "cancelled" in waited.err
    listing = nctask("list")
    assert listing.code == 0 and task_id in listing.out and "to be cancelled" in listing.out
    assert [t["id"] for t in nctask("list", "--type", "core:text2image", "--json").json()] == []  # type: ignore[attr-defined]
    deleted = nctask("delete", task_id)
    assert deleted.code == 0 and "deleted" in deleted.err
    gone = nctask("show", task_id)
    assert gone.code == 2 and "no longer has" in gone.err


def test_failed_task_exit_code(nctask, env_alice: DemoServer) -> None:
    r = nctask("run", "core:text2text", "-i", "input=this provider is set to fail", "--wait")
    assert r.code == 1
    assert "the server gave no reason" in r.err


def test_failed_task_with_reason_on_nc33(nctask, monkeypatch: pytest.MonkeyPatch) -> None:
    with DemoServer(profile="nc33", users=[DemoUser("alice", "pw")], task_seconds=0.1) as server:
        monkeypatch.setenv("NCTASK_SERVER", server.base_url)
        monkeypatch.setenv("NCTASK_LOGIN", "alice")
        monkeypatch.setenv("NCTASK_APP_PASSWORD", "pw")
        r = nctask("run", "core:text2text", "-i", "input=this provider is set to fail", "--wait")
    assert r.code == 1
    assert "The task failed: " in r.err and "no reason" not in r.err


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (
            ["run", "core:text2text", "-i", "input=x", "-i", "model=model_9"],
            "must be one of: model_1, model_2, model_3",
        ),
        (["run", "core:text2text", "-i", "max_tokens=5"], "“input” is required"),
        (["run", "core:text2text", "-i", "input=x", "-i", "max_tokens=lots"], "needs a number"),
        (["run", "no:such:type", "-i", "input=x"], "has no task type 'no:such:type'"),
        (["run", "core:text2text", "-i", "novalue"], "KEY=VALUE"),
        (["run", "core:audio2text", "-i", "input=@/no/such/file.wav"], "does not exist"),
        (["run", "core:audio2text", "-i", "input=987654"], "Could not find file 987654"),
        (["run", "core:text2text", "-i", "input=x", "--output-dir", "/tmp"], "needs --wait"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_input_exit_2(nctask, env_alice: DemoServer, argv: list[str], needle: str) -> None:
    if argv == ["frobnicate"]:
        with pytest.raises(SystemExit) as info:
            cli.main(argv)
        assert info.value.code == 2
        return
    r = nctask(*argv)
    assert r.code == 2, r.err
    assert needle in r.err


def test_bad_credentials_exit_3(
    nctask, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NCTASK_SERVER", demo_server.base_url)
    monkeypatch.setenv("NCTASK_LOGIN", "alice")
    monkeypatch.setenv("NCTASK_APP_PASSWORD", "not-the-password-123")
    r = nctask("types")
    assert r.code == 3
    assert "did not accept the login name or app password" in r.err
    assert "not-the-password-123" not in r.out + r.err


def test_not_signed_in(nctask) -> None:
    r = nctask("types")
    assert r.code == 2 and "nctask login" in r.err


def test_unreachable_unsupported_and_maintenance_exit_4(
    nctask, monkeypatch: pytest.MonkeyPatch
) -> None:
    with DemoServer(profile="nc29", users=[DemoUser("alice", "pw")]) as old:
        monkeypatch.setenv("NCTASK_SERVER", old.base_url)
        monkeypatch.setenv("NCTASK_LOGIN", "alice")
        monkeypatch.setenv("NCTASK_APP_PASSWORD", "pw")
        r = nctask("types")
        assert r.code == 4 and "needs Nextcloud 30 or newer" in r.err
        monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
        login = nctask("login", old.base_url, "--login-name", "alice", "--app-password-stdin")
        assert login.code == 4 and "needs Nextcloud 30 or newer" in login.err
        old.maintenance = True
        r = nctask("types")
        assert r.code == 4 and "maintenance" in r.err
        url = old.base_url
    r = nctask("types")
    assert r.code == 4 and "Could not reach" in r.err and url.split("//")[1] in r.err


def test_rate_limit_waits_then_gives_up(nctask, monkeypatch: pytest.MonkeyPatch) -> None:
    with DemoServer(
        users=[DemoUser("alice", "pw")], rate_limit=1, rate_window=1.5, task_seconds=0.1
    ) as server:
        monkeypatch.setenv("NCTASK_SERVER", server.base_url)
        monkeypatch.setenv("NCTASK_LOGIN", "alice")
        monkeypatch.setenv("NCTASK_APP_PASSWORD", "pw")
        assert nctask("run", "core:text2text", "-i", "input=1").code == 0
        refused = nctask("run", "core:text2text", "-i", "input=2", "--rate-limit-wait", "0")
        assert refused.code == 4 and "20 new tasks per 2 minutes" in refused.err
        retried = nctask("run", "core:text2text", "-i", "input=3", "--rate-limit-wait", "3")
        assert retried.code == 0, retried.err
        assert "trying again in" in retried.err


def test_login_with_app_password_then_logout(
    nctask, demo_server: DemoServer, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("alice-app-password\n"))
    r = nctask("login", demo_server.base_url, "--login-name", "alice", "--app-password-stdin")
    assert r.code == 0, r.err
    assert "Signed in as Alice Liddell" in r.err
    assert list(memory_keyring.items.values()) == ["alice-app-password"]
    assert nctask("types").code == 0  # credentials from the keychain
    accounts = nctask("accounts")
    assert f"* alice@{demo_server.base_url}" in accounts.out
    out = nctask("logout")
    assert out.code == 0 and "revoked" in out.err
    assert memory_keyring.items == {}
    assert nctask("types").code == 2  # not signed in any more
    monkeypatch.setenv("NCTASK_SERVER", demo_server.base_url)
    monkeypatch.setenv("NCTASK_LOGIN", "alice")
    monkeypatch.setenv("NCTASK_APP_PASSWORD", "alice-app-password")
    assert nctask("types").code == 3  # revoked on the server too


def test_login_flow_in_browser(
    nctask, demo_server: DemoServer, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def browser(url: str) -> bool:
        opened.append(url)
        threading.Thread(target=grant_access, args=(url,), daemon=True).start()
        return True

    monkeypatch.setattr("webbrowser.open", browser)
    monkeypatch.setattr("nctask_desktop.services.accounts.LOGIN_POLL_INTERVAL", 0.05)
    r = nctask("login", demo_server.base_url)
    assert r.code == 0, r.err
    assert r.out.strip() == opened[0]  # the link is printed too
    assert "Signed in as" in r.err
    assert len(memory_keyring.items) == 1
    (secret,) = memory_keyring.items.values()
    assert secret not in r.out + r.err
    assert nctask("types").code == 0


def test_login_refused_without_keychain(nctask, demo_server: DemoServer) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    r = nctask("login", demo_server.base_url)
    assert r.code == 3 and "No keychain" in r.err and "NCTASK_APP_PASSWORD" in r.err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("nctask-desktop ")


def test_wait_all_follows_every_unfinished_task_with_the_apps_poller(
    nctask, env_alice: DemoServer
) -> None:
    ids = []
    for text in ("one", "two", "set to fail"):
        r = nctask("run", "core:text2text", "-i", f"input={text}")
        assert r.code == 0, r.err
        ids.append(int(r.out.split()[0]))
    r = nctask("wait", "--all", "--stats")
    assert r.code == 1, r.err  # one of them failed
    finished = {int(line.split("\t")[0]): line for line in r.out.splitlines() if "\t" in line}
    assert set(ids) <= set(finished)
    assert "fail" in finished[ids[2]].lower()
    assert "1 not" in r.err and "2 done" in r.err
    stats = dict(part.split("=") for part in r.err.splitlines()[-2].split() if "=" in part)
    assert int(stats["requests"]) >= 2 and int(stats["bytes"]) > 0
    again = nctask("wait", "--all")
    assert again.code == 0 and "No unfinished tasks" in again.err
    assert nctask("wait").code == 2  # neither an id nor --all


def test_a_remote_wipe_removes_the_sign_in_and_exits_3(
    nctask, demo_server: DemoServer, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the environment's credentials (nothing kept here), then with a stored account (its
    app password and sign-in go): exit 3 and one sentence; the server is told."""
    monkeypatch.setenv("NCTASK_SERVER", demo_server.base_url)
    monkeypatch.setenv("NCTASK_LOGIN", "alice")
    monkeypatch.setenv("NCTASK_APP_PASSWORD", "alice-app-password")
    demo_server.mark_for_wipe("alice-app-password")
    r = nctask("types")
    assert r.code == 3 and "remote wipe" in r.err and "Traceback" not in r.err
    paths = [rec.path for rec in demo_server.requests]
    assert paths.count("/index.php/core/wipe/check") == 1
    assert "/index.php/core/wipe/success" in paths
    assert nctask("types").code == 3  # the password is gone on the server too: a plain 401
    for var in ("NCTASK_SERVER", "NCTASK_LOGIN", "NCTASK_APP_PASSWORD"):
        monkeypatch.delenv(var)
    monkeypatch.setattr("sys.stdin", io.StringIO("bob-app-password\n"))
    login = nctask("login", demo_server.base_url, "--login-name", "bob", "--app-password-stdin")
    assert login.code == 0, login.err
    assert list(memory_keyring.items.values()) == ["bob-app-password"]
    demo_server.mark_for_wipe("bob-app-password")
    r = nctask("types")
    assert r.code == 3 and "remote wipe" in r.err
    assert memory_keyring.items == {}  # the app password is gone from the keychain
    assert "No accounts" in nctask("accounts").err or "bob" not in nctask("accounts").out


def test_plain_http_off_this_computer_is_warned_about_on_stderr(
    nctask, env_alice: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "Warning" not in nctask("types").err  # the simulator is on this computer
    monkeypatch.setattr(cli_trust, "_warned_plain", set())
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    login = nctask(
        "login", "http://nextcloud.invalid", "--login-name", "alice", "--app-password-stdin"
    )
    assert login.err.startswith("Warning: the connection to nextcloud.invalid uses plain http")
    assert "others on the network could read your app password" in login.err
    assert login.code == 4  # then it goes on, and the name does not resolve
    monkeypatch.setenv("NCTASK_SERVER", "http://nextcloud.invalid")
    monkeypatch.setattr(cli_trust, "_warned_plain", set())  # each command is a new process
    r = nctask("types")
    assert r.err.count("Warning: the connection to nextcloud.invalid uses plain http") == 1
