"""The plan's monthly targets per stage, with the pipeline needed before the start and the
period's total."""

from __future__ import annotations

import math
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPointF, QRect, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QGlyphRun,
    QPainter,
    QPaintEvent,
    QPalette,
    QRawFont,
    QStaticText,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from slaworkshop.model import Agreement
from slaworkshop.plan import Plan
from ui.models.monthly_model import MonthlyTargetsModel

# While a person types, a column widens at once when its numbers need it but narrows only
# once the typing has paused this long: the table does not jump on every keystroke.
SETTLE_MS = 700


class MonthlyTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthlyTable")
        self.model_ = MonthlyTargetsModel(self)
        self.setModel(self.model_)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab moves on to the next widget
        self.verticalHeader().setVisible(False)
        # Rows share the height, so the table fills its area on a projector.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setMinimumSectionSize(26)
        header = self.horizontalHeader()
        # Widths are measured here from the texts (cheap), not by the header asking every
        # cell after every keystroke (ResizeToContents), which would cost a frame.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(32)
        self._widths: list[int] = []
        self._headers: list[str] = []
        self._raw_headers: list[str] = []
        self._wrap_cache: dict[tuple[str, int], tuple[str, int]] = {}
        self._bold_metrics: QFontMetrics | None = None
        # What the widths were fitted to: the headings, the stage names and each column's
        # longest number's length.
        self._shape: _Shape | tuple[()] = ()
        # The glyphs numbers are drawn with, per font (QFont.key): see paintEvent.
        self._glyphs: dict[str, _NumberGlyphs] = {}
        self._kits: dict[QPalette.ColorGroup, _PaintKit] = {}  # see _kit
        # Where the grid's lines were last made for (see paintEvent), and the lines.
        self._grid: tuple[object, list[QRect]] = ((), [])
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(lambda: self._fit_columns(remade=False, settle=True))

    def set_plan(self, plan: Plan | None, agreement: Agreement | None = None) -> None:
        remade = self.model_.set_plan(plan)
        self._fit_columns(remade)

    def _fit_columns(self, remade: bool = True, settle: bool = False) -> None:
        """Fit the columns to their texts; ``remade``: the model was made anew (new headings
        to read), else it only changed cells (an edit).

        After an edit a column only widens; one that could be narrower is narrowed when the
        edits pause (``settle``, SETTLE_MS later). A new model is fitted exactly at once."""
        model = self.model_
        plan = model.plan
        if plan is None:
            return
        if remade or not self._headers:
            shown = [str(model.headerData(column, Qt.Orientation.Horizontal))
                     for column in range(model.columnCount())]
            if shown != self._headers:
                # New header texts (a new period or language): the model's, one line each.
                self._raw_headers = shown
                self._headers = []
        texts = model.texts()
        # The widths follow the stage names and the number of characters of each column's
        # longest number (digits are equally wide): most keystrokes change neither.
        shape: _Shape = (tuple(self._raw_headers), tuple(row[model.STAGE] for row in texts),
                         tuple(max(map(len, column)) for column in zip(*texts, strict=True)))
        if shape == self._shape and self._headers and not settle:
            return
        previous, self._shape = self._shape, shape
        count = len(self._raw_headers)
        exact = (remade or settle or not self._headers or len(self._widths) != count
                 or not previous or previous[:2] != shape[:2])
        if exact:
            self._settle.stop()
            refit = list(range(count))
        else:
            # An edit: only a column whose longest number has more digits may need more
            # room; one with fewer keeps its width until the edits pause.
            assert previous
            lengths, before = shape[2], previous[2]
            refit = [c for c in range(count) if lengths[c] > before[c]]
            if any(lengths[c] < before[c] for c in range(count)):
                self._settle.start()
            if not refit:
                return
        if self._bold_metrics is None:
            bold_font = self.font()
            bold_font.setBold(True)
            self._bold_metrics = QFontMetrics(bold_font)
        plain, bold = self.fontMetrics(), self._bold_metrics
        header_metrics = QFontMetrics(self.horizontalHeader().font())
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None,
                                          self.horizontalHeader())
        # A cell's text has the focus frame's margin on each side; a header its own margin.
        focus = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        cell_padding = 2 * (focus + 1) + 2
        last = count - 1
        widths, headers = list(self._widths), list(self._headers)
        if exact:
            widths, headers = [0] * count, [""] * count
        for column in refit:
            raw = self._raw_headers[column]
            metrics = bold if column in (model.STAGE, last) else plain
            # The widest text of a number column is its longest (digits are equally wide).
            widest = max((row[column] for row in texts), key=len) if column else None
            cells = ([metrics.horizontalAdvance(row[column]) for row in texts] if widest is None
                     else [metrics.horizontalAdvance(widest)])
            cell_width = max(cells) + cell_padding
            # The heading wrapped at word boundaries to the numbers' width ("ene" over "2027",
            # "Antes del" over "inicio"), so twelve months and the total fit at 1280 px.
            # Asked after every keystroke: the same heading at the same width is measured once.
            key = (raw, cell_width)
            if key not in self._wrap_cache:
                wrapped = _wrapped(raw, cell_width - 2 * margin - 1, header_metrics)
                self._wrap_cache[key] = (wrapped, max(header_metrics.horizontalAdvance(line)
                                                      for line in wrapped.split("\n")))
            header, header_width = self._wrap_cache[key]
            width = max(header_width + 2 * margin + 1, cell_width)
            if exact or width > widths[column]:
                widths[column], headers[column] = width, header
        if headers != self._headers:
            self._headers = headers
            for column, text in enumerate(headers):
                model.setHeaderData(column, Qt.Orientation.Horizontal, text)
        if widths != self._widths:
            self._widths = widths
            for column, width in enumerate(widths):
                self.setColumnWidth(column, width)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The cells as the stock view paints them (alternating rows, the grid, the selected
        rows, the focused cell).

        After every keystroke of a live edit the whole table repaints, most of its numbers
        new. The stock item delegate lays out each of its 90 (at 30 × 60, some 400 visible)
        texts through the style, and even a bare ``drawText`` per cell costs a text layout
        each: here all the numbers of one font and colour go out as one run of glyphs
        (``_NumberGlyphs``), and only the stage names and cut numbers as laid-out texts.
        """
        model = self.model_
        if (model.plan is None or self.isRightToLeft() or not self.showGrid()
                or self.gridStyle() is not Qt.PenStyle.SolidLine):
            super().paintEvent(event)
            return
        texts = model.texts()
        header, rows_header = self.horizontalHeader(), self.verticalHeader()
        area = event.rect()
        first_row = max(0, rows_header.visualIndexAt(area.top()))
        last_row = rows_header.visualIndexAt(area.bottom())
        last_row = len(texts) - 1 if last_row < 0 else last_row
        first_column = max(0, header.visualIndexAt(area.left()))
        last_column = header.visualIndexAt(area.right())
        last_column = model.columnCount() - 1 if last_column < 0 else last_column
        if not texts or first_row > last_row or first_column > last_column:
            return
        group = (QPalette.ColorGroup.Disabled if not self.isEnabled()
                 else QPalette.ColorGroup.Active if self.isActiveWindow()
                 else QPalette.ColorGroup.Inactive)
        kit = self._kits.get(group) or self._kit(group)
        text_colour, chosen_colour, chosen_fill, alternate, grid = kit.colours
        margin = kit.margin
        selection = self.selectionModel()
        chosen_rows = {index.row() for index in selection.selectedRows()} if selection else set()
        current = self.currentIndex()
        focused = self.hasFocus() and current.isValid()
        total = model.total_column()
        lefts = [header.sectionViewportPosition(c) for c in range(last_column + 1)]
        widths = [header.sectionSize(c) for c in range(last_column + 1)]
        right = lefts[last_column] + widths[last_column] - 1
        painter = QPainter(self.viewport())
        columns = range(first_column, last_column + 1)
        # The stage names and the totals are bold: one pass per font, not a font per cell.
        plain_columns = [c for c in columns if c not in (model.STAGE, total)]
        bold_columns = [c for c in columns if c in (model.STAGE, total)]
        rows = [(row, rows_header.sectionViewportPosition(row), rows_header.sectionSize(row))
                for row in range(first_row, last_row + 1)]
        row_left = lefts[first_column]
        for row, top, height in rows:
            if row in chosen_rows:
                painter.fillRect(row_left, top, right - row_left, height - 1, chosen_fill)
            elif row % 2 and self.alternatingRowColors():
                painter.fillRect(row_left, top, right - row_left, height - 1, alternate)
        for (font, glyphs, line_height), chosen_columns in ((kit.plain, plain_columns),
                                                            (kit.bold, bold_columns)):
            painter.setFont(font)
            cached = glyphs.cells.get
            ascent = glyphs.ascent
            cells = [(column, lefts[column] + margin, widths[column] - 1 - 2 * margin,
                      column != model.STAGE) for column in chosen_columns]
            # The numbers of each text colour, as one run of glyphs each.
            runs: dict[int, tuple[QColor, list[int], list[QPointF]]] = {}
            colour = None
            for row, top, height in rows:
                wanted = chosen_colour if row in chosen_rows else text_colour
                indexes, positions = runs.setdefault(wanted.rgba(), (wanted, [], []))[1:]
                # Centred as QStyle.alignedRect centres: each half rounded down on its own.
                baseline = top + (height - 1) // 2 - line_height // 2 + ascent
                line = texts[row]
                for column, left, room, to_right in cells:
                    text = line[column]
                    found = cached((text, left, room, baseline)) if to_right else None
                    if found is None and to_right:
                        found = glyphs.cell(text, left, room, baseline)
                    if found:
                        indexes += found[0]
                        positions += found[1]
                        continue
                    if wanted is not colour:
                        painter.setPen(wanted)
                        colour = wanted
                    static, dx = glyphs.laid_out(text, room, to_right)
                    painter.drawStaticText(QPointF(left + dx, baseline - ascent), static)
            for wanted, indexes, positions in runs.values():
                if indexes:
                    run = QGlyphRun()
                    run.setRawFont(glyphs.font)
                    run.setGlyphIndexes(indexes)
                    run.setPositions(positions)
                    painter.setPen(wanted)
                    painter.drawGlyphRun(QPointF(), run)
        # The grid's lines, one pixel wide, as filled rectangles (the pixels a pen of one
        # pixel draws, three times faster than drawing them as lines); made again only when
        # the cells move.
        place = (tuple(lefts[first_column:]), tuple(widths[first_column:]), tuple(rows))
        if place != self._grid[0]:
            row_top, (_row, last_top, last_height) = rows[0][1], rows[-1]
            lines = [QRect(lefts[c] + widths[c] - 1, row_top, 1, last_top + last_height - row_top)
                     for c in columns]
            lines += [QRect(row_left, top + height - 1, right - row_left + 1, 1)
                      for _row, top, height in rows]
            self._grid = (place, lines)
        fill = painter.fillRect
        for edge in self._grid[1]:
            fill(edge, grid)
        if focused and first_row <= current.row() <= last_row:
            # As the item delegate draws it (QCommonStyle, CE_ItemViewItem).
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            focus.state |= (QStyle.StateFlag.State_KeyboardFocusChange
                            | QStyle.StateFlag.State_Item | QStyle.StateFlag.State_HasFocus)
            if current.row() in chosen_rows:
                focus.state |= QStyle.StateFlag.State_Selected
            focus.rect = self.visualRect(current)
            focus.backgroundColor = self.palette().color(
                group, QPalette.ColorRole.Highlight if current.row() in chosen_rows
                else QPalette.ColorRole.Window)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus,
                                       painter, self)
        painter.end()

    def _kit(self, group: QPalette.ColorGroup) -> _PaintKit:
        """What every paint in the colour ``group`` needs that only a change of font,
        palette or style changes (``changeEvent`` drops it): made once, not per paint."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        palette, style = self.palette(), self.style()
        grid = QColor.fromRgba(style.styleHint(
            QStyle.StyleHint.SH_Table_GridLineColor, option, self) & 0xFFFFFFFF)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        colours = (palette.color(group, QPalette.ColorRole.Text),
                   palette.color(group, QPalette.ColorRole.HighlightedText),
                   palette.brush(group, QPalette.ColorRole.Highlight),
                   palette.brush(group, QPalette.ColorRole.AlternateBase), grid)
        fonts = []
        for bold in (False, True):
            font = QFont(self.font())
            font.setBold(bold)
            metrics = QFontMetricsF(font)
            key = font.key()
            if key not in self._glyphs:
                self._glyphs[key] = _NumberGlyphs(font, metrics)
            fonts.append((font, self._glyphs[key], _line_height(font)))
        kit = self._kits[group] = _PaintKit(colours, margin, fonts[0], fonts[1])
        return kit

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange,
                            QEvent.Type.StyleChange):
            self._kits = {}
        if event.type() == QEvent.Type.FontChange:
            self._glyphs = {}
            self._headers, self._bold_metrics, self._wrap_cache = [], None, {}
            self._shape = ()
            self._fit_columns()
        super().changeEvent(event)

    def shown(self, row: int, column: int) -> str:
        """The text a person reads in a cell."""
        return str(self.model_.data(self.model_.index(row, column)) or "")


