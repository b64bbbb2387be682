"""The floor of bench/startup.py: the least a PySide6 app does to paint a window.

It shows an empty QMainWindow, and at its first paint prints the same figures the app's
`--smoke-test` prints when NCTASK_LAUNCH_TIME is set: `painted_ms=` (from the launch) and
`rss_mb=` (resident memory then).
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

from nctask_desktop.measure import rss_mb


class _Painted(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            launched = float(os.environ.get("NCTASK_LAUNCH_TIME", time.time()))
            print(f"painted_ms={(time.time() - launched) * 1000:.0f}; rss_mb={rss_mb():.1f}")
            QApplication.quit()
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("floor")
    window.resize(800, 600)
    watch = _Painted()
    window.installEventFilter(watch)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
