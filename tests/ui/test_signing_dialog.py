"""Signing in the app: the pad, the dialog, the Agreement menu actions, compare and verify."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
)

from slaworkshop.demo import demo_agreement
from slaworkshop.model import Signature, Status
from slaworkshop.store import Store
from ui.session import AgreementSession
from ui.signing.actions import install
from ui.signing.compare_dialog import CompareDialog
from ui.signing.signing_dialog import SigningDialog
from ui.signing.verify_dialog import VerifyDialog

DEMO_GOLDEN = "70a321426237bae011f9e72a0bbf79afdab3def80dd94a87b30c30bbe610df9a"


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "workshop.slaw") as opened:
        yield opened


@pytest.fixture
def session(qtbot, store: Store) -> AgreementSession:
    session = AgreementSession(store)
    session.select(store.create(demo_agreement()))
    return session


class FakeWindow(QMainWindow):
    """The main window's extension API (ui/window/extensions.py), nothing more."""

    def __init__(self, session: AgreementSession) -> None:
        super().__init__()
        self.session = session
        self.menus = {key: QMenu(key, self) for key in
                      ("file", "edit", "agreement", "view", "help")}
        self.tabs = QTabWidget()
        self.setCentralWidget(self.tabs)
        self.drop_handlers: list[object] = []
        self.statuses: list[str] = []

    def show_status(self, text: str) -> None:
        self.statuses.append(text)


@pytest.fixture
def window(qtbot, session: AgreementSession) -> FakeWindow:
    window = FakeWindow(session)
    qtbot.addWidget(window)
    install(window)
    return window


def actions(window: FakeWindow) -> dict[str, object]:
    return {a.text().replace("&", ""): a for a in window.menus["agreement"].actions()
            if a.text()}


def draw(qtbot, pad) -> None:
    points = [QPoint(30, 90), QPoint(80, 40), QPoint(140, 100), QPoint(200, 50),
              QPoint(260, 95)]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(pad, point)
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=points[-1])


def ink_pixels(png: bytes) -> int:
    image = QImage()
    assert image.loadFromData(QByteArray(png), "PNG")
    return sum(1 for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)
               if image.pixelColor(x, y).alpha() > 0)


def test_drawing_on_the_pad_stores_a_png_with_the_signature(qtbot, session, store) -> None:
    agreement = session.agreement
    dialog = SigningDialog(agreement, store.content_fingerprint(agreement))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.pad.is_empty() and dialog.pad.png() is None
    with qtbot.waitSignal(dialog.pad.changed):
        draw(qtbot, dialog.pad)
    assert not dialog.pad.is_empty()
    signature = dialog.signature()
    assert signature.image is not None and signature.image.startswith(b"\x89PNG\r\n\x1a\n")
    store.sign(agreement.id, signature)
    stored = store.load(agreement.id).signatures[0]
    assert stored.image == signature.image
    assert ink_pixels(stored.image) > 20
    dialog.clear_button.click()
    assert dialog.pad.png() is None


def test_dialog_offers_the_parties_still_to_sign_with_their_representatives(
        qtbot, session, store) -> None:
    store.sign(session.agreement.id, Signature("Marketing", "Laura Méndez", "", "2027-01-14"))
    session.reload()
    dialog = SigningDialog(session.agreement, DEMO_GOLDEN)
    qtbot.addWidget(dialog)
    assert [dialog.party_box.itemText(i) for i in range(dialog.party_box.count())] == ["Sales"]
    assert dialog.signer_edit.text() == "Daniel Ortega"
    assert dialog.role_edit.text() == "Sales Director"
    assert "Marketing (Laura Méndez, 2027-01-14)" in dialog.already_label.text()
    assert dialog.sign_button.isEnabled()
    dialog.signer_edit.clear()
    assert not dialog.sign_button.isEnabled()


def sign_through_menu(monkeypatch, window, party: str, signer: str) -> None:
    def fake_exec(dialog: SigningDialog) -> int:
        dialog.party_box.setCurrentIndex(dialog.party_box.findData(party))
        dialog.signer_edit.setText(signer)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SigningDialog, "exec", fake_exec)
    actions(window)["Sign…"].trigger()


