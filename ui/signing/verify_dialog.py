"""Agreement ▸ Verify a document or fingerprint: the same check as ``slaworkshop verify``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.store import Store
from slaworkshop.verify import VerifyError, verify_argument
from ui.models.agreement_list_model import status_label


class VerifyDialog(QDialog):
    """Paste a fingerprint or choose an exported PDF; the answer shows below."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Verify a document or fingerprint"))
        self.resize(640, 260)
        explanation = QLabel(self.tr(
            "Checks that a signed agreement is genuine: its fingerprint must belong to a signed "
            "revision in this workshop file, and the stored content must still hash to it."))
        explanation.setWordWrap(True)
        self.input = QLineEdit()
        self.input.setPlaceholderText(self.tr("Fingerprint (64 digits, or the first 16 as "
                                              "printed on the pages) or a PDF file"))
        self.browse_button = QPushButton(self.tr("Choose PDF…"))
        self.browse_button.clicked.connect(self.choose_pdf)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.verify_button = buttons.addButton(self.tr("Verify"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.verify_button.clicked.connect(self.verify)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(self.answer, 1)
        layout.addWidget(buttons)
        self.verified: bool | None = None

    def choose_pdf(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose an exported PDF"), "",
                                                    self.tr("PDF documents (*.pdf)"))
        if path:
            self.input.setText(path)
            self.verify()

    def verify(self) -> bool:
        text = self.input.text().strip()
        if not text:
            self.answer.setText(self.tr("Enter a fingerprint or choose a PDF."))
            self.verified = None
            return False
        try:
            outcome = verify_argument(self.store, text)
        except VerifyError as exc:
            self.verified = False
            self.answer.setStyleSheet("color: #a32020;")
            self.answer.setText(self.tr("Not verified: %1").replace("%1", str(exc)))
            return False
        agreement = outcome.agreement
        signers = "; ".join(
            self.tr("%1: %2, %3").replace("%1", s.party).replace("%2", s.signer)
            .replace("%3", s.signed_on) for s in agreement.signatures)
        self.verified = True
        self.answer.setStyleSheet("color: #1d6b35;")
        self.answer.setText(self.tr(
            "Verified. “%1”, revision %2 (%3), is signed and its stored content still matches "
            "the fingerprint %4.\nSigned by %5.")
            .replace("%1", agreement.title).replace("%2", str(agreement.revision))
            .replace("%3", status_label(agreement.status)).replace("%4", outcome.fingerprint)
            .replace("%5", signers))
        if not outcome.signatures_sealed:
            self.answer.setText(self.answer.text() + "\n" + self.tr(
                "This revision was sealed by an older version of SLA Workshop, which did not "
                "seal the signatures themselves: only the content is verified."))
        return True
