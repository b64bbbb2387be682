"""Behaviour of the Nextcloud simulator: lifecycle, media, WebDAV, login, limits, profiles, CLI."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import struct
import subprocess
import sys
import time
import wave
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from nctask_desktop.demo import PROFILES, DemoServer, DemoUser

OCS = {"OCS-APIRequest": "true"}
ALICE = ("alice", "alice-pw-11111")
BOB = ("bob", "bob-pw-22222")
TP = "/ocs/v2.php/taskprocessing"
PROPFIND_IDS = (
    b'<?xml version="1.0"?><d:propfind xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns">'
    b"<d:prop><oc:fileid/><d:resourcetype/></d:prop></d:propfind>"
)


Starter = Callable[..., tuple[DemoServer, httpx.Client]]


class FakeClock:
    """A settable clock."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def make_server(**options: Any) -> DemoServer:
    """A simulator with alice and bob."""
    users = [DemoUser("alice", ALICE[1]), DemoUser("bob", BOB[1])]
    return DemoServer(users=users, **options)


@pytest.fixture
def served() -> Iterator[Starter]:
    """Start simulators on demand; everything is closed at the end of the test."""
    opened: list[tuple[DemoServer, httpx.Client]] = []

    def start(**options: Any) -> tuple[DemoServer, httpx.Client]:
        server = make_server(**options)
        server.start()
        client = httpx.Client(base_url=server.base_url, timeout=10)
        opened.append((server, client))
        return server, client

    yield start
    for server, client in opened:
        client.close()
        server.stop()


def schedule(
    client: httpx.Client, task_type: str, data: dict[str, Any], auth: tuple[str, str] = ALICE
) -> httpx.Response:
    """POST /schedule as JSON."""
    return client.post(
        f"{TP}/schedule?format=json",
        headers=OCS,
        auth=auth,
        json={"input": data, "type": task_type, "appId": "tests"},
    )


def get_task(client: httpx.Client, task_id: int, auth: tuple[str, str] = ALICE) -> dict[str, Any]:
    """GET /task/{id} data.task."""
    reply = client.get(f"{TP}/task/{task_id}?format=json", headers=OCS, auth=auth)
    assert reply.status_code == 200, reply.text
    task: dict[str, Any] = reply.json()["ocs"]["data"]["task"]
    return task


def wait_for_end(
    client: httpx.Client, task_id: int, auth: tuple[str, str] = ALICE
) -> dict[str, Any]:
    """Poll until the task leaves SCHEDULED/RUNNING (deadline, not a timing assertion)."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        task = get_task(client, task_id, auth)
        if task["status"] not in ("STATUS_SCHEDULED", "STATUS_RUNNING", 1, 2):
            return task
        time.sleep(0.05)
    raise AssertionError("task did not finish")


def file_ids(client: httpx.Client, auth: tuple[str, str] = ALICE) -> dict[str, int]:
    """path -> file id of every file in the user's home (Depth 1 on each folder)."""
    found: dict[str, int] = {}
    for folder in ("", "Documents/", "Photos/", "Recordings/"):
        reply = client.request(
            "PROPFIND",
            f"/remote.php/dav/files/{auth[0]}/{folder}",
            headers={"Depth": "1"},
            auth=auth,
            content=PROPFIND_IDS,
        )
        assert reply.status_code == 207
        for href, file_id in re.findall(
            r"<d:href>([^<]+)</d:href>.*?<oc:fileid>(\d+)</oc:fileid>", reply.text
        ):
            found[href.split(f"/files/{auth[0]}/", 1)[1]] = int(file_id)
    return found


# --- task lifecycle -------------------------------------------------------------------


