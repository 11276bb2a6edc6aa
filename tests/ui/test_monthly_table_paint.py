"""The monthly table paints its cells itself (all its numbers as one run of glyphs): what
people see must be what Qt's own table view paints, pixel for pixel, in every state a person
can put it in — a chosen row, the keyboard focus, a column narrowed until its numbers are cut,
a large plan scrolled, Spanish numbers, a disabled window, and a repaint of part of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QImage, QPaintEvent, QRegion
from PySide6.QtWidgets import QTableView

from slaworkshop.demo import demo_agreement
from slaworkshop.model import Agreement
from slaworkshop.plan import plan_for
from tests.ui.test_incremental_views import large
from ui.plan.monthly_table import MonthlyTable


class StockTable(MonthlyTable):
    """The same table painted by Qt's own QTableView.paintEvent and item delegate."""

    def paintEvent(self, event: QPaintEvent) -> None:
        QTableView.paintEvent(self, event)


def _pair(qtbot: Any, agreement: Agreement, size: tuple[int, int] = (900, 300),
          arrange: Callable[[MonthlyTable], None] | None = None
          ) -> tuple[list[MonthlyTable], list[QImage]]:
    """The table and the stock one, each arranged and painted (one at a time: the keyboard
    focus goes to one window only)."""
    tables: list[MonthlyTable] = []
    images: list[QImage] = []
    for kind in (MonthlyTable, StockTable):
        table = kind()
        qtbot.addWidget(table)
        table.resize(*size)
        table.set_plan(plan_for(agreement), agreement)
        table.show()
        qtbot.waitExposed(table)
        if arrange is not None:
            arrange(table)
        tables.append(table)
        images.append(_painted(table))
        if kind is MonthlyTable:
            # A second paint, with every text's glyphs known, paints alike.
            assert _differing(_painted(table), images[-1]) == 0
    return tables, images


def _drew_glyph_runs(table: MonthlyTable) -> bool:
    """Whether the table's own paint ran and drew numbers as glyph runs."""
    return any(glyphs._texts for glyphs in table._glyphs.values())


def _painted(table: MonthlyTable) -> QImage:
    return table.viewport().grab().toImage()


def _differing(first: QImage, second: QImage) -> int:
    assert first.size() == second.size()
    return sum(first.pixel(x, y) != second.pixel(x, y)
               for y in range(first.height()) for x in range(first.width()))


def _same_as_stock(qtbot: Any, agreement: Agreement, **kwargs: Any) -> MonthlyTable:
    (own, _stock), (mine, theirs) = _pair(qtbot, agreement, **kwargs)
    assert _drew_glyph_runs(own), "the table's own paint did not run (it fell back)"
    assert _differing(mine, theirs) == 0
    return own


def test_the_plain_table_paints_as_qt_paints_it(qtbot: Any, english: object) -> None:
    table = _same_as_stock(qtbot, demo_agreement("en"))
    assert table.shown(0, 14) == "50,000"


def test_a_chosen_row_with_the_keyboard_focus_paints_as_qt_paints_it(
        qtbot: Any, english: object) -> None:
    def choose(table: MonthlyTable) -> None:
        table.activateWindow()
        table.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(table.hasFocus)
        table.selectRow(2)
        table.setCurrentIndex(table.model_.index(2, 4))
        focused.append(table.hasFocus())

    focused: list[bool] = []
    (own, _stock), (mine, theirs) = _pair(qtbot, demo_agreement("en"), arrange=choose)
    assert focused == [True, True]
    assert _differing(mine, theirs) == 0
    # The chosen row is filled with the highlight colour, the others are not.
    row = own.visualRect(own.model_.index(2, 1))
    highlight = own.palette().highlight().color().rgb()
    assert QImage.pixel(mine, row.left() + 2, row.top() + 2) == highlight
    other = own.visualRect(own.model_.index(0, 1))
    assert QImage.pixel(mine, other.left() + 2, other.top() + 2) != highlight


def test_a_narrowed_column_cuts_its_numbers_as_qt_does(qtbot: Any, english: object) -> None:
    def narrow(table: MonthlyTable) -> None:
        table.setColumnWidth(1, 34)   # "8,500" no longer fits
        table.setColumnWidth(14, 40)  # nor does the bold "50,000"

    _same_as_stock(qtbot, demo_agreement("en"), arrange=narrow)


