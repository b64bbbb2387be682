"""The OCS API (/ocs/v1.php and /ocs/v2.php): envelopes, auth, CSRF, rate limit and the routes."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from nctask_desktop.demo import media
from nctask_desktop.demo.accounts import DemoUser
from nctask_desktop.demo.capabilities import capabilities
from nctask_desktop.demo.encoding import php_int, php_json, php_number_text, php_xml
from nctask_desktop.demo.messages import Incoming, Reply
from nctask_desktop.demo.state import ServerState
from nctask_desktop.demo.tasks import (
    NotFoundError,
    PhpTypeError,
    Task,
    UnauthorizedError,
    ValidationError,
    task_type_json,
)

JSON_TYPE = "application/json; charset=utf-8"
XML_TYPE = "application/xml; charset=utf-8"
LEGACY_XML_TYPE = "text/xml; charset=UTF-8"
HTML_TYPE = "text/html; charset=UTF-8"
ROUTE_NOT_FOUND = (
    "Invalid query, please check the syntax. API specifications are here:"
    " http://www.freedesktop.org/wiki/Specifications/open-collaboration-services.\n"
)
GIB = 1024**3


def _php_json_tags(value: Any) -> bytes:
    """json_encode with JSON_HEX_TAG, as Nextcloud's responses use."""
    return php_json(value).replace(b"<", b"\\u003C").replace(b">", b"\\u003E")


def requested_format(req: Incoming) -> str:
    """OC_API::requestedFormat(): only ?format= counts (dispatcher-level replies)."""
    value = req.query.get("format", "")
    return value if value in ("json", "xml") else "xml"


def controller_format(req: Incoming) -> str:
    """OCSController format: the format parameter, else the first json/xml Accept entry."""
    value = req.query.get("format", "")
    if value in ("json", "xml"):
        return value
    for entry in req.header("Accept").split(","):
        media_type = entry.split(";")[0].strip()
        if "/" in media_type and media_type.split("/", 1)[1] in ("json", "xml"):
            return media_type.split("/", 1)[1]
    return "xml"


def legacy_reply(
    version: int, fmt: str, code: int, message: str, http_status: int | None = None
) -> Reply:
    """OC_API::respond(): errors raised outside controllers (unknown route, 500, bad login)."""
    meta = {"status": "failure", "statuscode": code, "message": message}
    status = http_status or 200
    if code == 997:
        status = 401
    elif version == 2:
        status = {404: 404, 500: 500, 996: 500}.get(code, code if 200 <= code < 600 else 400)
    envelope = {"meta": meta, "data": []}
    if fmt == "json":
        reply = Reply(status, _php_json_tags({"ocs": envelope})).add("Content-Type", JSON_TYPE)
    else:
        reply = Reply(status, php_xml("ocs", envelope)).add("Content-type", LEGACY_XML_TYPE)
    if code == 997:
        reply.add("WWW-Authenticate", 'Basic realm="Authorisation Required"')
    return reply


def ocs_reply(version: int, fmt: str, status: int, data: Any, message: str | None = None) -> Reply:
    """A controller's DataResponse wrapped as V1Response or V2Response."""
    ok = 200 <= status < 300
    if version == 1:
        code = 100 if status == 200 else status
        meta: dict[str, Any] = {
            "status": "ok" if code == 100 else "failure",
            "statuscode": code,
            "message": "OK" if code == 100 else (message or ""),
            "totalitems": "",
            "itemsperpage": "",
        }
        http_status = 401 if status == 997 else 200
    else:
        meta = {
            "status": "ok" if ok else "failure",
            "statuscode": status,
            "message": "OK" if ok else (message or ""),
        }
        http_status = 401 if status == 997 else status
    content_type = JSON_TYPE if fmt == "json" else XML_TYPE
    if http_status in (204, 304):
        return Reply(http_status).add("Content-Type", content_type)
    envelope = {"meta": meta, "data": data}
    body = _php_json_tags({"ocs": envelope}) if fmt == "json" else php_xml("ocs", envelope)
    return Reply(http_status, body, compress="app").add("Content-Type", content_type)


