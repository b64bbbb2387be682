"""Replays every recorded Nextcloud call against the simulator and compares the replies."""

from __future__ import annotations

import base64
import calendar
import json
import re
import shlex
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from nctask_desktop.demo import DemoServer, DemoUser
from nctask_desktop.demo.media import tone_wav

RECORDED = Path(__file__).parent / "data" / "recorded"
RECORDED_HOST = "http://127.0.0.1:8080"
PASSWORDS = {"alice": "alice-app-password", "bob": "bob-app-password", "admin": "admin-app-pw"}
WRONG_PASSWORD = "certainly-not-the-app-password"
TASK_SECONDS = 1.0

# Replay order: recorded TIME order, with calls recorded in the same second put in causal order.
NC30_ORDER = [
    "01_tasktypes_alice",
    "01b_tasktypes_anonymous",
    "02_schedule_text2text",
    "03_get_task_scheduled",
    "04_get_task_successful_text2text",
    "05_schedule_text2image",
    "06_get_task_successful_text2image",
    "07_get_task_file_image",
    "07b_get_task_file_image_noOCSheader",
    "08a_webdav_put_x_wav",
    "08_schedule_audio2text",
    "09_get_task_successful_audio2text",
    "10_get_task_file_input_audio",
    "11a_schedule_for_cancel",
    "11_cancel_task",
    "11b_get_cancelled_task_after_worker",
    "11c_cancel_finished_task",
    "11d_cancel_unknown_task",
    "12_list_tasks_by_type",
    "12b_list_tasks_all",
    "12c_list_tasks_by_type_and_customId",
    "13_list_tasks_by_app",
    "13b_list_tasks_by_app_customId",
    "13c_list_tasks_by_app_unknown",
    "13d_list_tasks_bob_sees_none",
    "14_delete_task",
    "15_get_deleted_task_404",
    "15b_delete_nonexistent_task",
    "15c_get_task_other_user_404",
    "15d_bob_delete_alice_task_noop",
    "15f_get_task_nonnumeric_id",
    "15e_get_task_anonymous",
    "15g_list_tasks_anonymous",
    "15h_get_task_wrong_password",
    "16_schedule_unknown_type_412",
    "17_schedule_missing_input_key_400",
    "17b_schedule_wrong_slot_type_400",
    "17c_schedule_bad_enum_value_400",
    "17d_schedule_bad_optional_number_400",
    "17e_schedule_nonexistent_file_id_400",
    "17f_schedule_file_id_as_text_400",
    "17g_schedule_missing_type_param",
    "17h_schedule_missing_appId_param",
    "17i_schedule_input_not_object",
    "17j_schedule_translate_bad_target_language_400",
    "18_schedule_rate_limited_429",
    "18b_schedule_rate_limited_429_xml",
    "18c_bob_not_limited",
    "19b_schedule_audio_fileid_as_numeric_string",
    "20_get_file_not_in_task_404",
    "20b_get_file_other_users_task_404",
    "20c_get_file_unknown_task_404",
    "19c_schedule_anonymous_with_file_400",
    "19d_schedule_anonymous_text2text",
    "19_schedule_appdata_file_of_other_task_401",
    "19a_schedule_other_users_home_file_400",
    "21_schedule_contextwrite",
    "22_schedule_translate",
    "23_schedule_text2text_will_fail",
    "21b_get_task_done",
    "22b_get_task_done",
    "23b_get_task_failed",
    "24_get_task_xml_default",
    "24b_get_task_accept_json_header",
    "24c_get_task_without_ocs_header",
    "24d_get_task_ocs_v1",
    "24e_get_task_not_found_ocs_v1",
    "25_schedule_form_encoded",
    "26_tasks_provider_next_as_alice",
    "26b_tasks_provider_next_as_admin",
]

