"""Everything the simulated endpoints share: profile, accounts, files, tasks, limits, switches."""

from __future__ import annotations

import secrets
import string
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from nctask_desktop.demo.accounts import Accounts, RateLimiter
from nctask_desktop.demo.files import FileStore
from nctask_desktop.demo.profiles import Profile
from nctask_desktop.demo.tasks import TaskEngine

ANONYMOUS_RATE_LIMIT = 5


def random_instance_id() -> str:
    """An instance id like Nextcloud's: 'oc' and ten lowercase letters or digits."""
    alphabet = string.ascii_lowercase + string.digits
    return "oc" + "".join(secrets.choice(alphabet) for _ in range(10))


@dataclass
class NotifyRecord:
    """A call to the Assistant's notify-when-ready route."""

    task_id: int
    user_id: str


@dataclass
class ServerState:
    """Shared state of one simulator instance."""

    profile: Profile
    clock: Callable[[], float]
    task_seconds: float
    rate_limit: int
    rate_window: float
    base_url: str = ""
    maintenance: bool = False
    instance_id: str = field(default_factory=random_instance_id)
    notifications: list[NotifyRecord] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.accounts = Accounts(self.clock)
        self.files = FileStore(self.clock, self.instance_id)
        self.engine = TaskEngine(self.profile, self.files, self.clock, self.task_seconds)
        self.limiter = RateLimiter(self.clock)
        self._notify_lock = threading.Lock()

    def allow_schedule(self, user_id: str | None, client: str) -> bool:
        """Count a scheduling attempt against the per-user (or per-address) limit."""
        if user_id is None:
            return self.limiter.allow(f"anon:{client}", ANONYMOUS_RATE_LIMIT, self.rate_window)
        return self.limiter.allow(f"user:{user_id}", self.rate_limit, self.rate_window)

    def record_notify(self, task_id: int, user_id: str) -> None:
        """Remember a notify-when-ready request."""
        with self._notify_lock:
            self.notifications.append(NotifyRecord(task_id, user_id))
