"""A certificate this computer does not trust, shown so the user can decide: who it was issued to and
by, how long it is valid, and its SHA-256 fingerprint to compare with the server's administrator.
Trusting it pins it to the account (see api/tls.py)."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtNetwork import QSsl, QSslCertificate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.api import tls

from .widgets import MutedLabel, scaled_font


def _names(certificate: QSslCertificate) -> str:
    names = [str(n) for n in certificate.subjectInfo(QSslCertificate.SubjectInfo.CommonName)]
    for values in certificate.subjectAlternativeNames().values():
        names += [str(v) for v in values if str(v) not in names]
    return ", ".join(names)


def _issuer(certificate: QSslCertificate) -> str:
    parts = [
        str(v)
        for field in (
            QSslCertificate.SubjectInfo.CommonName,
            QSslCertificate.SubjectInfo.Organization,
        )
        for v in certificate.issuerInfo(field)
    ]
    return ", ".join(dict.fromkeys(parts))


def _date(moment: QDateTime) -> str:
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.LongFormat)


class CertificateDialog(QDialog):
    """Trust this certificate for this account, or Cancel (the default)."""

    def __init__(self, pem: str, server: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pem = pem
        self.fingerprint = tls.fingerprint(pem)
        certificate = QSslCertificate(pem.encode("ascii"), QSsl.EncodingFormat.Pem)
        self.setWindowTitle(self.tr("A certificate this computer does not trust"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Trust the certificate of {server}?").format(server=server), self)
        title.setFont(scaled_font(self, 1.2, bold=True))
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(
            MutedLabel(
                self.tr(
                    "This computer does not trust the certificate the server presents. If it is "
                    "your own server with its own certificate, compare the fingerprint below with "
                    "the one its administrator sees on the server. Trust it only if they are the "
                    "same: this account will then trust exactly this certificate, and refuse "
                    "any other."
                ),
                self,
            )
        )
        form = QFormLayout()
        self.issued_to = QLabel(_names(certificate), self)
        self.issued_by = QLabel(_issuer(certificate), self)
        self.valid_from = QLabel(_date(certificate.effectiveDate()), self)
        self.valid_until = QLabel(_date(certificate.expiryDate()), self)
        pairs = self.fingerprint.split(":")
        shown = ":".join(pairs[:16]) + "\n" + ":".join(pairs[16:])
        self.fingerprint_label = QLabel(shown, self)
        self.fingerprint_label.setFont(scaled_font(self, 1.0))
        self.fingerprint_label.setStyleSheet("font-family: monospace")
        for label, value in (
            (self.tr("Issued to:"), self.issued_to),
            (self.tr("Issued by:"), self.issued_by),
            (self.tr("Valid from:"), self.valid_from),
            (self.tr("Valid until:"), self.valid_until),
            (self.tr("SHA-256 fingerprint:"), self.fingerprint_label),
        ):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            value.setAccessibleName(label.rstrip(":"))
            value.setAccessibleDescription(value.text())
            form.addRow(label, value)
        layout.addLayout(form)
        buttons = QDialogButtonBox(self)
        self.trust_button = buttons.addButton(
            self.tr("Trust this certificate for this account"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.trust_button, self.cancel_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.trust_button.setAutoDefault(False)  # Return never trusts by accident
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.cancel_button.setDefault(True)  # after the button box chose its own default
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