def test_lifecycle_through_every_status_with_a_controlled_clock(served: Starter) -> None:
    clock = FakeClock()
    _, client = served(clock=clock, task_seconds=10)
    reply = schedule(client, "core:text2text", {"input": "Hello"})
    task = reply.json()["ocs"]["data"]["task"]
    assert (task["status"], task["progress"], task["startedAt"]) == ("STATUS_SCHEDULED", None, None)
    assert task["completionExpectedAt"] == task["scheduledAt"] + 10
    assert get_task(client, task["id"])["progress"] == 0
    clock.now += 5
    running = get_task(client, task["id"])
    assert running["status"] == "STATUS_RUNNING" and 0 <= running["progress"] < 1
    assert running["startedAt"] is not None and running["endedAt"] is None
    clock.now += 2
    assert get_task(client, task["id"])["progress"] > running["progress"]
    clock.now += 10
    done = get_task(client, task["id"])
    assert done["status"] == "STATUS_SUCCESSFUL" and done["progress"] == 1
    assert done["output"]["output"].startswith("This is a fake result: \n\n- Prompt: Hello")
    assert done["endedAt"] >= done["startedAt"]

    failing = schedule(client, "core:text2text", {"input": "this is set to fail"})
    cancelled = schedule(client, "core:text2text", {"input": "cancel me"})
    cancel_id = cancelled.json()["ocs"]["data"]["task"]["id"]
    reply = client.post(f"{TP}/tasks/{cancel_id}/cancel?format=json", headers=OCS, auth=ALICE)
    assert reply.json()["ocs"]["data"]["task"]["status"] == "STATUS_CANCELLED"
    clock.now += 20
    failed = get_task(client, failing.json()["ocs"]["data"]["task"]["id"])
    assert failed["status"] == "STATUS_FAILED" and failed["output"] is None
    assert "userFacingErrorMessage" not in failed
    assert get_task(client, cancel_id)["status"] == "STATUS_CANCELLED"


def test_task_finishes_in_real_time(served: Starter) -> None:
    _, client = served(task_seconds=0.3)
    task_id = schedule(
        client, "core:contextwrite", {"style_input": "a", "source_input": "b"}
    ).json()["ocs"]["data"]["task"]["id"]
    done = wait_for_end(client, task_id)
    assert done["status"] == "STATUS_SUCCESSFUL"
    assert "- Maximum number of words: 4321" in done["output"]["output"]


def test_task_seconds_zero_is_done_at_once_but_scheduled_in_the_reply(served: Starter) -> None:
    _, client = served(task_seconds=0)
    task = schedule(client, "core:text2text", {"input": "quick"}).json()["ocs"]["data"]["task"]
    assert task["status"] == "STATUS_SCHEDULED"
    assert wait_for_end(client, task["id"])["status"] == "STATUS_SUCCESSFUL"


# --- media outputs --------------------------------------------------------------------


def test_text2image_outputs_are_real_pngs(served: Starter) -> None:
    _, client = served(task_seconds=0)
    data = {"input": "A red fox", "numberOfImages": 2, "size": "64x48"}
    task_id = schedule(client, "core:text2image", data).json()["ocs"]["data"]["task"]["id"]
    task = wait_for_end(client, task_id)
    images = task["output"]["images"]
    assert len(images) == 2
    bodies = []
    for image_id in images:
        reply = client.get(f"{TP}/tasks/{task_id}/file/{image_id}", auth=ALICE)
        assert reply.status_code == 200 and reply.headers["content-type"] == "image/png"
        assert re.fullmatch(r'attachment; filename="\d+-\d+"', reply.headers["content-disposition"])
        png = reply.content
        assert png.startswith(b"\x89PNG\r\n\x1a\n") and png[12:16] == b"IHDR"
        assert struct.unpack(">II", png[16:24]) == (64, 48)
        bodies.append(png)
    assert bodies[0] != bodies[1]


def test_text2speech_output_is_a_wav(served: Starter) -> None:
    _, client = served(task_seconds=0)
    short = schedule(client, "core:text2speech", {"input": "Hi"}).json()["ocs"]["data"]["task"]
    long = schedule(client, "core:text2speech", {"input": "Hello there " * 8}).json()["ocs"]["data"]
    lengths = []
    for task_id in (short["id"], long["task"]["id"]):
        task = wait_for_end(client, task_id)
        reply = client.get(f"{TP}/tasks/{task_id}/file/{task['output']['speech']}", auth=ALICE)
        assert reply.headers["content-type"] in ("audio/wav", "audio/x-wav")
        with wave.open(io.BytesIO(reply.content)) as sound:
            assert sound.getnchannels() == 1 and sound.getnframes() > 0
            lengths.append(sound.getnframes() / sound.getframerate())
    assert lengths[1] > lengths[0]


