"""WebDAV under /remote.php/dav: PUT, GET, PROPFIND, MKCOL, DELETE, MOVE, chunked upload v2."""

from __future__ import annotations

import email.utils
import xml.etree.ElementTree as ET
from collections.abc import Callable
from urllib.parse import quote, unquote, urlsplit

from nctask_desktop.demo.accounts import DemoUser
from nctask_desktop.demo.files import FileError, Node
from nctask_desktop.demo.messages import Incoming, Reply
from nctask_desktop.demo.state import ServerState

DAV = "DAV:"
OC = "http://owncloud.org/ns"
NC = "http://nextcloud.org/ns"
PREFIXES = {DAV: "d", OC: "oc", NC: "nc", "http://sabredav.org/ns": "s"}
XML_TYPE = "application/xml; charset=utf-8"
DAV_HEADER = (
    "1, 3, extended-mkcol, access-control, calendarserver-principal-property-search, "
    "nextcloud-checksum-update, nc-calendar-search, nc-enable-birthday-calendar"
)
ALLOW = "OPTIONS, GET, HEAD, DELETE, PROPFIND, PUT, PROPPATCH, COPY, MOVE, REPORT, MKCOL"
DEFAULT_PROPS = [
    (DAV, "getlastmodified"),
    (DAV, "getcontentlength"),
    (DAV, "resourcetype"),
    (DAV, "getetag"),
    (DAV, "getcontenttype"),
    (DAV, "quota-used-bytes"),
    (DAV, "quota-available-bytes"),
]
NOT_AUTHENTICATED = (
    "No public access to this resource., Username or password was incorrect, No 'Authorization: "
    "Basic' header found. Either the client didn't send one, or the server is misconfigured, "
    "Username or password was incorrect"
)


def _escape(text: str) -> str:
    """Escape XML text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sabre_error(status: int, exception: str, message: str) -> Reply:
    """Sabre's XML error body."""
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<d:error xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns">\n'
        f"  <s:exception>{_escape(exception)}</s:exception>\n"
        f"  <s:message>{_escape(message)}</s:message>\n"
        "</d:error>\n"
    )
    return Reply(status, body.encode("utf-8")).add("Content-Type", XML_TYPE)


def not_authenticated() -> Reply:
    """401 for WebDAV without valid credentials."""
    reply = sabre_error(401, "Sabre\\DAV\\Exception\\NotAuthenticated", NOT_AUTHENTICATED)
    return reply.add("WWW-Authenticate", 'Basic realm="Nextcloud", charset="UTF-8"')


def _http_date(timestamp: float) -> str:
    """RFC 1123 date."""
    return email.utils.formatdate(timestamp, usegmt=True)


class PropertyReader:
    """Values of the WebDAV properties of one node, as XML fragments (None: 404)."""

    def __init__(self, state: ServerState, owner: DemoUser | None) -> None:
        self._state = state
        self._owner = owner
        self._table = self._getters()

    def value(self, node: Node, ns: str, name: str) -> str | None:
        """The inner XML of a property, or None when the node does not have it."""
        getter = self._table.get((ns, name))
        return getter(node) if getter else None

    def _getters(self) -> dict[tuple[str, str], Callable[[Node], str | None]]:
        """Known properties."""
        files = self._state.files
        return {
            (DAV, "displayname"): lambda node: _escape(node.name),
            (DAV, "getcontenttype"): lambda node: (
                None if node.is_dir else _escape(files.content_type(node))
            ),
            (DAV, "getcontentlength"): lambda node: None if node.is_dir else str(node.size()),
            (DAV, "resourcetype"): lambda node: "<d:collection/>" if node.is_dir else "",
            (DAV, "getlastmodified"): lambda node: _http_date(node.mtime),
            (DAV, "getetag"): lambda node: f"&quot;{node.etag}&quot;",
            (DAV, "quota-used-bytes"): lambda node: str(node.size()) if node.is_dir else None,
            (DAV, "quota-available-bytes"): lambda node: "-3" if node.is_dir else None,
            (OC, "fileid"): lambda node: str(node.id),
            (OC, "id"): lambda node: files.oc_file_id(node.id),
            (OC, "size"): lambda node: str(node.size()),
            (OC, "permissions"): lambda node: "RGDNVCK" if node.is_dir else "RGDNVW",
            (OC, "owner-id"): lambda node: _escape(self._owner.user_id) if self._owner else None,
            (OC, "owner-display-name"): lambda node: (
                _escape(self._owner.display_name) if self._owner else None
            ),
            (NC, "has-preview"): lambda node: "false",
        }


