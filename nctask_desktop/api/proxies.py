"""Which proxy a connection goes through: the system's proxy settings, none, or one the user chose.

A proxy *setting* is a string, as kept in the preferences and given to the command line:

- `""` (or `"system"`): the operating system's settings, read by the standard library: the
  `HTTP(S)_PROXY`/`ALL_PROXY`/`NO_PROXY` environment variables everywhere, else the registry on
  Windows and the network settings (SystemConfiguration) on macOS, with their bypass lists;
- `"none"` (or `"direct"`): every connection goes directly to the server;
- a proxy address, `http://host:port`, `https://host:port` or `socks5://host:port` (credentials
  may be in it, `http://user:password@host:port`: they never appear in `label()`).

Addresses on this computer (localhost, 127.0.0.0/8, ::1) never go through a proxy, as in browsers:
the built-in simulator keeps working behind any proxy.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import ipaddress
import logging
import ssl
import urllib.request
from collections.abc import Callable
from urllib.parse import unquote, urlsplit

import httpx

from .address import is_loopback

log = logging.getLogger(__name__)

SYSTEM = ""
DIRECT = "none"
SCHEMES = ("http", "https", "socks5", "socks5h")
DEFAULT_PORTS = {"http": 80, "https": 443, "socks5": 1080, "socks5h": 1080}
_ALIASES = {"socks": "socks5"}  # what the Windows registry and some desktops write

Setting = str | Callable[[], str]
"""A proxy setting, or a function that reads the current one (the preferences can change)."""


def proxy_url(text: str) -> str:
    """A proxy address in its canonical form (`scheme://[user:password@]host:port`), or
    ValueError saying what is wrong with it (in English, for logs and the command line)."""
    text = text.strip()
    if "://" not in text:
        raise ValueError("a proxy address starts with http://, https:// or socks5://")
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    scheme = _ALIASES.get(scheme, scheme)
    if scheme not in SCHEMES:
        raise ValueError(f"a proxy of kind {parts.scheme!r} is not supported (http, socks5)")
    host = parts.hostname
    if not host or any(ch.isspace() for ch in host):
        raise ValueError("the proxy address has no host name")
    try:
        port = parts.port
    except ValueError:
        raise ValueError("the proxy's port is not a number from 1 to 65535") from None
    if port == 0:
        raise ValueError("the proxy's port is not a number from 1 to 65535")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError("a proxy address has no path, only a host and a port")
    userinfo = parts.netloc.rpartition("@")[0]
    shown_host = f"[{host}]" if ":" in host else host
    credentials = userinfo + "@" if userinfo else ""
    return f"{scheme}://{credentials}{shown_host}:{port or DEFAULT_PORTS[scheme]}"


def normalize(setting: str) -> str:
    """`SYSTEM`, `DIRECT` or a canonical proxy address; ValueError when it is none of these."""
    text = setting.strip()
    if text.lower() in ("", "system"):
        return SYSTEM
    if text.lower() in ("none", "direct", "off"):
        return DIRECT
    return proxy_url(text)


def label(proxy: str) -> str:
    """`host:port` of a proxy address: for messages and logs, never with its credentials."""
    parts = urlsplit(proxy)
    host = parts.hostname or "?"
    shown = f"[{host}]" if ":" in host else host
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{shown}:{port}" if port else shown


def credentials(proxy: str) -> tuple[str, str] | None:
    """The (user, password) in a proxy address, decoded, or None."""
    parts = urlsplit(proxy)
    if parts.username is None:
        return None
    return unquote(parts.username), unquote(parts.password or "")


def system_proxy(url: str) -> str | None:
    """The proxy the operating system's settings give for an address, or None (direct)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        found = urllib.request.getproxies()
    except Exception:  # a broken registry or SystemConfiguration: go direct
        log.warning("could not read the system's proxy settings", exc_info=True)
        return None
    value = found.get(scheme) or found.get("all")
    if not value:
        return None
    host = parts.netloc.rpartition("@")[2]
    try:
        if host and urllib.request.proxy_bypass(host):
            return None
    except Exception:
        log.warning("could not read the system's proxy exceptions", exc_info=True)
    if "://" not in value:
        value = "http://" + value
    try:
        return proxy_url(value)
    except ValueError as exc:
        log.warning("ignoring the system's proxy for %s: %s", scheme, exc)
        return None


def proxy_for(url: str, setting: str) -> str | None:
    """The proxy to use for a request to `url` (None: directly)."""
    if is_loopback(url):
        return None
    try:
        chosen = normalize(setting)
    except ValueError as exc:
        log.warning("ignoring the proxy setting (%s); using the system's", exc)
        chosen = SYSTEM
    if chosen == DIRECT:
        return None
    if chosen == SYSTEM:
        return system_proxy(url)
    return chosen


def current(setting: Setting) -> str:
    return setting() if callable(setting) else setting


# --- httpx: one transport that picks the route of every request ----------------------------------


class ProxyUnreachable(httpx.ConnectError):
    """The proxy itself could not be reached (refused, unknown name, timed out)."""

    def __init__(self, message: str, *, proxy: str, request: httpx.Request) -> None:
        super().__init__(message, request=request)
        self.proxy = proxy


class ProxyRefused(httpx.ProxyError):
    """The proxy was reached but did not connect to the server (refused, needs a sign-in, or
    the server is down behind it)."""

    def __init__(self, message: str, *, proxy: str, request: httpx.Request) -> None:
        super().__init__(message, request=request)
        self.proxy = proxy