def _fits(width: float, room: int) -> bool:
    """Whether a text ``width`` pixels wide (QFontMetricsF) fits ``room``, as the item view
    decides it: QFontMetrics rounds the same width half up."""
    return math.floor(width + 0.5) <= room


def _line_height(font: QFont) -> int:
    """The height the item delegate centres a line of text by: its text layout's, which
    rounds the line's height up (QFontMetrics.height() is one pixel less at some sizes)."""
    layout = QTextLayout("0", font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1_000_000)
    line.setPosition(QPointF(0, 0))
    layout.endLayout()
    return layout.boundingRect().size().toSize().height()


def _cut(text: str, font: QFont, room: int) -> str:
    return str(QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0)))


_Shape = tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...]]


class _PaintKit(NamedTuple):
    # The text, chosen text, chosen fill, alternate row and grid colours.
    colours: tuple[QColor, QColor, QBrush, QBrush, QColor]
    margin: int  # between a cell's edge and its text
    # The plain and the bold font, each with its glyphs and line height.
    plain: tuple[QFont, _NumberGlyphs, int]
    bold: tuple[QFont, _NumberGlyphs, int]


# A text's width, its glyphs, and their offsets from its start.
_Shaped = tuple[float, list[int], tuple[float, ...]]


class _NumberGlyphs:
    """The glyphs of the characters the table's numbers are written with ("1,234,567",
    "1.234.567") in one font, so that all the numbers of a paint go out as one QGlyphRun:
    one call to Qt instead of one text layout per cell.

    A character is taken only when the font draws it with a glyph of its own and shapes it
    alone, next to every character taken before in either order, to the sum of their
    advances (no kerning, no ligature): a number made of such characters is then placed
    glyph by glyph exactly where QPainter.drawText places it. Any other text is drawn as
    a text."""

    LIMIT = 20_000

    def __init__(self, font: QFont, metrics: QFontMetricsF) -> None:
        self.font = QRawFont.fromFont(font)
        self._font, self._metrics = QFont(font), metrics
        self.ascent = metrics.ascent()
        self._laid_out: dict[tuple[str, int, bool], tuple[QStaticText, float]] = {}
        self._chars: dict[str, tuple[int, float] | None] = {}
        self._texts: dict[str, _Shaped | None] = {}
        self._places: dict[tuple[float, float, float, tuple[float, ...]], list[QPointF]] = {}
        self.cells: dict[tuple[str, int, int, float],
                         tuple[list[int], list[QPointF]] | tuple[()]] = {}

    def shaped(self, text: str) -> _Shaped | None:
        """``text``'s width, glyphs and their offsets from its start; None when it has a
        character that must be shaped with its neighbours."""
        if text in self._texts:
            return self._texts[text]
        if len(self._texts) > self.LIMIT:
            self._texts.clear()
        chars = self._chars
        ids: list[int] = []
        offsets: list[float] = []
        x = 0.0
        result: _Shaped | None = None
        for char in text:
            glyph = chars[char] if char in chars else self._take(char)
            if glyph is None:
                break
            ids.append(glyph[0])
            offsets.append(x)
            x += glyph[1]
        else:
            if ids:
                result = (x, ids, tuple(offsets))
        self._texts[text] = result
        return result

    def cell(self, text: str, left: int, room: int, baseline: float
             ) -> tuple[list[int], list[QPointF]] | tuple[()]:
        """The glyphs of ``text`` and where they go, right-aligned in a cell's ``room``
        from ``left``, on ``baseline``; empty when the text is not drawn as glyphs here
        (it needs shaping, or is cut). Kept in ``cells`` for the next paint."""
        if len(self.cells) > self.LIMIT:
            self.cells.clear()
        shaped = self.shaped(text)
        found: tuple[list[int], list[QPointF]] | tuple[()] = ()
        if shaped is not None and _fits(shaped[0], room):
            found = (shaped[1], self.placed(left + room, baseline, shaped))
        self.cells[(text, left, room, baseline)] = found
        return found

    def laid_out(self, text: str, room: int, to_right: bool) -> tuple[QStaticText, float]:
        """Any other text (a stage's name, a number cut to its ``room``), laid out once:
        the text shown, cut with "…" as the item view cuts it, and its offset in the
        cell."""
        key = (text, room, to_right)
        found = self._laid_out.get(key)
        if found is None:
            if len(self._laid_out) > self.LIMIT:
                self._laid_out.clear()
            metrics = self._metrics
            width, shown = metrics.horizontalAdvance(text), text
            if not _fits(width, room):
                shown = _cut(text, self._font, room)
                width = metrics.horizontalAdvance(shown)
            static = QStaticText(shown)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=self._font)
            found = self._laid_out[key] = (static, room - width if to_right else 0.0)
        return found

    def placed(self, right: float, baseline: float, shaped: _Shaped) -> list[QPointF]:
        """Where the glyphs of a ``shaped`` text go when it ends at ``right``: made once per
        place, width and offsets, so "12,345" and "98,765" (in a font whose digits are
        equally wide) share their points, and no glyph of a paint makes a new one."""
        width, _ids, offsets = shaped
        key = (right, baseline, width, offsets)
        points = self._places.get(key)
        if points is None:
            if len(self._places) > self.LIMIT:
                self._places.clear()
            start = right - width
            points = self._places[key] = [QPointF(start + x, baseline) for x in offsets]
        return points

    def _take(self, char: str) -> tuple[int, float] | None:
        metrics, raw = self._metrics, self.font
        found: tuple[int, float] | None = None
        if raw.isValid() and len(char) == 1 and char.isprintable():
            ids = raw.glyphIndexesForString(char)
            if len(ids) == 1 and ids[0] and raw.supportsCharacter(char):
                advance = raw.advancesForGlyphIndexes(ids)[0].x()
                if advance == metrics.horizontalAdvance(char) and all(
                        metrics.horizontalAdvance(pair) == advance + other[1]
                        for taken, other in self._chars.items() if other is not None
                        for pair in (char + taken, taken + char)):
                    found = (ids[0], advance)
        self._chars[char] = found
        return found


def _wrapped(text: str, width: int, metrics: QFontMetrics, most_lines: int = 3) -> str:
    """``text`` in lines of at most ``width`` pixels, broken only between words, in at most
    ``most_lines`` lines (the last then takes the rest); a longer word keeps its line."""
    words = text.split()
    if len(words) < 2:
        return text
    lines = [words[0]]
    for word in words[1:]:
        joined = f"{lines[-1]} {word}"
        if metrics.horizontalAdvance(joined) <= width or len(lines) == most_lines:
            lines[-1] = joined
        else:
            lines.append(word)
    return "\n".join(lines)