def _tag(ns: str, name: str, index: int) -> tuple[str, str]:
    """Opening-tag text of a property and its closing name (unknown namespaces declared inline)."""
    prefix = PREFIXES.get(ns)
    if prefix:
        return f"{prefix}:{name}", f"{prefix}:{name}"
    return f'x{index}:{name} xmlns:x{index}="{_escape(ns)}"', f"x{index}:{name}"


def _propstat(props: list[tuple[str, str, str | None]], status: str) -> str:
    """One d:propstat block."""
    parts = []
    for index, (ns, name, value) in enumerate(props, start=1):
        opening, closing = _tag(ns, name, index)
        parts.append(f"<{opening}/>" if not value else f"<{opening}>{value}</{closing}>")
    return (
        f"<d:propstat><d:prop>{''.join(parts)}</d:prop><d:status>{status}</d:status></d:propstat>"
    )


def _requested_props(body: bytes) -> list[tuple[str, str]]:
    """Properties asked for in a PROPFIND body; the default set for allprop or no body."""
    if not body.strip():
        return DEFAULT_PROPS
    try:
        root = ET.fromstring(body)
    except ET.ParseError as error:
        raise FileError(
            400, "Sabre\\DAV\\Exception\\BadRequest", f"XML parse error: {error}"
        ) from None
    prop = root.find(f"{{{DAV}}}prop")
    if prop is None:
        return DEFAULT_PROPS
    result = []
    for child in prop:
        ns, _, name = (
            child.tag[1:].partition("}") if child.tag.startswith("{") else ("", "", child.tag)
        )
        result.append((ns, name))
    return result


def _response_xml(
    href: str, node: Node, props: list[tuple[str, str]], reader: PropertyReader
) -> str:
    """One d:response of a multistatus."""
    found: list[tuple[str, str, str | None]] = []
    missing: list[tuple[str, str, str | None]] = []
    for ns, name in props:
        value = reader.value(node, ns, name)
        (missing if value is None else found).append((ns, name, value))
    blocks = ""
    if found:
        blocks += _propstat(found, "HTTP/1.1 200 OK")
    if missing:
        blocks += _propstat(missing, "HTTP/1.1 404 Not Found")
    return f"<d:response><d:href>{_escape(href)}</d:href>{blocks}</d:response>"


def multistatus(responses: list[str]) -> Reply:
    """A 207 reply."""
    body = (
        '<?xml version="1.0"?>\n'
        '<d:multistatus xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns" '
        'xmlns:oc="http://owncloud.org/ns" xmlns:nc="http://nextcloud.org/ns">'
        + "".join(responses)
        + "</d:multistatus>\n"
    )
    reply = Reply(207, body.encode("utf-8"), compress="sabre")
    return reply.add("Content-Type", XML_TYPE).add("DAV", DAV_HEADER)


