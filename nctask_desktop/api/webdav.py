"""WebDAV on the user's files: upload (plain and chunked v2), file ids, folders and listings."""

from __future__ import annotations

import asyncio
import contextlib
import os
import uuid
import xml.etree.ElementTree as ET
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote, unquote, urlsplit

import httpx

from . import errors as e
from .client import NextcloudClient, Progress, redact_url
from .files import mime_for_path
from .ocs import raise_for_reply
from .server_models import DavEntry

DAV = "{DAV:}"
OC = "{http://owncloud.org/ns}"
CHUNKED_THRESHOLD = 10 * 1024 * 1024
CHUNK_SIZE = 10 * 1024 * 1024
_READ_BLOCK = 1024 * 1024

_PROPFIND_BODY = (
    '<?xml version="1.0"?>'
    '<d:propfind xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns"><d:prop>'
    "<d:displayname/><d:getcontenttype/><d:getcontentlength/><d:resourcetype/>"
    "<d:getlastmodified/><oc:fileid/><oc:size/>"
    "</d:prop></d:propfind>"
)


def file_id_from_header(value: str | None) -> int | None:
    """`00000041ocww636c8r4g` → 41: the id is the leading decimal digits."""
    if not value:
        return None
    digits = ""
    for ch in value.strip():
        if not ch.isdigit():
            break
        digits += ch
    return int(digits) if digits else None


def _dav_message(body: bytes) -> str | None:
    try:
        root = ET.fromstring(body)
    except (ET.ParseError, ValueError):
        return None
    node = root.find("{http://sabredav.org/ns}message")
    return node.text.strip() if node is not None and node.text else None


def _raise_dav(response: httpx.Response) -> None:
    body = response.content
    try:
        raise_for_reply(
            response.status_code,
            response.headers.get("Content-Type", ""),
            body,
            redact_url(str(response.url)),
        )
    except e.NextcloudError as exc:
        if exc.server_message is None:
            exc.server_message = _dav_message(body)
        raise


def _clean_remote(path: str) -> str:
    parts = [p for p in path.replace("\\", "/").split("/") if p not in ("", ".")]
    if ".." in parts:
        raise e.InvalidAddressError("'..' in a remote path")
    return "/".join(parts)