def test_audio2text_names_the_file_and_input_files_download(served: Starter) -> None:
    _, client = served(task_seconds=0)
    wav_id = file_ids(client)["Recordings/sample.wav"]
    task_id = schedule(client, "core:audio2text", {"input": wav_id}).json()["ocs"]["data"]["task"][
        "id"
    ]
    task = wait_for_end(client, task_id)
    assert '"sample.wav"' in task["output"]["output"]
    reply = client.get(f"{TP}/tasks/{task_id}/file/{wav_id}", auth=ALICE)
    assert reply.headers["content-type"] == "audio/wav"
    assert reply.headers["content-disposition"] == 'attachment; filename="sample.wav"'


def test_allslots_accepts_every_slot_type_and_returns_a_file(served: Starter) -> None:
    server, client = served(task_seconds=0)
    types = client.get(f"{TP}/tasktypes?format=json", headers=OCS, auth=ALICE).json()
    allslots = types["ocs"]["data"]["types"]["demo:allslots"]
    slot_types = {
        slot["type"]
        for shape in ("inputShape", "optionalInputShape")
        for slot in allslots[shape].values()
    }
    assert len(slot_types) == 13
    ids = file_ids(client)
    png, wav, txt = (
        ids["Photos/sample.png"],
        ids["Recordings/sample.wav"],
        ids["Documents/Welcome.txt"],
    )
    data = {
        "text": "hi",
        "number": 2.5,
        "choice": "b",
        "file": txt,
        "image": png,
        "audio": wav,
        "video": txt,
        "numbers": [1, 2],
        "texts": ["x", "y"],
        "images": [png],
        "audios": [wav],
        "videos": [txt],
        "files": [txt, png],
    }
    task_id = schedule(client, "demo:allslots", data).json()["ocs"]["data"]["task"]["id"]
    task = wait_for_end(client, task_id)
    assert task["status"] == "STATUS_SUCCESSFUL"
    assert task["input"]["mood"] == "calm"
    assert "Welcome.txt" in task["output"]["summary"]
    report = client.get(f"{TP}/tasks/{task_id}/file/{task['output']['report']}", auth=ALICE)
    assert report.headers["content-type"] == "text/plain"
    assert json.loads(report.content)["input"]["choice"]["value"] == "b"
    bad = schedule(client, "demo:allslots", {**data, "images": ["not an id"]})
    assert bad.json()["ocs"]["data"]["message"] == (
        'Failed to validate input key "images": Non-image list item provided for ListOfImages slot'
    )
    assert server.task_count() == 1


def test_validation_and_file_access_errors(served: Starter) -> None:
    _, client = served(task_seconds=0)
    alice_file = file_ids(client)["Documents/Welcome.txt"]
    bob_file = file_ids(client, BOB)["Documents/Welcome.txt"]
    cases: list[tuple[dict[str, Any], str, int, str | None]] = [
        ({"input": "x", "model": 7}, "core:text2text", 400, "Non-text item provided for Enum slot"),
        ({"input": bob_file}, "core:audio2text", 400, f"Could not find file {bob_file}"),
        ({"input": str(alice_file)}, "core:audio2text", 500, None),
        ({"input": "x"}, "core:nope", 412, "The given provider is not available"),
    ]
    for data, task_type, status, message in cases:
        reply = schedule(client, task_type, data)
        assert reply.status_code == status
        if message:
            assert message in reply.json()["ocs"]["data"]["message"]
    images = schedule(client, "core:text2image", {"input": "x"}).json()["ocs"]["data"]["task"]
    output = wait_for_end(client, images["id"])["output"]["images"][0]
    denied = schedule(client, "core:audio2text", {"input": output}, auth=BOB)
    assert denied.status_code == 401


# --- WebDAV ---------------------------------------------------------------------------


def test_webdav_put_get_mkcol_delete_and_other_users(served: Starter) -> None:
    server, client = served()
    base = "/remote.php/dav/files/alice"
    created = client.put(f"{base}/notes.txt", content=b"one", auth=ALICE)
    assert created.status_code == 201 and re.fullmatch(r"\d{8}oc\w+", created.headers["oc-fileid"])
    assert client.put(f"{base}/notes.txt", content=b"two", auth=ALICE).status_code == 204
    assert client.get(f"{base}/notes.txt", auth=ALICE).content == b"two"
    assert client.request("MKCOL", f"{base}/New", auth=ALICE).status_code == 201
    assert client.request("MKCOL", f"{base}/New", auth=ALICE).status_code == 405
    assert client.request("MKCOL", f"{base}/No/Such", auth=ALICE).status_code == 409
    assert client.delete(f"{base}/notes.txt", auth=ALICE).status_code == 204
    assert client.get(f"{base}/notes.txt", auth=ALICE).status_code == 404
    assert "Documents/Welcome.txt" in server.files_of("alice")
    assert (
        client.get("/remote.php/dav/files/bob/Documents/Welcome.txt", auth=ALICE).status_code == 404
    )
    assert (
        client.put("/remote.php/dav/files/bob/x.txt", content=b"x", auth=ALICE).status_code == 403
    )
    assert client.get(f"{base}/Documents/Welcome.txt").status_code == 401
    listing = client.request("PROPFIND", f"{base}/", headers={"Depth": "1"}, auth=ALICE)
    assert listing.status_code == 207 and "<d:collection/>" in listing.text