NC29_ORDER = [
    "status_php",
    "taskprocessing_tasktypes_format_json_nc29",
    "taskprocessing_tasktypes_noformat_nc29",
    "capabilities_v1_json",
    "cloud_user_v1_json",
    "cloud_user_v2_json",
    "err_noauth_cloud_user_v1",
    "err_noauth_cloud_user_v2",
    "err_no_ocsapirequest_header_cloud_user_v2",
    "err_wrongpass_cloud_user_v2",
    "err_unknown_route_ocs_v2",
    "webdav_put_audio_alice",
    "webdav_propfind_fileid_alice",
    "webdav_put_text_bob",
    "webdav_propfind_fileid_bob",
    "loginflow_v2_init",
    "loginflow_v2_poll_before_grant",
    "loginflow_v2_poll_before_grant_GET",
    "loginflow_v2_poll_after_grant",
    "loginflow_v2_poll_after_grant_second_time",
    "loginflow_v2_apppassword_cloud_user",
    "capabilities_v1_after_failed_login_bruteforce",
]

_LEGACY_API = "the pre-30 TextProcessing/Text2Image APIs are not simulated (clients never use them)"
NC29_SKIPPED = {
    "textprocessing_tasktypes_accept_json": _LEGACY_API,
    "textprocessing_tasktypes_default_xml": _LEGACY_API,
    "textprocessing_tasktypes_format_json": _LEGACY_API,
    "textprocessing_schedule_freeprompt": _LEGACY_API,
    "textprocessing_get_task_before_cron": _LEGACY_API,
    "textprocessing_get_task_after_cron": _LEGACY_API,
    "textprocessing_get_task_other_user_bob": _LEGACY_API,
    "textprocessing_get_task_POST_verb": _LEGACY_API,
    "textprocessing_list_by_app": _LEGACY_API,
    "textprocessing_delete_task": _LEGACY_API,
    "textprocessing_delete_task_again": _LEGACY_API,
    "textprocessing_get_deleted_task": _LEGACY_API,
    "err_textprocessing_input_wrong_type_array": _LEGACY_API,
    "err_textprocessing_missing_input_param": _LEGACY_API,
    "err_textprocessing_unknown_type": _LEGACY_API,
    "err_noauth_textprocessing_schedule_v2": _LEGACY_API,
    "err_no_ocsapirequest_header_textprocessing_tasktypes": _LEGACY_API,
    "text2image_is_available": _LEGACY_API,
    "text2image_schedule": _LEGACY_API,
    "text2image_get_task_after_cron": _LEGACY_API,
    "text2image_get_image_0.headers": _LEGACY_API + " (headers of a 404 only)",
    "text2image_get_image_0_404_body": _LEGACY_API + " (body of that 404)",
    "cron_php_time": "not an HTTP call (timing of php cron.php)",
    "occ_background_job_list_after_schedule": "not an HTTP call (occ output)",
    "loginflow_v2_steps": "notes on the browser part; replayed via the loginflow_v2_* files",
    "ratelimit_429_full": "headers of a TextProcessing 429; the 429 shape is checked by nc30/18*",
    "ratelimit_textprocessing_schedule_hammer": "timeline of TextProcessing calls, no bodies",
}

WRONG_SECRET = {"15h_get_task_wrong_password", "err_wrongpass_cloud_user_v2"}


@dataclass
class Recorded:
    """One recorded call and its reply."""

    stem: str
    curl: str
    time: float
    status: int
    headers: dict[str, str]
    body: bytes
    binary: bool


@dataclass
class CurlRequest:
    """What a curl command line sends."""

    method: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    auth: tuple[str, str] | None = None
    body: bytes | None = None


def _parse_headers(block: str) -> dict[str, str]:
    """Response headers of a recording, lower-cased names."""
    headers: dict[str, str] = {}
    for line in block.splitlines():
        name, sep, value = line.partition(":")
        if sep and not line.startswith(("HTTP/", "###")):
            headers[name.strip().lower()] = value.strip()
    return headers


