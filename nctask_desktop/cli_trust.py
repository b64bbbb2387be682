"""The command line and how it connects: a certificate the computer does not trust is named by its
fingerprint, and trusted when the user gives that fingerprint (see api/tls.py); plain http off
this computer is warned about; a proxy that fails says where its setting came from."""

from __future__ import annotations

import contextlib
import sys

from nctask_desktop.api import errors as e
from nctask_desktop.api import tls
from nctask_desktop.api.address import is_loopback

ENV_PROXY = "NCTASK_PROXY"
_warned_plain: set[str] = set()


def warn_plain_http(address: str) -> None:
    """Plain http off this computer: say once, on stderr, that nothing is encrypted."""
    base = address.strip().rstrip("/")
    if not base.lower().startswith("http://") or is_loopback(base) or base in _warned_plain:
        return
    _warned_plain.add(base)
    host = base.split("://", 1)[1].split("/", 1)[0]
    print(
        f"Warning: the connection to {host} uses plain http, without encryption: others on the "
        "network could read your app password and your tasks. Use https:// if the server offers "
        "it.",
        file=sys.stderr,
        flush=True,
    )


async def connection_lines(exc: BaseException, proxy: str) -> list[str]:
    """What follows the explanation of a connection error on stderr: where the proxy setting
    comes from, or the certificate's fingerprints."""
    if isinstance(exc, e.ProxyFailedError):
        return [
            f"The proxy comes from --proxy, else {ENV_PROXY}, else the app's preferences, "
            "else the system's settings; `--proxy none` connects directly."
        ]
    if isinstance(exc, e.CertificateError) and exc.url:
        presented = None
        with contextlib.suppress(Exception):
            presented = tls.fingerprint(await tls.fetch_certificate(exc.url, proxy=proxy))
        return certificate_lines(exc, presented)
    return []


async def certificate_with(server: str, wanted: str, *, proxy: str = "") -> str:
    """The server's certificate when its fingerprint is `wanted`; else CertificateChangedError
    (exit 4): what was trusted is not what the server presents. `proxy`: a proxy setting."""
    pem = await tls.fetch_certificate(server, proxy=proxy)
    if not tls.same_fingerprint(tls.fingerprint(pem), wanted):
        raise e.CertificateChangedError(
            "the certificate does not have the fingerprint given", trusted=wanted, url=server
        )
    return pem


def certificate_lines(exc: e.CertificateError, presented: str | None) -> list[str]:
    """The fingerprints a user checks with the server's administrator (stderr)."""
    if isinstance(exc, e.CertificateChangedError):
        lines = [f"Trusted SHA-256 fingerprint: {exc.trusted}"]
        if presented:
            lines.append(f"Now presented:               {presented}")
        return lines
    if not presented:
        return []
    return [
        f"SHA-256 fingerprint: {presented}",
        "If this is your server's own certificate, check the fingerprint with its administrator, "
        "then: nctask login SERVER --trust-fingerprint FINGERPRINT",
    ]
