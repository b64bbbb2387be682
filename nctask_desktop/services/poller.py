"""Live status: polls the account's unfinished tasks, cheaply, on the event loop.

- Each cycle takes the cheapest way to learn the state of the unfinished tasks, by the bytes the
  last replies cost (`PollCosts`): one GET per unfinished task (as the web Assistant does), one
  list per task type of the unfinished tasks (`/tasks?taskType=`), or one list of every task of the
  user. A few unfinished tasks among a long history are looked at one by one; many, with one list.
  The GETs are always a candidate, so a cycle never costs more than the Assistant's pattern.
- The first look at a task comes around its `completionExpectedAt`; then the interval backs off and
  never exceeds 30 s. Nothing is polled when nothing is unfinished. `poke()` polls at once (the
  window gained focus).
- When the network is gone the poller pauses (retrying with a back-off, or at once when told the
  network is back), and resumes where it was.
Plain asyncio, no Qt: clock and sleep are injectable for tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from nctask_desktop.api import NextcloudClient, Task
from nctask_desktop.api import errors as e
from nctask_desktop.services.clock import Clock, Sleep

from .tasks import MAX_POLL_INTERVAL, poll_delay

log = logging.getLogger(__name__)

OFFLINE_RETRY_MAX = 30.0
HEADER_BYTES = 500
"""What one request costs besides its reply's body: the request and reply headers."""


class Plan(enum.Enum):
    GET_EACH = "get"
    LIST_TYPES = "types"
    LIST_ALL = "all"


@dataclass
class PollCosts:
    """What the replies cost, learnt from the last ones (bodies as received: gzipped by real
    servers), to plan the next cycle. Starts from figures measured on a gzipping Nextcloud."""

    get_bytes: float = 700.0
    """One task's reply."""
    per_task: float = 90.0
    """One task in a list."""
    list_bytes: float = 250.0
    """A list's envelope."""

    def learn_get(self, body: int) -> None:
        self.get_bytes = 0.7 * self.get_bytes + 0.3 * body

    def learn_list(self, body: int, tasks: int) -> None:
        if tasks > 0:
            self.per_task = 0.7 * self.per_task + 0.3 * max(0.0, body - self.list_bytes) / tasks

    def plan(self, unfinished: Mapping[str, int], history: Mapping[str, int]) -> tuple[Plan, float]:
        """The cheapest way, and its cost in bytes. `unfinished`: unfinished tasks by type;
        `history`: the account's tasks by type as known here (each at least its unfinished)."""
        count = {t: max(history.get(t, 0), unfinished.get(t, 0)) for t in {*history, *unfinished}}
        one_list = HEADER_BYTES + self.list_bytes
        costs = {  # on a tie, the earlier: a list of everything also shows what changed elsewhere
            Plan.LIST_ALL: one_list + sum(count.values()) * self.per_task,
            Plan.GET_EACH: sum(unfinished.values()) * (HEADER_BYTES + self.get_bytes),
            Plan.LIST_TYPES: sum(one_list + count[t] * self.per_task for t in unfinished),
        }
        requests = {Plan.LIST_ALL: 1, Plan.GET_EACH: sum(unfinished.values())}
        requests[Plan.LIST_TYPES] = len(unfinished)
        best = min(costs, key=lambda plan: (costs[plan], requests[plan]))
        return best, costs[best]


