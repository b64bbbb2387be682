"""The command line and certificates: a certificate the computer does not trust is named by its
fingerprint, and trusted when the user gives that fingerprint (see api/tls.py)."""

from __future__ import annotations

from nctask_desktop.api import errors as e
from nctask_desktop.api import tls


async def certificate_with(server: str, wanted: str) -> str:
    """The server's certificate when its fingerprint is `wanted`; else CertificateChangedError
    (exit 4): what was trusted is not what the server presents."""
    pem = await tls.fetch_certificate(server)
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
