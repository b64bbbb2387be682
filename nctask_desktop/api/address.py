"""Turn what a user typed into a server base address."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit, urlunsplit

from .errors import InvalidAddressError

# Paths that people copy from their browser's address bar: everything from these on is not the base.
_CUT_MARKERS = (
    "/index.php",
    "/apps/",
    "/ocs/",
    "/remote.php",
    "/status.php",
    "/login",
    "/s/",
    "/f/",
)
_HOST_RE = re.compile(r"^[A-Za-z0-9._\-~%]+$")


def normalize_server_address(text: str) -> str:
    """`cloud.example.org/index.php/apps/files` → `https://cloud.example.org`.

    Adds `https://` when no scheme is given, strips copied page paths and trailing slashes, keeps a
    sub-folder install (`https://example.org/nextcloud`) and an explicit port. Plain `http://` is kept
    only when typed.
    """
    value = (text or "").strip()
    if not value or any(ch.isspace() for ch in value):
        raise InvalidAddressError("empty or contains spaces")
    if "://" not in value:
        value = "https://" + value
    try:
        parts = urlsplit(value)
        port = parts.port  # raises ValueError for a bad port
    except ValueError as exc:
        raise InvalidAddressError(str(exc)) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise InvalidAddressError(f"unsupported scheme {scheme!r}")
    host = (parts.hostname or "").strip()
    if not host:
        raise InvalidAddressError("no host")
    if not _valid_host(host):
        raise InvalidAddressError("not a host name")
    path = parts.path
    lowered = path.lower()
    for marker in _CUT_MARKERS:
        index = lowered.find(marker)
        if index != -1:
            path, lowered = path[:index], lowered[:index]
    path = path.rstrip("/")
    netloc = host if ":" not in host else f"[{host}]"
    if port is not None:
        netloc += f":{port}"
    return urlunsplit((scheme, netloc.lower(), path, "", ""))


def _valid_host(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    return bool(_HOST_RE.match(host)) and ".." not in host and not host.startswith(("-", "."))


def base_from_status_url(url: str) -> str:
    """The base of an address that ended in `/status.php` after redirects."""
    parts = urlsplit(url)
    path = parts.path
    if path.endswith("/status.php"):
        path = path[: -len("/status.php")]
    return urlunsplit((parts.scheme, parts.netloc, path.rstrip("/"), "", ""))


def same_origin(a: str, b: str) -> bool:
    """Same scheme, host and port (the rule for sending credentials on)."""
    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.scheme, pa.hostname, _port(pa.scheme, pa.port)) == (
        pb.scheme,
        pb.hostname,
        _port(pb.scheme, pb.port),
    )


def _port(scheme: str, port: int | None) -> int | None:
    if port is not None:
        return port
    return {"http": 80, "https": 443}.get(scheme)


def is_loopback(address: str) -> bool:
    """Whether an address points at this computer (127.0.0.0/8, ::1, localhost)."""
    host = (urlsplit(address if "://" in address else "http://" + address).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
