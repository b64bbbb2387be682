"""The asynchronous Nextcloud client: discovery, Login Flow v2, TaskProcessing and task files."""

from __future__ import annotations

import asyncio
import base64
import functools
import http.cookiejar
import os
import platform
import ssl
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

import httpx

from nctask_desktop import APP_NAME, __version__

from . import errors as e
from . import proxies, tls
from .address import base_from_status_url, normalize_server_address, same_origin
from .files import extension_for, partial_file, publish
from .models import Task, TaskType, parse_task, parse_task_types, parse_tasks
from .ocs import body_kind, parse_json, parse_ocs_reply, raise_for_reply
from .server_models import Capabilities, LoginCredentials, LoginFlow, ServerStatus, UserInfo
from .streams import (
    WRITE_BUFFER,
    Traffic,
    content_length,
    iter_bytes,
    read_bounded,
)

DEFAULT_TIMEOUT = httpx.Timeout(connect=15.0, read=60.0, write=60.0, pool=15.0)
MAX_REDIRECTS = 5
MIN_VERSION = 30
# Error bodies are read whole; anything longer than this is not an error message worth keeping.

Progress = Callable[[int, int | None], None]
"""A progress callback: (bytes done, bytes in all or None when unknown)."""


def user_agent() -> str:
    """`nctask-desktop/0.1.0 (Linux)`: the server names the app password after it."""
    system = {"Darwin": "macOS"}.get(platform.system(), platform.system() or "unknown")
    return f"{APP_NAME}/{__version__} ({system})"


class _NoCookiesPolicy(http.cookiejar.DefaultCookiePolicy):
    """Refuse every cookie: a kept session cookie would mask a revoked app password."""

    def set_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False

    def return_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False


def _no_cookies() -> http.cookiejar.CookieJar:
    return http.cookiejar.CookieJar(policy=_NoCookiesPolicy())


def _is_tls_problem(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLError | ssl.CertificateError):
            return True
        text = str(current)
        if "CERTIFICATE_VERIFY_FAILED" in text or "SSL" in text or "certificate" in text.lower():
            return True
        current = current.__cause__ or current.__context__
    return False