def test_chunked_upload_v2(served: Starter) -> None:
    server, client = served()
    upload = "/remote.php/dav/uploads/alice/web-file-upload-123"
    destination = f"{server.base_url}/remote.php/dav/files/alice/Big/file.bin"
    assert client.request("MKCOL", "/remote.php/dav/files/alice/Big", auth=ALICE).status_code == 201
    assert (
        client.request(
            "MKCOL", upload, headers={"Destination": destination}, auth=ALICE
        ).status_code
        == 201
    )
    parts = [b"a" * 1000, b"b" * 1000, b"c" * 10]

    def streamed() -> Iterator[bytes]:
        yield parts[1][:400]
        yield parts[1][400:]

    assert client.put(f"{upload}/00001", content=parts[0], auth=ALICE).status_code == 201
    assert client.put(f"{upload}/00002", content=streamed(), auth=ALICE).status_code == 201
    assert client.put(f"{upload}/00003", content=parts[2], auth=ALICE).status_code == 201
    wrong = client.request(
        "MOVE",
        f"{upload}/.file",
        headers={"Destination": destination, "OC-Total-Length": "5"},
        auth=ALICE,
    )
    assert wrong.status_code == 400
    moved = client.request(
        "MOVE",
        f"{upload}/.file",
        headers={"Destination": destination, "OC-Total-Length": "2010"},
        auth=ALICE,
    )
    assert moved.status_code == 201 and moved.headers["oc-fileid"]
    assert server.files_of("alice")["Big/file.bin"] == b"".join(parts)


# --- accounts, login flow, limits -------------------------------------------------------


def test_login_flow_grant_through_the_html_form_and_revocation(served: Starter) -> None:
    server, client = served()
    start = client.post("/index.php/login/v2", headers={"User-Agent": "nctask-desktop/0.1"})
    poll, login = start.json()["poll"], start.json()["login"]
    pending = client.post(poll["endpoint"], data={"token": poll["token"]})
    assert (pending.status_code, pending.content) == (404, b"[]")
    assert client.get(poll["endpoint"]).status_code == 405
    page = client.get(login)
    assert "nctask-desktop/0.1" in page.text and "Grant access" in page.text
    found = re.search(r'action="([^"]+)"', page.text)
    assert found is not None
    action = found.group(1)
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', page.text))
    done = client.post(action, data={**fields, "user": "bob"})
    assert "Account connected. You can close this window." in done.text
    granted = client.post(poll["endpoint"], data={"token": poll["token"]})
    assert granted.status_code == 200
    creds = granted.json()
    assert creds["server"] == server.base_url and creds["loginName"] == "bob"
    assert client.post(poll["endpoint"], data={"token": poll["token"]}).status_code == 404
    auth = (creds["loginName"], creds["appPassword"])
    user = client.get("/ocs/v2.php/cloud/user?format=json", headers=OCS, auth=auth)
    assert user.json()["ocs"]["data"]["id"] == "bob"
    revoke = client.delete("/ocs/v2.php/core/apppassword?format=json", headers=OCS, auth=auth)
    assert revoke.status_code == 200
    after = client.get("/ocs/v2.php/cloud/user?format=json", headers=OCS, auth=auth)
    assert after.status_code == 401 and after.text.startswith("<?xml")
    assert after.headers["www-authenticate"] == 'Basic realm="Authorisation Required"'


