"""Every reply shape of REFERENCE §1 becomes the right typed error (httpx.MockTransport)."""

from __future__ import annotations

import ssl
from collections.abc import Callable

import httpx
import pytest

from nctask_desktop.api import NextcloudClient, discover_server
from nctask_desktop.api import errors as e
from tests.support import RECORDED, RecordingHandler

BASE = "https://cloud.example.org"

Handler = Callable[[httpx.Request], httpx.Response]


def recorded_body(name: str) -> bytes:
    return (RECORDED / "nc30" / f"{name}.body").read_bytes()


def client_for(handler: Handler, **kw: object) -> NextcloudClient:
    return NextcloudClient(BASE, "alice", "secret-pw", transport=httpx.MockTransport(handler), **kw)  # type: ignore[arg-type]


def reply(
    status: int, body: bytes = b"", ctype: str = "application/json; charset=utf-8", **headers: str
) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"Content-Type": ctype, **headers})

    return handler


WRONG_PASSWORD_XML = (RECORDED / "nc30" / "15h_get_task_wrong_password.body").read_bytes()
NOT_LOGGED_IN = b'{"ocs":{"meta":{"status":"failure","statuscode":997,"message":"Current user is not logged in"},"data":[]}}'
MAINTENANCE_HTML = b"<!DOCTYPE html><html><body><h2>Maintenance mode</h2>This Nextcloud instance is currently in maintenance mode.</body></html>"
PROXY_HTML = b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"


CASES = [
    (
        "wrong password: XML 401",
        reply(
            401,
            WRONG_PASSWORD_XML,
            "text/xml; charset=UTF-8",
            **{"WWW-Authenticate": 'Basic realm="Authorisation Required"'},
        ),
        e.AuthenticationError,
    ),
    ("no credentials: 997", reply(401, NOT_LOGGED_IN), e.AuthenticationError),
    ("CSRF 412 bare JSON", reply(412, b'{"message":"CSRF check failed"}'), e.CsrfCheckError),
    (
        "unknown type 412 envelope",
        reply(412, recorded_body("16_schedule_unknown_type_412")),
        e.ProviderUnavailableError,
    ),
    ("empty 429", reply(429, b"", "text/html; charset=UTF-8"), e.RateLimitedError),
    ("405 empty", reply(405, b"", "text/html"), e.MethodNotAllowedError),
    ("500 envelope", reply(500, recorded_body("17g_schedule_missing_type_param")), e.ServerError),
    (
        "500 XML (nc29)",
        reply(
            500,
            b'<?xml version="1.0"?><ocs><meta><status>failure</status><statuscode>500</statuscode><message>Internal Server Error\n</message></meta><data/></ocs>',
            "application/xml",
        ),
        e.ServerError,
    ),
    (
        "400 validation",
        reply(400, recorded_body("17_schedule_missing_input_key_400")),
        e.InvalidInputError,
    ),
    (
        "401 file access (envelope)",
        reply(401, recorded_body("19_schedule_appdata_file_of_other_task_401")),
        e.AccessDeniedError,
    ),
    (
        "404 task not found",
        reply(404, recorded_body("15c_get_task_other_user_404")),
        e.NotFoundError,
    ),
    (
        "404 unknown route",
        reply(
            404,
            (RECORDED / "nc29" / "err_unknown_route_ocs_v2.txt")
            .read_bytes()
            .split(b"### BODY:\n", 1)[1]
            .strip(),
        ),
        e.RouteNotFoundError,
    ),
    ("maintenance 503 HTML", reply(503, MAINTENANCE_HTML, "text/html"), e.MaintenanceError),
    (
        "maintenance 503 OCS XML",
        reply(
            503,
            b'<?xml version="1.0"?><ocs><meta><status>failure</status><statuscode>503</statuscode><message>Service unavailable</message></meta><data/></ocs>',
            "text/xml",
        ),
        e.MaintenanceError,
    ),
    (
        "maintenance header",
        reply(503, b"", "text/html", **{"X-Nextcloud-Maintenance-Mode": "1"}),
        e.MaintenanceError,
    ),
    (
        "proxy 503 HTML",
        reply(503, b"<html><body>Service Temporarily Unavailable</body></html>", "text/html"),
        e.ServerError,
    ),
    ("proxy 502 HTML", reply(502, PROXY_HTML, "text/html"), e.ServerError),
    ("proxy 504 empty", reply(504, b"", "text/html"), e.ServerError),
    (
        "captive portal 200 HTML",
        reply(200, b"<html><body>Please log in to the hotel Wi-Fi</body></html>", "text/html"),
        e.NotNextcloudError,
    ),
    (
        "truncated JSON",
        reply(200, recorded_body("04_get_task_successful_text2text")[:80]),
        e.MalformedResponseError,
    ),
    ("JSON without envelope", reply(200, b'{"hello": "world"}'), e.MalformedResponseError),
    (
        "binary junk",
        reply(200, b"\x00\x01\x02", "application/octet-stream"),
        e.MalformedResponseError,
    ),
    ("507 quota", reply(507, b"", "application/xml"), e.InsufficientStorageError),
]


