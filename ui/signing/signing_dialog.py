"""The dialog in which a party's representative signs a revision."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.fingerprint import short
from slaworkshop.model import Agreement, Signature
from ui.signing.signature_pad import SignaturePad


class SigningDialog(QDialog):
    """Party, signer, role, date and a drawn signature; ``signature()`` gives the result."""

    def __init__(self, agreement: Agreement, fingerprint: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agreement = agreement
        self.fingerprint = fingerprint
        self.setWindowTitle(self.tr("Sign “%1”").replace("%1", agreement.title))
        signed = {s.party: s for s in agreement.signatures}
        self.waiting = [p for p in agreement.parties if p.name not in signed]

        intro = QLabel(self.tr(
            "You are signing revision %1 of this agreement, identified by the fingerprint "
            "%2. When every party has signed, the revision is sealed and can no longer be "
            "changed.").replace("%1", str(agreement.revision)).replace("%2", short(fingerprint)))
        intro.setWordWrap(True)
        already = [self.tr("%1 (%2, %3)").replace("%1", s.party).replace("%2", s.signer)
                   .replace("%3", s.signed_on) for s in agreement.signatures]
        self.already_label = QLabel(self.tr("Already signed: %1").replace(
            "%1", "; ".join(already)) if already else self.tr("Nobody has signed yet."))
        self.already_label.setWordWrap(True)

        self.party_box = QComboBox()
        for party in self.waiting:
            self.party_box.addItem(party.name, party.name)
        self.signer_edit = QLineEdit()
        self.signer_edit.setPlaceholderText(self.tr("Full name of the person who signs"))
        self.role_edit = QLineEdit()
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.pad = SignaturePad()
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.pad.clear)

        form = QFormLayout()
        form.addRow(self.tr("Party:"), self.party_box)
        form.addRow(self.tr("Signer:"), self.signer_edit)
        form.addRow(self.tr("Role:"), self.role_edit)
        form.addRow(self.tr("Date:"), self.date_edit)
        pad_row = QHBoxLayout()
        pad_row.addWidget(self.pad, 1)
        pad_row.addWidget(self.clear_button)
        form.addRow(self.tr("Signature (optional):"), pad_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(self.tr("Sign"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.already_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.party_box.currentIndexChanged.connect(self._fill_from_party)
        self.signer_edit.textChanged.connect(self._update_button)
        self._fill_from_party()

    def _fill_from_party(self) -> None:
        party = self.agreement.party(self.party_box.currentData() or "")
        if party is not None:
            self.signer_edit.setText(party.representative)
            self.role_edit.setText(party.role)
        self._update_button()

    def _update_button(self) -> None:
        self.sign_button.setEnabled(bool(self.party_box.currentData())
                                    and bool(self.signer_edit.text().strip()))

    def signature(self) -> Signature:
        return Signature(party=str(self.party_box.currentData() or ""),
                         signer=self.signer_edit.text().strip(),
                         role=self.role_edit.text().strip(),
                         signed_on=self.date_edit.date().toString("yyyy-MM-dd"),
                         image=self.pad.png())
