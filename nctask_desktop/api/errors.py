"""Typed errors of the API layer: every reply shape a Nextcloud server gives maps to one of these."""

from __future__ import annotations


class NextcloudError(Exception):
    """Base of every error the API layer raises.

    It carries what a caller needs to explain the problem: the HTTP status (when there was a reply),
    the message the server wrote for people (when it gave one), and the address asked (never with
    credentials). No user-facing text lives here: the services and the UI write that.
    """

    def __init__(
        self,
        detail: str = "",
        *,
        status_code: int | None = None,
        server_message: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(detail or type(self).__name__)
        self.detail = detail
        self.status_code = status_code
        self.server_message = server_message or None
        self.url = url

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.detail!r}, status_code={self.status_code!r}, "
            f"server_message={self.server_message!r}, url={self.url!r})"
        )


# --- the address and the connection -------------------------------------------------------------


class InvalidAddressError(NextcloudError):
    """What the user typed cannot be a server address."""


class ConnectionFailedError(NextcloudError):
    """The server could not be reached: name lookup failed, connection refused or reset."""


class RequestTimeoutError(ConnectionFailedError):
    """The server did not answer in time."""


class ProxyFailedError(ConnectionFailedError):
    """The proxy (`proxy`: its host:port, never credentials) was reached but did not connect to
    the server: it refused (rules, a sign-in it wants) or could not reach the server itself."""

    def __init__(self, detail: str = "", *, proxy: str, **kw: object) -> None:
        super().__init__(detail, **kw)  # type: ignore[arg-type]
        self.proxy = proxy


class ProxyUnreachableError(ProxyFailedError):
    """The proxy itself could not be reached: wrong host or port, refused, or down."""


class CertificateError(ConnectionFailedError):
    """The TLS handshake failed: an untrusted, expired or mismatched certificate."""


class CertificateChangedError(CertificateError):
    """The server no longer presents the certificate the user trusted for this account
    (`trusted`: its SHA-256 fingerprint). Nothing was sent."""

    def __init__(self, detail: str, *, trusted: str, url: str | None = None) -> None:
        super().__init__(detail, url=url)
        self.trusted = trusted


class RedirectError(NextcloudError):
    """Too many redirects, a loop, or a redirect that would leak credentials or drop TLS."""


class PlainHttpServerError(NextcloudError):
    """The address was typed without a scheme, https failed, and the server answers over plain
    http at `http_base`: the user may choose to connect without encryption."""

    def __init__(self, detail: str = "", *, http_base: str, **kw: object) -> None:
        super().__init__(detail, **kw)  # type: ignore[arg-type]
        self.http_base = http_base

    @property
    def loopback(self) -> bool:
        """Whether the server is on this computer (then plain http stays on it)."""
        from .address import is_loopback

        return is_loopback(self.http_base)


class InsecureServerError(NextcloudError):
    """The server asked the client to continue over plain http after starting on https."""


# --- the server is not (ready to be) a usable Nextcloud --------------------------------------------


class NotNextcloudError(NextcloudError):
    """The address answers, but not as a Nextcloud: an HTML page, a proxy, a captive portal."""


class MaintenanceError(NextcloudError):
    """The server is in maintenance mode or being upgraded."""


class UnsupportedServerError(NextcloudError):
    """The server is a Nextcloud without TaskProcessing (older than 30)."""

    def __init__(self, detail: str = "", *, version: str | None = None, **kw: object) -> None:
        super().__init__(detail, **kw)  # type: ignore[arg-type]
        self.version = version


class ServerError(NextcloudError):
    """The server failed on its side (5xx), or a proxy in front of it did."""


class MalformedResponseError(NextcloudError):
    """The reply could not be understood: truncated JSON, an unexpected shape or content type."""


# --- authentication and request errors ---------------------------------------------------------


class AuthenticationError(NextcloudError):
    """The credentials were refused (wrong or revoked app password) or missing."""

    def __init__(self, detail: str = "", *, missing: bool = False, **kw: object) -> None:
        super().__init__(detail, **kw)  # type: ignore[arg-type]
        self.missing = missing


class CsrfCheckError(NextcloudError):
    """412 "CSRF check failed": the request lacked the OCS-APIRequest header."""


class RateLimitedError(NextcloudError):
    """429: too many requests; the server gives no hint of when to retry."""


class NotFoundError(NextcloudError):
    """404: the thing asked for does not exist or is not the user's."""


class RouteNotFoundError(NotFoundError):
    """404 "Invalid query": the server has no such API route (e.g. TaskProcessing before 30)."""


class MethodNotAllowedError(NextcloudError):
    """405: the server does not accept this verb on this route."""


class InvalidInputError(NextcloudError):
    """400: the server refused the task's input; `server_message` says why, for people."""


class ProviderUnavailableError(NextcloudError):
    """412: the task type is unknown or has no provider on the server."""


class AccessDeniedError(NextcloudError):
    """401/403 that is not about credentials, e.g. files in the input the user cannot access."""


class ConflictError(NextcloudError):
    """409 from WebDAV: the parent folder does not exist."""


class InsufficientStorageError(NextcloudError):
    """507: the user's quota is full."""


class LoginFlowExpiredError(NextcloudError):
    """The Login Flow v2 token expired before access was granted."""
