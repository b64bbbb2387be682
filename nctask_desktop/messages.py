"""Every error a user can meet, as a plain sentence with a way forward. No Qt here.

Texts are marked with QT_TRANSLATE_NOOP so that lupdate collects them; the window translates them
with QCoreApplication.translate(CONTEXT, text) and the command line uses them as they are.
Placeholders are `{name}`, filled in after translation.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass, field
from types import UnionType

from nctask_desktop.api import errors as e
from nctask_desktop.api.files import SaveError
from nctask_desktop.services.tasks import InputError, LocalFileChangedError

CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a text for translation without translating it."""
    return text


Translate = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Explanation:
    """What went wrong (`text`) and what to do about it (`hint`), untranslated."""

    text: str
    hint: str = ""
    args: dict[str, str] = field(default_factory=dict)

    def render(self, translate: Translate = _identity) -> str:
        """One or two sentences, translated and filled in."""
        text = translate(CONTEXT, self.text).format(**self.args)
        if self.hint:
            text += " " + translate(CONTEXT, self.hint).format(**self.args)
        return text


def _server(exc: e.NextcloudError) -> str:
    if exc.url:
        return exc.url.split("://", 1)[-1].split("/", 1)[0]
    return "the server"


def explain(exc: BaseException) -> Explanation:
    """The plain-language explanation of any error the app can meet."""
    if isinstance(exc, InputError):
        return explain_input(exc)
    if isinstance(exc, e.NextcloudError):
        return _explain_nextcloud(exc)
    if isinstance(exc, SaveError):
        return explain_save(exc)
    if isinstance(exc, LocalFileChangedError):
        if exc.removed:
            return Explanation(
                QT_TRANSLATE_NOOP(
                    "Errors", "The file {name} was moved or deleted after you submitted it."
                ),
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Choose the file again in the form of this task type, then submit.",
                ),
                {"name": exc.path.name},
            )
        return Explanation(
            QT_TRANSLATE_NOOP("Errors", "The file {name} changed after you submitted it."),
            QT_TRANSLATE_NOOP(
                "Errors",
                "It was not sent, so that the task does not use a version you did not choose. "
                "Submit it again to send the file as it is now.",
            ),
            {"name": exc.path.name},
        )
    if isinstance(exc, PermissionError):
        return Explanation(
            QT_TRANSLATE_NOOP("Errors", "This app is not allowed to write or read {path}."),
            QT_TRANSLATE_NOOP(
                "Errors", "Choose another folder, or check the folder's permissions."
            ),
            {"path": str(exc.filename or "")},
        )
    if isinstance(exc, FileNotFoundError):
        return Explanation(
            QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist (any more)."),
            QT_TRANSLATE_NOOP("Errors", "Check the name, or choose the file again."),
            {"path": str(exc.filename or "")},
        )
    if isinstance(exc, OSError) and exc.errno == 28:
        return Explanation(
            QT_TRANSLATE_NOOP("Errors", "The disk is full."),
            QT_TRANSLATE_NOOP("Errors", "Free some space, then try again."),
        )
    if isinstance(exc, OSError):
        return Explanation(
            QT_TRANSLATE_NOOP("Errors", "A file could not be read or written: {reason}."),
            QT_TRANSLATE_NOOP("Errors", "Check the file and folder, then try again."),
            {"reason": exc.strerror or type(exc).__name__},
        )
    return Explanation(
        QT_TRANSLATE_NOOP("Errors", "Something unexpected went wrong."),
        QT_TRANSLATE_NOOP(
            "Errors", "Please try again. If it keeps happening, report it with the log file."
        ),
    )


_QUOTA = getattr(errno, "EDQUOT", None)  # not on Windows
_DENIED = frozenset({errno.EACCES, errno.EPERM})
_READ_ONLY = frozenset({errno.EROFS})