def test_signing_from_the_menu_seals_and_then_edits_are_refused(
        qtbot, monkeypatch, window, session, store) -> None:
    menu = actions(window)
    assert menu["Sign…"].isEnabled()
    assert not menu["Compare revisions…"].isEnabled()
    assert menu["Export agreement as PDF…"].isEnabled()
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: informed.append(text))
    sign_through_menu(monkeypatch, window, "Marketing", "Laura Méndez")
    assert window.statuses[-1] == "Laura Méndez signed for Marketing."
    assert session.agreement.status is Status.DRAFT
    sign_through_menu(monkeypatch, window, "Sales", "Daniel Ortega")
    assert session.agreement.status is Status.SIGNED
    assert session.agreement.fingerprint == DEMO_GOLDEN
    assert informed and "70a3 2142 6237 bae0" in informed[0]
    assert not menu["Sign…"].isEnabled()
    assert session.undo_stack.count() == 0
    # An edit of the sealed revision does nothing, and the file keeps the signed numbers.
    assert session.edit("Revenue", lambda a: setattr(a.objective, "revenue",
                                                     Decimal(2000000))) is False
    assert store.load(session.current_id).objective.revenue == Decimal(1200000)


def test_an_edit_after_a_signature_asks_first_and_then_clears_signatures(
        qtbot, session, store) -> None:
    store.sign(session.agreement.id, Signature("Marketing", "Laura Méndez"))
    session.reload()
    questions: list[str] = []
    session.confirm = lambda text: questions.append(text) or False
    assert session.edit("Revenue", lambda a: setattr(a.objective, "revenue",
                                                     Decimal(1500000))) is False
    assert len(store.load(session.current_id).signatures) == 1
    assert "clears their signatures" in questions[0]
    session.confirm = lambda _text: True
    assert session.edit("Revenue", lambda a: setattr(a.objective, "revenue",
                                                     Decimal(1500000))) is True
    QApplication.processEvents()  # the turn after the edit: painted, then written
    assert store.load(session.current_id).signatures == []


def test_export_pdf_from_the_menu_writes_the_chosen_file(
        qtbot, monkeypatch, window, tmp_path) -> None:
    target = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args, **_kwargs: (str(target), "PDF (*.pdf)"))
    actions(window)["Export agreement as PDF…"].trigger()
    written = tmp_path / "out.pdf"
    assert written.read_bytes().startswith(b"%PDF-")
    assert window.statuses[-1].startswith(f"Exported to {written}")
    assert "DRAFT" in window.statuses[-1]


def seal(store: Store, agreement_id: int) -> None:
    store.sign(agreement_id, Signature("Marketing", "Laura Méndez", "", "2027-01-14"))
    store.sign(agreement_id, Signature("Sales", "Daniel Ortega", "", "2027-01-15"))


def test_compare_dialog_lists_what_changed_between_revisions(qtbot, qtmodeltester, session,
                                                             store, window) -> None:
    first = session.current_id
    seal(store, first)
    second = store.revise(first)
    revised = store.load(second)
    revised.objective.revenue = Decimal(1500000)
    revised.stages[0].rate = Decimal("0.025")
    store.save(revised)
    session.agreementsChanged.emit()
    session.select(second)
    assert actions(window)["Compare revisions…"].isEnabled()
    dialog = CompareDialog(store, second)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    rows = [tuple(dialog.model.index(r, c).data() for c in range(4))
            for r in range(dialog.model.rowCount())]
    assert ("Objective", "revenue target", "1,200,000", "1,500,000") in rows
    assert ("Stages and rates", "Visits · conversion rate", "2 %", "2.5 %") in rows
    assert ("Targets", "Visits · annual target", "50,000", "50,800") in rows
    assert ("Targets", "Customers · annual target", "30", "38") in rows
    assert dialog.summary.text() == f"{len(rows)} changes"
    dialog.old_box.setCurrentIndex(1)
    assert dialog.model.rowCount() == 0
    assert dialog.summary.text() == "Choose two different revisions."


def test_verify_dialog_answers_for_a_fingerprint(qtbot, session, store) -> None:
    seal(store, session.current_id)
    dialog = VerifyDialog(store)
    qtbot.addWidget(dialog)
    dialog.input.setText("70a3 2142 6237 bae0")
    dialog.verify_button.click()
    assert dialog.verified is True
    assert "Verified." in dialog.answer.text() and "Daniel Ortega" in dialog.answer.text()
    dialog.input.setText("0" * 64)
    dialog.verify_button.click()
    assert dialog.verified is False
    assert dialog.answer.text().startswith("Not verified: no signed revision")
    # The answer label once shadowed QDialog.result(), which exec() callers read.
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