class WebDav:
    """The signed-in user's files (`/remote.php/dav/files/<userId>/`)."""

    def __init__(
        self,
        client: NextcloudClient,
        *,
        chunked_threshold: int = CHUNKED_THRESHOLD,
        chunk_size: int = CHUNK_SIZE,
    ) -> None:
        self.client = client
        self.chunked_threshold = chunked_threshold
        self.chunk_size = chunk_size

    def _user(self) -> str:
        if not self.client.user_id:
            raise e.AuthenticationError("no user id: sign in first", missing=True)
        return self.client.user_id

    def files_url(self, remote_path: str) -> str:
        user = quote(self._user(), safe="")
        return self.client.url(f"/remote.php/dav/files/{user}/{quote(_clean_remote(remote_path))}")

    async def _dav(self, method: str, url: str, **kwargs: object) -> httpx.Response:
        response = await self.client.send(method, url, **kwargs)  # type: ignore[arg-type]
        if response.status_code >= 300:
            _raise_dav(response)
        return response

    # --- folders and listings -------------------------------------------------------------------

    async def mkcol(self, remote_path: str) -> bool:
        """Create a folder; False when it exists already."""
        response = await self.client.send("MKCOL", self.files_url(remote_path))
        if response.status_code == 405:
            return False
        if response.status_code >= 300:
            _raise_dav(response)
        return True

    async def ensure_folder(self, remote_path: str) -> None:
        """Create a folder and any missing parents."""
        cleaned = _clean_remote(remote_path)
        if not cleaned:
            return
        parts = cleaned.split("/")
        for i in range(1, len(parts) + 1):
            await self.mkcol("/".join(parts[:i]))

    async def propfind(self, remote_path: str, depth: int = 1) -> list[DavEntry]:
        """The entry itself (depth 0) or it and its children (depth 1)."""
        response = await self._dav(
            "PROPFIND",
            self.files_url(remote_path),
            content=_PROPFIND_BODY.encode(),
            headers={"Depth": str(depth), "Content-Type": "application/xml; charset=utf-8"},
        )
        return parse_multistatus(response.content, self._user())

    async def list_folder(self, remote_path: str = "") -> list[DavEntry]:
        """The children of a folder, folders first, then by name."""
        wanted = _clean_remote(remote_path)
        entries = [x for x in await self.propfind(remote_path, 1) if x.path != wanted]
        return sorted(entries, key=lambda x: (not x.is_folder, x.name.lower()))

    async def file_id(self, remote_path: str) -> int:
        entries = await self.propfind(remote_path, 0)
        for entry in entries:
            if entry.file_id is not None:
                return entry.file_id
        raise e.MalformedResponseError("PROPFIND gave no file id", url=remote_path)

    async def entry(self, remote_path: str) -> DavEntry | None:
        """The file or folder at a path (its id, size, kind), or None when nothing is there."""
        try:
            entries = await self.propfind(remote_path, 0)
        except e.NotFoundError:
            return None
        return entries[0] if entries else None

    async def delete(self, remote_path: str) -> None:
        await self._dav("DELETE", self.files_url(remote_path))

    async def download(self, remote_path: str) -> bytes:
        return (await self._dav("GET", self.files_url(remote_path))).content

    # --- uploads --------------------------------------------------------------------------------

    async def upload(
        self,
        local: Path,
        remote_path: str,
        *,
        progress: Progress | None = None,
        resume: ChunkState | None = None,
        on_chunk: Callable[[ChunkState], None] | None = None,
    ) -> int:
        """Upload a local file; returns its file id. Chunked (v2) above the threshold.

        A chunked upload reports its folder and every chunk the server confirmed (`on_chunk`);
        given that state again (`resume`), it goes on from the next chunk. A cancelled or
        interrupted chunked upload leaves its folder on the server for that (the server removes
        unfinished uploads after a day); `discard_upload` removes it at once.
        """
        size = (await asyncio.to_thread(os.stat, local)).st_size
        if size > self.chunked_threshold:
            response = await self._upload_chunked(
                local, remote_path, size, progress, resume, on_chunk
            )
        else:
            head = await asyncio.to_thread(_read_head, local)
            async with _opened(local) as fh:
                response = await self._dav(
                    "PUT",
                    self.files_url(remote_path),
                    content=_file_stream(fh, 0, size, progress, size),
                    headers={
                        "Content-Length": str(size),
                        "Content-Type": mime_for_path(local, head),
                    },
                )
        file_id = file_id_from_header(response.headers.get("OC-FileId"))
        if file_id is None:
            file_id = await self.file_id(remote_path)
        return file_id

    async def upload_bytes(self, data: bytes, remote_path: str) -> int:
        response = await self._dav("PUT", self.files_url(remote_path), content=data)
        file_id = file_id_from_header(response.headers.get("OC-FileId"))
        return file_id if file_id is not None else await self.file_id(remote_path)

    async def put_new(
        self, data: bytes, remote_path: str, content_type: str = "application/octet-stream"
    ) -> int | None:
        """Create a file that must not exist yet (`If-None-Match: *`): its file id, or None when
        something is already there (412) and nothing was written."""
        response = await self.client.send(
            "PUT",
            self.files_url(remote_path),
            content=data,
            headers={"If-None-Match": "*", "Content-Type": content_type},
        )
        if response.status_code == 412:
            return None
        if response.status_code >= 300:
            _raise_dav(response)
        file_id = file_id_from_header(response.headers.get("OC-FileId"))
        return file_id if file_id is not None else await self.file_id(remote_path)

    async def _upload_chunked(
        self,
        local: Path,
        remote_path: str,
        size: int,
        progress: Progress | None,
        resume: ChunkState | None,
        on_chunk: Callable[[ChunkState], None] | None,
    ) -> httpx.Response:
        destination = self.files_url(remote_path)
        headers = {"Destination": destination, "OC-Total-Length": str(size)}
        state = resume if resume is not None and resume.remote == remote_path else None
        if state is not None and (state.offset > size or state.chunk_size != self.chunk_size):
            state = None  # the file or the chunk size changed: start over
        if state is None:
            user = quote(self._user(), safe="")
            state = ChunkState(
                f"/remote.php/dav/uploads/{user}/{APP_UPLOAD_PREFIX}{uuid.uuid4().hex}",
                remote_path,
                chunk_size=self.chunk_size,
            )
            await self._dav(
                "MKCOL", self.client.url(state.folder), headers={"Destination": destination}
            )
            if on_chunk:
                on_chunk(state)
        elif progress and state.offset:
            progress(state.offset, size)
        folder = self.client.url(state.folder)
        try:
            while state.offset < size:
                length = min(self.chunk_size, size - state.offset)
                number = state.chunks + 1
                try:
                    async with _opened(local) as fh:
                        await self._dav(
                            "PUT",
                            f"{folder}/{number:05d}",
                            content=_file_stream(fh, state.offset, length, progress, size),
                            headers={**headers, "Content-Length": str(length)},
                        )
                except e.NotFoundError:
                    if state.chunks == 0 or resume is None:
                        raise
                    # the server removed the unfinished upload meanwhile: start over
                    return await self._upload_chunked(
                        local, remote_path, size, progress, None, on_chunk
                    )
                state.chunks, state.offset = number, state.offset + length
                if on_chunk:
                    on_chunk(state)
            return await self._dav("MOVE", f"{folder}/.file", headers=headers)
        except e.NextcloudError as exc:
            if not isinstance(exc, e.ConnectionFailedError):  # doomed: nothing to resume
                await asyncio.shield(self.discard_upload(state))
            raise

    async def discard_upload(self, state: ChunkState) -> None:
        """Remove an unfinished chunked upload's folder from the server."""
        with contextlib.suppress(e.NextcloudError):
            await self.client.send("DELETE", self.client.url(state.folder))