@dataclass
class Call:
    """One routed OCS call."""

    req: Incoming
    state: ServerState
    version: int
    args: dict[str, str]
    user: DemoUser | None
    password: str | None = None

    @property
    def fmt(self) -> str:
        """The reply format the controller would use."""
        return controller_format(self.req)

    def reply(self, status: int, data: Any, message: str | None = None) -> Reply:
        """A controller reply in the requested format."""
        return ocs_reply(self.version, self.fmt, status, data, message)

    def message(self, status: int, text: str) -> Reply:
        """An error DataResponse: {"message": text}."""
        return self.reply(status, {"message": text})

    @property
    def user_id(self) -> str | None:
        """The caller's user id, None when anonymous."""
        return self.user.user_id if self.user else None


Handler = Callable[[Call], Reply]


@dataclass(frozen=True)
class Route:
    """One OCS route and its controller attributes."""

    method: str
    pattern: re.Pattern[str]
    handler: Handler
    public: bool = False
    no_csrf: bool = False
    admin: bool = False
    rate_limited: bool = False


def _route(method: str, template: str, handler: Handler, **flags: bool) -> Route:
    """Build a route from a '/task/{id}' style template."""
    regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template)
    return Route(method, re.compile(f"^{regex}$"), handler, **flags)


# --- core routes -----------------------------------------------------------------------


def get_capabilities(call: Call) -> Reply:
    """GET /cloud/capabilities."""
    return call.reply(200, capabilities(call.state.profile, call.state.base_url))


def _quota(state: ServerState, user_id: str) -> dict[str, Any]:
    """Quota as reported: a stub until the user's files were first used, then the full form."""
    if user_id not in state.accounts.home_ready:
        return {"quota": "none", "used": 0}
    used = state.files.used_bytes(user_id)
    free = 10 * GIB - used
    return {
        "free": free,
        "used": used,
        "total": free + used,
        "relative": round(used * 100 / (free + used), 2),
        "quota": -3,
    }


def get_user(call: Call) -> Reply:
    """GET /cloud/user: the recorded field set."""
    user = call.user
    assert user is not None
    accounts = call.state.accounts
    last_login = accounts.last_login.get(user.user_id, 0.0)
    data = {
        "id": user.user_id,
        "lastLogin": int(last_login * 1000),
        "backend": "Database",
        "subadmin": [],
        "quota": _quota(call.state, user.user_id),
        "manager": "",
        "avatarScope": "v2-federated",
        "email": None,
        "emailScope": "v2-federated",
        "additional_mail": [],
        "additional_mailScope": [],
        "displayname": user.display_name,
        "display-name": user.display_name,
        "displaynameScope": "v2-federated",
    }
    for field_name in (
        "phone",
        "address",
        "website",
        "twitter",
        "fediverse",
        "organisation",
        "role",
        "headline",
        "biography",
    ):
        data[field_name] = ""
        data[f"{field_name}Scope"] = "v2-local"
    data.update(
        {
            "profile_enabled": "1",
            "profile_enabledScope": "v2-local",
            "groups": ["admin"] if user.is_admin else [],
            "language": user.language,
            "locale": "",
            "notify_email": None,
            "backendCapabilities": {"setDisplayName": True, "setPassword": True},
        }
    )
    return call.reply(200, data)


def delete_app_password(call: Call) -> Reply:
    """DELETE /core/apppassword: revoke the app password this call authenticated with."""
    password = call.password
    if not password or not call.state.accounts.revoke(password):
        return call.reply(403, [], "no app password in use")
    return call.reply(200, [])


# --- TaskProcessing routes --------------------------------------------------------------


def task_types(call: Call) -> Reply:
    """GET /taskprocessing/tasktypes."""
    engine = call.state.engine
    types = {
        type_id: task_type_json(task_type, call.state.profile)
        for type_id, task_type in engine.types.items()
    }
    return call.reply(200, {"types": types})


def _string_param(params: dict[str, Any], key: str, default: str | None) -> str:
    """A string controller parameter, coerced like PHP; PhpTypeError when impossible."""
    value = params.get(key)
    if value is None:
        if default is None:
            raise PhpTypeError(f"missing {key}")
        return default
    if isinstance(value, dict | list):
        raise PhpTypeError(f"{key} must be a string")
    return php_number_text(value) if not isinstance(value, str) else value


def _input_param(params: dict[str, Any]) -> dict[str, Any]:
    """The array $input parameter (a JSON list counts as a PHP array)."""
    value = params.get("input")
    if isinstance(value, list):
        return {str(index): item for index, item in enumerate(value)}
    if not isinstance(value, dict):
        raise PhpTypeError("input must be an array")
    return value