def test_issue_and_revoke_app_passwords_and_login_names(served: Starter) -> None:
    server, client = served()
    server.add_user(DemoUser("carol", "carol-pw", login_name="carol@example.com"))
    extra = server.issue_app_password("carol")
    for password in ("carol-pw", extra):
        reply = client.get(
            "/ocs/v2.php/cloud/user?format=json", headers=OCS, auth=("carol@example.com", password)
        )
        assert reply.json()["ocs"]["data"]["id"] == "carol"
        assert reply.json()["ocs"]["data"]["display-name"] == "Carol"
    home = client.request(
        "PROPFIND", "/remote.php/dav/files/carol/", auth=("carol@example.com", extra)
    )
    assert home.status_code == 207 and "/remote.php/dav/files/carol/Documents/" in home.text
    server.revoke_app_password(extra)
    assert (
        client.get(
            "/ocs/v2.php/cloud/user", headers=OCS, auth=("carol@example.com", extra)
        ).status_code
        == 401
    )


def test_cookies_never_log_anyone_in(served: Starter) -> None:
    _, client = served()
    first = client.get(f"{TP}/tasks?format=json", headers=OCS, auth=ALICE)
    assert first.status_code == 200 and first.headers.get_list("set-cookie")
    cookies = {key: value for key, value in client.cookies.items()}
    assert cookies
    again = client.get(f"{TP}/tasks?format=json", headers=OCS)
    assert again.status_code == 401


def test_rate_limit_per_user(served: Starter) -> None:
    _, client = served(rate_limit=3, task_seconds=0)
    for _ in range(3):
        assert schedule(client, "core:text2text", {"input": "x"}).status_code == 200
    limited = schedule(client, "core:text2text", {"input": "x"})
    assert (limited.status_code, limited.content) == (429, b"")
    assert limited.headers["content-type"] == "text/html; charset=UTF-8"
    assert "retry-after" not in limited.headers
    assert schedule(client, "core:text2text", {"input": "x"}, auth=BOB).status_code == 200


def test_requests_are_recorded(served: Starter) -> None:
    server, client = served()
    server.clear_requests()
    client.get("/status.php")
    client.get(f"{TP}/tasks?format=json", headers=OCS, auth=ALICE)
    assert [(r.method, r.path, r.user_id, r.status) for r in server.requests] == [
        ("GET", "/status.php", None, 200),
        ("GET", f"{TP}/tasks", "alice", 200),
    ]
    assert server.requests[1].query == {"format": "json"}


# --- profiles and modes ---------------------------------------------------------------


def test_profile_nc30_early_integers_and_merged_shapes(served: Starter) -> None:
    clock = FakeClock()
    _, client = served(profile="nc30-early", clock=clock)
    types = client.get(f"{TP}/tasktypes?format=json", headers=OCS, auth=ALICE).json()["ocs"]["data"]
    text2text = types["types"]["core:text2text"]
    assert set(text2text) == {"name", "description", "inputShape", "outputShape"}
    assert text2text["inputShape"]["input"] == {
        "name": "Prompt",
        "description": "Describe a task that you want the assistant to do or ask a question",
        "type": 1,
        "mandatory": True,
    }
    assert text2text["inputShape"]["model"]["type"] == 6
    assert text2text["inputShape"]["model"]["mandatory"] is False
    task = schedule(client, "core:text2text", {"input": "x"}).json()["ocs"]["data"]["task"]
    assert task["status"] == 1
    clock.now += 100
    assert get_task(client, task["id"])["status"] == 3


def test_profile_nc33_error_messages_extra_fields_and_internal_types(served: Starter) -> None:
    _, client = served(profile="nc33", task_seconds=0)
    status = client.get("/status.php").json()
    assert status["versionstring"].startswith("33.")
    types = client.get(f"{TP}/tasktypes?format=json", headers=OCS, auth=ALICE).json()["ocs"]["data"]
    internal = [key for key, value in types["types"].items() if value["isInternal"]]
    assert len(internal) == 1
    task_id = schedule(client, "core:text2text", {"input": "set to fail"}).json()["ocs"]["data"][
        "task"
    ]["id"]
    failed = wait_for_end(client, task_id)
    assert failed["status"] == "STATUS_FAILED"
    assert failed["userFacingErrorMessage"] and failed["errorMessage"]
    assert {"allowCleanup", "includeWatermark"} <= set(failed)