@pytest.mark.parametrize(("handler", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
async def test_reply_shapes_become_typed_errors(
    handler: Handler, expected: type[Exception]
) -> None:
    async with client_for(handler) as client:
        with pytest.raises(expected) as info:
            await client.get_task(1)
    assert "secret-pw" not in repr(info.value)
    assert info.value.url is None or "alice" not in info.value.url


async def test_no_credentials_is_flagged_missing() -> None:
    async with client_for(reply(401, NOT_LOGGED_IN)) as client:
        with pytest.raises(e.AuthenticationError) as info:
            await client.get_task(1)
    assert info.value.missing
    async with client_for(reply(401, WRONG_PASSWORD_XML, "text/xml")) as client:
        with pytest.raises(e.AuthenticationError) as info:
            await client.get_task(1)
    assert not info.value.missing


async def test_server_message_is_carried() -> None:
    async with client_for(reply(400, recorded_body("17c_schedule_bad_enum_value_400"))) as client:
        with pytest.raises(e.InvalidInputError) as info:
            await client.schedule_task("core:text2text", {"input": "x"}, app_id="assistant")
    assert info.value.status_code == 400
    assert (
        info.value.server_message and "Wrong value given for Enum slot" in info.value.server_message
    )


async def test_ocs_v1_style_error_inside_http_200() -> None:
    body = b'{"ocs":{"meta":{"status":"failure","statuscode":404,"message":""},"data":{"message":"Task not found"}}}'
    async with client_for(reply(200, body)) as client:
        with pytest.raises(e.NotFoundError):
            await client.get_task(1)


async def test_xml_success_reply_is_understood() -> None:
    async with client_for(
        reply(200, recorded_body("24_get_task_xml_default"), "application/xml")
    ) as client:
        task = await client.get_task(1)
    assert task.id == 1
    assert task.status.name == "SUCCESSFUL"
    assert task.output and task.output["output"].startswith("This is a fake result")


async def test_timeout_connect_and_tls_errors() -> None:
    def raiser(exc: Exception) -> Handler:
        def handler(request: httpx.Request) -> httpx.Response:
            raise exc

        return handler

    tls = httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")
    tls.__cause__ = ssl.SSLCertVerificationError("certificate verify failed")
    cases = [
        (httpx.ReadTimeout("timed out"), e.RequestTimeoutError),
        (httpx.ConnectTimeout("timed out"), e.RequestTimeoutError),
        (httpx.ConnectError("[Errno 111] Connection refused"), e.ConnectionFailedError),
        (tls, e.CertificateError),
        (httpx.RemoteProtocolError("peer closed connection"), e.ConnectionFailedError),
    ]
    for exc, expected in cases:
        async with client_for(raiser(exc)) as client:
            with pytest.raises(expected):
                await client.get_task(1)


async def test_redirect_loop_is_stopped() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        target = "/b" if request.url.path.endswith("/a") else "/a"
        return httpx.Response(302, headers={"Location": BASE + target})

    async with client_for(handler) as client:
        with pytest.raises(e.RedirectError):
            await client.send("GET", "/a")


async def test_credentials_never_follow_a_redirect_to_another_host() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "cloud.example.org":
            return httpx.Response(302, headers={"Location": "https://evil.example.net/steal"})
        return httpx.Response(
            200, json={"ocs": {"meta": {"status": "ok", "statuscode": 200}, "data": {}}}
        )

    async with client_for(handler) as client:
        with pytest.raises(e.RedirectError):
            await client.get_task(1)
    assert all(r.url.host == "cloud.example.org" for r in seen)
    assert "Authorization" in seen[0].headers


async def test_same_origin_redirect_keeps_credentials() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if "moved" not in request.url.path:
            return httpx.Response(301, headers={"Location": BASE + "/moved/ocs"})
        return httpx.Response(
            200,
            content=recorded_body("04_get_task_successful_text2text"),
            headers={"Content-Type": "application/json"},
        )

    async with client_for(handler) as client:
        response = await client.send("GET", "/something")
    assert response.status_code == 200
    assert seen[1].headers["Authorization"].startswith("Basic ")


async def test_https_to_http_redirect_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(301, headers={"Location": "http://cloud.example.org/status.php"})

    with pytest.raises(e.RedirectError):
        await discover_server("cloud.example.org", transport=httpx.MockTransport(handler))


async def test_cookies_are_never_kept_or_sent() -> None:
    cookie = "oc_sessionPassphrase=abc; path=/; secure; HttpOnly"
    body = recorded_body("04_get_task_successful_text2text")
    handler = RecordingHandler(reply(200, body, "application/json", **{"Set-Cookie": cookie}))
    async with client_for(handler) as client:
        await client.get_task(1)
        await client.get_task(1)
    assert "Cookie" not in handler.requests[1].headers
    assert len(client._http.cookies) == 0


async def test_request_headers() -> None:
    handler = RecordingHandler(reply(200, recorded_body("01_tasktypes_alice"), "application/json"))
    async with client_for(handler, language="de") as client:
        await client.get_task_types()
    headers = handler.requests[0].headers
    assert headers["OCS-APIRequest"] == "true"
    assert headers["Accept"] == "application/json"
    assert headers["Accept-Language"] == "de"
    assert headers["User-Agent"].startswith("nctask-desktop/")


async def test_discovery_errors() -> None:
    def status(body: dict[str, object]) -> Handler:
        return reply(200, httpx.Response(200, json=body).content)

    base = {
        "installed": True,
        "maintenance": False,
        "needsDbUpgrade": False,
        "version": "30.0.2.1",
        "versionstring": "30.0.2",
        "productname": "Nextcloud",
    }
    got_base, got_status = await discover_server(
        "cloud.example.org/index.php/apps/files/", transport=httpx.MockTransport(status(base))
    )
    assert got_base == "https://cloud.example.org"
    assert got_status.major == 30
    with pytest.raises(e.UnsupportedServerError) as info:
        await discover_server(
            "cloud.example.org",
            transport=httpx.MockTransport(
                status({**base, "version": "29.0.6.1", "versionstring": "29.0.6"})
            ),
        )
    assert info.value.version == "29.0.6"
    with pytest.raises(e.MaintenanceError):
        await discover_server(
            "cloud.example.org",
            transport=httpx.MockTransport(status({**base, "maintenance": True})),
        )
    with pytest.raises(e.NotNextcloudError):
        await discover_server(
            "example.org",
            transport=httpx.MockTransport(reply(404, b"<html>Not found</html>", "text/html")),
        )
    with pytest.raises(e.NotNextcloudError):
        await discover_server(
            "example.org", transport=httpx.MockTransport(reply(200, b'{"some": "json"}'))
        )
    with pytest.raises(e.MaintenanceError):
        await discover_server(
            "example.org", transport=httpx.MockTransport(reply(503, MAINTENANCE_HTML, "text/html"))
        )
    with pytest.raises(e.InvalidAddressError):
        await discover_server("not an address")


async def test_discovery_follows_status_redirect_to_real_base() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/status.php":
            return httpx.Response(
                301, headers={"Location": "https://cloud.example.org/nextcloud/status.php"}
            )
        return httpx.Response(
            200,
            json={
                "installed": True,
                "maintenance": False,
                "needsDbUpgrade": False,
                "version": "31.0.0.1",
                "versionstring": "31.0.0",
                "productname": "Nextcloud",
            },
        )

    base, _ = await discover_server("cloud.example.org", transport=httpx.MockTransport(handler))
    assert base == "https://cloud.example.org/nextcloud"


async def test_login_flow_refuses_http_downgrade() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            json={
                "poll": {
                    "token": "t",
                    "endpoint": "http://cloud.example.org/index.php/login/v2/poll",
                },
                "login": "https://cloud.example.org/login/v2/flow/x",
            },
        )

    async with NextcloudClient(BASE, transport=httpx.MockTransport(handler)) as client:
        with pytest.raises(e.InsecureServerError):
            await client.start_login_flow()


async def test_download_error_and_truncation(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    async with client_for(reply(404, recorded_body("20_get_file_not_in_task_404"))) as client:
        with pytest.raises(e.NotFoundError):
            await client.download_task_file(1, 2, folder, "x")

    def short(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            content=b"\x89PNG\r\n\x1a\nabc",
            headers={"Content-Length": "500", "Content-Type": "image/png"},
        )

    async with client_for(short) as client:
        with pytest.raises(e.NextcloudError):
            await client.download_task_file(1, 2, folder, "x")
    assert list(folder.iterdir()) == []  # no partial file left behind