def schedule(call: Call) -> Reply:
    """POST /taskprocessing/schedule."""
    params = call.req.params()
    raw_input = _input_param(params)
    type_id = _string_param(params, "type", None)
    app_id = _string_param(params, "appId", None)
    custom_id = _string_param(params, "customId", "")
    engine = call.state.engine
    if type_id not in engine.types:
        return call.message(412, "The given provider is not available")
    try:
        task = engine.schedule(type_id, raw_input, app_id, call.user_id, custom_id)
    except ValidationError as error:
        return call.message(400, str(error))
    except UnauthorizedError:
        return call.message(
            401, "User does not have access to the files mentioned in the task input"
        )
    return call.reply(200, {"task": task})


def get_task(call: Call) -> Reply:
    """GET /taskprocessing/task/{id}."""
    engine = call.state.engine
    return _task_reply(call, lambda: engine.get(php_int(call.args["id"]), call.user_id))


def delete_task(call: Call) -> Reply:
    """DELETE /taskprocessing/task/{id}: always 200 null."""
    call.state.engine.delete(php_int(call.args["id"]), call.user_id)
    return call.reply(200, None)


def cancel_task(call: Call) -> Reply:
    """POST /taskprocessing/tasks/{taskId}/cancel."""
    engine = call.state.engine
    return _task_reply(
        call, lambda: engine.cancel(php_int(call.args["taskId"]), call.user_id), "Not found"
    )


def _task_reply(call: Call, find: Callable[[], Task], missing: str = "Task not found") -> Reply:
    """{"task": …} of the task `find` returns, or the server's 404 with its words."""
    try:
        task = find()
    except NotFoundError:
        return call.message(404, missing)
    return call.reply(200, {"task": call.state.engine.json_of(task)})


def list_tasks(call: Call) -> Reply:
    """GET /taskprocessing/tasks?taskType=&customId=."""
    query = call.req.query
    tasks = call.state.engine.list_tasks(call.user_id, query.get("taskType"), query.get("customId"))
    return call.reply(200, {"tasks": tasks})


def list_tasks_by_app(call: Call) -> Reply:
    """GET /taskprocessing/tasks/app/{appId}?customId=."""
    tasks = call.state.engine.list_tasks(
        call.user_id, custom_id=call.req.query.get("customId"), app_id=call.args["appId"]
    )
    return call.reply(200, {"tasks": tasks})


def task_file(call: Call) -> Reply:
    """GET /taskprocessing/tasks/{taskId}/file/{fileId}: the raw bytes."""
    engine = call.state.engine
    try:
        task = engine.get(php_int(call.args["taskId"]), call.user_id)
    except NotFoundError:
        return call.message(404, "Not found")
    file_id = php_int(call.args["fileId"])
    if file_id not in [item for item in engine.file_ids_of(task) if isinstance(item, int)]:
        return call.message(404, "Not found")
    found = call.state.files.read_any(file_id)
    if found is None:
        return call.message(404, "Not found")
    name, content = found
    return (
        Reply(200, content)
        .add("Content-Disposition", f'attachment; filename="{name}"')
        .add("Content-Type", media.sniff_content_type(content))
    )


def provider_next(call: Call) -> Reply:
    """GET /taskprocessing/tasks_provider/next: the simulator's own providers take everything."""
    return call.reply(204, None)


def provider_other(call: Call) -> Reply:
    """Other provider routes: nothing to report for external providers."""
    return call.message(404, "Not found")


def assistant_notify(call: Call) -> Reply:
    """POST /apps/assistant/api/v1/task/{id}/notify."""
    task_id = php_int(call.args["id"])
    try:
        call.state.engine.get(task_id, call.user_id)
    except NotFoundError:
        return call.reply(404, {"error": "Task not found"})
    assert call.user is not None
    call.state.record_notify(task_id, call.user.user_id)
    return call.reply(200, "")