def redact_url(url: str) -> str:
    """An address fit for logs and errors: no user info, no query string."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return f"{parts.scheme}://{host}{parts.path}"


class NextcloudClient:
    """One server and (optionally) one account on it; one httpx client, no cookies kept.

    `base_url` is the server's base (`https://cloud.example.org` or with a sub-folder). Credentials
    are sent with every request to that origin and never to another: redirects to another origin
    are refused when credentials are attached.
    """

    def __init__(
        self,
        base_url: str,
        login_name: str | None = None,
        app_password: str | None = None,
        *,
        user_id: str | None = None,
        language: str = "en",
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        verify: bool | ssl.SSLContext = True,
        pinned: str | None = None,
        proxy: proxies.Setting = proxies.SYSTEM,
    ) -> None:
        """`verify=True` checks certificates against the operating system's trust store;
        `pinned` (a certificate, PEM) trusts exactly that one instead (see api/tls.py).
        `proxy`: a proxy setting, or a function giving the current one, read for every request
        (see api/proxies.py); an injected `transport` is used as it is."""
        self.base_url = base_url.rstrip("/")
        self.pinned = pinned
        self._token = app_password  # for the remote-wipe routes, which take it as a form field
        if pinned:
            verify = tls.pinned_context(pinned)
        elif verify is True and self.base_url.startswith("https:"):
            verify = tls.system_context()
        self.login_name = login_name
        self._auth: str | None = None
        if login_name is not None and app_password is not None:
            token = base64.b64encode(f"{login_name}:{app_password}".encode()).decode("ascii")
            self._auth = "Basic " + token
        self.user_id = user_id or login_name
        self.language = language
        self.traffic = Traffic()
        self.proxy = proxy
        if transport is None:
            transport = proxies.ProxyRouter(proxy, verify=verify)
        self._http = httpx.AsyncClient(
            transport=transport,
            trust_env=False,  # the router reads the system's proxy settings, not only the env
            timeout=timeout,
            follow_redirects=False,
            cookies=_no_cookies(),
            verify=verify,
            headers={
                "User-Agent": user_agent(),
                "Accept-Language": language or "en",
            },
        )

    @property
    def has_credentials(self) -> bool:
        return self._auth is not None

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> NextcloudClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # --- transport ------------------------------------------------------------------------------

    def url(self, path: str) -> str:
        """An absolute address for a path below the base (or an absolute address as is)."""
        if path.startswith(("http://", "https://")):
            return path
        return self.base_url + "/" + path.lstrip("/")

    def _credentials_allowed(self, url: str) -> bool:
        return same_origin(url, self.base_url)

    async def send(
        self,
        method: str,
        path: str,
        *,
        auth: bool = True,
        ocs: bool = False,
        stream: bool = False,
        follow_redirects: bool = True,
        headers: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send one request; follow same-origin redirects; map transport failures to typed errors.

        With `stream=True` the caller must close the response (`await response.aclose()`).
        """
        url = self.url(path)
        extra = dict(headers or {})
        if ocs:
            extra.setdefault("OCS-APIRequest", "true")
            extra.setdefault("Accept", "application/json")
        visited: list[str] = []
        while True:
            use_auth = auth and self._auth is not None
            if use_auth and not self._credentials_allowed(url):
                raise e.RedirectError(
                    "refused to send credentials to another origin", url=redact_url(url)
                )
            request = self._http.build_request(method, url, headers=extra, **kwargs)
            if use_auth:
                assert self._auth is not None
                request.headers["Authorization"] = self._auth
            try:
                response = await self._http.send(request, stream=True)
            except httpx.TimeoutException as exc:
                raise e.RequestTimeoutError(str(exc) or "timed out", url=redact_url(url)) from None
            except (httpx.ConnectError, httpx.ProxyError) as exc:
                if _is_tls_problem(exc):
                    raise self._certificate_error(exc, url) from None
                if isinstance(exc, proxies.ProxyUnreachable):
                    raise e.ProxyUnreachableError(
                        str(exc), proxy=exc.proxy, url=redact_url(url)
                    ) from None
                if isinstance(exc, proxies.ProxyRefused):
                    raise e.ProxyFailedError(
                        str(exc), proxy=exc.proxy, url=redact_url(url)
                    ) from None
                raise e.ConnectionFailedError(str(exc), url=redact_url(url)) from None
            except httpx.UnsupportedProtocol as exc:
                raise e.InvalidAddressError(str(exc), url=redact_url(url)) from None
            except (httpx.TransportError, httpx.InvalidURL, ssl.SSLError) as exc:
                if _is_tls_problem(exc):
                    raise self._certificate_error(exc, url) from None
                raise e.ConnectionFailedError(str(exc), url=redact_url(url)) from None
            if response.is_redirect and follow_redirects:
                await response.aclose()
                location = response.headers.get("Location", "")
                target = urljoin(url, location)
                visited.append(url)
                if target in visited or len(visited) > MAX_REDIRECTS:
                    raise e.RedirectError(
                        "redirect loop or too many redirects", url=redact_url(url)
                    )
                if urlsplit(url).scheme == "https" and urlsplit(target).scheme != "https":
                    raise e.RedirectError("redirect from https to http", url=redact_url(target))
                if method.upper() not in ("GET", "HEAD") and response.status_code in (
                    301,
                    302,
                    303,
                ):
                    raise e.RedirectError("redirect of a non-GET request", url=redact_url(target))
                url = target
                continue
            if response.status_code == 503 and response.headers.get("X-Nextcloud-Maintenance-Mode"):
                await response.aclose()
                raise e.MaintenanceError("maintenance mode", status_code=503, url=redact_url(url))
            if not stream:
                try:
                    await response.aread()
                except httpx.TimeoutException as exc:
                    raise e.RequestTimeoutError(
                        str(exc) or "timed out", url=redact_url(url)
                    ) from None
                except httpx.DecodingError as exc:
                    raise e.MalformedResponseError(str(exc), url=redact_url(url)) from None
                except httpx.TransportError as exc:
                    raise e.ConnectionFailedError(str(exc), url=redact_url(url)) from None
                finally:
                    await response.aclose()
                self.traffic.count(response.num_bytes_downloaded)
            else:
                self.traffic.count(0)  # a stream: its body is the caller's to read
            return response

    def _certificate_error(self, exc: BaseException, url: str) -> e.CertificateError:
        if self.pinned:
            return e.CertificateChangedError(
                str(exc), trusted=tls.fingerprint(self.pinned), url=redact_url(url)
            )
        return e.CertificateError(str(exc), url=redact_url(url))

    async def ocs(self, method: str, path: str, *, auth: bool = True, **kwargs: Any) -> Any:
        """An OCS call (`/ocs/v2.php/...`): the reply's `data`, or a typed error."""
        response = await self.send(
            method, "/ocs/v2.php/" + path.lstrip("/"), auth=auth, ocs=True, **kwargs
        )
        return parse_ocs_reply(
            response.status_code,
            response.headers.get("Content-Type", ""),
            response.content,
            redact_url(str(response.url)),
        )

    # --- server discovery -----------------------------------------------------------------------

    async def get_status(self) -> ServerStatus:
        """`status.php` of the base (no credentials)."""
        response = await self.send("GET", "/status.php", auth=False, follow_redirects=False)
        return _status_from_response(response)

    async def get_capabilities(self) -> Capabilities:
        return Capabilities.from_json(await self.ocs("GET", "cloud/capabilities"))

    async def get_user(self) -> UserInfo:
        """The signed-in user; also sets `user_id`, which WebDAV paths use."""
        user = UserInfo.from_json(await self.ocs("GET", "cloud/user"))
        self.user_id = user.id
        return user

    # --- remote wipe ----------------------------------------------------------------------------

    async def check_remote_wipe(self) -> bool:
        """After a 401: whether the server asks this device to remove the account's data (the
        user or the admin chose "Wipe device"). Public and rate-limited: ask once per refusal."""
        if not self._token:
            return False
        response = await self.send(
            "POST", "/index.php/core/wipe/check", auth=False, data={"token": self._token}
        )
        if response.status_code != 200:
            return False
        try:
            data = parse_json(response.content)
        except e.NextcloudError:
            return False
        return isinstance(data, dict) and data.get("wipe") is True

    async def confirm_remote_wipe(self) -> None:
        """The data is removed: the server forgets the app password."""
        if self._token:
            await self.send(
                "POST", "/index.php/core/wipe/success", auth=False, data={"token": self._token}
            )

    # --- login flow v2 --------------------------------------------------------------------------

    async def start_login_flow(self) -> LoginFlow:
        response = await self.send("POST", "/index.php/login/v2", auth=False)
        if response.status_code != 200:
            raise_for_reply(
                response.status_code,
                response.headers.get("Content-Type", ""),
                response.content,
                redact_url(str(response.url)),
            )
        _expect_json(response)
        flow = LoginFlow.from_json(parse_json(response.content))
        if self.base_url.startswith("https://") and not flow.poll_endpoint.startswith("https://"):
            raise e.InsecureServerError("login flow poll endpoint is not https", url=self.base_url)
        return flow

    async def poll_login_flow(self, flow: LoginFlow) -> LoginCredentials | None:
        """One poll: None while access is not granted yet (404), the credentials once it is."""
        response = await self.send(
            "POST", flow.poll_endpoint, auth=False, data={"token": flow.poll_token}
        )
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise_for_reply(
                response.status_code,
                response.headers.get("Content-Type", ""),
                response.content,
                redact_url(flow.poll_endpoint),
            )
        _expect_json(response)
        creds = LoginCredentials.from_json(parse_json(response.content))
        if self.base_url.startswith("https://") and not creds.server.startswith("https://"):
            raise e.InsecureServerError(
                "the server handed over an http:// address", url=self.base_url
            )
        return creds

    async def revoke_app_password(self) -> None:
        """Delete the app password in use on the server (logout)."""
        await self.ocs("DELETE", "core/apppassword")

    # --- task processing ------------------------------------------------------------------------

    async def get_task_types(self) -> dict[str, TaskType]:
        return parse_task_types(await self.ocs("GET", "taskprocessing/tasktypes"))

    async def schedule_task(
        self,
        type_id: str,
        inputs: Mapping[str, Any],
        *,
        app_id: str,
        custom_id: str = "",
    ) -> Task:
        body = {"input": dict(inputs), "type": type_id, "appId": app_id, "customId": custom_id}
        return parse_task(await self.ocs("POST", "taskprocessing/schedule", json=body))

    async def get_task(self, task_id: int) -> Task:
        return parse_task(await self.ocs("GET", f"taskprocessing/task/{int(task_id)}"))

    async def list_tasks(
        self, *, task_type: str | None = None, custom_id: str | None = None
    ) -> list[Task]:
        """All of the user's tasks of every app (optionally filtered), in the server's order."""
        params = {}
        if task_type:
            params["taskType"] = task_type
        if custom_id:
            params["customId"] = custom_id
        return parse_tasks(await self.ocs("GET", "taskprocessing/tasks", params=params))

    async def list_tasks_by_app(self, app_id: str, *, custom_id: str | None = None) -> list[Task]:
        params = {"customId": custom_id} if custom_id else {}
        path = f"taskprocessing/tasks/app/{quote(app_id, safe='')}"
        return parse_tasks(await self.ocs("GET", path, params=params))

    async def cancel_task(self, task_id: int) -> Task:
        return parse_task(await self.ocs("POST", f"taskprocessing/tasks/{int(task_id)}/cancel"))

    async def delete_task(self, task_id: int) -> None:
        """Delete a task. The server answers 200 even for unknown tasks: re-read if it matters."""
        await self.ocs("DELETE", f"taskprocessing/task/{int(task_id)}")

    async def notify_when_done(self, task_id: int) -> None:
        """Ask the Assistant app to notify the user's devices when the task ends."""
        await self.ocs("POST", f"apps/assistant/api/v1/task/{int(task_id)}/notify")

    async def download_task_file(
        self,
        task_id: int,
        file_id: int,
        directory: Path,
        stem: str,
        *,
        progress: Progress | None = None,
    ) -> Path:
        """Stream a task's file into `directory` as `stem` + the extension its bytes call for.

        Written to a temporary file first, then renamed; never overwrites (`stem (2).png`).
        """
        path = f"/ocs/v2.php/taskprocessing/tasks/{int(task_id)}/file/{int(file_id)}"
        response = await self.send("GET", path, ocs=True, stream=True)
        try:
            if response.status_code != 200:
                body = await read_bounded(response)
                raise_for_reply(
                    response.status_code,
                    response.headers.get("Content-Type", ""),
                    body,
                    redact_url(str(response.url)),
                )
            total = content_length(response)
            with partial_file(directory) as (fd, tmp):
                head = b""
                done = reported = 0
                # a large write buffer: one write per MB, not per network read
                with os.fdopen(fd, "wb", buffering=WRITE_BUFFER) as out:
                    async for chunk in iter_bytes(response):
                        if len(head) < 64:
                            head += chunk[: 64 - len(head)]
                        out.write(chunk)
                        done += len(chunk)
                        if progress and (done - reported >= WRITE_BUFFER or done == total):
                            reported = done
                            progress(done, total)
                if progress and reported != done:
                    progress(done, total)
                if total is not None and done != total:
                    raise e.ConnectionFailedError(
                        f"download ended after {done} of {total} bytes", url=redact_url(path)
                    )
                ext = extension_for(response.headers.get("Content-Type"), head)
                # flushed to the disk and renamed off the loop: a slow disk does not freeze it
                return await asyncio.to_thread(publish, tmp, directory, stem, ext)
        finally:
            await response.aclose()