@pytest.mark.parametrize("spare", [0, -1])
def test_a_text_just_as_wide_as_its_cell_is_cut_only_when_qt_cuts_it(
        qtbot: Any, english: object, spare: int) -> None:
    """The bold "1,000" of the totals is 37.92 px wide, which Qt rounds to 38: with 38 px of
    room it stands whole, with 37 it is cut, as Qt's own table does."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QStyle

    def fit(table: MonthlyTable) -> None:
        bold = QFont(table.font())
        bold.setBold(True)
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                           table) + 1
        room = QFontMetrics(bold).horizontalAdvance("1,000") + spare
        table.setColumnWidth(14, room + 1 + 2 * margin)

    table = _same_as_stock(qtbot, demo_agreement("en"), arrange=fit)
    assert table.shown(1, 14) == "1,000"


def test_a_large_plan_scrolled_paints_as_qt_paints_it(qtbot: Any, english: object) -> None:
    def scroll(table: MonthlyTable) -> None:
        table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum() // 2 + 7)
        table.verticalScrollBar().setValue(3)

    _same_as_stock(qtbot, large(), size=(700, 400), arrange=scroll)


def test_spanish_numbers_and_a_disabled_table_paint_as_qt_paints_them(qtbot: Any) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    try:
        table = _same_as_stock(qtbot, demo_agreement("es"),
                               arrange=lambda table: table.setEnabled(False))
        assert table.shown(0, 14) == "50.000"
    finally:
        QLocale.setDefault(previous)


@pytest.mark.parametrize("area", [QRect(130, 40, 160, 70), QRect(0, 0, 60, 500),
                                  QRect(500, 150, 900, 40)])
def test_a_repaint_of_part_of_the_table_paints_that_part_as_qt_does(
        qtbot: Any, english: object, area: QRect) -> None:
    (own, stock), _ = _pair(qtbot, demo_agreement("en"))
    images = []
    for table in (own, stock):
        image = QImage(table.viewport().size(), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.magenta)
        table.viewport().render(image, QPoint(), QRegion(area))
        images.append(image)
    assert _drew_glyph_runs(own)
    assert _differing(*images) == 0
    # Only the asked part was painted: outside it the image is untouched.
    inside = area.intersected(own.viewport().rect())
    outside = QPoint(inside.right() + 3, inside.bottom() + 3)
    if own.viewport().rect().contains(outside):
        assert images[0].pixelColor(outside) == Qt.GlobalColor.magenta


def test_numbers_go_out_as_glyphs_only_where_the_font_does_not_shape_pairs(
        qtbot: Any, english: object) -> None:
    """A number is placed glyph by glyph only when every pair of its characters is as wide
    together as apart: a kerned pair ("AV" in DejaVu Sans) or a character the font lacks
    goes to the text path, which shapes it as Qt does."""
    from PySide6.QtGui import QFontMetricsF

    from ui.plan.monthly_table import _NumberGlyphs

    table = MonthlyTable()
    qtbot.addWidget(table)
    font = table.font()
    metrics = QFontMetricsF(font)
    glyphs = _NumberGlyphs(font, metrics)
    for text in ("1,234,567", "1.234.567", "70,707"):
        shaped = glyphs.shaped(text)
        assert shaped is not None, text
        assert shaped[0] == metrics.horizontalAdvance(text)
        assert len(shaped[1]) == len(text)
    # Same number of digits, same places: the glyphs' offsets and points are shared.
    assert glyphs.shaped("12,345")[2] == glyphs.shaped("98,760")[2]  # type: ignore[index]
    assert glyphs.shaped("12,345")[2] != glyphs.shaped("2,345")[2]  # type: ignore[index]
    assert glyphs.cell("12,345", 0, 100, 12.0)[1] is glyphs.cell("98,760", 0, 100, 12.0)[1]
    # In a font whose digits are not all as wide, two texts may share their offsets but not
    # their width (the last glyph differs): right-aligned, they start at other places.
    narrow, wide = (5.0, [1, 2], (0.0, 3.0)), (6.0, [1, 3], (0.0, 3.0))
    assert glyphs.placed(100, 12.0, narrow)[0].x() == 95.0
    assert glyphs.placed(100, 12.0, wide)[0].x() == 94.0
    apart = metrics.horizontalAdvance("A") + metrics.horizontalAdvance("V")
    if metrics.horizontalAdvance("AV") == apart:
        pytest.skip("this font does not kern “AV”")
    glyphs = _NumberGlyphs(font, metrics)  # "A" alone, before any other character
    assert glyphs.shaped("A") is not None
    assert glyphs.shaped("AV") is None and glyphs.shaped("V") is None
    assert glyphs.shaped("1\ue000") is None  # a private-use character: no glyph of its own
    # In a cell, such a text is drawn as a text, not as glyphs.
    assert glyphs.cell("AV", 0, 100, 12.0) == ()
    assert glyphs.cell("1,234", 0, 100, 12.0)[0] == glyphs.shaped("1,234")[1]  # type: ignore[index]
    assert glyphs.cell("1,234,567", 0, 5, 12.0) == ()  # cut: it does not fit 5 px


def test_a_new_palette_and_font_after_a_paint_paint_as_qt_paints_them(
        qtbot: Any, english: object) -> None:
    """What every paint shares (colours, fonts, glyphs) is kept between paints: a palette
    or font set afterwards must still show."""
    from PySide6.QtGui import QColor, QPalette

    def restyle(table: MonthlyTable) -> None:
        _painted(table)  # kept with the old palette and font
        palette = table.palette()
        palette.setColor(QPalette.ColorRole.Text, QColor("#a0106a"))
        palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#dff0e0"))
        table.setPalette(palette)
        font = table.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        table.setFont(font)

    (_own, _stock), (mine, theirs) = _pair(qtbot, demo_agreement("en"), arrange=restyle)
    assert _differing(mine, theirs) == 0
    # The new text colour is on the screen.
    colours = {mine.pixelColor(x, y).name() for y in range(mine.height())
               for x in range(mine.width())}
    assert "#a0106a" in colours and "#dff0e0" in colours


@pytest.mark.parametrize("larger", [1, 2, 3, 4])
def test_larger_type_is_centred_in_its_rows_as_qt_centres_it(
        qtbot: Any, english: object, larger: int) -> None:
    """At 10 and 12 points (rows 44 and 45 pixels high) the text sits where Qt puts it: the
    line's height is its text layout's (16 at 10 points, where QFontMetrics says 15), and
    each half of the centring is rounded down on its own (QStyle.alignedRect)."""
    def enlarge(table: MonthlyTable) -> None:
        font = table.font()
        font.setPointSizeF(font.pointSizeF() + larger)
        table.setFont(font)

    _same_as_stock(qtbot, demo_agreement("en"), size=(1100, 300), arrange=enlarge)


_AT_SCALE = """
import sys
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication([])
from slaworkshop.demo import demo_agreement
from slaworkshop.plan import plan_for
from ui.plan.monthly_table import MonthlyTable

