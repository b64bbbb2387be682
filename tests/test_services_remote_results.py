"""Results back into Nextcloud (never overwriting) and the clean-up of uploaded inputs, against the
simulator over loopback, without Qt."""

from __future__ import annotations

import asyncio
from pathlib import Path

from nctask_desktop.api import NextcloudClient, TaskStatus, WebDav
from nctask_desktop.demo import DemoServer
from nctask_desktop.services.drafts import NextcloudFile
from nctask_desktop.services.history import HistoryStore
from nctask_desktop.services.remote_results import numbered, remove_uploaded, upload_new
from nctask_desktop.services.tasks import LocalFile
from nctask_desktop.services.workspace import AccountSession, Workspace
from tests.fake_keyring import MemoryKeyring
from tests.support import services_workspace

PASSWORD = "alice-app-password"


def test_numbered_names_keep_the_extension() -> None:
    assert numbered("summary.md", 1) == "summary.md"
    assert numbered("summary.md", 2) == "summary (2).md"
    assert numbered("a.b.png", 3) == "a.b (3).png"
    assert numbered("README", 2) == "README (2)"
    assert numbered(".hidden", 2) == ".hidden (2)"


async def test_a_new_file_never_replaces_one(demo_server: DemoServer) -> None:
    async with NextcloudClient(demo_server.base_url, "alice", PASSWORD) as client:
        dav = WebDav(client)
        await dav.ensure_folder("Results")
        first = await upload_new(dav, "Results", "note.md", b"one", "text/markdown")
        second = await upload_new(dav, "Results", "note.md", b"two", "text/markdown")
        assert first[0] == "Results/note.md" and second[0] == "Results/note (2).md"
        # the PUT itself refuses a name taken in between (If-None-Match: *)
        assert await dav.put_new(b"three", "Results/note.md") is None
    files = demo_server.files_of("alice")
    assert files["Results/note.md"] == b"one" and files["Results/note (2).md"] == b"two"


async def test_only_the_very_file_uploaded_is_removed(demo_server: DemoServer) -> None:
    async with NextcloudClient(demo_server.base_url, "alice", PASSWORD) as client:
        dav = WebDav(client)
        await dav.ensure_folder("up")
        _, kept_id = await upload_new(dav, "up", "a.txt", b"a", "text/plain")
        _, gone_id = await upload_new(dav, "up", "b.txt", b"b", "text/plain")
        await dav.delete("up/a.txt")
        # another file now has the name: its id differs, it stays
        _, other_id = await upload_new(dav, "up", "a.txt", b"someone else's", "text/plain")
        removed = await remove_uploaded(
            dav, [(kept_id, "up/a.txt"), (gone_id, "up/b.txt"), (999_999, "up/missing.txt")]
        )
        assert removed == ["up/b.txt"] and other_id != kept_id
    assert set(demo_server.files_of("alice")) >= {"up/a.txt"}
    assert "up/b.txt" not in demo_server.files_of("alice")


async def _session(server: DemoServer) -> tuple[Workspace, AccountSession]:
    workspace = services_workspace(history_store=HistoryStore())
    account = await workspace.accounts.add_with_app_password(server.base_url, "alice", PASSWORD)
    return workspace, await workspace.session(account)


async def _sent_with_files(
    server: DemoServer, local: Path, picked_name: str, **prefs: object
) -> tuple[Workspace, AccountSession, int, dict[int, str]]:
    """Alice's task on `local` (uploaded for it) and on `picked_name`, a file she picked in
    Nextcloud, with `prefs` set first: (workspace, session, the task's id, what was uploaded)."""
    picked = await _picked_file(server, picked_name)
    workspace, session = await _session(server)
    for name, value in prefs.items():
        setattr(workspace.prefs, name, value)
    try:
        task_id, uploaded = await _submit_with_files(session, local, picked)
    except BaseException:
        await workspace.close()
        raise
    return workspace, session, task_id, uploaded


async def _submit_with_files(
    session: AccountSession, local: Path, picked: NextcloudFile
) -> tuple[int, dict[int, str]]:
    submission = session.queue.submit(
        "core:audio2text", {"input": LocalFile(local)}, type_name="Transcribe"
    )
    picked_task = session.queue.submit("core:audio2text", {"input": picked.file_id})
    await session.queue.join()
    await session.history.settle()
    assert submission.task is not None and picked_task.task is not None
    for _ in range(200):  # both done, so that the delete is a plain one
        done = [session.history.entry(t.id) for t in (submission.task, picked_task.task)]
        if all(x is not None and x.task.status is TaskStatus.SUCCESSFUL for x in done):
            break
        await asyncio.sleep(0.05)
    return submission.task.id, dict(submission.uploaded_inputs)


async def _picked_file(server: DemoServer, name: str) -> NextcloudFile:
    async with NextcloudClient(server.base_url, "alice", PASSWORD) as client:
        dav = WebDav(client)
        path, file_id = await upload_new(dav, "", name, b"RIFF....WAVE", "audio/wav")
    return NextcloudFile(file_id, name, path=path)


async def test_deleting_a_task_deletes_the_copy_it_uploaded_only(
    demo_server: DemoServer, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    local = tmp_path / "interview.wav"
    local.write_bytes(b"RIFF....WAVEfmt local recording")
    workspace, session, task_id, uploaded = await _sent_with_files(demo_server, local, "picked.wav")
    try:
        [(file_id, remote)] = uploaded.items()
        assert remote.startswith("nctask-desktop/") and remote.endswith("-interview.wav")
        assert remote in demo_server.files_of("alice")
        assert session.history.store.uploaded_inputs(session.account.key, [task_id]) == [
            (file_id, remote)
        ]
        errors = await session.history.delete([task_id])
        assert errors == []
        files = demo_server.files_of("alice")
        assert remote not in files  # the copy went with its task
        assert "picked.wav" in files  # what the user chose in Nextcloud stays
        assert session.history.store.uploaded_inputs(session.account.key, [task_id]) == []
        # deleting the task that took the picked file never touches it
        others = [e.task.id for e in session.history.entries() if e.task.id != task_id]
        await session.history.delete(others)
        assert "picked.wav" in demo_server.files_of("alice")
    finally:
        await workspace.close()


async def test_with_the_preference_off_the_copy_stays(
    demo_server: DemoServer, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    local = tmp_path / "memo.wav"
    local.write_bytes(b"RIFF....WAVEfmt memo")
    workspace, session, task_id, uploaded = await _sent_with_files(
        demo_server, local, "other.wav", remove_uploaded_inputs=False
    )
    try:
        [remote] = uploaded.values()
        await session.history.delete([task_id])
        assert remote in demo_server.files_of("alice")
    finally:
        await workspace.close()


def test_uploaded_inputs_survive_in_the_outbox(tmp_path: Path) -> None:
    from nctask_desktop.services.outbox import OutboxRecord, OutboxStore

    store = OutboxStore(tmp_path / "outbox.sqlite3")
    record = OutboxRecord("nctask-desktop:x", "acc", "core:audio2text", "T", {})
    store.add(record)
    record.mark_uploaded("/home/a.wav", 41, "nctask-desktop/2026-01-01/120000-a.wav")
    store.save_uploads(record)
    [again] = store.pending("acc")
    assert again.uploaded_inputs() == {41: "nctask-desktop/2026-01-01/120000-a.wav"}
    store.close()
