"""Themes: ours replace the system's look, and "follow the system" brings it back exactly, also
when the system's palette was only read when a theme first replaced it (not at start)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from nctask_desktop.ui.appearance import Appearance, is_dark


def test_a_theme_and_back_to_the_system(qapp: QApplication) -> None:
    system_palette = QPalette(qapp.palette())
    appearance = Appearance(qapp)
    try:
        appearance.apply("")  # at start, following the system: nothing of it is replaced
        assert qapp.palette() == system_palette
        appearance.apply("dark")
        assert is_dark(qapp.palette()) and qapp.palette() != system_palette
        appearance.apply("high-contrast")
        assert qapp.property("highContrast") is True
        appearance.apply("")
        assert qapp.palette() == system_palette
        assert qapp.property("highContrast") is False
        assert "palette(highlight)" in qapp.styleSheet()  # the focus frame in every theme
    finally:
        appearance.apply("")
        qapp.setStyleSheet("")