# Why a save failed: (for a result, for the report, what to do), by kind of error.
_SAVE_REASONS = {
    "full": (
        QT_TRANSLATE_NOOP("Errors", "The disk is full: the result could not be saved in {folder}."),
        QT_TRANSLATE_NOOP("Errors", "The disk is full: the report could not be saved in {folder}."),
        QT_TRANSLATE_NOOP("Errors", "Free some space or choose another folder, then save again."),
    ),
    "quota": (
        QT_TRANSLATE_NOOP(
            "Errors", "Your disk quota is used up: the result could not be saved in {folder}."
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "Your disk quota is used up: the report could not be saved in {folder}."
        ),
        QT_TRANSLATE_NOOP("Errors", "Free some space or choose another folder, then save again."),
    ),
    "denied": (
        QT_TRANSLATE_NOOP(
            "Errors", "This app may not write in {folder}, so the result was not saved."
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "This app may not write in {folder}, so the report was not saved."
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "Choose another folder, or allow writing in this one, then save again."
        ),
    ),
    "read-only": (
        QT_TRANSLATE_NOOP(
            "Errors", "{folder} is on a read-only disk, so the result was not saved."
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "{folder} is on a read-only disk, so the report was not saved."
        ),
        QT_TRANSLATE_NOOP("Errors", "Choose another folder, then save again."),
    ),
    "other": (
        QT_TRANSLATE_NOOP("Errors", "The result could not be saved in {folder}: {reason}."),
        QT_TRANSLATE_NOOP("Errors", "The report could not be saved in {folder}: {reason}."),
        QT_TRANSLATE_NOOP("Errors", "Check the folder or choose another one, then save again."),
    ),
}


def explain_save(exc: SaveError, *, report: bool = False) -> Explanation:
    """Why a file could not be saved (a task's result, or with `report` the problem report), and
    what to do; nothing was left behind under the file's name."""
    if exc.errno == errno.ENOSPC:
        reason = "full"
    elif _QUOTA is not None and exc.errno == _QUOTA:
        reason = "quota"
    elif exc.errno in _DENIED:
        reason = "denied"
    elif exc.errno in _READ_ONLY:
        reason = "read-only"
    else:
        reason = "other"
    result, report_text, hint = _SAVE_REASONS[reason]
    return Explanation(
        report_text if report else result,
        hint,
        {"folder": str(exc.filename or ""), "reason": exc.strerror or type(exc).__name__},
    )


# Errors with two explanations: the first when `_first_fits` (a server on this computer, a
# password this computer does not have, the server's own words about the refusal).
_TWO_WAYS: tuple[tuple[type[e.NextcloudError], tuple[str, str], tuple[str, str]], ...] = (
    (
        e.PlainHttpServerError,
        (
            QT_TRANSLATE_NOOP(
                "Errors",
                "{server} answers only over plain http. It is on this computer, so nothing leaves it.",
            ),
            QT_TRANSLATE_NOOP("Errors", "Connect with http:// to go on."),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Errors",
                "{server} answers only over plain http, without encryption: this is not a certificate problem.",
            ),
            QT_TRANSLATE_NOOP(
                "Errors",
                "You can connect with http://, but others on the network could read your password and your files. Do it only on a network you trust, or ask for https to be set up.",
            ),
        ),
    ),
    (
        e.AuthenticationError,
        (
            QT_TRANSLATE_NOOP("Errors", "You are not signed in to {server}."),
            QT_TRANSLATE_NOOP("Errors", "Sign in again to continue."),
        ),
        (
            QT_TRANSLATE_NOOP("Errors", "{server} did not accept the login name or app password."),
            QT_TRANSLATE_NOOP("Errors", "It may have been revoked. Sign in again to continue."),
        ),
    ),
    (
        e.InvalidInputError,
        (
            QT_TRANSLATE_NOOP("Errors", "The server did not accept the input: {message}"),
            QT_TRANSLATE_NOOP("Errors", "Correct it and try again."),
        ),
        (
            QT_TRANSLATE_NOOP("Errors", "The server did not accept the input."),
            QT_TRANSLATE_NOOP("Errors", "Check the values and try again."),
        ),
    ),
    (
        e.AccessDeniedError,
        (
            QT_TRANSLATE_NOOP("Errors", "The server refused: {message}"),
            QT_TRANSLATE_NOOP(
                "Errors", "Choose files you own, or ask the owner to share them with you."
            ),
        ),
        (QT_TRANSLATE_NOOP("Errors", "You do not have access to this on {server}."), ""),
    ),
)