def test_profile_nc29_has_no_taskprocessing(served: Starter) -> None:
    _, client = served(profile="nc29")
    assert client.get("/status.php").json()["version"] == "29.0.6.1"
    reply = client.get(f"{TP}/tasktypes?format=json", headers=OCS, auth=ALICE)
    assert reply.status_code == 404
    assert reply.json()["ocs"]["meta"]["message"].startswith(
        "Invalid query, please check the syntax"
    )
    caps = client.get("/ocs/v2.php/cloud/capabilities?format=json", headers=OCS, auth=ALICE).json()
    assert caps["ocs"]["data"]["version"]["major"] == 29
    assert "assistant" not in caps["ocs"]["data"]["capabilities"]


def test_assistant_capability_and_notify(served: Starter) -> None:
    server, client = served()
    caps = client.get("/ocs/v2.php/cloud/capabilities?format=json", headers=OCS).json()["ocs"][
        "data"
    ]
    assert caps["capabilities"]["assistant"]["enabled"] is True
    assert caps["capabilities"]["files"]["bigfilechunking"] is True
    task_id = schedule(client, "core:text2text", {"input": "x"}).json()["ocs"]["data"]["task"]["id"]
    url = f"/ocs/v2.php/apps/assistant/api/v1/task/{task_id}/notify?format=json"
    assert client.post(url, headers=OCS, auth=ALICE).status_code == 200
    assert server.notifications == [(task_id, "alice")]


def test_every_profile_serves_status_and_capabilities(served: Starter) -> None:
    for name, profile in PROFILES.items():
        _, client = served(profile=name)
        status = client.get("/status.php").json()
        assert status["version"] == profile.version_dotted
        caps = client.get("/ocs/v1.php/cloud/capabilities?format=json", headers=OCS).json()
        assert caps["ocs"]["meta"]["statuscode"] == 100


def test_maintenance_mode(served: Starter) -> None:
    server, client = served()
    server.maintenance = True
    assert client.get("/status.php").json()["maintenance"] is True
    ocs = client.get(f"{TP}/tasks?format=json", headers=OCS, auth=ALICE)
    assert ocs.status_code == 503 and ocs.headers["x-nextcloud-maintenance-mode"] == "1"
    page = client.get("/index.php/login/v2/flow/x")
    assert page.status_code == 503 and "maintenance mode" in page.text
    assert client.get("/remote.php/dav/files/alice/", auth=ALICE).status_code == 503
    server.maintenance = False
    assert client.get(f"{TP}/tasks?format=json", headers=OCS, auth=ALICE).status_code == 200


def test_stop_is_idempotent_and_context_manager_works() -> None:
    with make_server() as server:
        with httpx.Client() as client:
            assert client.get(f"{server.base_url}/status.php").status_code == 200
        server.stop()
    server.stop()
    assert [user.display_name for user in DemoServer().users] == ["Demo User"]


