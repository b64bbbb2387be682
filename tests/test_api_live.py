"""The API layer against the simulator over real loopback HTTP: every route and error shape."""

from __future__ import annotations

import asyncio
import io
import wave
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from nctask_desktop.api import NextcloudClient, TaskStatus, WebDav, discover_server
from nctask_desktop.api import errors as e
from nctask_desktop.demo import DemoServer, DemoUser
from tests.browser import grant_access


@pytest.fixture
async def alice(demo_server: DemoServer) -> AsyncIterator[NextcloudClient]:
    async with NextcloudClient(demo_server.base_url, "alice", "alice-app-password") as client:
        yield client


async def finished(client: NextcloudClient, task_id: int) -> TaskStatus:
    for _ in range(200):
        task = await client.get_task(task_id)
        if task.status.is_finished:
            return task.status
        await asyncio.sleep(0.05)
    raise AssertionError("task did not finish")


async def test_discovery_user_and_capabilities(
    demo_server: DemoServer, alice: NextcloudClient
) -> None:
    base, status = await discover_server(demo_server.base_url + "/index.php/apps/files/")
    assert base == demo_server.base_url and status.major >= 30
    user = await alice.get_user()
    assert (user.id, user.display_name) == ("alice", "Alice Liddell")
    caps = await alice.get_capabilities()
    assert caps.version[0] >= 30 and caps.big_file_chunking


async def test_login_flow_v2_with_browser_grant(demo_server: DemoServer) -> None:
    async with NextcloudClient(demo_server.base_url) as anonymous:
        flow = await anonymous.start_login_flow()
        assert await anonymous.poll_login_flow(flow) is None  # 404 [] while pending
        page = grant_access(flow.login_url, user="bob")
        assert "close" in page.lower()
        creds = await anonymous.poll_login_flow(flow)
        assert creds is not None and creds.login_name == "bob"
        assert creds.server.rstrip("/") == demo_server.base_url
        assert await anonymous.poll_login_flow(flow) is None  # one-shot
    async with NextcloudClient(creds.server, creds.login_name, creds.app_password) as bob:
        assert (await bob.get_user()).id == "bob"
        await bob.revoke_app_password()
        with pytest.raises(e.AuthenticationError):
            await bob.get_user()  # no cookie keeps a revoked password working


async def test_wrong_password_and_anonymous(demo_server: DemoServer) -> None:
    async with NextcloudClient(demo_server.base_url, "alice", "wrong") as client:
        with pytest.raises(e.AuthenticationError) as info:
            await client.get_task_types()
        assert not info.value.missing
    async with NextcloudClient(demo_server.base_url) as anonymous:
        with pytest.raises(e.AuthenticationError) as info2:
            await anonymous.get_user()
        assert info2.value.missing


async def test_text_task_lifecycle(alice: NextcloudClient) -> None:
    types = await alice.get_task_types()
    assert {"core:text2text", "core:text2image", "core:audio2text"} <= set(types)
    task = await alice.schedule_task(
        "core:text2text",
        {"input": "Write a haiku"},
        app_id="assistant",
        custom_id="nctask-desktop:1",
    )
    assert (
        task.status is TaskStatus.SCHEDULED and task.input["model"] == "model_2"
    )  # defaults filled in
    assert await finished(alice, task.id) is TaskStatus.SUCCESSFUL
    done = await alice.get_task(task.id)
    assert "Write a haiku" in done.text_outputs(types["core:text2text"])[0][1]
    assert [t.id for t in await alice.list_tasks(custom_id="nctask-desktop:1")] == [task.id]
    assert [t.id for t in await alice.list_tasks_by_app("assistant")] == [task.id]
    assert await alice.list_tasks(task_type="core:text2image") == []


async def test_failed_cancelled_and_deleted(
    demo_server: DemoServer, alice: NextcloudClient
) -> None:
    failing = await alice.schedule_task(
        "core:text2text", {"input": "this provider is set to fail"}, app_id="assistant"
    )
    assert await finished(alice, failing.id) is TaskStatus.FAILED
    slow = await alice.schedule_task("core:text2text", {"input": "x"}, app_id="assistant")
    cancelled = await alice.cancel_task(slow.id)
    assert cancelled.status is TaskStatus.CANCELLED
    await alice.delete_task(slow.id)
    with pytest.raises(e.NotFoundError):
        await alice.get_task(slow.id)
    await alice.delete_task(999999)  # 200 even for an unknown task
    with pytest.raises(e.NotFoundError):
        await alice.cancel_task(999999)


async def test_other_users_tasks_are_invisible(
    demo_server: DemoServer, alice: NextcloudClient
) -> None:
    task = await alice.schedule_task("core:text2text", {"input": "mine"}, app_id="assistant")
    async with NextcloudClient(demo_server.base_url, "bob", "bob-app-password") as bob:
        with pytest.raises(e.NotFoundError):
            await bob.get_task(task.id)
        assert await bob.list_tasks() == []