def _expect_json(response: httpx.Response) -> None:
    kind = body_kind(response.headers.get("Content-Type", ""), response.content)
    if kind == "html":
        raise e.NotNextcloudError(
            "an HTML page where JSON was expected", url=redact_url(str(response.url))
        )
    if kind != "json":
        raise e.MalformedResponseError(
            f"a {kind} reply where JSON was expected", url=redact_url(str(response.url))
        )


def _status_from_response(response: httpx.Response) -> ServerStatus:
    url = redact_url(str(response.url))
    ctype = response.headers.get("Content-Type", "")
    kind = body_kind(ctype, response.content)
    if response.status_code == 503 and kind != "json":
        raise e.MaintenanceError("status.php answered 503", status_code=503, url=url)
    if response.status_code != 200:
        if kind == "html" or response.status_code == 404:
            raise e.NotNextcloudError(
                f"status.php answered {response.status_code}",
                status_code=response.status_code,
                url=url,
            )
        raise_for_reply(response.status_code, ctype, response.content, url)
    if kind != "json":
        raise e.NotNextcloudError("status.php is not JSON", status_code=200, url=url)
    try:
        return ServerStatus.from_json(parse_json(response.content))
    except e.MalformedResponseError:
        raise e.NotNextcloudError(
            "status.php does not describe a Nextcloud", status_code=200, url=url
        ) from None


