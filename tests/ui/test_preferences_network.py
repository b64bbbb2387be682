"""The Network section of Preferences: the system's proxy settings, no proxy, or a manual HTTP or
SOCKS5 proxy, saved and loaded; what cannot be a proxy is explained before anything is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox
from pytestqt.qtbot import QtBot

from nctask_desktop.services.settings import Preferences
from nctask_desktop.ui.preferences_dialog import PreferencesDialog, clean_proxy_host


def dialog_for(qtbot: QtBot, prefs: Preferences) -> PreferencesDialog:
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def press_ok(qtbot: QtBot, dialog: PreferencesDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def choose(qtbot: QtBot, button: QAbstractButton) -> None:
    """A click on a radio button's circle (its middle may be past its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def test_the_system_proxy_is_the_default(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, Preferences())
    assert dialog.proxy_system.isChecked()
    assert not dialog.proxy_fields.isEnabled()
    press_ok(qtbot, dialog)
    assert Preferences.load().proxy == ""


def test_a_manual_socks_proxy_is_saved_and_shown_again(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, Preferences.load())
    choose(qtbot, dialog.proxy_manual)
    assert dialog.proxy_fields.isEnabled()
    dialog.proxy_kind.setCurrentIndex(dialog.proxy_kind.findData("socks5"))
    assert dialog.proxy_port.value() == 1080  # the usual port of the kind
    qtbot.keyClicks(dialog.proxy_host, " proxy.example.org ")
    dialog.grab().save(str(tmp_path / "preferences-network.png"))
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert Preferences.load().proxy == "socks5://proxy.example.org:1080"

    again = dialog_for(qtbot, Preferences.load())
    assert again.proxy_manual.isChecked() and again.proxy_fields.isEnabled()
    assert again.proxy_kind.currentData() == "socks5"
    assert again.proxy_host.text() == "proxy.example.org"
    assert again.proxy_port.value() == 1080
    again.proxy_kind.setCurrentIndex(again.proxy_kind.findData("http"))
    again.proxy_port.setValue(8080)
    again.proxy_host.setText("10.0.0.2")
    press_ok(qtbot, again)
    assert Preferences.load().proxy == "http://10.0.0.2:8080"


def test_no_proxy_is_saved_and_shown_again(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, Preferences.load())
    choose(qtbot, dialog.proxy_none)
    press_ok(qtbot, dialog)
    assert Preferences.load().proxy == "none"
    assert dialog_for(qtbot, Preferences.load()).proxy_none.isChecked()


def test_a_proxy_that_cannot_be_one_is_explained(qtbot: QtBot) -> None:
    prefs = Preferences.load()
    dialog = dialog_for(qtbot, prefs)
    choose(qtbot, dialog.proxy_manual)
    press_ok(qtbot, dialog)  # no host
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "Type the proxy server's name or address" in dialog.error.text()
    assert dialog.focusWidget() is dialog.proxy_host
    dialog.proxy_host.setText("http://proxy example:3128")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and prefs.proxy == ""
    dialog.proxy_host.setText("proxy.example.org")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible() and prefs.proxy == "http://proxy.example.org:3128"


def test_a_stored_proxy_that_the_dialog_cannot_show_falls_back_to_the_system(
    qtbot: QtBot,
) -> None:
    prefs = Preferences(proxy="ftp://odd")
    assert dialog_for(qtbot, prefs).proxy_system.isChecked()


def test_proxy_host_names() -> None:
    assert clean_proxy_host(" proxy.example.org ") == "proxy.example.org"
    assert clean_proxy_host("[::1]") == "::1"
    assert clean_proxy_host("10.0.0.1") == "10.0.0.1"
    for wrong in ("", "http://proxy", "proxy:3128", "ann@proxy", "a b", ".proxy", "a..b"):
        assert clean_proxy_host(wrong) is None, wrong


def test_the_settings_scroll_on_a_short_screen_and_ok_stays_in_view(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, Preferences())
    screen = dialog.screen().availableGeometry()
    assert dialog.height() <= screen.height()
    # OK and Cancel are outside the scrolling part: always reachable
    assert not dialog.settings_area.isAncestorOf(dialog.buttons)
    assert dialog.settings_area.isAncestorOf(dialog.proxy_host)
    # tabbing to a setting below the visible part brings it into view
    dialog.resize(dialog.width(), 300)
    qtbot.wait(10)
    dialog.proxy_manual.setChecked(True)
    bar = dialog.settings_area.verticalScrollBar()
    bar.setValue(0)
    dialog.proxy_kind.setFocus()
    qtbot.keyClick(dialog.proxy_kind, Qt.Key.Key_Tab)
    assert dialog.proxy_host.hasFocus()
    assert bar.value() > 0  # scrolled to the focused field
