"""Demo mode's launcher: the built-in Nextcloud simulator on 127.0.0.1, for the composition root.

The services never import the simulator: app.py hands a DemoMode to the Workspace, which knows it
only as a DemoLauncher (an address and an account). The simulator is imported when demo mode
starts, not before.
"""

from __future__ import annotations

import asyncio
import secrets as pysecrets
from typing import Any

from nctask_desktop.services.logs import register_secret

DEMO_LOGIN = "demo"
DEMO_TASK_SECONDS = 3.0


class DemoMode:
    """The built-in Nextcloud simulator, started on 127.0.0.1 with a fresh random app password."""

    def __init__(self, *, task_seconds: float = DEMO_TASK_SECONDS, **server_options: Any) -> None:
        self.task_seconds = task_seconds
        self.server_options = server_options
        self._server: Any = None
        self.password: str | None = None

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def base_url(self) -> str | None:
        return self._server.base_url if self._server is not None else None

    @property
    def server(self) -> Any:
        """The DemoServer, while running (tests reach into it)."""
        return self._server

    async def start(self, display_name: str = "Demo User") -> tuple[str, str, str]:
        """Start the simulator (or keep the running one): (base address, login name, password)."""
        if self._server is None:
            from nctask_desktop.demo import DemoServer, DemoUser  # only when demo mode starts

            password = "-".join(pysecrets.token_urlsafe(6)[:5] for _ in range(5))
            register_secret(password)
            server = DemoServer(
                host="127.0.0.1",
                port=0,
                profile="nc30",
                users=[DemoUser(DEMO_LOGIN, password, display_name)],
                task_seconds=self.task_seconds,
                **self.server_options,
            )
            await asyncio.to_thread(server.start)
            self._server, self.password = server, password
        assert self.password is not None
        return self._server.base_url, DEMO_LOGIN, self.password

    async def stop(self) -> None:
        server, self._server, self.password = self._server, None, None
        if server is not None:
            await asyncio.to_thread(server.stop)
