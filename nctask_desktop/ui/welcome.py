"""The welcome page (connect a Nextcloud, or try the simulator) and the account bar above the work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop import APP_DISPLAY_NAME

from .widgets import Avatar, Banner, BusyBar, MutedLabel, scaled_font


class WelcomePage(QWidget):
    """First run: connect a Nextcloud, or try everything with the built-in simulated server."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        card = QWidget(self)
        card.setMaximumWidth(self.fontMetrics().averageCharWidth() * 70)
        layout = QVBoxLayout(card)
        spacing = self.fontMetrics().height()
        layout.setSpacing(spacing // 2)
        title = QLabel(self.tr("Welcome to {app}").format(app=APP_DISPLAY_NAME), card)
        title.setFont(scaled_font(self, 1.8, bold=True))
        title.setWordWrap(True)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Use the AI features of your own Nextcloud from your desktop: write and "
                "summarise text, translate, create images, transcribe recordings — with your own "
                "files, on your own server."
            ),
            card,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(spacing)
        self.connect_button = QPushButton(self.tr("Connect to your Nextcloud"), card)
        self.connect_button.setAccessibleName(self.tr("Connect to your Nextcloud"))
        self.connect_button.setDefault(True)
        self.connect_button.setMinimumHeight(round(self.fontMetrics().height() * 2.2))
        self.connect_button.setFont(scaled_font(self, 1.1))
        layout.addWidget(self.connect_button)
        layout.addWidget(
            MutedLabel(
                self.tr(
                    "You sign in through your browser; this app gets its own app password, which "
                    "you can revoke in your Nextcloud at any time. It needs Nextcloud 30 or newer."
                ),
                card,
            )
        )
        layout.addSpacing(spacing // 2)
        self.demo_button = QPushButton(self.tr("Try it without an account"), card)
        self.demo_button.setAccessibleName(self.tr("Try it without an account"))
        self.demo_button.setMinimumHeight(round(self.fontMetrics().height() * 2.2))
        layout.addWidget(self.demo_button)
        layout.addWidget(
            MutedLabel(
                self.tr(
                    "Starts a simulated Nextcloud on this computer, so you can try every feature. "
                    "Nothing is sent anywhere; the results are examples, and the demo forgets "
                    "its tasks when you quit."
                ),
                card,
            )
        )
        self.busy = BusyBar(card)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.error = Banner(card, kind="error")
        layout.addWidget(self.error)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.connect_button.setEnabled(not busy)
        self.demo_button.setEnabled(not busy)


class AccountBar(QFrame):
    """Who is signed in where, a switch between accounts, 'Add account…' and 'Sign out'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.avatar = Avatar(self, size=round(self.fontMetrics().height() * 2.4))
        layout.addWidget(self.avatar)
        names = QVBoxLayout()
        names.setSpacing(0)
        self.name_label = QLabel(self)
        self.name_label.setFont(scaled_font(self, 1.1, bold=True))
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.server_label = MutedLabel("", self)
        self.server_label.setWordWrap(False)
        names.addWidget(self.name_label)
        names.addWidget(self.server_label)
        layout.addLayout(names)
        layout.addStretch(1)
        switch_label = QLabel(self.tr("A&ccount:"), self)
        self.switcher = QComboBox(self)
        self.switcher.setAccessibleName(self.tr("Switch account"))
        self.switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.switcher.setMinimumContentsLength(18)
        switch_label.setBuddy(self.switcher)
        layout.addWidget(switch_label)
        layout.addWidget(self.switcher)
        self.add_button = QPushButton(self.tr("Add account…"), self)
        self.add_button.setAccessibleName(self.tr("Add account"))
        self.sign_out_button = QPushButton(self.tr("Sign out"), self)
        self.sign_out_button.setAccessibleName(self.tr("Sign out"))
        layout.addWidget(self.add_button)
        layout.addWidget(self.sign_out_button)
