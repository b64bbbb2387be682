"""DemoServer: a simulated Nextcloud (TaskProcessing, WebDAV, Login Flow v2) on a local port."""

from __future__ import annotations

import base64
import binascii
import contextlib
import gzip
import socket
import ssl
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from nctask_desktop.demo import ocs, pages, webdav
from nctask_desktop.demo.accounts import DemoUser, random_app_password
from nctask_desktop.demo.messages import Incoming, Reply
from nctask_desktop.demo.profiles import PROFILES
from nctask_desktop.demo.state import ServerState

WORKER_INTERVAL = 0.05
MAX_BODY = 512 * 1024 * 1024


@dataclass
class RequestRecord:
    """One handled request, for tests and the demo's activity view."""

    method: str
    path: str
    query: dict[str, str]
    user_id: str | None
    status: int
    body_bytes: int = 0
    """The reply's body as sent (gzipped when it was)."""


class _HttpServer(ThreadingHTTPServer):
    """ThreadingHTTPServer that knows its simulator and tracks open connections."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], demo: DemoServer) -> None:
        self.demo = demo
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        """Remember the connection so stop() can close idle keep-alive sockets."""
        with self.connections_lock:
            self.connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        """Forget a connection when its handler is done."""
        with self.connections_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away is not worth a traceback (unless verbose)."""
        if self.demo.verbose:
            super().handle_error(request, client_address)

    def open_connections(self) -> int:
        """How many connections are still being handled."""
        with self.connections_lock:
            return len(self.connections)

    def close_connections(self) -> None:
        """Wake up handler threads waiting on idle keep-alive connections."""
        with self.connections_lock:
            sockets = list(self.connections)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    """Reads a request, lets the simulator answer it, writes the reply (HTTP/1.1 keep-alive)."""

    protocol_version = "HTTP/1.1"
    timeout = 120
    # Headers and body go out in two writes: with Nagle's algorithm the body waits for the
    # client's delayed ACK (40 ms on Linux) on every keep-alive reply.
    disable_nagle_algorithm = True
    server_version = "nctask-demo"
    sys_version = ""
    server: _HttpServer

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet unless the simulator is verbose."""
        if self.server.demo.verbose:
            sys.stderr.write(f"demo: {self.address_string()} {format % args}\n")

    def _read_body(self) -> bytes:
        """The request body, from Content-Length or chunked transfer encoding."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            while True:
                size_line = self.rfile.readline(1024).split(b";")[0].strip()
                size = int(size_line or b"0", 16)
                if size == 0:
                    while self.rfile.readline(1024).strip():
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline(8)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            raise ValueError("request body too large")
        return self.rfile.read(length) if length > 0 else b""

    def _handle(self) -> None:
        """Common handling of every method."""
        try:
            body = self._read_body()
        except (ValueError, OSError):
            self.close_connection = True
            self._write(Reply(400, b"bad request body").add("Content-Type", "text/plain"))
            return
        split = urlsplit(self.path)
        req = Incoming(
            method=self.command,
            path=unquote(split.path),
            query=dict(parse_qsl(split.query, keep_blank_values=True)),
            headers=self.headers,
            body=body,
            client=self.client_address[0],
            raw_query=split.query,
        )
        reply, user_id = self.server.demo.dispatch(req, split.path)
        reply = self._encoded(reply)
        # Recorded before the reply goes out: a client that got its answer finds it in the log.
        self.server.demo.record(
            RequestRecord(req.method, split.path, req.query, user_id, reply.status, len(reply.body))
        )
        self._write(reply, head=self.command == "HEAD")

    def _encoded(self, reply: Reply) -> Reply:
        """The reply gzipped where Nextcloud gzips it (see Reply.compress), as PHP's gzencode()
        does it (level 6)."""
        accepts = "gzip" in self.headers.get("Accept-Encoding", "").lower()
        if (
            accepts
            and reply.body
            and (reply.compress == "sabre" or (reply.compress == "app" and reply.status == 200))
        ):
            body = gzip.compress(reply.body, compresslevel=6, mtime=0)
            return Reply(reply.status, body, [*reply.headers, ("Content-Encoding", "gzip")])
        return reply

    def _write(self, reply: Reply, head: bool = False) -> None:
        """Send status, headers and body with a correct Content-Length."""
        self.send_response(reply.status, reply.reason)
        for name, value in self.server.demo.common_headers():
            self.send_header(name, value)
        for name, value in reply.headers:
            self.send_header(name, value)
        if not reply.has("Content-Length") and reply.status not in (204, 304):
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if not head and reply.status not in (204, 304):
            self.wfile.write(reply.body)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _handle
    do_OPTIONS = do_PROPFIND = do_PROPPATCH = do_MKCOL = do_MOVE = do_COPY = _handle
    do_PATCH = do_REPORT = do_LOCK = do_UNLOCK = _handle


