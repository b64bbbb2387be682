"""Accounts: adding one (Login Flow v2 or a typed app password), keeping them, signing out."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from nctask_desktop.api import NextcloudClient, UserInfo, discover_server, proxies, tls
from nctask_desktop.api import errors as e
from nctask_desktop.api.address import normalize_server_address
from nctask_desktop.api.server_models import LoginFlow
from nctask_desktop.services.clock import Clock, Sleep

from . import paths
from .secrets import SecretStore, secret_key
from .storage import read_json, write_json

log = logging.getLogger(__name__)

LOGIN_FLOW_LIFETIME = 20 * 60.0
LOGIN_POLL_INTERVAL = 2.0


@dataclass(frozen=True)
class Account:
    """A signed-in account. No secret here: the app password lives in the SecretStore."""

    server: str
    login_name: str
    user_id: str
    display_name: str
    needs_reauth: bool = False
    certificate: str = ""
    """A certificate (PEM) the user chose to trust for this server: only it is trusted."""

    @property
    def key(self) -> str:
        return secret_key(self.server, self.login_name)

    @property
    def label(self) -> str:
        host = self.server.split("://", 1)[-1]
        return f"{self.display_name} ({host})"

    @classmethod
    def from_json(cls, raw: Any) -> Account | None:
        if not isinstance(raw, dict):
            return None
        try:
            return cls(
                server=str(raw["server"]),
                login_name=str(raw["login_name"]),
                user_id=str(raw.get("user_id") or raw["login_name"]),
                display_name=str(raw.get("display_name") or raw["login_name"]),
                needs_reauth=bool(raw.get("needs_reauth", False)),
                certificate=str(raw.get("certificate") or ""),
            )
        except (KeyError, TypeError):
            return None


@dataclass(frozen=True)
class SignOutResult:
    """How a sign-out went: the local part always succeeds; revoking on the server may not."""

    revoked_on_server: bool
    server_error: e.NextcloudError | None = None


class AccountStore:
    """The list of accounts and which one is current, in `accounts.json` under the config dir."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.config_dir() / "accounts.json"
        raw = read_json(self.path, {})
        raw = raw if isinstance(raw, dict) else {}
        items = raw.get("accounts")
        items = items if isinstance(items, list) else []
        self._accounts = [a for a in (Account.from_json(x) for x in items) if a is not None]
        current = raw.get("current")
        self._current = current if isinstance(current, str) else None

    @property
    def accounts(self) -> list[Account]:
        return list(self._accounts)

    @property
    def current(self) -> Account | None:
        for account in self._accounts:
            if account.key == self._current:
                return account
        return self._accounts[0] if self._accounts else None

    def find(self, key: str) -> Account | None:
        return next((a for a in self._accounts if a.key == key), None)

    def upsert(self, account: Account, *, make_current: bool = True) -> None:
        self._accounts = [a for a in self._accounts if a.key != account.key] + [account]
        if make_current:
            self._current = account.key
        self.save()

    def set_current(self, key: str) -> None:
        if self.find(key) is None:
            raise KeyError(key)
        self._current = key
        self.save()

    def remove(self, key: str) -> None:
        self._accounts = [a for a in self._accounts if a.key != key]
        if self._current == key:
            self._current = self._accounts[0].key if self._accounts else None
        self.save()

    def mark_needs_reauth(self, key: str, value: bool = True) -> Account | None:
        account = self.find(key)
        if account is None or account.needs_reauth == value:
            return account
        updated = replace(account, needs_reauth=value)
        self._accounts = [updated if a.key == key else a for a in self._accounts]
        self.save()
        return updated

    def save(self) -> None:
        write_json(
            self.path,
            {"current": self._current, "accounts": [asdict(a) for a in self._accounts]},
        )


ClientFactory = Callable[..., NextcloudClient]


