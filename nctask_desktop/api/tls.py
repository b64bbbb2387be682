"""Which certificates a connection trusts.

- By default the operating system's trust store (Windows, the macOS Keychain, the Linux CA bundle)
  through `truststore`: a private CA the computer trusts is trusted here too.
- A certificate the user chose to trust for an account (a home server's own certificate) is
  pinned: that account's connections trust exactly that certificate, whatever its names; any other
  certificate at that address fails the handshake, before anything is sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import ssl
from urllib.parse import urlsplit

from . import proxies


def system_context() -> ssl.SSLContext:
    """Certificates are checked against the operating system's trust store."""
    try:
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except ImportError:  # pragma: no cover - truststore is a dependency
        return ssl.create_default_context()


def pinned_context(pem: str) -> ssl.SSLContext:
    """Only this certificate is trusted (its names are not checked: the user chose it by its
    fingerprint)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_REQUIRED
    context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN  # a leaf as its own trust anchor
    context.load_verify_locations(cadata=pem)
    return context


def context_for(pinned: str | None) -> ssl.SSLContext:
    return pinned_context(pinned) if pinned else system_context()


def fingerprint(pem: str) -> str:
    """SHA-256 of the certificate as colon-separated hex pairs, as browsers show it."""
    digest = hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def same_fingerprint(a: str, b: str) -> bool:
    """Whether two fingerprints are the same, however they are written (colons, case)."""

    def plain(text: str) -> str:
        return "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")

    return bool(plain(a)) and plain(a) == plain(b)


async def fetch_certificate(url: str, timeout: float = 10.0, *, proxy: str = "") -> str:
    """The certificate a server presents (PEM), without trusting it: to show it to the user.

    `proxy` is a proxy setting (see api/proxies.py): when it gives a proxy for the address, the
    connection goes through it (an HTTP CONNECT or SOCKS5 tunnel), as the app's requests do."""
    address = url if "://" in url else f"https://{url}"
    parts = urlsplit(address)
    host = parts.hostname or ""
    port = parts.port or 443
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    via = proxies.proxy_for(f"https://{parts.netloc}", proxy)
    if via is None:
        _reader, writer = await asyncio.wait_for(
            asyncio.open_connection(host, port, ssl=context, server_hostname=host or None), timeout
        )
    else:
        _reader, writer = await asyncio.wait_for(
            proxies.open_tunnel(via, host, port, proxy_ssl=system_context()), timeout
        )
        try:
            await asyncio.wait_for(writer.start_tls(context, server_hostname=host or None), timeout)
        except BaseException:
            await proxies.close_quietly(writer)
            raise
    try:
        ssl_object = writer.get_extra_info("ssl_object")
        der = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None
        if not der:
            raise ssl.SSLError("the server presented no certificate")
        return ssl.DER_cert_to_PEM_cert(der)
    finally:
        writer.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(writer.wait_closed(), 2.0)