async def test_validation_errors_carry_the_servers_words(alice: NextcloudClient) -> None:
    with pytest.raises(e.InvalidInputError) as info:
        await alice.schedule_task("core:text2text", {}, app_id="assistant")
    assert info.value.server_message == 'Missing key: "input"'
    with pytest.raises(e.InvalidInputError) as info:
        await alice.schedule_task(
            "core:text2text", {"input": "x", "model": "model_9"}, app_id="assistant"
        )
    assert "Wrong value given for Enum slot" in (info.value.server_message or "")
    with pytest.raises(e.ProviderUnavailableError):
        await alice.schedule_task("no:such:type", {"input": "x"}, app_id="assistant")
    with pytest.raises(e.InvalidInputError) as info:
        await alice.schedule_task("core:audio2text", {"input": 987654}, app_id="assistant")
    assert info.value.server_message == "Could not find file 987654"


async def test_image_task_files_download_with_extension(
    alice: NextcloudClient, tmp_path: Path
) -> None:
    task = await alice.schedule_task(
        "core:text2image", {"input": "a fox", "numberOfImages": 2}, app_id="assistant"
    )
    assert await finished(alice, task.id) is TaskStatus.SUCCESSFUL
    done = await alice.get_task(task.id)
    files = done.output_file_ids((await alice.get_task_types())["core:text2image"])
    assert len(files) == 2
    seen: list[tuple[int, int | None]] = []
    first = await alice.download_task_file(
        task.id, files[0][1], tmp_path, "fox", progress=lambda d, t: seen.append((d, t))
    )
    again = await alice.download_task_file(task.id, files[0][1], tmp_path, "fox")
    assert first.name == "fox.png" and again.name == "fox (2).png"
    assert first.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert seen and seen[-1][0] == first.stat().st_size
    assert not list(tmp_path.glob("*.part"))
    with pytest.raises(e.NotFoundError):
        await alice.download_task_file(task.id, 424242, tmp_path, "x")


def _wav_bytes(seconds: float = 0.5) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x01\x00" * int(8000 * seconds))
    return buf.getvalue()


