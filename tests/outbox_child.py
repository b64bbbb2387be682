"""A process that submits one task through an outbox, then is killed (SIGKILL) at a chosen point.

Run by tests/test_services_outbox.py: `python -m tests.outbox_child BASE_URL FILE POINT`, with
NCTASK_HOME set. POINT is `chunk-3` (after the server confirmed the third chunk of the upload and
the outbox wrote it) or `scheduled` (the server has the task, the outbox has not removed it yet).
Nothing here is app code: the kill is wired from outside, by wrapping the outbox's methods.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from nctask_desktop.api import NextcloudClient
from nctask_desktop.services.outbox import OutboxRecord, OutboxStore
from nctask_desktop.services.submissions import SubmissionQueue
from nctask_desktop.services.tasks import LocalFile

CHUNK = 64 * 1024


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


async def main(base: str, file: Path, point: str) -> None:
    outbox = OutboxStore()
    if point.startswith("chunk-"):
        wanted = int(point.split("-")[1])
        save = outbox.save_uploads

        def save_then_die(record: OutboxRecord) -> None:
            save(record)
            if any(up.chunks >= wanted for up in record.chunked.values()):
                die()

        outbox.save_uploads = save_then_die  # type: ignore[method-assign]
    elif point == "scheduled":
        outbox.remove = lambda _custom_id: die()  # type: ignore[method-assign]
    async with NextcloudClient(base, "alice", "alice-app-password") as client:
        queue = SubmissionQueue(
            lambda: client,
            outbox=outbox,
            account="alice@test",
            webdav_options={"chunked_threshold": CHUNK, "chunk_size": CHUNK},
        )
        queue.submit("core:audio2text", {"input": LocalFile(file)}, type_name="Transcribe")
        await queue.join()
    print("not killed", file=sys.stderr)
    sys.exit(5)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], Path(sys.argv[2]), sys.argv[3]))
