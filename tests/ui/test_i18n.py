"""Spanish and English: core messages translated in the UI, the language chosen at start-up and
remembered, and numbers, money and months in the chosen locale (app, report PDF and xlsx)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMenu

from slaworkshop.cli import run as cli_main
from slaworkshop.demo import demo_agreement
from slaworkshop.store import Store, default_path
from ui.widgets.numbers import money
from ui.window.app import install_language
from ui.window.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
RATE_MESSAGE = "a conversion rate must be more than 0 and at most 1 (100%), got {rate}"
RATE_SPANISH = "una tasa de conversión debe ser mayor que 0 y como mucho 1 (100 %); se dio {rate}"
SPANISH = QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture(autouse=True)
def keep_locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or \
        shutil.which("pyside6-lrelease")
    if found is None:
        pytest.skip("pyside6-lrelease is not installed")
    return found


def tiny_translator(tmp_path: Path) -> QTranslator:
    """A translation with one core message in Spanish, compiled with lrelease."""
    ts = tmp_path / "tiny_es.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="es_ES"><context><name>core</name><message>'
        f"<source>{RATE_MESSAGE}</source><translation>{RATE_SPANISH}</translation>"
        "</message></context></TS>\n", encoding="utf-8")
    qm = tmp_path / "tiny_es.qm"
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


def test_an_invalid_rate_in_the_stages_editor_is_refused_in_spanish(
        qtbot: object, qapp: QApplication, tmp_path: Path) -> None:
    from ui.editors.stages import StagesEditor
    from ui.models.stages_model import RATE
    from ui.session import AgreementSession
    from ui.window.main_window import MainWindow

    translator = tiny_translator(tmp_path)
    qapp.installTranslator(translator)
    try:
        path = tmp_path / "w.slaw"
        with Store.open(path) as store:
            store.create(demo_agreement("en"))
        store = Store.open(path)
        session = AgreementSession(store)
        session.select(store.list_agreements()[0].id)
        window = MainWindow(session, Settings(), extensions=())
        window.on_close.append(store.close)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.show()
        editor = next(e for e in window.editors if isinstance(e, StagesEditor))
        # What the table's editor hands over when "140" is typed into the rate cell.
        assert not editor.model.setData(editor.model.index(1, RATE), "140")
        shown = window.statusBar().currentMessage()
        assert "una tasa de conversión debe ser mayor que 0 y como mucho 1" in shown, shown
        assert "must be more than 0" not in shown
        assert session.agreement is not None
        assert str(session.agreement.stages[1].rate) == "0.4"
    finally:
        qapp.removeTranslator(translator)


def test_lang_es_makes_spanish_the_default_locale(qapp: QApplication) -> None:
    QLocale.setDefault(ENGLISH)
    translators = install_language(qapp, "es")
    try:
        assert QLocale().language() == QLocale.Language.Spanish
        assert QLocale().toString(1200000) == "1.200.000"
        # The shipped translation is loaded: the app's words read in Spanish.
        assert translators
        assert QCoreApplication.translate("MainWindow", "All changes saved") == \
            "Todos los cambios guardados"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    QLocale.setDefault(SPANISH)
    for translator in install_language(qapp, "en"):
        qapp.removeTranslator(translator)
    assert QLocale().language() == QLocale.Language.English


def test_the_language_menu_choice_is_remembered(qtbot: object, tmp_path: Path) -> None:
    from ui.session import AgreementSession
    from ui.window.main_window import MainWindow

    path = tmp_path / "w.slaw"
    with Store.open(path) as store:
        store.create(demo_agreement("en"))
    store = Store.open(path)
    session = AgreementSession(store)
    window = MainWindow(session, Settings(), extensions=())
    window.on_close.append(store.close)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    spanish = [a for menu in window.menuBar().findChildren(QMenu)
               for a in menu.actions() if a.text().replace("&", "") == "Español"]
    assert spanish, "View ▸ Language has no Español"
    spanish[0].trigger()
    assert Settings().language() == "es"
    assert "next time" in window.statusBar().currentMessage()


@pytest.mark.parametrize("how", ["--lang", "system locale"])
def test_first_start_in_spanish_seeds_the_spanish_demo(tmp_path: Path, how: str) -> None:
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    extra: list[str] = []
    if how == "--lang":
        extra = ["--lang", "es"]
    else:
        env.update(LANG="es_ES.UTF-8", LC_ALL="es_ES.UTF-8", LANGUAGE="es")
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), *extra,
                             "--screenshot", str(tmp_path / "es.png")], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    with Store.open(default_path(), read_only=True) as store:
        titles = [s.title for s in store.list_agreements()]
    assert titles == [demo_agreement("es").title]


def test_money_follows_the_locale_and_the_agreements_currency() -> None:
    assert money(Decimal(1200000), "EUR", SPANISH) == "1.200.000\u00a0€"
    assert money(Decimal(1200000), "EUR", ENGLISH) == "€1,200,000"
    assert money(Decimal("24000.50"), "USD", ENGLISH) == "$24,000.50"
    assert money(Decimal("24000.50"), "USD", SPANISH) == "24.000,50\u00a0$"
    assert money(Decimal(-5), "GBP", ENGLISH) == "-£5"
    assert money(Decimal(5), "CHF", ENGLISH) == "CHF\u00a05"


def test_spanish_app_formats_table_months_funnel_labels_and_money(
        qtbot: object, tmp_path: Path) -> None:
    from ui.editors.objective import ObjectiveEditor
    from ui.session import AgreementSession
    from ui.window.main_window import MainWindow

    QLocale.setDefault(SPANISH)
    path = tmp_path / "w.slaw"
    with Store.open(path) as store:
        store.create(demo_agreement("es"))
    store = Store.open(path)
    session = AgreementSession(store)
    session.select(store.list_agreements()[0].id)
    window = MainWindow(session, Settings(), extensions=())
    window.on_close.append(store.close)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1280, 800)
    window.show()
    from ui.plan.monthly_table import MonthlyTable

    table = window.findChild(MonthlyTable)
    assert table is not None
    model = table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert any(str(h).startswith("ene") and str(h).endswith("2027") for h in headers), headers
    from ui.plan.funnel_chart import FunnelChart

    chart = window.findChild(FunnelChart)
    assert chart is not None
    assert any("50.000" in label for label in chart.bar_labels()), chart.bar_labels()
    objective = next(e for e in window.editors if isinstance(e, ObjectiveEditor))
    assert "24.000\u00a0€" in objective.summary.text(), objective.summary.text()
    assert "EUR" not in objective.summary.text()


@pytest.fixture
def tracked(tmp_path: Path) -> tuple[Path, int]:
    from tests.test_tracking import FIXTURE_ACTUALS, fixture_agreement

    path = tmp_path / "t.slaw"
    with Store.open(path) as store:
        agreement_id = store.create(fixture_agreement())
        store.apply_actuals(agreement_id, {(k, m): v for k, months in FIXTURE_ACTUALS.items()
                                           for m, v in months.items()})
    return path, agreement_id


def run_report(*args: str) -> int:
    return cli_main(["report", *args], packages=("slaworkshop.commands", "ui.commands"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_report_pdf_in_spanish(tracked: tuple[Path, int], tmp_path: Path,
                               qapp: QApplication) -> None:
    path, agreement_id = tracked
    out = tmp_path / "informe.pdf"
    assert run_report("--db", str(path), str(agreement_id), "--month", "2027-03",
                      "--lang", "es", "--pdf", str(out)) == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "marzo 2027" in text
    english = tmp_path / "report.pdf"
    assert run_report("--db", str(path), str(agreement_id), "--month", "2027-03",
                      "--pdf", str(english)) == 0
    text_en = subprocess.run(["pdftotext", "-layout", str(english), "-"], capture_output=True,
                             text=True, check=True).stdout
    assert "March 2027" in text_en


def test_report_xlsx_in_spanish_uses_the_translation(
        tracked: tuple[Path, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import load_workbook

    path, agreement_id = tracked
    # A translation file with the workbook's sheet names and a header in Spanish.
    folder = tmp_path / "i18n"
    folder.mkdir()
    ts = folder / "slaworkshop_es.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="es_ES"><context><name>report_xlsx</name>'
        "<message><source>Report</source><translation>Informe</translation></message>"
        "<message><source>Findings</source><translation>Hallazgos</translation></message>"
        "<message><source>Target</source><translation>Objetivo</translation></message>"
        "</context></TS>\n", encoding="utf-8")
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(folder / "slaworkshop_es.qm")],
                   check=True)
    import ui.document.export as export

    monkeypatch.setattr(export, "TRANSLATION_FOLDERS", (folder,))
    out = tmp_path / "informe.xlsx"
    assert run_report("--db", str(path), str(agreement_id), "--month", "2027-03",
                      "--lang", "es", "--xlsx", str(out)) == 0
    book = load_workbook(out)
    assert book.sheetnames[:2] == ["Informe", "Hallazgos"]
    headers = [c.value for c in book["Informe"][3]]
    assert "Objetivo" in headers and "Target" not in headers
    english = tmp_path / "report.xlsx"
    assert run_report("--db", str(path), str(agreement_id), "--month", "2027-03",
                      "--xlsx", str(english)) == 0
    assert load_workbook(english).sheetnames[:2] == ["Report", "Findings"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_agreement_pdf_in_spanish_writes_euros_the_spanish_way(tmp_path: Path,
                                                               qapp: QApplication) -> None:
    path = tmp_path / "w.slaw"
    with Store.open(path) as store:
        agreement_id = store.create(demo_agreement("es"))
    out = tmp_path / "acuerdo.pdf"
    assert cli_main(["export-agreement", "--db", str(path), str(agreement_id), str(out),
                     "--lang", "es"], packages=("slaworkshop.commands", "ui.commands")) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout.replace("\u00a0", " ")
    assert "1.200.000 €" in text
    assert "€1,200,000" not in text and "1,200,000" not in text
    assert "enero 2027" in text


def test_figures_read_the_same_in_the_document_the_compare_dialog_and_the_import() -> None:
    from ui.document.blocks import Formatter
    from ui.signing.compare_dialog import ChangesModel
    from ui.widgets.numbers import number_text

    assert number_text(Decimal("1234567"), SPANISH) == "1.234.567"
    assert number_text(Decimal("2.50"), SPANISH) == "2,5"
    assert number_text(Decimal("0.123456"), ENGLISH) == "0.1235"
    assert number_text(Decimal("0.123456"), ENGLISH, max_places=15) == "0.123456"
    assert Formatter(SPANISH, "EUR").decimal(Decimal("12345.5")) == "12.345,5"
    previous = QLocale()
    QLocale.setDefault(SPANISH)
    try:
        assert ChangesModel().number("12345.5") == "12.345,5"
        assert ChangesModel().number("draft") == "draft"
    finally:
        QLocale.setDefault(previous)