async def discover_server(
    address: str,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    language: str = "en",
    verify: bool | ssl.SSLContext = True,
    pinned: str | None = None,
    proxy: proxies.Setting = proxies.SYSTEM,
) -> tuple[str, ServerStatus]:
    """Normalise a typed address and check it is a usable Nextcloud (30 or newer).

    Follows redirects of `status.php` (same scheme or an upgrade to https) to find the real base.
    Raises InvalidAddressError, ConnectionFailedError (and its TLS and timeout kinds),
    NotNextcloudError, MaintenanceError, UnsupportedServerError or RedirectError.
    """
    base = normalize_server_address(address)
    anonymous = functools.partial(
        NextcloudClient,
        transport=transport,
        language=language,
        verify=verify,
        pinned=pinned,
        proxy=proxy,
    )
    try:
        async with anonymous(base) as client:
            response = await client.send("GET", "/status.php", auth=False)
            status = _status_from_response(response)
            real_base = base_from_status_url(str(response.url))
    except (e.CertificateError, e.ConnectionFailedError) as exc:
        if "://" in address.strip() or isinstance(
            exc, e.RequestTimeoutError | e.ProxyUnreachableError
        ):
            raise
        # Typed without a scheme, tried as https: a home server may speak plain http only. Say
        # so (the user decides), rather than "untrusted certificate" or "could not reach".
        http_base = "http://" + base.split("://", 1)[1]
        if not await _answers_as_nextcloud(http_base, transport, language, proxy):
            raise
        raise e.PlainHttpServerError(
            "the server answers over plain http only", http_base=http_base, url=http_base
        ) from exc
    if not status.installed:
        raise e.NotNextcloudError("Nextcloud is not installed yet", url=real_base)
    if status.maintenance or status.needs_db_upgrade:
        raise e.MaintenanceError("the server is in maintenance mode", url=real_base)
    if status.major < MIN_VERSION:
        # The version only chooses the wording: a backported, patched or rebranded server may
        # have TaskProcessing all the same. Ask the API itself.
        async with anonymous(real_base) as client:
            has_api = await _has_taskprocessing(client)
        if not has_api:
            raise e.UnsupportedServerError(
                "TaskProcessing needs Nextcloud 30 or newer",
                version=status.version_string,
                url=real_base,
            )
    return real_base, status


async def _answers_as_nextcloud(
    base: str,
    transport: httpx.AsyncBaseTransport | None,
    language: str,
    proxy: proxies.Setting = proxies.SYSTEM,
) -> bool:
    """Whether `base`'s status.php describes a Nextcloud (no credentials are sent)."""
    try:
        async with NextcloudClient(
            base, transport=transport, language=language, proxy=proxy
        ) as client:
            response = await client.send("GET", "/status.php", auth=False, follow_redirects=False)
            _status_from_response(response)
    except e.NextcloudError:
        return False
    return True


async def _has_taskprocessing(client: NextcloudClient) -> bool:
    """Whether the TaskProcessing routes exist: the task types answer with an OCS envelope (200,
    or 401/403 where the server wants a login first); 404 or an HTML page means they do not."""
    try:
        response = await client.send(
            "GET", "/ocs/v2.php/taskprocessing/tasktypes", auth=False, ocs=True
        )
    except e.NextcloudError:
        return False
    if response.status_code in (401, 403):
        return True
    if response.status_code != 200:
        return False
    kind = body_kind(response.headers.get("Content-Type", ""), response.content)
    return kind == "json" and '"ocs"' in response.text[:200]