def origin(url: str) -> str:
    """`https://host:port` of an address (what a trusted certificate is kept for)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class AccountService:
    """Adds, verifies and removes accounts; hands out clients with their credentials."""

    def __init__(
        self,
        store: AccountStore,
        secrets: SecretStore,
        *,
        language: str = "en",
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep = asyncio.sleep,
        clock: Clock = time.monotonic,
    ) -> None:
        self.store = store
        self.secrets = secrets
        self.language = language
        self._transport = transport
        self._sleep = sleep
        self._clock = clock
        self.trusted: dict[str, str] = {}
        """Server origin -> the certificate (PEM) the user trusted while signing in there."""
        self.proxy: Callable[[], str] = lambda: proxies.SYSTEM
        """The proxy setting (see api/proxies.py), read for every request of every client made
        here: a change applies at once, to signed-in accounts too."""

    def _client(
        self,
        base_url: str,
        login_name: str | None = None,
        app_password: str | None = None,
        user_id: str | None = None,
        pinned: str | None = None,
    ) -> NextcloudClient:
        return NextcloudClient(
            base_url,
            login_name,
            app_password,
            user_id=user_id,
            language=self.language,
            transport=self._transport,
            pinned=pinned or self.trusted.get(origin(base_url)),
            proxy=self._proxy,
        )

    def _proxy(self) -> str:
        return self.proxy()

    async def server_certificate(self, address: str) -> str:
        """The certificate the server at a typed address presents (PEM), trusted or not: to
        show the user who issued it, for which names, until when, and its fingerprint."""
        return await tls.fetch_certificate(normalize_server_address(address), proxy=self.proxy())

    def trust(self, address: str, certificate: str) -> None:
        """The user trusts this certificate for the server: signing in there (and the account
        made) trusts exactly it."""
        self.trusted[origin(normalize_server_address(address))] = certificate

    async def check_server(self, address: str) -> str:
        """Validate a typed address; the real base address, or a typed error."""
        base, _status = await discover_server(
            address,
            transport=self._transport,
            language=self.language,
            pinned=self.trusted.get(origin(normalize_server_address(address))),
            proxy=self._proxy,
        )
        return base

    async def _verify(self, base: str, login_name: str, app_password: str) -> UserInfo:
        async with self._client(base, login_name, app_password) as client:
            return await client.get_user()

    async def add_with_app_password(
        self, address: str, login_name: str, app_password: str
    ) -> Account:
        """Check the server and the credentials, then keep the account (secret in the keychain)."""
        base = await self.check_server(address)
        user = await self._verify(base, login_name.strip(), app_password.strip())
        return await self._keep(base, login_name.strip(), app_password.strip(), user)

    async def start_login_flow(self, address: str) -> tuple[str, LoginFlow]:
        """Check the server and start Login Flow v2: (base, flow). Open `flow.login_url`."""
        base = await self.check_server(address)
        async with self._client(base) as client:
            return base, await client.start_login_flow()

    async def finish_login_flow(self, base: str, flow: LoginFlow) -> Account:
        """Poll until the user grants access in the browser (cancel the task to stop waiting)."""
        deadline = self._clock() + LOGIN_FLOW_LIFETIME
        async with self._client(base) as client:
            while True:
                creds = await client.poll_login_flow(flow)
                if creds is not None:
                    break
                if self._clock() >= deadline:
                    raise e.LoginFlowExpiredError("the login link expired", url=base)
                await self._sleep(LOGIN_POLL_INTERVAL)
        server = creds.server.rstrip("/") or base
        user = await self._verify(server, creds.login_name, creds.app_password)
        return await self._keep(server, creds.login_name, creds.app_password, user)

    async def _keep(
        self, server: str, login_name: str, app_password: str, user: UserInfo
    ) -> Account:
        account = Account(
            server=server,
            login_name=login_name,
            user_id=user.id,
            display_name=user.display_name or user.id,
            certificate=self.trusted.get(origin(server), ""),
        )
        await self.secrets.set(account.key, app_password)
        self.store.upsert(account)
        return account

    async def password_for(self, account: Account) -> str | None:
        return await self.secrets.get(account.key)

    async def client_for(self, account: Account) -> NextcloudClient:
        """A client signed in as the account; AuthenticationError when the secret is gone."""
        password = await self.password_for(account)
        if password is None:
            self.store.mark_needs_reauth(account.key)
            raise e.AuthenticationError("no app password stored for this account", missing=True)
        return self._client(
            account.server,
            account.login_name,
            password,
            user_id=account.user_id,
            pinned=account.certificate or None,
        )

    def note_auth_failure(self, account: Account) -> Account | None:
        """A 401 later on: the account needs signing in again. Nothing is deleted."""
        return self.store.mark_needs_reauth(account.key, True)

    async def sign_out(self, account: Account) -> SignOutResult:
        """Revoke the app password on the server, then forget it and the account here.

        The local part always happens; the result says whether the server revoked it.
        """
        password = await self.password_for(account)
        result = SignOutResult(revoked_on_server=False)
        if password is not None:
            try:
                async with self._client(
                    account.server, account.login_name, password, pinned=account.certificate
                ) as client:
                    await client.revoke_app_password()
                result = SignOutResult(revoked_on_server=True)
            except e.AuthenticationError:
                result = SignOutResult(revoked_on_server=True)  # already revoked there
            except e.NextcloudError as exc:
                result = SignOutResult(revoked_on_server=False, server_error=exc)
        await self.secrets.delete(account.key)
        self.store.remove(account.key)
        return result