class DemoServer:
    """A simulated Nextcloud server, for tests and the desktop app's demo mode."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        profile: str = "nc30",
        users: list[DemoUser] | None = None,
        task_seconds: float = 2.0,
        rate_limit: int = 20,
        rate_window: float = 120.0,
        clock: Callable[[], float] = time.time,
        verbose: bool = False,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        """`tls`: a server-side context with the certificate to present (https, as a home server
        with its own certificate does)."""
        if profile not in PROFILES:
            raise ValueError(f"unknown profile {profile!r}; choose one of {', '.join(PROFILES)}")
        self.host, self.port, self.verbose = host, port, verbose
        self._tls = tls
        self._state = ServerState(PROFILES[profile], clock, task_seconds, rate_limit, rate_window)
        self._routes = ocs.routes_for(self._state)
        self.requests: list[RequestRecord] = []
        self._requests_lock = threading.Lock()
        self._httpd: _HttpServer | None = None
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        for user in users or [DemoUser("demo", random_app_password(), "Demo User")]:
            self.add_user(user)

    # public API ----------------------------------------------------------------------------

    @property
    def profile(self) -> str:
        """Name of the simulated server profile."""
        return self._state.profile.name

    @property
    def base_url(self) -> str:
        """'http://HOST:PORT' (valid after start())."""
        if self._httpd is None:
            raise RuntimeError("the demo server is not started")
        return self._state.base_url

    @property
    def users(self) -> list[DemoUser]:
        """The accounts of this server."""
        return self._state.accounts.users()

    @property
    def maintenance(self) -> bool:
        """Whether the server pretends to be in maintenance mode."""
        return self._state.maintenance

    @maintenance.setter
    def maintenance(self, value: bool) -> None:
        self._state.maintenance = bool(value)

    @property
    def notifications(self) -> list[tuple[int, str]]:
        """(task id, user id) of every Assistant notify-when-ready call."""
        return [(item.task_id, item.user_id) for item in self._state.notifications]

    def add_user(self, user: DemoUser) -> None:
        """Add an account with a home folder holding a few sample files."""
        self._state.accounts.add(user)
        self._state.files.create_home(user.user_id)

    def issue_app_password(self, user_id: str) -> str:
        """A new app password for a user (what the browser grant page does)."""
        return self._state.accounts.issue(user_id)

    def mark_for_wipe(self, password: str) -> None:
        """Mark an app password for remote wipe (the security settings' "Wipe device")."""
        self._state.accounts.mark_for_wipe(password)

    def revoke_app_password(self, password: str) -> None:
        """Invalidate an app password."""
        self._state.accounts.revoke(password)

    def files_of(self, user_id: str) -> dict[str, bytes]:
        """A user's WebDAV files: path -> content."""
        return self._state.files.files_of(user_id)

    def task_count(self) -> int:
        """How many tasks the server stores."""
        return self._state.engine.count()

    def clear_requests(self) -> None:
        """Forget the recorded requests."""
        with self._requests_lock:
            self.requests.clear()

    def start(self) -> None:
        """Bind, then serve and run the task worker in daemon threads."""
        if self._httpd is not None:
            return
        self._httpd = _HttpServer((self.host, self.port), self)
        if self._tls is not None:  # the handshake happens in each connection's thread
            self._httpd.socket = self._tls.wrap_socket(
                self._httpd.socket, server_side=True, do_handshake_on_connect=False
            )
        host, port = self._httpd.server_address[:2]
        text = host.decode() if isinstance(host, bytes) else str(host)
        shown = f"[{text}]" if ":" in text else text
        scheme = "https" if self._tls is not None else "http"
        self._state.base_url = f"{scheme}://{shown}:{port}"
        self._stopping.clear()
        self._threads = [
            threading.Thread(
                target=self._httpd.serve_forever,
                kwargs={"poll_interval": WORKER_INTERVAL},
                name="demo-http",
                daemon=True,
            ),
            threading.Thread(target=self._work, name="demo-worker", daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        """Shut down, close connections and join threads; safe to call twice."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._stopping.set()
        httpd.shutdown()
        httpd.close_connections()
        httpd.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads = []
        deadline = time.monotonic() + 2.0
        while httpd.open_connections() and time.monotonic() < deadline:
            time.sleep(0.01)

    def __enter__(self) -> DemoServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # internals -----------------------------------------------------------------------------

    def _work(self) -> None:
        """The task worker: advance tasks until stopped."""
        while not self._stopping.wait(WORKER_INTERVAL):
            self._state.engine.advance()

    def record(self, record: RequestRecord) -> None:
        """Append to the request log."""
        with self._requests_lock:
            self.requests.append(record)

    def common_headers(self) -> list[tuple[str, str]]:
        """Headers Nextcloud puts on every reply."""
        return [
            ("X-Content-Type-Options", "nosniff"),
            ("X-Frame-Options", "SAMEORIGIN"),
            ("X-Permitted-Cross-Domain-Policies", "none"),
            ("X-Robots-Tag", "noindex, nofollow"),
            ("X-XSS-Protection", "1; mode=block"),
            ("Referrer-Policy", "no-referrer"),
            ("Cache-Control", "no-cache, no-store, must-revalidate"),
        ]

    def _basic_credentials(self, req: Incoming) -> tuple[str, str] | None:
        """(login, password) from a Basic Authorization header; ('', '') when malformed."""
        header = req.header("Authorization")
        if not header.lower().startswith("basic "):
            return None
        try:
            decoded = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return "", ""
        login, _, password = decoded.partition(":")
        return login, password

    def dispatch(self, req: Incoming, raw_path: str) -> tuple[Reply, str | None]:
        """Answer a request; returns the reply and the authenticated user id."""
        path = req.path
        state = self._state
        if path == "/status.php":
            return pages.status_php(state), None
        credentials = self._basic_credentials(req)
        user = state.accounts.authenticate(*credentials) if credentials else None
        for version in (1, 2):
            prefix = f"/ocs/v{version}.php"
            if path.startswith(prefix + "/"):
                if credentials and user is None:
                    return ocs.wrong_password_reply(), None
                password = credentials[1] if credentials else None
                sub = path[len(prefix) :]
                reply = ocs.handle_ocs(state, self._routes, req, version, sub, user, password)
                return reply, user.user_id if user else None
        if path.startswith("/remote.php/"):
            return self._remote(req, raw_path, user), user.user_id if user else None
        if state.maintenance:
            return pages.maintenance_page(), None
        index_path = path[len("/index.php") :] if path.startswith("/index.php") else path
        return pages.handle_index(state, req, index_path), None

    def _remote(self, req: Incoming, raw_path: str, user: DemoUser | None) -> Reply:
        """WebDAV requests."""
        if self._state.maintenance:
            return webdav.sabre_error(
                503, "Sabre\\DAV\\Exception\\ServiceUnavailable", "System is in maintenance mode."
            ).add("X-Nextcloud-Maintenance-Mode", "1")
        if user is None:
            return webdav.not_authenticated()
        self._state.accounts.home_ready.add(user.user_id)
        sub = raw_path[len("/remote.php/") :]
        return webdav.WebDav(self._state, req, user).handle(sub)
