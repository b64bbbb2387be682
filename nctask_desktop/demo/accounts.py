"""Users, app passwords, Login Flow v2 state and the scheduling rate limiter."""

from __future__ import annotations

import secrets
import string
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

FLOW_LIFETIME_SECONDS = 20 * 60
_ALNUM = string.ascii_letters + string.digits


@dataclass
class DemoUser:
    """A simulated account: WebDAV paths and task userId use user_id, Basic auth uses login_name."""

    user_id: str
    app_password: str
    display_name: str = ""
    login_name: str | None = None
    language: str = "en"
    is_admin: bool = False

    def __post_init__(self) -> None:
        if not self.display_name:
            self.display_name = self.user_id.capitalize()
        if self.login_name is None:
            self.login_name = self.user_id

    @property
    def login(self) -> str:
        """The login name (never None after construction)."""
        return self.login_name or self.user_id


@dataclass
class AppPassword:
    """One app password of a user."""

    user_id: str
    name: str
    created: float


@dataclass
class LoginFlow:
    """A Login Flow v2 in progress."""

    poll_token: str
    flow_token: str
    user_agent: str
    created: float
    granted: tuple[str, str] | None = None  # (login name, app password)
    consumed: bool = False


def random_app_password() -> str:
    """An app password like Nextcloud's: five groups of five letters and digits."""
    return "-".join("".join(secrets.choice(_ALNUM) for _ in range(5)) for _ in range(5))


def random_token(length: int = 128) -> str:
    """A random alphanumeric token (Login Flow tokens are 128 characters)."""
    return "".join(secrets.choice(_ALNUM) for _ in range(length))


@dataclass
class RateLimiter:
    """Sliding-window counters keyed by user or address."""

    clock: Callable[[], float]
    _hits: dict[str, deque[float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def allow(self, key: str, limit: int, window: float) -> bool:
        """Count an attempt; False (not counted) when the limit is already reached."""
        now = self.clock()
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - window:
                hits.popleft()
            if len(hits) >= limit:
                return False
            hits.append(now)
            return True


class Accounts:
    """Users and their credentials, guarded by one lock."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._lock = threading.RLock()
        self._users: dict[str, DemoUser] = {}
        self._passwords: dict[str, AppPassword] = {}
        self._flows: dict[str, LoginFlow] = {}
        self._wipe: set[str] = set()
        """App passwords marked for remote wipe: refused (401) until the client confirms."""
        self.last_login: dict[str, float] = {}  # browser logins (the grant page) only
        self.home_ready: set[str] = set()  # users whose files were used (WebDAV or browser)

    def add(self, user: DemoUser) -> None:
        """Register a user and its first app password."""
        with self._lock:
            if user.user_id in self._users:
                raise ValueError(f"user {user.user_id!r} exists already")
            self._users[user.user_id] = user
            self._passwords[user.app_password] = AppPassword(
                user.user_id, "demo (initial app password)", self._clock()
            )

    def users(self) -> list[DemoUser]:
        """All users in the order they were added."""
        with self._lock:
            return list(self._users.values())

    def get(self, user_id: str) -> DemoUser | None:
        """A user by id."""
        with self._lock:
            return self._users.get(user_id)

    def authenticate(self, login: str, password: str) -> DemoUser | None:
        """The user for Basic credentials (login name or user id, and an app password)."""
        with self._lock:
            entry = self._passwords.get(password)
            if entry is None or password in self._wipe:
                return None
            user = self._users.get(entry.user_id)
            if user is None or login not in (user.login, user.user_id):
                return None
            return user

    def issue(self, user_id: str, name: str = "nctask-desktop") -> str:
        """A fresh app password for a user."""
        with self._lock:
            if user_id not in self._users:
                raise KeyError(user_id)
            password = random_app_password()
            self._passwords[password] = AppPassword(user_id, name, self._clock())
            return password

    def mark_for_wipe(self, password: str) -> None:
        """As the user (or the admin) does in the security settings: the device must wipe."""
        with self._lock:
            if password in self._passwords:
                self._wipe.add(password)

    def wipe_pending(self, password: str) -> bool:
        with self._lock:
            return password in self._wipe

    def wipe_done(self, password: str) -> bool:
        """The client confirmed the wipe: the app password is gone."""
        with self._lock:
            if password not in self._wipe:
                return False
            self._wipe.discard(password)
            self._passwords.pop(password, None)
            return True

    def revoke(self, password: str) -> bool:
        """Forget an app password; False when it was unknown."""
        with self._lock:
            return self._passwords.pop(password, None) is not None

    def flow_start(self, user_agent: str) -> LoginFlow:
        """Begin a Login Flow v2."""
        with self._lock:
            flow = LoginFlow(random_token(), random_token(), user_agent, self._clock())
            self._flows[flow.poll_token] = flow
            return flow

    def _live(self, flow: LoginFlow | None) -> LoginFlow | None:
        """The flow unless it expired or was used up."""
        if flow is None or flow.consumed:
            return None
        if self._clock() - flow.created > FLOW_LIFETIME_SECONDS:
            self._flows.pop(flow.poll_token, None)
            return None
        return flow

    def flow_by_login_token(self, flow_token: str) -> LoginFlow | None:
        """The flow a browser login URL belongs to."""
        with self._lock:
            for flow in list(self._flows.values()):
                if secrets.compare_digest(flow.flow_token, flow_token):
                    return self._live(flow)
            return None

    def flow_grant(self, flow_token: str, user_id: str | None) -> LoginFlow | None:
        """Grant a flow for a user (default: the first one), issuing an app password."""
        with self._lock:
            flow = self.flow_by_login_token(flow_token)
            users = list(self._users.values())
            user = self._users.get(user_id) if user_id else (users[0] if users else None)
            if flow is None or user is None or flow.granted is not None:
                return None
            flow.granted = (user.login, self.issue(user.user_id, flow.user_agent))
            self.last_login[user.user_id] = self._clock()
            self.home_ready.add(user.user_id)
            return flow

    def flow_poll(self, poll_token: str) -> tuple[str, str] | None:
        """Credentials once granted (one-shot), else None."""
        with self._lock:
            flow = self._live(self._flows.get(poll_token))
            if flow is None or flow.granted is None:
                return None
            flow.consumed = True
            del self._flows[poll_token]
            return flow.granted
