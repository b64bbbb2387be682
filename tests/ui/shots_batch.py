"""Screenshots of many files at once: `python -m tests.ui.shots_batch`.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.shots_batch [--dark] [--suffix -x2] [OUT]

Run it with QT_SCALE_FACTOR=2 (and `--suffix -x2`) for the 200% shots. The "Run on many files"
dialog (one file input; several, with the form missing an input), the batch's overview while the
server's limit holds back the rest of 30 recordings, paused, and cancelled with a failed file; in
demo mode (its limit: 20 new tasks per 2 minutes). Look at every PNG.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.support import recordings
from tests.ui.batch_support import AUDIO
from tests.ui.shots_window import _demo_window, _save, _settle, _until, run_shots


async def shoot(out: Path, dark: bool, suffix: str) -> int:
    from nctask_desktop.ui.batch_view import grouped

    tag = "-dark" if dark else "-light"
    home = Path(os.environ["NCTASK_HOME"])
    async with _demo_window(1200, 760) as window:
        await _until(lambda: window.new_task.current_form() is not None, 20)
        flow = window.new_task.batches

        async def dialog_for(files: list[Path]) -> object:
            flow.run_on_many(files)
            await _until(lambda: flow.dialog is not None and flow.dialog.isVisible())
            await _settle()
            return flow.dialog

        window.type_browser.select_type("demo:allslots")
        files = recordings(home / "Recordings", 30)
        dialog = await dialog_for(files[:3])
        _save(dialog, out, "batch-dialog-several-inputs" + tag, suffix)  # type: ignore[arg-type]
        dialog.reject()  # type: ignore[attr-defined]
        await _until(lambda: flow.dialog is None)

        window.type_browser.select_type(AUDIO)
        await _settle()
        _save(window, out, "batch-form-button" + tag, suffix)
        dialog = await dialog_for([home / "Recordings"])
        _save(dialog, out, "batch-dialog" + tag, suffix)  # type: ignore[arg-type]
        files[4].unlink()  # gone before it is sent: that one fails
        dialog.start_button.click()  # type: ignore[attr-defined]
        await _until(lambda: flow.view.batch is not None)
        batch = flow.view.batch
        assert batch is not None

        def poke() -> bool:
            if window.session is not None:
                window.session.history.poller.poke()
            return grouped(batch)["done"] >= 19

        await _until(poke, 60)
        await _settle()
        flow.view.view.setCurrentIndex(flow.view.model.index(1, 0))
        await _settle()
        _save(window, out, "batch-overview-limit" + tag, suffix)
        flow.view.pause_button.click()
        await _settle()
        _save(flow.view, out, "batch-overview-paused" + tag, suffix)
        flow.view.resume_button.click()
        flow.view.cancel_button.click()  # the demo's limit would take two minutes
        await _until(lambda: batch.finished, 30)
        await _settle()
        _save(window, out, "batch-overview-finished" + tag, suffix)
    return 0


if __name__ == "__main__":
    raise SystemExit(run_shots(shoot))
