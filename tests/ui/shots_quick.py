"""Screenshots of Quick text: `python -m tests.ui.shots_quick`.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.shots_quick [--dark] [--suffix -x2] [OUT]

Run it with QT_SCALE_FACTOR=2 (and `--suffix -x2`) for the 200% shots. The window with the
clipboard's text, a summary on its way, its result, and a failure; in demo mode. Look at every PNG.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from tests.ui.shots_window import _demo_window, _save, _settle, _until, run_shots


async def shoot(out: Path, dark: bool, suffix: str) -> int:
    tag = "-dark" if dark else "-light"
    async with _demo_window() as window:
        QGuiApplication.clipboard().setText(
            "Red foxes live across the Northern Hemisphere, from the Arctic Circle to North Africa. "
            "They eat rodents, rabbits, birds, fruit and, in towns, what people throw away."
        )
        quick = window.show_quick_text()
        await _settle()
        _save(quick, out, "quick-clipboard" + tag, suffix)
        quick.summary_button.click()
        await _settle()
        _save(quick, out, "quick-pending" + tag, suffix)

        def shown() -> bool:
            if window.session is not None:
                window.session.history.poke()
            return quick.result_box.isVisible() or bool(quick.error.text())

        await _until(shown, 30)
        await _settle()
        _save(quick, out, "quick-result" + tag, suffix)
        quick.text.setPlainText("You are set to fail.")
        quick.translate_button.click()
        await _until(lambda: shown() and not quick.busy_now(), 30)
        await _settle()
        _save(quick, out, "quick-failed" + tag, suffix)
        QGuiApplication.clipboard().clear()
        quick.close()
        quick.present()
        await _settle()
        _save(quick, out, "quick-empty" + tag, suffix)
    return 0


if __name__ == "__main__":
    sys.exit(run_shots(shoot))