def routes_for(state: ServerState) -> list[Route]:
    """The OCS routes the simulated server has."""
    routes = [
        _route("GET", "/cloud/capabilities", get_capabilities, public=True),
        _route("GET", "/cloud/user", get_user),
        _route("DELETE", "/core/apppassword", delete_app_password),
    ]
    if state.profile.taskprocessing:
        tp = "/taskprocessing"
        routes += [
            _route("GET", f"{tp}/tasktypes", task_types, public=True),
            _route("POST", f"{tp}/schedule", schedule, public=True, rate_limited=True),
            _route("GET", f"{tp}/task/{{id}}", get_task, public=True),
            _route("DELETE", f"{tp}/task/{{id}}", delete_task),
            _route("GET", f"{tp}/tasks/app/{{appId}}", list_tasks_by_app),
            _route("GET", f"{tp}/tasks", list_tasks),
            _route("GET", f"{tp}/tasks/{{taskId}}/file/{{fileId}}", task_file, no_csrf=True),
            _route("POST", f"{tp}/tasks/{{taskId}}/cancel", cancel_task),
            _route("GET", f"{tp}/tasks_provider/next", provider_next, admin=True),
            _route("POST", f"{tp}/tasks_provider/{{taskId}}/progress", provider_other, admin=True),
            _route("POST", f"{tp}/tasks_provider/{{taskId}}/result", provider_other, admin=True),
            _route(
                "GET", f"{tp}/tasks_provider/{{taskId}}/file/{{fileId}}", provider_other, admin=True
            ),
        ]
    if state.profile.has_assistant:
        routes.append(_route("POST", "/apps/assistant/api/v1/task/{id}/notify", assistant_notify))
    return routes


# --- dispatch ---------------------------------------------------------------------------


def _session_cookies(reply: Reply, instance_id: str) -> Reply:
    """Session cookies like Nextcloud sets; clients must not rely on (or send) them."""
    session = secrets.token_hex(16)
    reply.add("Set-Cookie", f"{instance_id}={session}; path=/; HttpOnly; SameSite=Lax")
    passphrase = secrets.token_hex(32)
    reply.add("Set-Cookie", f"oc_sessionPassphrase={passphrase}; path=/; HttpOnly; SameSite=Lax")
    reply.add("Set-Cookie", "nc_sameSiteCookielax=true; path=/; HttpOnly; SameSite=lax")
    reply.add("Set-Cookie", "nc_sameSiteCookiestrict=true; path=/; HttpOnly; SameSite=strict")
    return reply


def _match(
    routes: list[Route], method: str, path: str
) -> tuple[Route | None, bool, dict[str, str]]:
    """The route for method+path, whether the path exists at all, and the path arguments."""
    path_known = False
    for route in routes:
        found = route.pattern.match(path)
        if found is None:
            continue
        path_known = True
        if route.method == method or (route.method == "GET" and method == "HEAD"):
            return route, True, found.groupdict()
    return None, path_known, {}


def _before_controller(call: Call, route: Route) -> Reply | None:
    """SecurityMiddleware then RateLimitingMiddleware: a reply when the call stops here."""
    if not route.public and call.user is None:
        return call.reply(997, [], "Current user is not logged in")
    if route.admin and not (call.user and call.user.is_admin):
        return call.reply(403, [], "Logged in account must be an admin")
    if not route.no_csrf and call.req.header("OCS-APIRequest") != "true":
        if "html" in call.req.header("Accept").lower():
            body = b"<!DOCTYPE html><html><body><h1>CSRF check failed</h1></body></html>"
            return Reply(412, body).add("Content-Type", HTML_TYPE)
        return Reply(412, b'{"message":"CSRF check failed"}').add("Content-Type", JSON_TYPE)
    if route.rate_limited and not call.state.allow_schedule(call.user_id, call.req.client):
        return Reply(429).add("Content-type", HTML_TYPE)
    return None


def handle_ocs(
    state: ServerState,
    routes: list[Route],
    req: Incoming,
    version: int,
    subpath: str,
    user: DemoUser | None,
    password: str | None = None,
) -> Reply:
    """Answer one OCS request (authentication already decided by the caller)."""
    if state.maintenance:
        reply = legacy_reply(version, requested_format(req), 503, "Service unavailable", 503)
        return reply.add("X-Nextcloud-Maintenance-Mode", "1")
    route, path_known, args = _match(routes, req.method, subpath)
    if route is None:
        if path_known:
            content_type = JSON_TYPE if requested_format(req) == "json" else LEGACY_XML_TYPE
            return Reply(405).add("Content-Type", content_type)
        return legacy_reply(version, requested_format(req), 404, ROUTE_NOT_FOUND)
    call = Call(req, state, version, args, user, password)
    stopped = _before_controller(call, route)
    if stopped is not None:
        return stopped
    try:
        reply = route.handler(call)
    except PhpTypeError:
        return legacy_reply(version, requested_format(req), 500, "Internal Server Error\n")
    return _session_cookies(reply, state.instance_id) if user is not None else reply


def wrong_password_reply() -> Reply:
    """The XML 401 for bad Basic credentials (even when JSON was asked for)."""
    return legacy_reply(2, "xml", 997, "Unauthorised")