class TaskPoller:
    """Watches unfinished tasks of one account and reports what changed through callbacks."""

    def __init__(
        self,
        client: NextcloudClient,
        *,
        on_updated: Callable[[list[Task]], None],
        on_removed: Callable[[list[int]], None],
        on_listed: Callable[[list[Task]], None] | None = None,
        on_online: Callable[[bool], None] | None = None,
        on_auth_failed: Callable[[e.AuthenticationError], None] | None = None,
        history_counts: Callable[[], Mapping[str, int]] = dict,
        clock: Clock = time.time,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.client = client
        self.costs = PollCosts()
        self._history_counts = history_counts
        self.plans: dict[Plan, int] = dict.fromkeys(Plan, 0)
        """How often each way was taken."""
        self._on_updated = on_updated
        self._on_removed = on_removed
        self._on_listed = on_listed
        self._on_online = on_online
        self._on_auth_failed = on_auth_failed
        self._clock = clock
        self._sleep = sleep
        self._active: dict[int, Task] = {}
        self._unchanged: dict[int, int] = {}
        self._wake = asyncio.Event()
        self._poke = False
        self.online = True
        self._offline_failures = 0
        self._stopped_for_auth = False
        self.cycles = 0
        """Poll cycles started."""
        self.cycles_done = 0
        """Poll cycles finished (equal to `cycles` when no request is on its way)."""
        self.list_started = 0.0
        """time.monotonic() when the last list request was sent: tasks that appeared since are not
        missing from its answer."""

    @property
    def active(self) -> list[Task]:
        return list(self._active.values())

    def track(self, task: Task) -> None:
        """Watch a task until it is finished (a finished task is ignored)."""
        if task.status.is_finished:
            self._forget(task.id)
            return
        known = self._active.get(task.id)
        if known is None or (known.status, known.progress) != (task.status, task.progress):
            self._unchanged[task.id] = 0
        self._active[task.id] = task
        self._wake.set()

    def untrack(self, task_id: int) -> None:
        self._forget(task_id)
        self._wake.set()

    def _forget(self, task_id: int) -> None:
        self._active.pop(task_id, None)
        self._unchanged.pop(task_id, None)

    def poke(self) -> None:
        """Poll at once (e.g. the window gained focus)."""
        self._poke = True
        self._wake.set()

    def set_network_available(self, available: bool) -> None:
        """The system says the network came back (poll now) or went away (pause)."""
        if available:
            self._offline_failures = 0
            self.poke()
        else:
            self._set_online(False)

    def resume_after_sign_in(self) -> None:
        self._stopped_for_auth = False
        self.poke()

    def stop_for_auth(self) -> None:
        """The server refused the credentials elsewhere (a list request): stop until signed in."""
        self._stopped_for_auth = True
        self._wake.set()

    @property
    def stopped_for_auth(self) -> bool:
        return self._stopped_for_auth

    def is_tracking(self, task: Task) -> bool:
        """Whether this task is watched with this status and progress already."""
        known = self._active.get(task.id)
        return known is not None and (known.status, known.progress) == (task.status, task.progress)

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            if self._on_online:
                self._on_online(online)

    def next_delay(self) -> float | None:
        """Seconds until the next cycle; None when there is nothing to poll."""
        if not self._active or self._stopped_for_auth:
            return None
        if self._poke:
            return 0.0
        if not self.online:
            return min(OFFLINE_RETRY_MAX, 2.0 ** min(self._offline_failures, 5))
        now = self._clock()
        return min(poll_delay(t, now, self._unchanged.get(t.id, 0)) for t in self._active.values())

    async def _wait(self, delay: float | None) -> None:
        self._wake.clear()
        if delay is None:
            await self._wake.wait()
            return
        if delay <= 0:
            return
        sleeper = asyncio.ensure_future(self._sleep(delay))
        waker = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for fut in (sleeper, waker):
                fut.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await fut

    async def run(self) -> None:
        """Poll until cancelled."""
        while True:
            delay = self.next_delay()
            await self._wait(delay)
            if delay is None or (self._wake.is_set() and not self._poke and delay > 0):
                continue  # something changed (a new task, a poke): work out the delay again
            self._poke = False
            if self._active and not self._stopped_for_auth:
                await self.poll_once()

    async def poll_once(self) -> None:
        """One cycle, the cheapest way (see `plan`)."""
        ids = list(self._active)
        if not ids:
            return
        self.cycles += 1
        try:
            await self._poll(ids)
        finally:
            self.cycles_done += 1

    def plan(self) -> Plan:
        """The cheapest way to look at the unfinished tasks now."""
        unfinished = Counter(task.type for task in self._active.values())
        return self.costs.plan(unfinished, self._history_counts())[0]

    async def _poll(self, ids: list[int]) -> None:
        plan = self.plan()
        self.plans[plan] += 1
        try:
            if plan is Plan.GET_EACH:
                latest, removed = await self._get_each(ids)
            elif plan is Plan.LIST_TYPES:
                latest, removed = await self._list_types(ids)
            else:
                self.list_started = time.monotonic()
                listed = await self.client.list_tasks()
                self.costs.learn_list(self.client.traffic.last_bytes, len(listed))
                if self._on_listed:
                    self._on_listed(listed)
                by_id = {t.id: t for t in listed}
                latest = [by_id[i] for i in ids if i in by_id]
                removed = [i for i in ids if i not in by_id]
        except e.AuthenticationError as exc:
            self._stopped_for_auth = True
            if self._on_auth_failed:
                self._on_auth_failed(exc)
            return
        except (e.ConnectionFailedError, e.MaintenanceError, e.ServerError) as exc:
            log.info("poll failed (%s); pausing", type(exc).__name__)
            self._offline_failures += 1
            self._set_online(False)
            return
        except e.NextcloudError as exc:
            log.warning("poll failed: %r", exc)
            self._offline_failures += 1
            return
        self._offline_failures = 0
        self._set_online(True)
        self._apply(latest, removed)

    async def _get_each(self, ids: list[int]) -> tuple[list[Task], list[int]]:
        latest, removed = [], []
        for task_id in ids:
            try:
                latest.append(await self.client.get_task(task_id))
                self.costs.learn_get(self.client.traffic.last_bytes)
            except e.NotFoundError:
                removed.append(task_id)
        return latest, removed

    async def _list_types(self, ids: list[int]) -> tuple[list[Task], list[int]]:
        """One list per task type of the unfinished tasks (a part of the history: not reported
        as a list, since tasks missing from it are not gone)."""
        found: dict[int, Task] = {}
        for task_type in sorted({self._active[i].type for i in ids if i in self._active}):
            listed = await self.client.list_tasks(task_type=task_type)
            self.costs.learn_list(self.client.traffic.last_bytes, len(listed))
            found.update((t.id, t) for t in listed)
        return [found[i] for i in ids if i in found], [i for i in ids if i not in found]

    def _apply(self, latest: list[Task], removed: list[int]) -> None:
        changed = []
        for task in latest:
            before = self._active.get(task.id)
            if before is None:
                continue
            if (before.status, before.progress, before.last_updated) != (
                task.status,
                task.progress,
                task.last_updated,
            ):
                changed.append(task)
                self._unchanged[task.id] = 0
            else:
                self._unchanged[task.id] = self._unchanged.get(task.id, 0) + 1
            if task.status.is_finished:
                self._forget(task.id)
            else:
                self._active[task.id] = task
        for task_id in removed:
            self._forget(task_id)
        if changed:
            self._on_updated(changed)
        if removed:
            self._on_removed(removed)


__all__ = ["MAX_POLL_INTERVAL", "Plan", "PollCosts", "TaskPoller"]
