"""In-memory files: each user's WebDAV home, task app data, chunked uploads, one id counter."""

from __future__ import annotations

import hashlib
import itertools
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from nctask_desktop.demo import media

WELCOME_TEXT = (
    "Welcome to the nctask-desktop demo server!\n\n"
    "This is a simulated Nextcloud. Nothing you do here leaves your computer.\n"
    "Try the tasks: transcribe Recordings/sample.wav, or generate an image.\n"
)


class FileError(Exception):
    """A WebDAV-level failure with its HTTP status and Sabre exception name."""

    def __init__(self, status: int, exception: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.exception = exception


@dataclass
class Node:
    """A file or folder in a user's home."""

    id: int
    name: str
    is_dir: bool
    parent: Node | None
    content: bytes = b""
    mtime: float = 0.0
    etag: str = ""
    children: dict[str, Node] = field(default_factory=dict)

    def path(self) -> str:
        """Path below the home folder, '' for the home itself."""
        parts: list[str] = []
        node: Node | None = self
        while node is not None and node.parent is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))

    def size(self) -> int:
        """Bytes of a file, or of everything below a folder."""
        if not self.is_dir:
            return len(self.content)
        return sum(child.size() for child in self.children.values())

    def walk(self) -> Iterator[Node]:
        """This node and every node below it."""
        yield self
        for child in self.children.values():
            yield from child.walk()


@dataclass
class AppFile:
    """A task output file in the server's app data (not in any user's home)."""

    id: int
    name: str
    content: bytes
    created: float


@dataclass
class Upload:
    """A chunked upload (v2) in progress."""

    user_id: str
    upload_id: str
    destination: str
    chunks: dict[str, bytes] = field(default_factory=dict)


def split_path(path: str) -> list[str]:
    """Path segments without empty ones; '..' is refused."""
    parts = [part for part in path.split("/") if part not in ("", ".")]
    if ".." in parts:
        raise FileError(403, "Sabre\\DAV\\Exception\\Forbidden", "Path traversal is not allowed")
    return parts