# The errors with one explanation each: (error, what happened, what to do). Subclasses first.
_ONE_WAY: tuple[tuple[type[e.NextcloudError] | UnionType, str, str], ...] = (
    (
        e.InvalidAddressError,
        QT_TRANSLATE_NOOP("Errors", "That does not look like a server address."),
        QT_TRANSLATE_NOOP(
            "Errors", "Type it as you would in a browser, for example cloud.example.org."
        ),
    ),
    (
        e.CertificateChangedError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The security certificate of {server} has changed since you trusted it, so nothing was sent.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Ask the server's administrator whether it was renewed. If it was, sign in again to trust the new one; if not, someone may be listening in between.",
        ),
    ),
    (
        e.CertificateError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The security certificate of {server} is not trusted by this computer, so the connection was stopped.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Check the address. If it is your own server with its own certificate, you can trust it after checking its fingerprint with the server's administrator.",
        ),
    ),
    (
        e.RequestTimeoutError,
        QT_TRANSLATE_NOOP("Errors", "{server} took too long to answer."),
        QT_TRANSLATE_NOOP("Errors", "Check your internet connection and try again in a moment."),
    ),
    (
        e.ConnectionFailedError,
        QT_TRANSLATE_NOOP("Errors", "Could not reach {server}."),
        QT_TRANSLATE_NOOP(
            "Errors", "Check the address and your internet connection, then try again."
        ),
    ),
    (
        e.RedirectError | e.InsecureServerError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{server} sent the connection somewhere else, which this app does not follow for your safety.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Use the address your Nextcloud shows in the browser after you have logged in.",
        ),
    ),
    (
        e.NotNextcloudError,
        QT_TRANSLATE_NOOP("Errors", "{server} does not answer like a Nextcloud server."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Check the address. If you are on a hotel or guest network, log in to it in your browser first.",
        ),
    ),
    (
        e.MaintenanceError,
        QT_TRANSLATE_NOOP("Errors", "{server} is in maintenance mode or being updated."),
        QT_TRANSLATE_NOOP("Errors", "Try again later; nothing you entered is lost."),
    ),
    (
        e.RateLimitedError,
        QT_TRANSLATE_NOOP(
            "Errors", "The server allows 20 new tasks per 2 minutes, and that limit is reached."
        ),
        QT_TRANSLATE_NOOP("Errors", "Wait a minute or two, then try again."),
    ),
    (
        e.ProviderUnavailableError,
        QT_TRANSLATE_NOOP("Errors", "This kind of task is not available on {server} right now."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Ask the administrator to enable an app that provides it, or choose another task.",
        ),
    ),
    (
        e.NotFoundError,
        QT_TRANSLATE_NOOP("Errors", "The server no longer has this."),
        QT_TRANSLATE_NOOP(
            "Errors", "It may have been deleted, or removed after the server's retention time."
        ),
    ),
    (
        e.InsufficientStorageError,
        QT_TRANSLATE_NOOP("Errors", "Your Nextcloud storage is full."),
        QT_TRANSLATE_NOOP("Errors", "Delete some files in Nextcloud, then try again."),
    ),
    (
        e.LoginFlowExpiredError,
        QT_TRANSLATE_NOOP("Errors", "The sign-in link expired before access was granted."),
        QT_TRANSLATE_NOOP("Errors", "Start signing in again."),
    ),
    (
        e.CsrfCheckError,
        QT_TRANSLATE_NOOP("Errors", "{server} refused the request as a security precaution."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Try again. If it keeps happening, a proxy in front of the server may be removing headers.",
        ),
    ),
    (
        e.ServerError,
        QT_TRANSLATE_NOOP("Errors", "{server} ran into a problem on its side."),
        QT_TRANSLATE_NOOP(
            "Errors", "Try again later. If it keeps happening, tell the server's administrator."
        ),
    ),
    (
        e.MalformedResponseError,
        QT_TRANSLATE_NOOP("Errors", "{server} sent a reply this app cannot read."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Try again later. A proxy in front of the server may be cutting replies short.",
        ),
    ),
)


def _first_fits(exc: e.NextcloudError) -> bool:
    if isinstance(exc, e.PlainHttpServerError):
        return exc.loopback
    if isinstance(exc, e.AuthenticationError):
        return exc.missing
    return bool(exc.server_message)


def _explain_nextcloud(exc: e.NextcloudError) -> Explanation:
    args = {"server": _server(exc), "message": exc.server_message or ""}
    if isinstance(exc, e.UnsupportedServerError | e.RouteNotFoundError):
        version = getattr(exc, "version", None)
        return Explanation(
            QT_TRANSLATE_NOOP(
                "Errors", "This server has no task processing; it needs Nextcloud 30 or newer."
            ),
            QT_TRANSLATE_NOOP(
                "Errors", "Ask the administrator to update the server (it runs version {version})."
            )
            if version
            else "",
            {**args, "version": version or ""},
        )
    if isinstance(exc, e.ProxyFailedError):
        return explain_proxy(exc)
    for kind, first, second in _TWO_WAYS:
        if isinstance(exc, kind):
            return Explanation(*(first if _first_fits(exc) else second), args)
    for kinds, text, hint in _ONE_WAY:
        if isinstance(exc, kinds):
            return Explanation(text, hint, args)
    return Explanation(
        QT_TRANSLATE_NOOP("Errors", "The request to {server} failed."),
        QT_TRANSLATE_NOOP(
            "Errors", "Try again. If it keeps happening, report it with the log file."
        ),
        args,
    )