class Stock(MonthlyTable):
    def paintEvent(self, event):
        QTableView.paintEvent(self, event)

images = []
for kind in (MonthlyTable, Stock):
    table = kind()
    table.resize(900, 300)
    agreement = demo_agreement("en")
    table.set_plan(plan_for(agreement), agreement)
    table.show()
    for _ in range(5):
        app.processEvents()
    images.append(table.viewport().grab().toImage())
    table.close()
mine, theirs = images
print(mine.devicePixelRatio(), sum(mine.pixel(x, y) != theirs.pixel(x, y)
                                   for y in range(mine.height()) for x in range(mine.width())))
"""


@pytest.mark.parametrize("scale", ["1.5", "2"])
def test_on_a_high_density_screen_the_table_paints_as_qt_paints_it(scale: str) -> None:
    """The glyphs are placed in the table's own pixels; on a screen of 1.5 or 2 device
    pixels to each, Qt draws them where it draws its own texts (a process of its own: the
    scale is set before Qt starts)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale,
                   "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", _AT_SCALE], capture_output=True, text=True,
                          env=environment, cwd=root, timeout=120, check=True)
    ratio, differing = done.stdout.split()
    assert float(ratio) == float(scale)
    assert differing == "0"


def test_a_table_disabled_after_a_paint_paints_as_qt_paints_it(qtbot: Any,
                                                                english: object) -> None:
    """The colours kept between paints are kept per colour group: painted enabled first,
    then disabled, the table takes the disabled colours."""
    def disable(table: MonthlyTable) -> None:
        _painted(table)
        table.setEnabled(False)

    (own, _stock), (mine, theirs) = _pair(qtbot, demo_agreement("en"), arrange=disable)
    assert not own.isEnabled()
    assert _differing(mine, theirs) == 0