class WebDav:
    """The WebDAV endpoints of one request."""

    def __init__(self, state: ServerState, req: Incoming, user: DemoUser) -> None:
        self.state = state
        self.req = req
        self.user = user

    def handle(self, path: str) -> Reply:
        """Dispatch a path below /remote.php/."""
        try:
            if path.startswith("dav/uploads/"):
                return self._uploads(path[len("dav/uploads/") :])
            if path.startswith("dav/files/"):
                owner, _, rest = path[len("dav/files/") :].partition("/")
                return self._files(unquote(owner), unquote(rest), f"/remote.php/dav/files/{owner}")
            if path == "webdav" or path.startswith("webdav/"):
                rest = unquote(path[len("webdav") :].lstrip("/"))
                return self._files(self.user.user_id, rest, "/remote.php/webdav")
        except FileError as error:
            return sabre_error(error.status, error.exception, str(error))
        return sabre_error(
            404, "Sabre\\DAV\\Exception\\NotFound", f"File with name {path} could not be located"
        )

    # files -------------------------------------------------------------------------------

    def _files(self, owner: str, path: str, root: str) -> Reply:
        """A request on a user's files; other users' homes look like an empty folder."""
        method = self.req.method
        if method == "OPTIONS":
            return Reply(200).add("DAV", DAV_HEADER).add("Allow", ALLOW).add("Content-Length", "0")
        if owner != self.user.user_id:
            return self._foreign(owner, path, root)
        handlers: dict[str, Callable[[str, str], Reply]] = {
            "PROPFIND": self._propfind,
            "GET": self._get,
            "HEAD": self._get,
            "PUT": self._put,
            "MKCOL": self._mkcol,
            "DELETE": self._delete,
            "MOVE": self._move,
        }
        handler = handlers.get(method)
        if handler is None:
            return sabre_error(
                501, "Sabre\\DAV\\Exception\\NotImplemented", f"{method} is not implemented"
            )
        return handler(path, root)

    def _foreign(self, owner: str, path: str, root: str) -> Reply:
        """Nextcloud shows another user's home as an empty collection."""
        if self.req.method == "PROPFIND" and not path.strip("/"):
            node = Node(0, owner, True, None)
            props = _requested_props(self.req.body)
            reader = PropertyReader(self.state, None)
            return multistatus([_response_xml(f"{root}/", node, props, reader)])
        if self.req.method in ("PUT", "MKCOL", "MOVE", "DELETE") and "/" not in path.strip("/"):
            return sabre_error(
                403, "Sabre\\DAV\\Exception\\Forbidden", f"Permission denied to create {path}"
            )
        return sabre_error(
            404, "Sabre\\DAV\\Exception\\NotFound", f"File with name {path} could not be located"
        )

    def _node(self, path: str) -> Node:
        """The node at path, or a 404 FileError."""
        node = self.state.files.resolve(self.user.user_id, path)
        if node is None:
            raise FileError(
                404,
                "Sabre\\DAV\\Exception\\NotFound",
                f"File with name {path} could not be located",
            )
        return node

    def _href(self, root: str, node: Node) -> str:
        """The href of a node (collections end in '/')."""
        path = node.path()
        href = f"{root}/{quote(path)}" if path else f"{root}/"
        return href + "/" if node.is_dir and path else href

    def _propfind(self, path: str, root: str) -> Reply:
        """PROPFIND with Depth 0 or 1 (infinity is treated as 1)."""
        node = self._node(path)
        props = _requested_props(self.req.body)
        reader = PropertyReader(self.state, self.user)
        nodes = [node]
        if node.is_dir and self.req.header("Depth", "1").strip() != "0":
            nodes += list(node.children.values())
        return multistatus(
            [_response_xml(self._href(root, item), item, props, reader) for item in nodes]
        )

    def _get(self, path: str, _root: str) -> Reply:
        """GET (or HEAD) of a file."""
        node = self._node(path)
        if node.is_dir:
            return sabre_error(
                501,
                "Sabre\\DAV\\Exception\\NotImplemented",
                "There was no plugin in the system that was willing to handle this GET method. "
                "Enable the Browser plugin to get a better result here.",
            )
        reply = Reply(200, b"" if self.req.method == "HEAD" else node.content)
        reply.add("Content-Type", self.state.files.content_type(node))
        reply.add("ETag", f'"{node.etag}"').add("OC-ETag", f'"{node.etag}"')
        reply.add("Last-Modified", _http_date(node.mtime))
        reply.add("OC-FileId", self.state.files.oc_file_id(node.id))
        if self.req.method == "HEAD":
            reply.add("Content-Length", str(len(node.content)))
        return reply

    def _stored(self, node: Node, created: bool) -> Reply:
        """201/204 with the new file's id and etag."""
        reply = Reply(201 if created else 204)
        reply.add("Content-type", "text/html; charset=UTF-8")
        reply.add("OC-FileId", self.state.files.oc_file_id(node.id))
        reply.add("ETag", f'"{node.etag}"').add("OC-ETag", f'"{node.etag}"')
        return reply

    def _put(self, path: str, _root: str) -> Reply:
        """PUT a file (201 new, 204 overwritten; 412 with `If-None-Match: *` when it exists)."""
        exists = self.state.files.resolve(self.user.user_id, path) is not None
        if exists and self.req.header("If-None-Match", "").strip() == "*":
            return sabre_error(
                412,
                "Sabre\\DAV\\Exception\\PreconditionFailed",
                "An If-None-Match header was specified, but the ETag matched (or * was specified).",
            )
        node, created = self.state.files.put(self.user.user_id, path, self.req.body)
        return self._stored(node, created)

    def _mkcol(self, path: str, _root: str) -> Reply:
        """MKCOL a folder."""
        self.state.files.mkcol(self.user.user_id, path)
        return Reply(201).add("Content-type", "text/html; charset=UTF-8")

    def _delete(self, path: str, _root: str) -> Reply:
        """DELETE a file or folder."""
        self.state.files.delete(self.user.user_id, path)
        return Reply(204)

    def _destination_path(self) -> str:
        """The path in the user's home named by the Destination header."""
        destination = unquote(urlsplit(self.req.header("Destination")).path)
        prefixes = (f"/remote.php/dav/files/{self.user.user_id}/", "/remote.php/webdav/")
        for prefix in prefixes:
            if destination.startswith(prefix):
                return destination[len(prefix) :]
        raise FileError(403, "Sabre\\DAV\\Exception\\Forbidden", "Destination is not in your files")

    def _move(self, path: str, _root: str) -> Reply:
        """MOVE (rename) within the user's files."""
        overwrite = self.req.header("Overwrite", "T").upper() != "F"
        created = self.state.files.move(
            self.user.user_id, path, self._destination_path(), overwrite
        )
        return Reply(201 if created else 204)

    # chunked upload v2 -------------------------------------------------------------------

    def _uploads(self, path: str) -> Reply:
        """MKCOL / PUT chunk / MOVE .file / DELETE below /remote.php/dav/uploads/<user>/."""
        parts = [unquote(part) for part in path.split("/") if part]
        if not parts or parts[0] != self.user.user_id:
            return sabre_error(404, "Sabre\\DAV\\Exception\\NotFound", "Upload folder not found")
        files, method = self.state.files, self.req.method
        if len(parts) == 2 and method == "MKCOL":
            files.upload_begin(parts[0], parts[1], self.req.header("Destination"))
            return Reply(201).add("Content-type", "text/html; charset=UTF-8")
        if len(parts) == 2 and method == "DELETE":
            files.upload_abort(parts[0], parts[1])
            return Reply(204)
        if len(parts) == 3 and method == "PUT" and parts[2] != ".file":
            created = files.upload_chunk(parts[0], parts[1], parts[2], self.req.body)
            return Reply(201 if created else 204).add("Content-type", "text/html; charset=UTF-8")
        if len(parts) == 3 and method == "MOVE" and parts[2] == ".file":
            return self._assemble(parts[1])
        if len(parts) == 2 and method == "PROPFIND":
            files.upload_get(parts[0], parts[1])
            return multistatus([])
        return sabre_error(
            405, "Sabre\\DAV\\Exception\\MethodNotAllowed", f"{method} not allowed here"
        )

    def _assemble(self, upload_id: str) -> Reply:
        """MOVE .file: check OC-Total-Length and write the destination."""
        total_header = self.req.header("OC-Total-Length").strip()
        total = int(total_header) if total_header.isdigit() else None
        node, created = self.state.files.upload_finish(
            self.user.user_id, upload_id, self._destination_path(), total
        )
        return self._stored(node, created)