class FileStore:
    """All files of the simulator, guarded by one lock."""

    def __init__(self, clock: Callable[[], float], instance_id: str) -> None:
        self._clock = clock
        self.instance_id = instance_id
        self.lock = threading.RLock()
        self._ids = itertools.count(1)
        self._homes: dict[str, Node] = {}
        self._by_id: dict[int, tuple[str, Node]] = {}
        self._appdata: dict[int, AppFile] = {}
        self._uploads: dict[tuple[str, str], Upload] = {}

    def _new_id(self) -> int:
        """The next id of the global file id counter."""
        return next(self._ids)

    def _touch(self, node: Node) -> None:
        """Give a node a new mtime and etag (and its parents a new etag)."""
        node.mtime = self._clock()
        current: Node | None = node
        while current is not None:
            seed = f"{current.id}:{current.mtime}:{current.size()}:{self._clock()}:{id(current)}"
            current.etag = hashlib.md5(seed.encode(), usedforsecurity=False).hexdigest()
            current = current.parent

    def _register(self, user_id: str, node: Node) -> None:
        """Index a node by its id."""
        self._by_id[node.id] = (user_id, node)

    def create_home(self, user_id: str, with_samples: bool = True) -> None:
        """Create a user's home folder, with sample files in it."""
        with self.lock:
            if user_id in self._homes:
                return
            home = Node(self._new_id(), user_id, True, None)
            self._homes[user_id] = home
            self._register(user_id, home)
            self._touch(home)
            if with_samples:
                self._add_samples(user_id)

    def _add_samples(self, user_id: str) -> None:
        """Put a few files in a new home so browsing has something to show."""
        self.put(user_id, "Documents/Welcome.txt", WELCOME_TEXT.encode("utf-8"), make_parents=True)
        self.put(
            user_id,
            "Photos/sample.png",
            media.gradient_png(f"sample for {user_id}", 0, 96, 64),
            make_parents=True,
        )
        self.put(user_id, "Recordings/sample.wav", media.tone_wav(1.5, 330.0), make_parents=True)

    def home(self, user_id: str) -> Node | None:
        """A user's home folder."""
        return self._homes.get(user_id)

    def resolve(self, user_id: str, path: str) -> Node | None:
        """The node at a path in a user's home, or None."""
        with self.lock:
            node = self._homes.get(user_id)
            for part in split_path(path):
                if node is None or not node.is_dir:
                    return None
                node = node.children.get(part)
            return node

    def _parent_for(self, user_id: str, path: str, make_parents: bool) -> tuple[Node, str]:
        """The folder a new node at path goes in, and the new node's name."""
        parts = split_path(path)
        if not parts:
            raise FileError(405, "Sabre\\DAV\\Exception\\MethodNotAllowed", "Cannot replace home")
        folder = self._homes.get(user_id)
        if folder is None:
            raise FileError(404, "Sabre\\DAV\\Exception\\NotFound", "No such home")
        for part in parts[:-1]:
            child = folder.children.get(part)
            if child is None and make_parents:
                child = Node(self._new_id(), part, True, folder)
                folder.children[part] = child
                self._register(user_id, child)
                self._touch(child)
            if child is None or not child.is_dir:
                raise FileError(
                    409, "Sabre\\DAV\\Exception\\Conflict", "Parent node does not exist"
                )
            folder = child
        return folder, parts[-1]

    def put(
        self, user_id: str, path: str, content: bytes, make_parents: bool = False
    ) -> tuple[Node, bool]:
        """Write a file; returns the node and whether it was created (not overwritten)."""
        with self.lock:
            folder, name = self._parent_for(user_id, path, make_parents)
            existing = folder.children.get(name)
            if existing is not None and existing.is_dir:
                raise FileError(
                    409, "Sabre\\DAV\\Exception\\Conflict", "Cannot overwrite a folder with a file"
                )
            if existing is not None:
                existing.content = content
                self._touch(existing)
                return existing, False
            node = Node(self._new_id(), name, False, folder, content)
            folder.children[name] = node
            self._register(user_id, node)
            self._touch(node)
            return node, True

    def mkcol(self, user_id: str, path: str) -> Node:
        """Create a folder: 405 when something exists there, 409 when the parent is missing."""
        with self.lock:
            if self.resolve(user_id, path) is not None:
                raise FileError(
                    405,
                    "Sabre\\DAV\\Exception\\MethodNotAllowed",
                    "The resource you tried to create already exists",
                )
            folder, name = self._parent_for(user_id, path, False)
            node = Node(self._new_id(), name, True, folder)
            folder.children[name] = node
            self._register(user_id, node)
            self._touch(node)
            return node

    def delete(self, user_id: str, path: str) -> None:
        """Delete a file or a folder with everything in it."""
        with self.lock:
            node = self.resolve(user_id, path)
            if node is None or node.parent is None:
                raise FileError(
                    404 if node is None else 403,
                    "Sabre\\DAV\\Exception\\NotFound"
                    if node is None
                    else "Sabre\\DAV\\Exception\\Forbidden",
                    f"File with name {path} could not be located",
                )
            for item in node.walk():
                self._by_id.pop(item.id, None)
            del node.parent.children[node.name]
            self._touch(node.parent)

    def move(self, user_id: str, source: str, destination: str, overwrite: bool = True) -> bool:
        """Rename a node; returns whether the destination was new."""
        with self.lock:
            node = self.resolve(user_id, source)
            if node is None or node.parent is None:
                raise FileError(404, "Sabre\\DAV\\Exception\\NotFound", "Source not found")
            existing = self.resolve(user_id, destination)
            if existing is not None and not overwrite:
                raise FileError(
                    412, "Sabre\\DAV\\Exception\\PreconditionFailed", "Destination exists"
                )
            folder, name = self._parent_for(user_id, destination, False)
            if existing is not None:
                self.delete(user_id, destination)
            del node.parent.children[node.name]
            self._touch(node.parent)
            node.name, node.parent = name, folder
            folder.children[name] = node
            self._touch(node)
            return existing is None

    def node_by_id(self, file_id: int) -> tuple[str, Node] | None:
        """Owner and node of a file id in some user's home."""
        with self.lock:
            return self._by_id.get(file_id)

    def add_appdata(self, content: bytes) -> int:
        """Store a task output file; its name is '<time>-<number>' as on the real server."""
        with self.lock:
            file_id = self._new_id()
            created = self._clock()
            name = f"{int(created)}-{(file_id * 7919) % 90000 + 10000}"
            self._appdata[file_id] = AppFile(file_id, name, content, created)
            return file_id

    def appdata(self, file_id: int) -> AppFile | None:
        """A task output file by id."""
        with self.lock:
            return self._appdata.get(file_id)

    def read_any(self, file_id: int) -> tuple[str, bytes] | None:
        """Name and content of a file id, from a home or the app data."""
        with self.lock:
            found = self._by_id.get(file_id)
            if found is not None and not found[1].is_dir:
                return found[1].name, found[1].content
            app_file = self._appdata.get(file_id)
            return (app_file.name, app_file.content) if app_file else None

    def files_of(self, user_id: str) -> dict[str, bytes]:
        """Every file of a user's home: path -> content."""
        with self.lock:
            home = self._homes.get(user_id)
            if home is None:
                return {}
            return {node.path(): node.content for node in home.walk() if not node.is_dir}

    def used_bytes(self, user_id: str) -> int:
        """Bytes used by a user's home."""
        with self.lock:
            home = self._homes.get(user_id)
            return home.size() if home else 0

    def upload_begin(self, user_id: str, upload_id: str, destination: str) -> None:
        """MKCOL of a chunked upload folder."""
        with self.lock:
            key = (user_id, upload_id)
            if key in self._uploads:
                raise FileError(
                    405,
                    "Sabre\\DAV\\Exception\\MethodNotAllowed",
                    "The resource you tried to create already exists",
                )
            self._uploads[key] = Upload(user_id, upload_id, destination)

    def upload_get(self, user_id: str, upload_id: str) -> Upload:
        """A chunked upload in progress, or a 404 FileError."""
        with self.lock:
            upload = self._uploads.get((user_id, upload_id))
            if upload is None:
                raise FileError(
                    404,
                    "Sabre\\DAV\\Exception\\NotFound",
                    f"File with name {upload_id} could not be located",
                )
            return upload

    def upload_chunk(self, user_id: str, upload_id: str, chunk: str, content: bytes) -> bool:
        """Store one chunk; returns whether it is new."""
        with self.lock:
            upload = self.upload_get(user_id, upload_id)
            created = chunk not in upload.chunks
            upload.chunks[chunk] = content
            return created

    def upload_abort(self, user_id: str, upload_id: str) -> None:
        """DELETE of a chunked upload folder."""
        with self.lock:
            self.upload_get(user_id, upload_id)
            del self._uploads[(user_id, upload_id)]

    def upload_finish(
        self, user_id: str, upload_id: str, path: str, total: int | None
    ) -> tuple[Node, bool]:
        """MOVE .file: join the chunks in numeric order into the destination file."""
        with self.lock:
            upload = self.upload_get(user_id, upload_id)
            names = sorted(upload.chunks, key=lambda name: (not name.isdigit(), len(name), name))
            content = b"".join(upload.chunks[name] for name in names)
            if total is not None and total != len(content):
                raise FileError(
                    400,
                    "Sabre\\DAV\\Exception\\BadRequest",
                    f"Chunks on server do not sum up to {total} but to {len(content)} bytes",
                )
            result = self.put(user_id, path, content)
            del self._uploads[(user_id, upload_id)]
            return result

    def oc_file_id(self, file_id: int) -> str:
        """The OC-FileId / oc:id form: 8 zero-padded digits and the instance id."""
        return f"{file_id:08d}{self.instance_id}"

    def content_type(self, node: Node) -> str:
        """The MIME type the file cache would report."""
        return (
            "httpd/unix-directory"
            if node.is_dir
            else media.content_type_for_name(node.name, node.content)
        )
