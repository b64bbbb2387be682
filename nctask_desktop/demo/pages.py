"""Browser-facing pages: Login Flow v2 (start, poll, grant), status.php, maintenance, landing."""

from __future__ import annotations

import html

from nctask_desktop.demo.encoding import php_json
from nctask_desktop.demo.messages import Incoming, Reply
from nctask_desktop.demo.state import ServerState

HTML_TYPE = "text/html; charset=UTF-8"
JSON_TYPE = "application/json; charset=utf-8"

_STYLE = """
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
background:linear-gradient(135deg,#0082c9,#1cafff);min-height:100vh;display:flex;
align-items:center;justify-content:center;color:#222}
main{background:#fff;border-radius:16px;box-shadow:0 10px 40px rgba(0,0,0,.25);
padding:32px 40px;max-width:440px;width:90%;text-align:center}
h1{font-size:1.5em;margin:0 0 12px}p{line-height:1.5;color:#444}
.app{font-weight:600;color:#0082c9}
button{background:#0082c9;color:#fff;border:0;border-radius:22px;padding:12px 28px;
font-size:1em;cursor:pointer;margin-top:12px}button:hover{background:#006aa3}
select{font-size:1em;padding:6px;border-radius:8px;margin:8px 0}
.note{font-size:.85em;color:#777;margin-top:20px}
"""


def page(title: str, content: str, status: int = 200) -> Reply:
    """A small styled HTML page."""
    body = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)} – Nextcloud (demo)</title><style>{_STYLE}</style></head>"
        f"<body><main>{content}</main></body></html>\n"
    )
    return Reply(status, body.encode("utf-8"), compress="app").add("Content-Type", HTML_TYPE)


def status_php(state: ServerState) -> Reply:
    """GET /status.php."""
    profile = state.profile
    data = {
        "installed": True,
        "maintenance": state.maintenance,
        "needsDbUpgrade": False,
        "version": profile.version_dotted,
        "versionstring": profile.version_string,
        "edition": "",
        "productname": "Nextcloud",
        "extendedSupport": False,
    }
    reply = Reply(200, php_json(data)).add("Content-Type", "application/json")
    return reply.add("Access-Control-Allow-Origin", "*")


def maintenance_page() -> Reply:
    """The 503 page Nextcloud shows while in maintenance mode."""
    reply = page(
        "Maintenance mode",
        "<h1>Maintenance mode</h1><p>This Nextcloud instance is currently in maintenance mode, "
        "which may take a while.</p><p>This page will refresh itself when the instance is "
        "available again.</p>",
        503,
    )
    return reply.add("X-Nextcloud-Maintenance-Mode", "1").add("Retry-After", "120")


def landing_page(state: ServerState) -> Reply:
    """GET / : what this server is."""
    return page(
        "Demo server",
        "<h1>nctask-desktop demo server</h1>"
        f"<p>A simulated Nextcloud {html.escape(state.profile.version_string)} "
        f"(profile <b>{html.escape(state.profile.name)}</b>) with fake AI task providers.</p>"
        '<p class="note">Nothing here leaves your computer.</p>',
    )


def not_found_page() -> Reply:
    """404 for unknown browser URLs."""
    return page("Not found", "<h1>Page not found</h1><p>The page could not be found.</p>", 404)


def server_url(state: ServerState, req: Incoming) -> str:
    """The base URL as the client addressed this server."""
    host = req.header("Host")
    return f"http://{host}" if host else state.base_url


def flow_start(state: ServerState, req: Incoming) -> Reply:
    """POST /index.php/login/v2."""
    flow = state.accounts.flow_start(req.header("User-Agent") or "unknown client")
    base = server_url(state, req)
    data = {
        "poll": {"token": flow.poll_token, "endpoint": f"{base}/index.php/login/v2/poll"},
        "login": f"{base}/index.php/login/v2/flow/{flow.flow_token}",
    }
    return Reply(200, php_json(data), compress="app").add("Content-Type", JSON_TYPE)


def flow_poll(state: ServerState, req: Incoming) -> Reply:
    """POST /index.php/login/v2/poll: 404 [] until granted, then the credentials once."""
    token = str(req.params().get("token", ""))
    granted = state.accounts.flow_poll(token)
    if granted is None:
        return Reply(404, b"[]").add("Content-Type", JSON_TYPE)
    login_name, app_password = granted
    data = {"server": server_url(state, req), "loginName": login_name, "appPassword": app_password}
    return Reply(200, php_json(data), compress="app").add("Content-Type", JSON_TYPE)