def explain_proxy(exc: e.ProxyFailedError) -> Explanation:
    """A proxy between this computer and the server failed: name it, and where it is set."""
    args = {"server": _server(exc), "proxy": exc.proxy}
    if isinstance(exc, e.ProxyUnreachableError):
        return Explanation(
            QT_TRANSLATE_NOOP("Errors", "The proxy server at {proxy} could not be reached."),
            QT_TRANSLATE_NOOP(
                "Errors",
                "Check the proxy in Preferences → Network (or in your system's network settings if the app uses those), then try again.",
            ),
            args,
        )
    return Explanation(
        QT_TRANSLATE_NOOP("Errors", "The proxy server at {proxy} did not connect you to {server}."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "The server may be down, or the proxy may not allow it or may want a sign-in. Ask whoever runs your network, or change the proxy in Preferences → Network.",
        ),
        args,
    )


_INPUT_REASONS = {
    "missing": (
        QT_TRANSLATE_NOOP("Errors", "“{key}” is required."),
        QT_TRANSLATE_NOOP("Errors", "Fill it in, then submit again."),
    ),
    "not-a-number": (QT_TRANSLATE_NOOP("Errors", "“{key}” needs a number, not “{detail}”."), ""),
    "not-in-enum": (QT_TRANSLATE_NOOP("Errors", "“{key}” must be one of: {detail}."), ""),
    "unknown-slot": (
        QT_TRANSLATE_NOOP("Errors", "This task has no input called “{key}”."),
        QT_TRANSLATE_NOOP("Errors", "Its inputs are: {detail}."),
    ),
    "repeated": (QT_TRANSLATE_NOOP("Errors", "“{key}” takes one value only."), ""),
    "needs-file": (
        QT_TRANSLATE_NOOP("Errors", "“{key}” needs a file."),
        QT_TRANSLATE_NOOP("Errors", "Give a file as @PATH, or the id of a file in Nextcloud."),
    ),
    "needs-list": (QT_TRANSLATE_NOOP("Errors", "“{key}” needs a list of values."), ""),
    "needs-text": (QT_TRANSLATE_NOOP("Errors", "“{key}” needs text."), ""),
    "file-not-found": (
        QT_TRANSLATE_NOOP("Errors", "The file {detail} for “{key}” does not exist."),
        QT_TRANSLATE_NOOP("Errors", "Check the path."),
    ),
    "not-text-file": (
        QT_TRANSLATE_NOOP("Errors", "The file {detail} for “{key}” is not readable UTF-8 text."),
        "",
    ),
    "file-not-allowed": (QT_TRANSLATE_NOOP("Errors", "“{key}” does not take a file."), ""),
    "unsupported-slot-type": (
        QT_TRANSLATE_NOOP(
            "Errors", "“{key}” has a kind of input this app does not know yet ({detail})."
        ),
        QT_TRANSLATE_NOOP("Errors", "Use the Nextcloud web Assistant for this task."),
    ),
}


def explain_input(exc: InputError, label: str | None = None) -> Explanation:
    text, hint = _INPUT_REASONS.get(
        exc.reason, (QT_TRANSLATE_NOOP("Errors", "“{key}” is not valid."), "")
    )
    return Explanation(text, hint, {"key": label or exc.key, "detail": exc.detail})


def failed_task_reason(user_facing: str | None, error_message: str | None) -> Explanation:
    """Why a task failed: the server's words when it gives them, else a plain 'no reason'."""
    if user_facing:
        return Explanation(
            QT_TRANSLATE_NOOP("Errors", "The task failed: {message}"), "", {"message": user_facing}
        )
    if error_message:
        return Explanation(
            QT_TRANSLATE_NOOP("Errors", "The task failed: {message}"),
            "",
            {"message": error_message},
        )
    return Explanation(
        QT_TRANSLATE_NOOP("Errors", "The task failed, and the server gave no reason."), ""
    )