def test_command_line_runs_until_sigterm() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(
        [sys.executable, "-m", "nctask_desktop.demo", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        try:
            listening = process.stdout.readline().strip()
            user = process.stdout.readline().strip()
            password = process.stdout.readline().strip()
            match = re.fullmatch(r"listening on (http://127\.0\.0\.1:(\d+))", listening)
            assert match and int(match.group(2)) > 0
            assert user == "user: demo" and password.startswith("app password: ")
            auth = ("demo", password.split(": ", 1)[1])
            with httpx.Client(base_url=match.group(1)) as client:
                assert client.get("/status.php").json()["installed"] is True
                me = client.get("/ocs/v2.php/cloud/user?format=json", headers=OCS, auth=auth)
                assert me.json()["ocs"]["data"]["display-name"] == "Demo User"
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=15) == 0
            assert "Traceback" not in process.stderr.read()
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


def test_login_flow_expires_after_twenty_minutes(served: Starter) -> None:
    clock = FakeClock()
    _, client = served(clock=clock)
    start = client.post("/index.php/login/v2").json()
    clock.now += 21 * 60
    assert client.get(start["login"]).status_code == 403
    token = start["login"].rsplit("/", 1)[1]
    grant = client.post("/index.php/login/v2/grant", data={"stateToken": token})
    assert grant.status_code == 403
    assert (
        client.post(start["poll"]["endpoint"], data={"token": start["poll"]["token"]}).status_code
        == 404
    )


def test_protocol_edges(served: Starter) -> None:
    _, client = served()
    wrong_verb = client.post(f"{TP}/task/1?format=json", headers=OCS, auth=ALICE)
    assert (wrong_verb.status_code, wrong_verb.content) == (405, b"")
    v1_unknown = client.get("/ocs/v1.php/no/such/route?format=json", headers=OCS)
    assert v1_unknown.status_code == 200
    assert v1_unknown.json()["ocs"]["meta"]["statuscode"] == 404
    head = client.head("/ocs/v2.php/cloud/capabilities?format=json", headers=OCS)
    assert head.status_code == 200 and head.content == b""
    no_login = client.get(f"{TP}/tasks?format=json", headers=OCS)
    assert no_login.status_code == 401 and no_login.json()["ocs"]["meta"]["statuscode"] == 997
    codes = [
        client.post(
            f"{TP}/schedule?format=json",
            headers=OCS,
            json={"input": {"input": "x"}, "type": "core:text2text", "appId": "anon"},
        ).status_code
        for _ in range(6)
    ]
    assert codes == [200] * 5 + [429]


def test_cli_says_plainly_when_the_port_is_taken() -> None:
    import subprocess
    import sys

    with DemoServer(users=[DemoUser("alice", "pw")]) as taken:
        port = taken.base_url.rsplit(":", 1)[1]
        result = subprocess.run(
            [sys.executable, "-m", "nctask_desktop.demo", "--port", port],
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert result.returncode == 1
    assert "Could not listen on 127.0.0.1:" in result.stderr and "--port" in result.stderr
    assert "Traceback" not in result.stderr


# --- compression, as Nextcloud does it --------------------------------------------------


def _raw(client: httpx.Client, method: str, path: str, gzip_ok: bool, **kw: Any) -> httpx.Response:
    """A request with or without `Accept-Encoding: gzip`, its body left as sent."""
    headers = {**kw.pop("headers", {}), "Accept-Encoding": "gzip" if gzip_ok else "identity"}
    auth = kw.pop("auth", None)
    request = client.build_request(method, path, headers=headers, **kw)
    response = client.send(request, stream=True, auth=auth)
    response.read()  # decoded by httpx; num_bytes_downloaded counts the bytes as sent
    return response


def test_replies_are_gzipped_where_nextcloud_gzips_them(served: Starter) -> None:
    """The app framework's CompressionMiddleware gzips OCS, JSON and page replies with status 200
    (even a delete's `data: null`); Sabre gzips PROPFIND; nothing else is."""
    server, client = served(task_seconds=0, rate_limit=100)
    for _ in range(40):
        assert schedule(client, "core:text2text", {"input": "a" * 50}).status_code == 200
    listing = f"{TP}/tasks?format=json"
    plain = _raw(client, "GET", listing, False, headers=OCS, auth=ALICE)
    packed = _raw(client, "GET", listing, True, headers=OCS, auth=ALICE)
    assert "content-encoding" not in plain.headers
    assert packed.headers["content-encoding"] == "gzip"
    assert packed.json() == plain.json()  # the same reply
    assert packed.num_bytes_downloaded * 5 < plain.num_bytes_downloaded
    assert server.requests[-1].body_bytes == packed.num_bytes_downloaded
    gzipped = {
        "delete null": ("DELETE", f"{TP}/task/1?format=json", {"headers": OCS, "auth": ALICE}),
        "login flow": ("POST", "/index.php/login/v2", {}),
        "propfind": ("PROPFIND", "/remote.php/dav/files/alice/", {"auth": ALICE}),
    }
    for name, (method, path, kw) in gzipped.items():
        reply = _raw(client, method, path, True, **kw)
        assert reply.headers.get("content-encoding") == "gzip", name
    not_gzipped = {
        "status.php": ("GET", "/status.php", {}),
        "an OCS error (404)": (
            "GET",
            f"{TP}/task/99999?format=json",
            {"headers": OCS, "auth": ALICE},
        ),
        "a wrong password (401)": ("GET", listing, {"headers": OCS, "auth": ("alice", "wrong")}),
        "a file download": (
            "GET",
            "/remote.php/dav/files/alice/Documents/Welcome.txt",
            {"auth": ALICE},
        ),
    }
    expected = {"status.php": 200, "an OCS error (404)": 404, "a wrong password (401)": 401}
    for name, (method, path, kw) in not_gzipped.items():
        reply = _raw(client, method, path, True, **kw)
        assert reply.status_code == expected.get(name, 200), name
        assert "content-encoding" not in reply.headers, name
