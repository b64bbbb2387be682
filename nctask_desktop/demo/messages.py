"""Request and reply values passed between the HTTP handler and the simulated endpoints."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from email.message import Message
from typing import Any

from nctask_desktop.demo.encoding import parse_php_form, php_lists

REASONS: dict[int, str] = {400: "Bad request", 412: "Precondition failed"}


def _form(text: str) -> dict[str, Any]:
    """Form or query parameters with PHP-style nested keys; numbered maps become lists."""
    return {key: php_lists(value) for key, value in parse_php_form(text).items()}


@dataclass
class Incoming:
    """One parsed HTTP request."""

    method: str
    path: str
    query: dict[str, str]
    headers: Message
    body: bytes
    client: str
    raw_query: str = ""

    def header(self, name: str, default: str = "") -> str:
        """A request header (case-insensitive), or default."""
        value = self.headers.get(name)
        return default if value is None else str(value)

    def body_params(self) -> tuple[dict[str, Any], bool]:
        """Parameters from a JSON or form body, and whether a JSON body was unreadable."""
        content_type = self.header("Content-Type").lower()
        if not self.body:
            return {}, False
        if "json" in content_type:
            try:
                parsed = json.loads(self.body.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                return {}, True
            return (parsed if isinstance(parsed, dict) else {}), False
        if "multipart" in content_type:
            return {}, False
        try:
            text = self.body.decode("utf-8")
        except UnicodeDecodeError:
            return {}, False
        return _form(text), False

    def params(self) -> dict[str, Any]:
        """Query parameters overlaid with body parameters, like PHP's request parameters."""
        merged = _form(self.raw_query)
        merged.update(self.body_params()[0])
        return merged


@dataclass
class Reply:
    """One HTTP response."""

    status: int
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)
    compress: str = ""
    """How Nextcloud gzips it for a client that accepts gzip: "app" (the app framework's
    CompressionMiddleware: OCS, JSON and template replies, status 200 only), "sabre" (WebDAV's
    PROPFIND plugin, any status), or "" (never: status.php, downloads, errors outside
    controllers)."""

    def add(self, name: str, value: str) -> Reply:
        """Add a header; returns self for chaining."""
        self.headers.append((name, value))
        return self

    def has(self, name: str) -> bool:
        """Whether a header is set."""
        return any(key.lower() == name.lower() for key, _ in self.headers)

    @property
    def reason(self) -> str | None:
        """Nextcloud's reason phrase where it differs from Python's."""
        return REASONS.get(self.status)
