"""Agreement menu: Sign…, Export agreement as PDF/DOCX…, Verify…, Compare revisions…

An extension of the main window (see ``ui/window/extensions.py``): ``install(window)`` adds the
actions and keeps them enabled only when they apply to the selected agreement.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from slaworkshop.bounds import file_name
from slaworkshop.fingerprint import short
from slaworkshop.model import Status, ValidationError
from slaworkshop.store import StoreError, revision_chain


def install(window: Any) -> None:
    window.signing_actions = SigningActions(window)


def document_language() -> str:
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


class SigningActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        menu = window.menus["agreement"]
        menu.addSeparator()
        self.sign_action = self._action(menu, self.tr("&Sign…"), self.sign)
        self.sign_action.setStatusTip(self.tr("Record a party's signature on this revision"))
        self.export_pdf_action = self._action(menu, self.tr("Export agreement as &PDF…"),
                                              lambda: self.export(".pdf"))
        self.export_docx_action = self._action(menu, self.tr("Export agreement as &DOCX…"),
                                               lambda: self.export(".docx"))
        menu.addSeparator()
        self.verify_action = self._action(menu, self.tr("&Verify a document or fingerprint…"),
                                          self.verify)
        self.compare_action = self._action(menu, self.tr("&Compare revisions…"), self.compare)
        # An edit of the agreement shown (every keystroke) only re-checks what it can change;
        # the revisions to compare come from the list of agreements, read when that changes.
        self.session.changed.connect(self.refresh)
        self.session.agreementsChanged.connect(self._refresh_compare)
        self.session.currentChanged.connect(self._refresh_compare)
        self.refresh()
        self._refresh_compare()

    def _action(self, menu: Any, text: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def refresh(self, *_args: object) -> None:
        agreement = self.session.agreement
        selected = agreement is not None and agreement.id is not None
        signable = (selected and not self.session.read_only and agreement.is_editable
                    and bool(agreement.parties) and not self.session.problems)
        self.sign_action.setEnabled(bool(signable))
        exportable = selected and not self.session.problems
        self.export_pdf_action.setEnabled(bool(exportable))
        self.export_docx_action.setEnabled(bool(exportable))
        self.verify_action.setEnabled(True)

    def _refresh_compare(self, *_args: object) -> None:
        agreement_id = self.session.current_id
        chain = [] if agreement_id is None else revision_chain(self.session.summaries(),
                                                               agreement_id)
        self.compare_action.setEnabled(len(chain) > 1)

    def sign(self) -> None:
        self.session.flush()  # the document and the file hold the edit shown last
        agreement = self.session.agreement
        if agreement is None or agreement.id is None or not self.session.editable:
            return
        from ui.signing.signing_dialog import SigningDialog  # built on first use: start-up skips it

        store = self.session.store
        dialog = SigningDialog(agreement, store.content_fingerprint(agreement), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        signature = dialog.signature()
        try:
            sealed = store.sign(agreement.id, signature)
        except (StoreError, ValidationError) as exc:
            QMessageBox.warning(self.window, self.tr("Not signed"), str(exc))
            return
        # A signature is not an undoable edit; older edits must not be undone past it.
        self.session.undo_stack.clear()
        self.session.reload()
        self.session.agreementsChanged.emit()
        after = self.session.agreement
        if sealed and after is not None and after.fingerprint:
            self.window.show_status(self.tr("Every party has signed; revision %1 is sealed.")
                                    .replace("%1", str(after.revision)))
            QMessageBox.information(self.window, self.tr("Agreement sealed"), self.tr(
                "Every party has signed. Revision %1 is sealed and can no longer be changed; "
                "its fingerprint is %2.").replace("%1", str(after.revision))
                .replace("%2", short(after.fingerprint)))
        else:
            self.window.show_status(self.tr("%1 signed for %2.").replace("%1", signature.signer)
                                    .replace("%2", signature.party))

    def suggested_path(self, suffix: str) -> str:
        agreement = self.session.agreement
        assert agreement is not None
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = self.tr("%1 - revision %2").replace("%1", agreement.title).replace(
            "%2", str(agreement.revision))
        return str(Path(folder) / file_name(name, suffix))

    def export(self, suffix: str) -> None:
        self.session.flush()  # the document and the file hold the edit shown last
        agreement = self.session.agreement
        if agreement is None or agreement.id is None:
            return
        if suffix == ".pdf":
            caption, filters = self.tr("Export agreement as PDF"), self.tr("PDF (*.pdf)")
        else:
            caption, filters = (self.tr("Export agreement as DOCX"),
                                self.tr("Word document (*.docx)"))
        path, _filter = QFileDialog.getSaveFileName(self.window, caption,
                                                    self.suggested_path(suffix), filters)
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() != suffix:
            out = out.with_name(out.name + suffix)
        from ui.document.export import ExportError, export_agreement

        try:
            export_agreement(self.session.store, agreement.id, out, document_language())
        except (ExportError, StoreError, ValidationError) as exc:
            QMessageBox.warning(self.window, self.tr("Not exported"), str(exc))
            return
        note = "" if agreement.status is not Status.DRAFT else self.tr(
            " (a draft: every page is marked DRAFT)")
        self.window.show_status(self.tr("Exported to %1%2").replace("%1", str(out))
                                .replace("%2", note))

    def verify(self) -> None:
        self.session.flush()  # the document and the file hold the edit shown last
        from ui.signing.verify_dialog import VerifyDialog

        VerifyDialog(self.session.store, self.window).exec()

    def compare(self) -> None:
        self.session.flush()  # the document and the file hold the edit shown last
        agreement = self.session.agreement
        if agreement is None or agreement.id is None:
            return
        from ui.signing.compare_dialog import CompareDialog

        CompareDialog(self.session.store, agreement.id, self.window).exec()