def load_recording(folder: str, stem: str) -> Recorded:
    """Parse a single-call recording (.txt, with the raw .body when there is one)."""
    text = (RECORDED / folder / f"{stem}.txt").read_text(encoding="utf-8")
    curl = text.split("### CALL:", 1)[1].split("\n", 1)[0].strip()
    stamp = re.search(r"### TIME: (\S+)", text)
    when = calendar.timegm(time.strptime(stamp.group(1), "%Y-%m-%dT%H:%M:%SZ")) if stamp else 0
    status = int(re.search(r"### STATUS: (\d+)", text).group(1))  # type: ignore[union-attr]
    header_block = text.split("### RESPONSE HEADERS:", 1)[1].split("### BODY:", 1)[0]
    body_text = text.split("### BODY:\n", 1)[1] if "### BODY:\n" in text else ""
    raw = RECORDED / folder / f"{stem}.body"
    binary = body_text.startswith("<binary,")
    body = raw.read_bytes() if raw.exists() else body_text.rstrip("\n").encode("utf-8")
    return Recorded(stem, curl, when, status, _parse_headers(header_block), body, binary)


def _read_data_file(name: str) -> bytes:
    """Stand-ins for the files the recording session uploaded with curl."""
    if name.endswith("x.wav"):
        return (RECORDED / "nc30" / "10_get_task_file_input_audio.body").read_bytes()
    if name.endswith(".wav"):
        return tone_wav(1.0, 440.0, 8000)
    return b"bob's private notes\n"


def parse_curl(command: str) -> CurlRequest:
    """Turn a recorded curl command line into a request."""
    args = shlex.split(command)[1:]
    request = CurlRequest("GET", "")
    data: list[bytes] = []
    index = 0
    while index < len(args):
        arg = args[index]
        value = args[index + 1] if index + 1 < len(args) else ""
        index += 2
        if arg == "-u":
            user, _, password = value.partition(":")
            request.auth = (user, password)
        elif arg == "-H":
            name, _, header_value = value.partition(":")
            request.headers[name.strip()] = header_value.strip()
        elif arg == "-X":
            request.method = value
        elif arg in ("-d", "--data", "--data-binary"):
            data.append(_read_data_file(value[1:]) if value.startswith("@") else value.encode())
        elif arg == "--data-urlencode":
            name, _, raw = value.partition("=")
            data.append(f"{name}={quote(raw, safe='')}".encode())
        elif arg == "-T":
            request.body = _read_data_file(value)
            request.method = "PUT" if request.method == "GET" else request.method
        else:
            request.url = arg
            index -= 1
    if data:
        request.body = b"&".join(data)
        request.headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
        if request.method == "GET":
            request.method = "POST"
    return request


class FakeClock:
    """A clock the replay sets to each recording's time."""

    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def set(self, when: float) -> None:
        """Move forward (never back)."""
        self.now = max(self.now, when)


@dataclass
class Replay:
    """State of one replay session against one simulator."""

    server: DemoServer
    client: httpx.Client
    clock: FakeClock
    file_ids: dict[int, int] = field(default_factory=dict)
    poll_token: str = ""
    login_url: str = ""
    app_password: str = ""

    def map_file(self, value: Any) -> Any:
        """A recorded file id as the simulator numbered it."""
        if isinstance(value, bool):
            return value
        if isinstance(value, int):
            return self.file_ids.get(value, value)
        if isinstance(value, str) and value.isdigit():
            return str(self.file_ids.get(int(value), int(value)))
        if isinstance(value, list):
            return [self.map_file(item) for item in value]
        return value

    def map_url(self, url: str) -> str:
        """Recorded host and file ids replaced by the simulator's."""
        url = url.replace(RECORDED_HOST, self.server.base_url)
        url = re.sub(
            r"(/file/)(\d+)", lambda m: m.group(1) + str(self.map_file(int(m.group(2)))), url
        )
        return url.replace("<poll-token>", self.poll_token)

    def map_body(self, body: bytes | None, content_type: str) -> bytes | None:
        """File ids in a JSON body's input replaced; the poll token filled in."""
        if body is None:
            return None
        body = body.replace(b"<poll-token>", self.poll_token.encode())
        if "json" not in content_type:
            return body
        data = json.loads(body)
        if isinstance(data.get("input"), dict):
            data["input"] = {key: self.map_file(value) for key, value in data["input"].items()}
        return json.dumps(data, separators=(",", ":")).encode()