class ProxyRouter(httpx.AsyncBaseTransport):
    """Sends each request directly or through the proxy the (current) setting gives for its
    address. Transports are made on first use and kept, one per route, with their connections."""

    def __init__(self, setting: Setting, *, verify: bool | ssl.SSLContext = True) -> None:
        self._setting = setting
        self._verify = verify
        self._routes: dict[str | None, httpx.AsyncHTTPTransport] = {}

    def route(self, url: str) -> str | None:
        return proxy_for(url, current(self._setting))

    def _transport(self, proxy: str | None) -> httpx.AsyncHTTPTransport:
        transport = self._routes.get(proxy)
        if transport is None:
            transport = httpx.AsyncHTTPTransport(
                verify=self._verify, proxy=httpx.Proxy(proxy) if proxy else None
            )
            self._routes[proxy] = transport
        return transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        proxy = self.route(str(request.url))
        transport = self._transport(proxy)
        if proxy is None:
            return await transport.handle_async_request(request)
        where = label(proxy)
        try:
            return await transport.handle_async_request(request)
        except httpx.ProxyError as exc:
            raise ProxyRefused(
                f"the proxy at {where} did not connect: {exc}", proxy=where, request=request
            ) from exc
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise ProxyUnreachable(
                f"could not reach the proxy at {where}: {exc}", proxy=where, request=request
            ) from exc

    async def aclose(self) -> None:
        routes, self._routes = list(self._routes.values()), {}
        for transport in routes:
            await transport.aclose()


# --- a raw tunnel (to read a server's certificate through the proxy) ------------------------------


async def open_tunnel(
    proxy: str,
    host: str,
    port: int,
    *,
    proxy_ssl: ssl.SSLContext | None = None,
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """A TCP stream to host:port through a proxy (HTTP CONNECT or SOCKS5). Raises OSError
    (ConnectionError when the proxy refuses)."""
    parts = urlsplit(proxy_url(proxy))
    scheme = parts.scheme
    proxy_host = parts.hostname or ""
    proxy_port = parts.port or DEFAULT_PORTS[scheme]
    reader, writer = await asyncio.open_connection(
        proxy_host,
        proxy_port,
        ssl=(proxy_ssl or ssl.create_default_context()) if scheme == "https" else None,
        server_hostname=proxy_host if scheme == "https" else None,
    )
    try:
        if scheme in ("http", "https"):
            await _http_connect(reader, writer, proxy, host, port)
        else:
            await _socks5_connect(reader, writer, proxy, host, port)
    except BaseException:
        writer.close()
        raise
    return reader, writer


async def _http_connect(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, proxy: str, host: str, port: int
) -> None:
    target = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    head = f"CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n"
    auth = credentials(proxy)
    if auth is not None:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode("ascii")
        head += f"Proxy-Authorization: Basic {token}\r\n"
    writer.write((head + "\r\n").encode("latin-1"))
    await writer.drain()
    try:
        reply = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        raise ConnectionError(f"the proxy at {label(proxy)} closed the connection") from None
    status_line = reply.split(b"\r\n", 1)[0].decode("latin-1")
    fields = status_line.split(" ", 2)
    if len(fields) < 2 or not fields[1].startswith("2"):
        raise ConnectionError(f"the proxy at {label(proxy)} answered {status_line!r}")


_SOCKS_REPLIES = {
    1: "general failure",
    2: "not allowed by its rules",
    3: "network unreachable",
    4: "host unreachable",
    5: "connection refused",
    6: "TTL expired",
    7: "command not supported",
    8: "address type not supported",
}


async def _socks5_connect(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, proxy: str, host: str, port: int
) -> None:
    where = label(proxy)
    auth = credentials(proxy)
    writer.write(b"\x05\x02\x00\x02" if auth else b"\x05\x01\x00")
    await writer.drain()
    try:
        version, method = await reader.readexactly(2)
        if version != 5 or method not in (0, 2) or (method == 2 and auth is None):
            raise ConnectionError(f"the SOCKS proxy at {where} wants a sign-in this app lacks")
        if method == 2 and auth is not None:
            user, password = (part.encode() for part in auth)
            writer.write(bytes([1, len(user)]) + user + bytes([len(password)]) + password)
            await writer.drain()
            _v, status = await reader.readexactly(2)
            if status != 0:
                raise ConnectionError(f"the SOCKS proxy at {where} refused the sign-in")
        address: bytes
        try:
            ip = ipaddress.ip_address(host)
            address = (b"\x01" if ip.version == 4 else b"\x04") + ip.packed
        except ValueError:
            name = host.encode("idna")
            address = b"\x03" + bytes([len(name)]) + name
        writer.write(b"\x05\x01\x00" + address + port.to_bytes(2, "big"))
        await writer.drain()
        _v, reply, _r, kind = await reader.readexactly(4)
        if reply != 0:
            reason = _SOCKS_REPLIES.get(reply, f"error {reply}")
            raise ConnectionError(f"the SOCKS proxy at {where} did not connect: {reason}")
        length = {1: 4, 4: 16}.get(kind)
        if length is None:
            length = (await reader.readexactly(1))[0]
        await reader.readexactly(length + 2)
    except asyncio.IncompleteReadError:
        raise ConnectionError(f"the SOCKS proxy at {where} closed the connection") from None


async def close_quietly(writer: asyncio.StreamWriter) -> None:
    writer.close()
    with contextlib.suppress(Exception):
        await asyncio.wait_for(writer.wait_closed(), 2.0)
