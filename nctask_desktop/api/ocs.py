"""The OCS envelope: turn any reply (JSON, XML, empty, HTML, truncated) into data or a typed error."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from typing import Any

from . import errors as e

# What a Nextcloud says when a route does not exist (e.g. TaskProcessing on 29).
_INVALID_QUERY = "invalid query"
_CSRF = "csrf check failed"


def body_kind(content_type: str, body: bytes) -> str:
    """'empty', 'json', 'xml', 'html' or 'other', from the content type and the first bytes."""
    head = body[:512].lstrip().lower()
    if not head:
        return "empty"
    ctype = content_type.lower()
    if head.startswith((b"{", b"[")) or "json" in ctype:
        return "json"
    if head.startswith((b"<!doctype html", b"<html")) or "html" in ctype:
        return "html"
    if head.startswith(b"<?xml") or head.startswith(b"<ocs") or "xml" in ctype:
        return "xml"
    return "other"


def _xml_to_value(node: ET.Element) -> Any:
    children = list(node)
    if not children:
        return node.text or ""
    tags = [c.tag for c in children]
    if len(children) > 1 and (len(set(tags)) == 1 or all(t == "element" for t in tags)):
        return [_xml_to_value(c) for c in children]
    if tags == ["element"]:
        return [_xml_to_value(children[0])]
    return {c.tag: _xml_to_value(c) for c in children}


def parse_xml_envelope(body: bytes) -> dict[str, Any]:
    """An OCS XML body as the same dict shape the JSON body has."""
    try:
        root = ET.fromstring(body)
    except (ET.ParseError, ValueError, UnicodeError) as exc:
        raise e.MalformedResponseError(f"unreadable XML: {exc}") from None
    if root.tag != "ocs":
        raise e.MalformedResponseError(f"XML whose root is <{root.tag[:40]}>, not <ocs>")
    value = _xml_to_value(root)
    if not isinstance(value, dict):
        raise e.MalformedResponseError("XML <ocs> without meta")
    return {"ocs": value}


def parse_json(body: bytes) -> Any:
    """JSON, or MalformedResponseError (truncated, not UTF-8, not JSON)."""
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError, ValueError) as exc:
        raise e.MalformedResponseError(f"unreadable JSON: {exc}") from None


class Envelope:
    """A decoded OCS envelope (or the bare JSON some errors carry instead)."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        ocs = doc.get("ocs") if isinstance(doc, Mapping) else None
        self.is_ocs = isinstance(ocs, Mapping)
        meta = ocs.get("meta") if isinstance(ocs, Mapping) else None
        self.meta: Mapping[str, Any] = meta if isinstance(meta, Mapping) else {}
        self.data: Any = ocs.get("data") if isinstance(ocs, Mapping) else None

    @property
    def ok(self) -> bool:
        status = self.meta.get("status")
        return isinstance(status, str) and status.strip().lower() == "ok"

    @property
    def statuscode(self) -> int | None:
        code = self.meta.get("statuscode")
        if isinstance(code, bool):
            return None
        if isinstance(code, int):
            return code
        if isinstance(code, str) and code.strip().isdigit():
            return int(code.strip())
        return None

    @property
    def message(self) -> str | None:
        """The reason for people: `data.message`, else `meta.message`, else a bare `message`."""
        for source in (self.data, self.meta, self.doc):
            if isinstance(source, Mapping):
                msg = source.get("message")
                if isinstance(msg, str) and msg.strip():
                    return msg.strip()
        return None


def decode_body(content_type: str, body: bytes) -> Envelope | None:
    """Decode a JSON or XML body; None for empty, HTML or other bodies."""
    kind = body_kind(content_type, body)
    if kind == "json":
        return Envelope(parse_json(body))
    if kind == "xml":
        return Envelope(parse_xml_envelope(body))
    return None