def send(replay: Replay, recorded: Recorded) -> httpx.Response:
    """Replay one recorded call (curl's default headers included)."""
    request = parse_curl(recorded.curl)
    headers = {"User-Agent": "curl/8.5.0", "Accept": "*/*", **request.headers}
    if request.auth is not None:
        user, secret = request.auth
        if recorded.stem in WRONG_SECRET:
            secret = WRONG_PASSWORD
        elif recorded.stem == "loginflow_v2_apppassword_cloud_user":
            secret = replay.app_password
        elif secret == "<secret>":
            secret = PASSWORDS[user]
        token = base64.b64encode(f"{user}:{secret}".encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    replay.client.cookies.clear()
    return replay.client.request(
        request.method,
        replay.map_url(request.url),
        headers=headers,
        content=replay.map_body(request.body, headers.get("Content-Type", "")),
    )


def burn_rate_limit(replay: Replay, user: str) -> None:
    """Use up a user's scheduling budget with invalid calls (the recording hammered too)."""
    for _ in range(60):
        reply = replay.client.post(
            f"{replay.server.base_url}/ocs/v2.php/taskprocessing/schedule?format=json",
            headers={"OCS-APIRequest": "true"},
            auth=(user, PASSWORDS[user]),
            json={"input": {"input": "x"}, "type": "core:nonexistent", "appId": "burn"},
        )
        if reply.status_code == 429:
            return
    raise AssertionError("the rate limit never kicked in")


def grant_in_browser(replay: Replay, user: str) -> None:
    """Play the browser: open the login URL and submit the grant form."""
    page = replay.client.get(replay.login_url)
    assert page.status_code == 200 and "Grant access" in page.text
    action = re.search(r'<form method="post" action="([^"]+)"', page.text)
    token = re.search(r'name="stateToken" value="([^"]+)"', page.text)
    assert action and token
    done = replay.client.post(
        replay.server.base_url + action.group(1),
        data={"stateToken": token.group(1), "user": user},
    )
    assert done.status_code == 200 and "Account connected" in done.text


def before_call(replay: Replay, stem: str) -> None:
    """Preparations the recording session did off the record."""
    if stem == "18_schedule_rate_limited_429":
        burn_rate_limit(replay, "alice")
    if stem == "loginflow_v2_poll_after_grant":
        grant_in_browser(replay, "alice")


def after_call(replay: Replay, recorded: Recorded, reply: httpx.Response) -> None:
    """Learn ids and tokens from a reply, to map later recorded calls."""
    recorded_id = recorded.headers.get("oc-fileid")
    if recorded_id and reply.headers.get("oc-fileid"):
        replay.file_ids[int(recorded_id[:8])] = int(reply.headers["oc-fileid"][:8])
    if recorded.stem == "loginflow_v2_init":
        replay.poll_token = reply.json()["poll"]["token"]
        replay.login_url = reply.json()["login"]
    if recorded.stem == "loginflow_v2_poll_after_grant" and reply.status_code == 200:
        replay.app_password = reply.json()["appPassword"]
    if recorded.stem == "06_get_task_successful_text2image" and reply.status_code == 200:
        old = json.loads(recorded.body)["ocs"]["data"]["task"]["output"]["images"]
        new = reply.json()["ocs"]["data"]["task"]["output"]["images"]
        replay.file_ids.update(zip(old, new, strict=True))


def run_replay(folder: str, order: list[str], profile: str) -> dict[str, Any]:
    """Replay a folder's recordings in order; returns stem -> (recording, reply, file-id map)."""
    recordings = [load_recording(folder, stem) for stem in order]
    clock = FakeClock(recordings[0].time)
    users = [
        DemoUser("alice", PASSWORDS["alice"]),
        DemoUser("bob", PASSWORDS["bob"]),
        DemoUser("admin", PASSWORDS["admin"], is_admin=True),
    ]
    results: dict[str, Any] = {}
    with (
        DemoServer(profile=profile, users=users, task_seconds=TASK_SECONDS, clock=clock) as server,
        httpx.Client(timeout=10) as client,
    ):
        replay = Replay(server, client, clock)
        for recorded in recordings:
            clock.set(recorded.time)
            before_call(replay, recorded.stem)
            reply = send(replay, recorded)
            after_call(replay, recorded, reply)
            results[recorded.stem] = (recorded, reply, dict(replay.file_ids), server.base_url)
    return results


# --- comparison -----------------------------------------------------------------------


def body_kind(content_type: str, body: bytes, binary: bool = False) -> str:
    """json / xml / empty / binary / html / text."""
    if not body:
        return "empty"
    kind = content_type.lower()
    if binary or kind.startswith(("image/", "audio/", "video/", "application/octet-stream")):
        return "binary"
    if "json" in kind:
        return "json"
    if "xml" in kind:
        return "xml"
    return "html" if "html" in kind else "text"


def compare_keys(recorded: Any, actual: Any, where: str) -> None:
    """Same key sets, recursively; the types map may hold more types than recorded."""
    if isinstance(recorded, dict):
        assert isinstance(actual, dict), f"{where}: expected an object, got {actual!r}"
        if where.endswith(".types"):
            assert set(recorded) <= set(actual), f"{where}: missing {set(recorded) - set(actual)}"
        else:
            assert set(recorded) == set(actual), (
                f"{where}: keys {sorted(actual)} != {sorted(recorded)}"
            )
        for key in recorded:
            compare_keys(recorded[key], actual[key], f"{where}.{key}")
    elif isinstance(recorded, list):
        assert isinstance(actual, list), f"{where}: expected a list, got {actual!r}"
        assert len(recorded) == len(actual), (
            f"{where}: {len(actual)} items, recorded {len(recorded)}"
        )
        for index, (old, new) in enumerate(zip(recorded, actual, strict=True)):
            compare_keys(old, new, f"{where}[{index}]")


def _tasks_in(data: Any) -> list[dict[str, Any]]:
    """Task objects inside a reply's data."""
    if not isinstance(data, dict):
        return []
    if "task" in data:
        return [data["task"]]
    return list(data.get("tasks", []))


def compare_tasks(recorded: Any, actual: Any, file_ids: dict[int, int]) -> None:
    """Task values that must match: ids, type, status, owner, app, customId, input, text output."""

    def mapped(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: mapped(item) for key, item in value.items()}
        if isinstance(value, list):
            return [mapped(item) for item in value]
        return file_ids.get(value, value) if isinstance(value, int) else value

    for old, new in zip(_tasks_in(recorded), _tasks_in(actual), strict=True):
        for key in ("id", "type", "status", "userId", "appId", "customId"):
            assert new[key] == old[key], f"task {key}: {new[key]!r} != {old[key]!r}"
        assert list(new["input"].items()) == list(mapped(old["input"]).items())
        if old["type"] in ("core:text2text", "core:contextwrite", "core:text2text:translate"):
            assert new["output"] == old["output"]
        elif old["output"] is not None:
            assert set(new["output"]) == set(old["output"])
        assert (new["progress"] is None) == (old["progress"] is None)
        assert (new["startedAt"] is None) == (old["startedAt"] is None)
        assert (new["endedAt"] is None) == (old["endedAt"] is None)


def compare_json(
    recorded: Recorded, reply: httpx.Response, file_ids: dict[int, int], base: str
) -> None:
    """OCS meta, data keys and the values that matter."""
    old = json.loads(recorded.body)
    new = reply.json()
    if not (isinstance(old, dict) and "ocs" in old):
        if recorded.stem in ("loginflow_v2_init", "loginflow_v2_poll_after_grant"):
            compare_keys(old, new, "$")
        else:
            assert new == old
        return
    assert new["ocs"]["meta"] == old["ocs"]["meta"]
    compare_keys(old["ocs"]["data"], new["ocs"]["data"], "data")
    old_data, new_data = old["ocs"]["data"], new["ocs"]["data"]
    if isinstance(old_data, dict) and "message" in old_data:
        expected = re.sub(
            r"\b\d+\b", lambda m: str(file_ids.get(int(m.group()), m.group())), old_data["message"]
        )
        assert new_data["message"] == expected
    compare_tasks(old_data, new_data, file_ids)
    if recorded.stem.startswith("01"):
        for type_id, task_type in old_data["types"].items():
            assert new_data["types"][type_id] == task_type, type_id
    if recorded.stem.startswith("capabilities"):
        recorded_text = json.dumps(old_data).replace(RECORDED_HOST, base)
        assert new_data == json.loads(recorded_text)


def _xml_tags(element: ET.Element) -> Any:
    """The tag tree of an element (text left out)."""
    return (element.tag, [_xml_tags(child) for child in element])


def _xml_shape(body: bytes) -> Any:
    """A comparable summary of an OCS or multistatus XML body."""
    root = ET.fromstring(body)
    if root.tag == "ocs":
        meta = {child.tag: (child.text or "") for child in root.find("meta") or []}
        data = root.find("data")
        return meta, _xml_tags(data) if data is not None else None
    responses = []
    for response in root.iter("{DAV:}response"):
        for propstat in response.iter("{DAV:}propstat"):
            status = propstat.findtext("{DAV:}status")
            props = sorted(child.tag for prop in propstat.iter("{DAV:}prop") for child in prop)
            responses.append((status, props))
    return root.tag, responses


def compare_headers(recorded: Recorded, reply: httpx.Response) -> None:
    """The headers a client may depend on."""
    if "content-type" in recorded.headers:
        assert (
            reply.headers.get("content-type", "").lower()
            == recorded.headers["content-type"].lower()
        )
    for name in ("www-authenticate", "dav"):
        assert reply.headers.get(name) == recorded.headers.get(name)
    if "oc-fileid" in recorded.headers:
        assert re.fullmatch(r"\d{8}oc[a-z0-9]+", reply.headers["oc-fileid"])
        assert reply.headers["etag"] == reply.headers["oc-etag"]
    assert "retry-after" not in reply.headers
    disposition = recorded.headers.get("content-disposition")
    if disposition:
        if re.fullmatch(r'attachment; filename="\d+-\d+"', disposition):
            assert re.fullmatch(
                r'attachment; filename="\d+-\d+"', reply.headers["content-disposition"]
            )
        else:
            assert reply.headers["content-disposition"] == disposition


def check(result: Any) -> None:
    """Compare one replayed call with its recording."""
    recorded, reply, file_ids, base = result
    assert reply.status_code == recorded.status, reply.text[:500]
    kind = body_kind(recorded.headers.get("content-type", ""), recorded.body, recorded.binary)
    assert body_kind(reply.headers.get("content-type", ""), reply.content) == kind
    compare_headers(recorded, reply)
    if kind == "json":
        compare_json(recorded, reply, file_ids, base)
    elif kind == "xml":
        assert _xml_shape(reply.content) == _xml_shape(recorded.body)


@pytest.fixture(scope="module")
def nc30_results() -> dict[str, Any]:
    """All nc30 recordings replayed in order against one nc30 simulator."""
    return run_replay("nc30", NC30_ORDER, "nc30")


@pytest.fixture(scope="module")
def nc29_results() -> dict[str, Any]:
    """The in-scope nc29 recordings replayed against one nc29 simulator."""
    return run_replay("nc29", NC29_ORDER, "nc29")


@pytest.mark.parametrize("stem", NC30_ORDER)
def test_nc30_recording(stem: str, nc30_results: dict[str, Any]) -> None:
    check(nc30_results[stem])


@pytest.mark.parametrize(
    "stem",
    [
        *NC29_ORDER,
        *(
            pytest.param(stem, marks=pytest.mark.skip(reason=why))
            for stem, why in NC29_SKIPPED.items()
        ),
    ],
)
def test_nc29_recording(stem: str, nc29_results: dict[str, Any]) -> None:
    check(nc29_results[stem])


def test_every_recording_is_replayed_or_skipped_with_a_reason() -> None:
    nc30 = {path.stem for path in (RECORDED / "nc30").glob("*.txt")}
    assert nc30 == set(NC30_ORDER)
    nc29 = {path.name.rsplit(".", 1)[0] for path in (RECORDED / "nc29").iterdir()}
    assert nc29 == set(NC29_ORDER) | set(NC29_SKIPPED)