@dataclass
class ChunkState:
    """How far a chunked upload got: its folder, and the chunks the server confirmed."""

    folder: str
    """The upload folder's path on the server (`/remote.php/dav/uploads/<user>/<id>`)."""
    remote: str
    """Where the file goes, in the user's files."""
    chunks: int = 0
    offset: int = 0
    """Bytes of the file in the confirmed chunks."""
    chunk_size: int = CHUNK_SIZE


APP_UPLOAD_PREFIX = "nctask-"


def _read_head(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(64)


@contextlib.asynccontextmanager
async def _opened(path: Path) -> AsyncIterator[BinaryIO]:
    """A local file open for reading (opened off the loop), closed when the request is over.

    The request's body generator does not own the file: a request cancelled mid-body (a quit, a
    restart, the rate limit's pause) drops the generator without finishing it, and its `finally`
    would run only when the garbage collector gets to it; the file would stay open till then.
    """
    fh = await asyncio.to_thread(open, path, "rb")
    try:
        yield fh
    finally:
        fh.close()


async def _file_stream(
    fh: BinaryIO, offset: int, length: int, progress: Progress | None, total: int
) -> AsyncIterator[bytes]:
    """Stream part of an open file, reading blocks off the event loop, reporting overall
    progress."""
    await asyncio.to_thread(fh.seek, offset)
    left = length
    sent = offset
    while left > 0:
        block = await asyncio.to_thread(fh.read, min(_READ_BLOCK, left))
        if not block:
            raise e.NextcloudError("the file got shorter while it was being uploaded")
        left -= len(block)
        sent += len(block)
        yield block
        if progress:
            progress(sent, total)


def parse_multistatus(body: bytes, user_id: str) -> list[DavEntry]:
    """A 207 multistatus body → entries with paths relative to the user's root."""
    try:
        root = ET.fromstring(body)
    except (ET.ParseError, ValueError) as exc:
        raise e.MalformedResponseError(f"unreadable PROPFIND reply: {exc}") from None
    prefix = f"/remote.php/dav/files/{user_id}/"
    entries = []
    for response in root.iter(f"{DAV}response"):
        href_node = response.find(f"{DAV}href")
        if href_node is None or not href_node.text:
            continue
        href = unquote(urlsplit(href_node.text).path)
        index = href.find(prefix)
        rel = href[index + len(prefix) :] if index != -1 else href
        rel = rel.strip("/")
        props: dict[str, ET.Element] = {}
        for propstat in response.iter(f"{DAV}propstat"):
            status = propstat.findtext(f"{DAV}status") or ""
            if " 200 " not in status + " ":
                continue
            prop = propstat.find(f"{DAV}prop")
            if prop is not None:
                for child in prop:
                    props[child.tag] = child
        restype = props.get(f"{DAV}resourcetype")
        is_folder = restype is not None and restype.find(f"{DAV}collection") is not None
        name = rel.rsplit("/", 1)[-1] if rel else ""
        display = props.get(f"{DAV}displayname")
        entries.append(
            DavEntry(
                path=rel,
                name=(display.text if display is not None and display.text else name),
                is_folder=is_folder,
                content_type=_text(props.get(f"{DAV}getcontenttype")),
                size=_int(props.get(f"{DAV}getcontentlength")) or _int(props.get(f"{OC}size")),
                file_id=_int(props.get(f"{OC}fileid")),
                last_modified=_text(props.get(f"{DAV}getlastmodified")),
            )
        )
    return entries


def _text(node: ET.Element | None) -> str | None:
    return node.text.strip() if node is not None and node.text and node.text.strip() else None


def _int(node: ET.Element | None) -> int | None:
    text = _text(node)
    return int(text) if text and text.isdigit() else None