def _user_field(state: ServerState, selected: str) -> str:
    """A user picker when there are several accounts, else a hidden field."""
    users = state.accounts.users()
    if len(users) == 1:
        return f'<input type="hidden" name="user" value="{html.escape(users[0].user_id)}">'
    options = "".join(
        f'<option value="{html.escape(u.user_id)}"{" selected" if u.user_id == selected else ""}>'
        f"{html.escape(u.display_name)} ({html.escape(u.user_id)})</option>"
        for u in users
    )
    return f'<p>Account: <select name="user">{options}</select></p>'


def flow_page(state: ServerState, req: Incoming, flow_token: str) -> Reply:
    """GET <login url>: the grant page a browser shows."""
    flow = state.accounts.flow_by_login_token(flow_token)
    if flow is None:
        return page(
            "Access forbidden",
            "<h1>Access forbidden</h1><p>Your login token is invalid or has expired.</p>",
            403,
        )
    selected = req.query.get("user", "")
    return page(
        "Connect to your account",
        "<h1>Connect to your account</h1>"
        f'<p><span class="app">{html.escape(flow.user_agent)}</span> wants access to your demo '
        "account.</p>"
        '<form method="post" action="/index.php/login/v2/grant">'
        f'<input type="hidden" name="stateToken" value="{html.escape(flow.flow_token)}">'
        f"{_user_field(state, selected)}"
        '<button type="submit">Grant access</button></form>'
        '<p class="note">This is a simulated Nextcloud: no real account is involved.</p>',
    )


def flow_grant(state: ServerState, req: Incoming) -> Reply:
    """POST /index.php/login/v2/grant: grant the flow and issue an app password."""
    form = req.params()
    token = str(form.get("stateToken", ""))
    user_id = str(form.get("user", "") or req.query.get("user", ""))
    if user_id and state.accounts.get(user_id) is None:
        return page("Unknown account", "<h1>Unknown account</h1><p>No such user.</p>", 403)
    if state.accounts.flow_grant(token, user_id or None) is None:
        return page(
            "Access forbidden",
            "<h1>Access forbidden</h1><p>Your login token is invalid or has expired.</p>",
            403,
        )
    return page(
        "Account connected",
        "<h1>Account connected</h1><p>Account connected. You can close this window.</p>",
    )


def handle_index(state: ServerState, req: Incoming, path: str) -> Reply:
    """Routes of index.php (with or without the index.php prefix)."""
    method = req.method
    if path in ("", "/"):
        return landing_page(state)
    if path == "/login/v2":
        return (
            flow_start(state, req)
            if method == "POST"
            else Reply(405).add("Content-type", HTML_TYPE)
        )
    if path == "/login/v2/poll":
        return (
            flow_poll(state, req) if method == "POST" else Reply(405).add("Content-type", HTML_TYPE)
        )
    if path == "/login/v2/grant":
        return (
            flow_grant(state, req)
            if method == "POST"
            else Reply(405).add("Content-type", HTML_TYPE)
        )
    if path.startswith("/login/v2/flow/") and method == "GET":
        return flow_page(state, req, path[len("/login/v2/flow/") :])
    if path in ("/core/wipe/check", "/core/wipe/success") and method == "POST":
        return remote_wipe(state, req, done=path.endswith("success"))
    return not_found_page()


def remote_wipe(state: ServerState, req: Incoming, *, done: bool) -> Reply:
    """POST /index.php/core/wipe/check and …/success (form field `token`: the app password):
    200 {"wipe": true} while a wipe is pending, then 200 [] once confirmed; 404 otherwise."""
    token = str(req.params().get("token", ""))
    accounts = state.accounts
    if done:
        if accounts.wipe_done(token):
            return Reply(200, b"[]", compress="app").add("Content-Type", JSON_TYPE)
    elif accounts.wipe_pending(token):
        return Reply(200, php_json({"wipe": True}), compress="app").add("Content-Type", JSON_TYPE)
    return Reply(404, b"[]").add("Content-Type", JSON_TYPE)
