"""A tiny proxy on loopback for tests: HTTP CONNECT tunnels, plain-HTTP forwarding and SOCKS5, in
threads, counting what it relayed. Names ending in `.test` resolve to 127.0.0.1 here, so that a
client can only reach `http://nextcloud.test:PORT` through the proxy."""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from urllib.parse import urlsplit


def resolve(host: str) -> str:
    return "127.0.0.1" if host.endswith(".test") else host


def _relay(a: socket.socket, b: socket.socket) -> None:
    """Copy bytes both ways until either side closes."""

    def pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while chunk := src.recv(65536):
                dst.sendall(chunk)
        except OSError:
            pass
        finally:
            for sock, how in ((dst, socket.SHUT_WR), (src, socket.SHUT_RD)):
                with suppress(OSError):
                    sock.shutdown(how)

    other = threading.Thread(target=pump, args=(b, a), daemon=True)
    other.start()
    pump(a, b)
    other.join(10)


def _read_head(sock: socket.socket) -> tuple[bytes, bytes]:
    """An HTTP head (up to the blank line) and whatever came after it."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed before the head ended")
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    return head, rest


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError("closed")
        data += chunk
    return data


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        client: socket.socket = self.request
        first = client.recv(1, socket.MSG_PEEK)
        if first == b"\x05":
            self._socks5(client)
        elif first:
            self._http(client)

    def _http(self, client: socket.socket) -> None:
        head, rest = _read_head(client)
        lines = head.decode("latin-1").split("\r\n")
        method, target, version = lines[0].split(" ", 2)
        headers = lines[1:]
        auth = next(
            (h.split(":", 1)[1].strip() for h in headers if h.lower().startswith("proxy-auth")),
            None,
        )
        self.server.record("auth", auth or "")
        if method == "CONNECT":
            self.server.record("connect", target)
            if self.server.refuse:
                client.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
                return
            host, _, port = target.rpartition(":")
            try:
                upstream = socket.create_connection((resolve(host.strip("[]")), int(port)), 5)
            except OSError:
                client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
                return
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            with upstream:
                if rest:
                    upstream.sendall(rest)
                _relay(client, upstream)
            return
        # plain http: an absolute address; one request per connection (Connection: close)
        self.server.record("forward", f"{method} {target}")
        parts = urlsplit(target)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        kept = [
            h for h in headers if not h.lower().startswith(("proxy-", "connection:", "keep-alive:"))
        ]
        request = "\r\n".join([f"{method} {path or '/'} {version}", *kept, "Connection: close"])
        upstream = socket.create_connection((resolve(parts.hostname or ""), parts.port or 80), 5)
        with upstream:
            upstream.sendall(request.encode("latin-1") + b"\r\n\r\n" + rest)
            reply_head, reply_rest = _read_head(upstream)
            reply_lines = [
                line
                for line in reply_head.decode("latin-1").split("\r\n")
                if not line.lower().startswith(("connection:", "keep-alive:"))
            ]
            client.sendall(
                "\r\n".join([*reply_lines, "Connection: close"]).encode("latin-1")
                + b"\r\n\r\n"
                + reply_rest
            )
            _relay(client, upstream)

    def _socks5(self, client: socket.socket) -> None:
        _version, count = _recv_exact(client, 2)
        methods = _recv_exact(client, count)
        if self.server.socks_login and 2 in methods:
            client.sendall(b"\x05\x02")
            _v, ulen = _recv_exact(client, 2)
            user = _recv_exact(client, ulen)
            (plen,) = _recv_exact(client, 1)
            password = _recv_exact(client, plen)
            ok = (user.decode(), password.decode()) == self.server.socks_login
            self.server.record("auth", f"{user.decode()}:{password.decode()}")
            client.sendall(b"\x01\x00" if ok else b"\x01\x01")
            if not ok:
                return
        elif self.server.socks_login:
            client.sendall(b"\x05\xff")
            return
        else:
            client.sendall(b"\x05\x00")
        _v, _cmd, _r, kind = _recv_exact(client, 4)
        if kind == 1:
            host = socket.inet_ntoa(_recv_exact(client, 4))
        elif kind == 4:
            host = socket.inet_ntop(socket.AF_INET6, _recv_exact(client, 16))
        else:
            (length,) = _recv_exact(client, 1)
            host = _recv_exact(client, length).decode("idna")
        port = int.from_bytes(_recv_exact(client, 2), "big")
        self.server.record("socks", f"{host}:{port}")
        bound = b"\x01\x7f\x00\x00\x01\x00\x00"
        if self.server.refuse:
            client.sendall(b"\x05\x02\x00" + bound)
            return
        try:
            upstream = socket.create_connection((resolve(host), port), 5)
        except OSError:
            client.sendall(b"\x05\x05\x00" + bound)
            return
        client.sendall(b"\x05\x00\x00" + bound)
        with upstream:
            _relay(client, upstream)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.seen: list[tuple[str, str]] = []
        self.refuse = False
        self.socks_login: tuple[str, str] | None = None

    def record(self, kind: str, what: str) -> None:
        with self.lock:
            self.seen.append((kind, what))


class LoopbackProxy:
    """The proxy: `url("http")` or `url("socks5")` to use it; `connects`, `forwarded` and
    `socks` list what it relayed; `refuse = True` makes it refuse every tunnel."""

    def __init__(self) -> None:
        self._server = _Server()
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, scheme: str = "http", credentials: str = "") -> str:
        at = f"{credentials}@" if credentials else ""
        return f"{scheme}://{at}127.0.0.1:{self.port}"

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def refuse(self) -> bool:
        return self._server.refuse

    @refuse.setter
    def refuse(self, value: bool) -> None:
        self._server.refuse = value

    @property
    def socks_login(self) -> tuple[str, str] | None:
        return self._server.socks_login

    @socks_login.setter
    def socks_login(self, value: tuple[str, str] | None) -> None:
        self._server.socks_login = value

    def _of(self, kind: str) -> list[str]:
        with self._server.lock:
            return [what for k, what in self._server.seen if k == kind]

    @property
    def connects(self) -> list[str]:
        return self._of("connect")

    @property
    def forwarded(self) -> list[str]:
        return self._of("forward")

    @property
    def socks(self) -> list[str]:
        return self._of("socks")

    @property
    def auths(self) -> list[str]:
        return self._of("auth")

    @property
    def relayed(self) -> int:
        with self._server.lock:
            return sum(1 for k, _ in self._server.seen if k != "auth")

    def start(self) -> LoopbackProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


@contextmanager
def loopback_proxy() -> Iterator[LoopbackProxy]:
    proxy = LoopbackProxy().start()
    try:
        yield proxy
    finally:
        proxy.stop()


def free_port() -> int:
    """A loopback port nothing listens on (for an unreachable proxy)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
