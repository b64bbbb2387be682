"""What the server says about itself and the account: status.php, capabilities, the user, Login
Flow v2, and WebDAV listings. Parsed defensively into frozen dataclasses, as in models.py."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .errors import MalformedResponseError
from .models import JSON, _bool, _opt_int, _opt_str, _str, as_mapping

# --- server discovery -----------------------------------------------------------------------------


def parse_version(text: str) -> tuple[int, ...]:
    """'30.0.1.2' → (30, 0, 1, 2); junk parts end the tuple."""
    parts: list[int] = []
    for piece in text.split("."):
        digits = ""
        for ch in piece.strip():
            if not ch.isdigit():
                break
            digits += ch
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


@dataclass(frozen=True)
class ServerStatus:
    """What `status.php` says."""

    installed: bool
    maintenance: bool
    needs_db_upgrade: bool
    version: tuple[int, ...]
    version_string: str
    product_name: str

    @property
    def major(self) -> int:
        return self.version[0] if self.version else 0

    @classmethod
    def from_json(cls, data: object) -> ServerStatus:
        raw = as_mapping(data, "status.php")
        if "installed" not in raw or "version" not in raw:
            raise MalformedResponseError("status.php without installed/version")
        version_text = _str(raw.get("version"))
        return cls(
            installed=_bool(raw.get("installed")),
            maintenance=_bool(raw.get("maintenance")),
            needs_db_upgrade=_bool(raw.get("needsDbUpgrade")),
            version=parse_version(version_text),
            version_string=_str(raw.get("versionstring"), version_text) or version_text,
            product_name=_str(raw.get("productname"), "Nextcloud") or "Nextcloud",
        )


@dataclass(frozen=True)
class Capabilities:
    """The parts of `cloud/capabilities` the app uses; `raw` keeps the rest."""

    version: tuple[int, ...]
    version_string: str
    has_assistant: bool
    big_file_chunking: bool
    raw: Mapping[str, JSON] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: object) -> Capabilities:
        raw = as_mapping(data, "capabilities")
        version = as_mapping(raw.get("version"), "capabilities version")
        caps = as_mapping(raw.get("capabilities"), "capabilities")
        files = caps.get("files")
        chunking = _bool(files.get("bigfilechunking")) if isinstance(files, Mapping) else False
        version_text = _str(version.get("string"))
        parsed = parse_version(version_text)
        if not parsed:
            parsed = tuple(
                v
                for v in (_opt_int(version.get(k)) for k in ("major", "minor", "micro"))
                if v is not None
            )
        return cls(
            version=parsed,
            version_string=version_text or ".".join(map(str, parsed)),
            has_assistant=isinstance(caps.get("assistant"), Mapping),
            big_file_chunking=chunking,
            raw=raw,
        )


@dataclass(frozen=True)
class UserInfo:
    """The signed-in user (`cloud/user`): `id` is what WebDAV paths use, not the login name."""

    id: str
    display_name: str
    language: str | None
    email: str | None
    quota_free: int | None
    quota_total: int | None

    @classmethod
    def from_json(cls, data: object) -> UserInfo:
        raw = as_mapping(data, "user")
        user_id = _opt_str(raw.get("id"))
        if not user_id:
            raise MalformedResponseError("user without an id")
        quota_raw = raw.get("quota")
        quota = quota_raw if isinstance(quota_raw, Mapping) else {}
        return cls(
            id=user_id,
            display_name=_str(raw.get("display-name") or raw.get("displayname"), user_id),
            language=_opt_str(raw.get("language")) or None,
            email=_opt_str(raw.get("email")) or None,
            quota_free=_opt_int(quota.get("free")),
            quota_total=_opt_int(quota.get("total")),
        )


# --- login flow v2 --------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoginFlow:
    """A started Login Flow v2: open `login_url` in a browser, poll `poll_endpoint`."""

    login_url: str
    poll_endpoint: str
    poll_token: str = field(repr=False)

    @classmethod
    def from_json(cls, data: object) -> LoginFlow:
        raw = as_mapping(data, "login flow")
        poll = as_mapping(raw.get("poll"), "login flow poll")
        (login,) = _strings(raw, "login flow reply", "login")
        endpoint, token = _strings(poll, "login flow reply", "endpoint", "token")
        return cls(login_url=login, poll_endpoint=endpoint, poll_token=token)


@dataclass(frozen=True)
class LoginCredentials:
    """What a granted login flow hands over. The password is never shown in a repr."""

    server: str
    login_name: str
    app_password: str = field(repr=False)

    @classmethod
    def from_json(cls, data: object) -> LoginCredentials:
        raw = as_mapping(data, "login flow result")
        server, login, password = _strings(
            raw, "login flow result", "server", "loginName", "appPassword"
        )
        return cls(server=server, login_name=login, app_password=password)


def _strings(raw: Mapping[str, object], what: str, *keys: str) -> tuple[str, ...]:
    """The texts under `keys`; a reply without one of them is malformed."""
    values = tuple(raw.get(key) for key in keys)
    missing = [key for key, value in zip(keys, values, strict=True) if not isinstance(value, str)]
    if missing:
        raise MalformedResponseError(f"{what} without {', '.join(missing)}")
    return tuple(str(value) for value in values)


# --- WebDAV ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DavEntry:
    """One file or folder of a PROPFIND listing; `path` is relative to the user's root."""

    path: str
    name: str
    is_folder: bool
    content_type: str | None
    size: int | None
    file_id: int | None
    last_modified: str | None
