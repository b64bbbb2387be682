"""App passwords: in the OS keychain through keyring, or in memory for this session when none works.

Never on disk in plain text, never in logs. Keyring calls can block (a D-Bus round trip, an unlock
prompt): they run in a worker thread, never on the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from dataclasses import dataclass

from nctask_desktop import APP_NAME

log = logging.getLogger(__name__)

SERVICE = APP_NAME


def secret_key(server: str, login_name: str) -> str:
    """The keychain entry's user name: one per server and login name."""
    return f"{login_name}@{server.rstrip('/')}"


@dataclass(frozen=True)
class KeychainInfo:
    """Which keychain is in use, and whether it keeps secrets across restarts."""

    backend: str
    persistent: bool
    problem: str | None = None


class SecretStore:
    """Keychain first; memory for the session when the keychain is missing, locked or fails.

    `persistent` turns False the first time the keychain fails, and `problem` says why (for a plain
    warning in the UI). Secrets then live in this object only, and are gone when the app quits.
    """

    def __init__(self, *, use_keyring: bool = True) -> None:
        self._memory: dict[str, str] = {}
        self._lock = threading.Lock()
        self._keyring_ok = use_keyring
        self._backend_name = "memory"
        self.problem: str | None = None if use_keyring else "disabled"
        if use_keyring:
            self._probe()

    def _probe(self) -> None:
        try:
            import keyring
            from keyring.backends import fail

            backend = keyring.get_keyring()
            self._backend_name = _backend_name(backend)
            usable = not isinstance(backend, fail.Keyring) and _priority(backend) > 0
            if not usable:
                self._keyring_ok = False
                self.problem = "no-keychain"
        except Exception as exc:  # a broken keyring install must not stop the app
            log.warning("keyring unavailable: %s", type(exc).__name__)
            self._keyring_ok = False
            self.problem = "no-keychain"

    @property
    def info(self) -> KeychainInfo:
        return KeychainInfo(
            backend=self._backend_name if self._keyring_ok else "memory (this session only)",
            persistent=self._keyring_ok,
            problem=self.problem,
        )

    @property
    def persistent(self) -> bool:
        return self._keyring_ok

    def _fall_back(self, exc: BaseException) -> None:
        log.warning(
            "keychain failed (%s); keeping secrets for this session only", type(exc).__name__
        )
        self._keyring_ok = False
        name = type(exc).__name__
        self.problem = "locked" if "Locked" in name else "keychain-error"

    # The blocking operations; call the async wrappers from the event loop.

    def get_blocking(self, key: str) -> str | None:
        with self._lock:
            if key in self._memory:
                return self._memory[key]
        if not self._keyring_ok:
            return None
        try:
            import keyring

            return keyring.get_password(SERVICE, key)
        except Exception as exc:
            self._fall_back(exc)
            return None

    def set_blocking(self, key: str, secret: str) -> bool:
        """Store a secret; True when it went into the keychain, False when memory only."""
        if self._keyring_ok:
            try:
                import keyring

                keyring.set_password(SERVICE, key, secret)
                with self._lock:
                    self._memory.pop(key, None)
                return True
            except Exception as exc:
                self._fall_back(exc)
        with self._lock:
            self._memory[key] = secret
        return False

    def delete_blocking(self, key: str) -> None:
        with self._lock:
            self._memory.pop(key, None)
        if not self._keyring_ok:
            return
        try:
            import keyring
            from keyring.errors import PasswordDeleteError

            with contextlib.suppress(PasswordDeleteError):  # not there: nothing to delete
                keyring.delete_password(SERVICE, key)
        except Exception as exc:
            self._fall_back(exc)

    async def get(self, key: str) -> str | None:
        return await asyncio.to_thread(self.get_blocking, key)

    async def set(self, key: str, secret: str) -> bool:
        return await asyncio.to_thread(self.set_blocking, key, secret)

    async def delete(self, key: str) -> None:
        await asyncio.to_thread(self.delete_blocking, key)


def _priority(backend: object) -> float:
    try:
        return float(getattr(backend, "priority", 0))
    except (TypeError, ValueError):
        return 0.0


def _backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__name__}"