def _looks_like_maintenance(body: bytes) -> bool:
    text = body[:20000].lower()
    return b"maintenance" in text or b"being upgraded" in text or b"upgrade" in text


def raise_for_reply(status: int, content_type: str, body: bytes, url: str) -> None:
    """Raise the typed error for a non-success reply."""
    kind = body_kind(content_type, body)
    envelope: Envelope | None = None
    if kind in ("json", "xml"):
        try:
            envelope = decode_body(content_type, body)
        except e.MalformedResponseError:
            envelope = None
    _raise(status, kind, envelope, body, url)


def _raise(status: int, kind: str, envelope: Envelope | None, body: bytes, url: str) -> None:
    message = envelope.message if envelope else None
    kw: dict[str, Any] = {"status_code": status, "server_message": message, "url": url}

    if status == 401:
        code = envelope.statuscode if envelope else None
        if envelope is not None and envelope.is_ocs and code == 401 and kind == "json":
            # A 401 inside a JSON envelope is about access to something, not about credentials.
            raise e.AccessDeniedError("access denied", **kw)
        raise e.AuthenticationError(
            "credentials refused", missing=code == 997 and kind == "json", **kw
        )
    if status == 403:
        raise e.AccessDeniedError("forbidden", **kw)
    if status == 412:
        if envelope is not None and not envelope.is_ocs and (message or "").lower() == _CSRF:
            raise e.CsrfCheckError("CSRF check failed", **kw)
        if envelope is not None and envelope.is_ocs:
            raise e.ProviderUnavailableError("precondition failed", **kw)
        raise e.CsrfCheckError("precondition failed", **kw)
    if status == 429:
        raise e.RateLimitedError("rate limited", **kw)
    if status == 404:
        if message and message.lower().startswith(_INVALID_QUERY):
            raise e.RouteNotFoundError("no such API route", **kw)
        if kind == "html":
            raise e.NotNextcloudError("404 HTML page", **kw)
        raise e.NotFoundError("not found", **kw)
    if status == 405:
        raise e.MethodNotAllowedError("method not allowed", **kw)
    if status == 409:
        raise e.ConflictError("conflict", **kw)
    if status == 507:
        raise e.InsufficientStorageError("insufficient storage", **kw)
    if status == 400:
        raise e.InvalidInputError("bad request", **kw)
    if status == 503 and (
        _looks_like_maintenance(body) or (envelope is not None and envelope.is_ocs)
    ):
        # Nextcloud's OCS routes answer 503 "Service unavailable" only in maintenance or upgrade.
        raise e.MaintenanceError("maintenance", **kw)
    if status >= 500:
        raise e.ServerError(f"server error {status}", **kw)
    if kind == "html":
        raise e.NotNextcloudError(f"HTML reply with status {status}", **kw)
    raise e.MalformedResponseError(f"unexpected status {status}", **kw)


def parse_ocs_reply(status: int, content_type: str, body: bytes, url: str) -> Any:
    """The `data` of a successful OCS reply, or the typed error for anything else."""
    if not 200 <= status < 300:
        raise_for_reply(status, content_type, body, url)
    kind = body_kind(content_type, body)
    if kind == "html":
        if _looks_like_maintenance(body):
            raise e.MaintenanceError("maintenance page", status_code=status, url=url)
        raise e.NotNextcloudError(
            "an HTML page where the API was expected", status_code=status, url=url
        )
    if kind not in ("json", "xml"):
        raise e.MalformedResponseError(
            f"a {kind} reply where OCS was expected", status_code=status, url=url
        )
    envelope = decode_body(content_type, body)
    if envelope is None or not envelope.is_ocs:
        raise e.MalformedResponseError(
            "a reply without the OCS envelope", status_code=status, url=url
        )
    code = envelope.statuscode
    if not envelope.ok and code not in (100, 200):
        # OCS v1 answers HTTP 200 with the real status inside the envelope.
        _raise(code or 500, kind, envelope, body, url)
    return envelope.data
