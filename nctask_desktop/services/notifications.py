"""What to tell the user when tasks end, and in which words. No Qt: the window only displays it.

Texts are marked with `translate(context, text[, None, n])` so that lupdate collects them (with
plural forms where a count appears); the window renders them with QCoreApplication.translate.
Placeholders are `{name}`, filled in after translation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from nctask_desktop.api import Task, TaskStatus, TaskType

from .tasks import input_summary

CONTEXT = "Notifications"
MAX_SEPARATE = 3
"""More tasks than this ending at once (e.g. after a night away) make one summary notification."""

Translate = Callable[[str, str, int], str]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Marks a text for lupdate (a plural when `n` is given) and returns it as it is."""
    return text


def _identity(context: str, text: str, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


@dataclass(frozen=True)
class Text:
    """An untranslated text, its placeholders' values, and the count of a plural text."""

    source: str
    args: Mapping[str, str] = field(default_factory=dict)
    n: int = -1

    def render(self, tr: Translate = _identity) -> str:
        return tr(CONTEXT, self.source, self.n).format(**self.args)


@dataclass(frozen=True)
class Notice:
    """One OS notification: clicking it opens `task_id` of the account (None: the history)."""

    account_key: str
    task_id: int | None
    title: Text
    body: Text
    failed: bool = False
    account_label: str = ""
    """Which account, when there are several; shown under the body as it is."""


def _type_name(task: Task, types: Mapping[str, TaskType] | None) -> str:
    task_type = (types or {}).get(task.type)
    return task_type.name if task_type else task.type


def notices_for(
    account_key: str,
    finished: Sequence[Task],
    *,
    enabled: bool = True,
    types: Mapping[str, TaskType] | None = None,
    account_label: str = "",
    saved_to: str = "",
) -> list[Notice]:
    """The notifications for tasks that were seen unfinished and have now ended.

    Successful and failed tasks notify; cancelled ones do not (someone cancelled them on purpose).
    Nothing when notifications are off. `account_label` is added when there are several accounts;
    `saved_to` names the folder results were saved into automatically.
    """
    if not enabled:
        return []
    ended = [t for t in finished if t.status in (TaskStatus.SUCCESSFUL, TaskStatus.FAILED)]
    if not ended:
        return []
    if len(ended) > MAX_SEPARATE:
        failed = sum(1 for t in ended if t.status is TaskStatus.FAILED)
        title = Text(
            translate("Notifications", "%n task(s) finished", None, len(ended)), n=len(ended)
        )
        if failed:
            body = Text(translate("Notifications", "%n of them failed.", None, failed), n=failed)
        else:
            body = Text(translate("Notifications", "Open the history to see the results."))
        return [Notice(account_key, None, title, body, bool(failed), account_label)]
    notices = []
    for task in ended:
        name = _type_name(task, types)
        task_type = (types or {}).get(task.type)
        summary = input_summary(task, task_type, length=80)
        if task.status is TaskStatus.SUCCESSFUL:
            title = Text(translate("Notifications", "“{task}” is done"), {"task": name})
            if saved_to:
                body = Text(
                    translate("Notifications", "{summary}\nSaved in {folder}."),
                    {"summary": summary or name, "folder": saved_to},
                )
            elif summary:
                body = Text(translate("Notifications", "{summary}"), {"summary": summary})
            else:
                body = Text(translate("Notifications", "Click to see the result."))
            notices.append(Notice(account_key, task.id, title, body, False, account_label))
        else:
            title = Text(translate("Notifications", "“{task}” failed"), {"task": name})
            reason = task.user_facing_error_message or task.error_message
            if reason:
                body = Text(translate("Notifications", "{reason}"), {"reason": reason})
            else:
                body = Text(translate("Notifications", "The server gave no reason."))
            notices.append(Notice(account_key, task.id, title, body, True, account_label))
    return notices


def running_text(count: int) -> Text:
    """The tray icon's tooltip."""
    if count <= 0:
        return Text(translate("Notifications", "No tasks running"))
    return Text(translate("Notifications", "%n task(s) running", None, count), n=count)