async def test_webdav_upload_plain_and_chunked(
    demo_server: DemoServer, alice: NextcloudClient, tmp_path: Path
) -> None:
    await alice.get_user()
    dav = WebDav(alice, chunked_threshold=10_000, chunk_size=4_000)
    small = tmp_path / "small.wav"
    small.write_bytes(_wav_bytes(0.1))
    big = tmp_path / "big.wav"
    big.write_bytes(_wav_bytes(2.0))
    await dav.ensure_folder("nctask-desktop/2026-11-28")
    assert await dav.mkcol("nctask-desktop") is False  # exists: 405, not an error
    progress: list[tuple[int, int | None]] = []
    small_id = await dav.upload(small, "nctask-desktop/2026-11-28/small.wav")
    big_id = await dav.upload(
        big, "nctask-desktop/2026-11-28/big.wav", progress=lambda d, t: progress.append((d, t))
    )
    assert small_id != big_id
    assert demo_server.files_of("alice")["nctask-desktop/2026-11-28/big.wav"] == big.read_bytes()
    assert progress[-1] == (big.stat().st_size, big.stat().st_size)
    chunk_puts = [r for r in demo_server.requests if r.method == "PUT" and "/uploads/" in r.path]
    assert len(chunk_puts) == -(-big.stat().st_size // 4_000)  # numbered 4 KB chunks
    assert await dav.file_id("nctask-desktop/2026-11-28/big.wav") == big_id
    listing = await dav.list_folder("nctask-desktop/2026-11-28")
    assert [(x.name, x.is_folder, x.file_id) for x in listing] == [
        ("big.wav", False, big_id),
        ("small.wav", False, small_id),
    ]
    root = await dav.list_folder("")
    assert any(x.is_folder and x.name == "nctask-desktop" for x in root)
    task = await alice.schedule_task("core:audio2text", {"input": big_id}, app_id="assistant")
    assert await finished(alice, task.id) is TaskStatus.SUCCESSFUL
    input_file = await alice.download_task_file(task.id, big_id, tmp_path / "in", "input")
    assert input_file.suffix == ".wav" and input_file.read_bytes() == big.read_bytes()
    with pytest.raises(e.NotFoundError):
        await dav.propfind("no/such/file.txt", 0)


async def test_login_name_differs_from_user_id(tmp_path: Path) -> None:
    user = DemoUser("carol", "carol-pw", "Carol", login_name="carol@example.org")
    with DemoServer(users=[user], task_seconds=0.1) as server:
        async with NextcloudClient(server.base_url, "carol@example.org", "carol-pw") as client:
            assert (await client.get_user()).id == "carol"
            f = tmp_path / "note.txt"
            f.write_text("hi")
            await WebDav(client).upload(f, "note.txt")
            assert server.files_of("carol")["note.txt"] == b"hi"


async def test_rate_limit_is_an_empty_429() -> None:
    with DemoServer(users=[DemoUser("alice", "pw")], rate_limit=2, task_seconds=0.1) as server:
        async with NextcloudClient(server.base_url, "alice", "pw") as client:
            for _ in range(2):
                await client.schedule_task("core:text2text", {"input": "x"}, app_id="assistant")
            with pytest.raises(e.RateLimitedError):
                await client.schedule_task("core:text2text", {"input": "x"}, app_id="assistant")


async def test_old_server_and_maintenance() -> None:
    with DemoServer(profile="nc29", users=[DemoUser("alice", "pw")]) as server:
        with pytest.raises(e.UnsupportedServerError) as info:
            await discover_server(server.base_url)
        assert info.value.version and info.value.version.startswith("29")
        async with NextcloudClient(server.base_url, "alice", "pw") as client:
            assert (await client.get_user()).id == "alice"
            with pytest.raises(e.RouteNotFoundError):
                await client.get_task_types()
    with DemoServer(users=[DemoUser("alice", "pw")]) as server:
        server.maintenance = True
        with pytest.raises(e.MaintenanceError):
            await discover_server(server.base_url)
        async with NextcloudClient(server.base_url, "alice", "pw") as client:
            with pytest.raises(e.MaintenanceError):
                await client.get_task_types()


async def test_unreachable_server() -> None:
    server = DemoServer(users=[DemoUser("alice", "pw")])
    server.start()
    url = server.base_url
    server.stop()
    with pytest.raises(e.ConnectionFailedError):
        await discover_server(url)


async def test_csrf_412_without_ocs_header(demo_server: DemoServer) -> None:
    async with NextcloudClient(demo_server.base_url, "alice", "alice-app-password") as client:
        response = await client.send(
            "GET", "/ocs/v2.php/taskprocessing/tasktypes", headers={"Accept": "application/json"}
        )
    assert response.status_code == 412
    from nctask_desktop.api.ocs import parse_ocs_reply

    with pytest.raises(e.CsrfCheckError):
        parse_ocs_reply(412, response.headers["Content-Type"], response.content, "x")


async def test_profiles_parse_the_same(tmp_path: Path) -> None:
    for profile in ("nc30-early", "nc33"):
        with DemoServer(
            profile=profile, users=[DemoUser("alice", "pw")], task_seconds=0.1
        ) as server:
            async with NextcloudClient(server.base_url, "alice", "pw") as client:
                types = await client.get_task_types()
                t2t = types["core:text2text"]
                assert [s.key for s in t2t.mandatory_inputs] == ["input"]
                assert {s.key for s in t2t.optional_inputs} >= {"max_tokens", "model"}
                task = await client.schedule_task(
                    "core:text2text", {"input": "this provider is set to fail"}, app_id="assistant"
                )
                assert await finished(client, task.id) is TaskStatus.FAILED
                failed = await client.get_task(task.id)
                if profile == "nc33":
                    assert failed.user_facing_error_message
                    assert any(t.is_internal for t in types.values())
                else:
                    assert failed.user_facing_error_message is None


async def test_http_client_keeps_no_cookies(
    demo_server: DemoServer, alice: NextcloudClient
) -> None:
    await alice.get_user()
    await alice.get_task_types()
    assert len(alice._http.cookies) == 0
    async with httpx.AsyncClient() as raw:  # a plain client would have been given session cookies
        r = await raw.get(
            demo_server.base_url + "/ocs/v2.php/cloud/user",
            auth=("alice", "alice-app-password"),
            headers={"OCS-APIRequest": "true"},
        )
        assert r.status_code == 200


@pytest.mark.parametrize(("profile", "usable"), [("nc29-backport", True), ("nc29", False)])
async def test_the_server_decides_whether_taskprocessing_is_there_not_its_version(
    profile: str, usable: bool
) -> None:
    """status.php says 29 for both; only the task-types route tells them apart."""
    server = DemoServer(profile=profile, users=[DemoUser("alice", "pw", "Alice")])
    server.start()
    try:
        if usable:
            base, status = await discover_server(server.base_url)
            assert base == server.base_url and status.major == 29
        else:
            with pytest.raises(e.UnsupportedServerError) as info:
                await discover_server(server.base_url)
            assert info.value.version == "29.0.6"
        probes = [r.path for r in server.requests if "tasktypes" in r.path]
        assert probes == ["/ocs/v2.php/taskprocessing/tasktypes"]
    finally:
        server.stop()
