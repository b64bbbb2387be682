"""Screenshots of the history and the results: `python -m tests.ui.shots_history`.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.shots_history [--dark] [--suffix -x2] [OUT]

Run it with QT_SCALE_FACTOR=2 (and `--suffix -x2`) for the 200% shots. Tasks in every state are
made on the simulator (profile nc33, whose failed tasks say why) in a throwaway app home. The PNGs
go to `screenshots/` (gitignored); look at every one of them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tests.support import alice_server
from tests.ui.shots_window import _save, _settings, _settle, _until, _window, _workspace, run_shots


async def shoot(out: Path, dark: bool, suffix: str) -> int:
    from nctask_desktop.api import NextcloudClient
    from nctask_desktop.ui.preferences_dialog import PreferencesDialog
    from nctask_desktop.ui.work_page import HISTORY_TAB
    from tests.ui.history_support import every_state

    tag = "-dark" if dark else "-light"
    home = Path(os.environ["NCTASK_HOME"])
    with alice_server(profile="nc33", task_seconds=0.3, rate_limit=100) as server:
        async with NextcloudClient(server.base_url, "alice", "alice-app-password") as client:
            ids = await every_state(server, client, "alice")
        workspace = _workspace()
        workspace.prefs.download_folder = str(home / "Downloads")
        await workspace.accounts.add_with_app_password(
            server.base_url, "alice", "alice-app-password"
        )
        window = _window(workspace, _settings(), 1180, 780)
        await window.start()
        await _until(lambda: window.session is not None and window.type_browser.model.types)
        panel = window.history_panel
        history = window.session.history  # type: ignore[union-attr]
        await _until(lambda: history.entry(ids["removed"]) is not None)
        async with NextcloudClient(server.base_url, "alice", "alice-app-password") as client:
            await client.delete_task(ids["removed"])  # the server's retention, or another device
        history.refresh_now()
        await _until(lambda: history.entry(ids["removed"]).removed_from_server)  # type: ignore[union-attr]
        window.tabs.setCurrentIndex(HISTORY_TAB)

        async def show(name: str, shot: str, *, bottom: bool = False) -> None:
            panel.select_task(ids[name])
            details = panel.details
            await _settle()
            await _until(
                lambda: (
                    all(t.path for t in details.thumbnails)
                    and all(c.path for c in details.cards.values())
                ),
                10,
            )
            await _settle()
            if bottom:
                bar = details.scroll_area.verticalScrollBar()
                bar.setValue(bar.maximum())
                await _settle()
            _save(window, out, shot + tag, suffix)

        await show("running", "history-states-running")
        await show("waiting", "history-waiting")
        await show("text", "result-text")
        await show("images", "result-images")
        await show("audio", "result-audio")
        await show("file", "result-file", bottom=True)
        await show("failed_reason", "result-failed-reason")
        await show("failed", "result-failed-no-reason")
        await show("removed", "result-removed")

        panel.select_task(ids["file"])
        panel.show_inputs(ids["file"])
        await _until(lambda: bool(panel.details.input_cards))
        await _until(lambda: all(c.path for c in panel.details.input_cards))
        panel.details.scroll_area.verticalScrollBar().setValue(
            panel.details.scroll_area.verticalScrollBar().maximum()
        )
        await _settle()
        _save(window, out, "result-input-files" + tag, suffix)

        panel.select_task(ids["images"])
        panel.save([ids["images"]])
        await _until(lambda: bool(panel.last_saved))
        await _settle()
        _save(window, out, "result-images-saved" + tag, suffix)

        await _until(lambda: all(t.path for t in panel.details.thumbnails))
        panel.details.thumbnails[0].click()
        await _until(lambda: bool(panel.viewers))
        viewer = panel.viewers[0]
        viewer.resize(700, 560)
        await _until(lambda: not viewer.image_size().isEmpty())
        await _settle()
        _save(viewer, out, "image-viewer" + tag, suffix)
        viewer.reject()

        panel.status_filter.setCurrentIndex(2)
        await _settle()
        _save(window, out, "history-filter-done" + tag, suffix)
        panel.status_filter.setCurrentIndex(0)

        window.workspace.prefs.auto_save_types = ["core:text2speech"]
        prefs = PreferencesDialog(
            window.workspace.prefs, window, types=window.type_browser.model.types
        )
        prefs.open()
        await _settle()
        _save(prefs, out, "preferences-results" + tag, suffix)
        prefs.reject()

        window.close()
        await workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(run_shots(shoot))
