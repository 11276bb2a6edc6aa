"""The plan's monthly targets per stage, with the pipeline needed before the start and the
period's total."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QStaticText,
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
        self._shape: tuple[object, ...] = ()
        # Each text laid out once (QStaticText) per font and width: see paintEvent.
        self._static: dict[tuple[str, bool, int, int, bool], tuple[QStaticText, float, int]] = {}
        self._seen: set[tuple[str, bool, int, int, bool]] = set()  # drawn once, not kept
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
        shape = (tuple(self._raw_headers), tuple(row[model.STAGE] for row in texts),
                 tuple(max(map(len, column)) for column in zip(*texts, strict=True)))
        if shape == self._shape and self._headers and not settle:
            return
        self._shape = shape
        exact = (remade or settle or not self._headers
                 or len(self._widths) != len(self._raw_headers))
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
        last = len(self._raw_headers) - 1
        widths, headers = [], []
        for column, raw in enumerate(self._raw_headers):
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
            headers.append(header)
            widths.append(max(header_width + 2 * margin + 1, cell_width))
        if exact:
            self._settle.stop()
        else:
            for column, width in enumerate(self._widths):
                if width > widths[column]:
                    # Kept as it is, with its heading, until the edits pause.
                    widths[column], headers[column] = width, self._headers[column]
                    self._settle.start()
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
        rows, the focused cell), each text laid out once and then only drawn.

        After every keystroke of a live edit the whole table repaints; the stock item
        delegate lays out each of its 90 (at 30 × 60, some 400 visible) texts again through
        the style, which cost more than the rest of the window's paint together.
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
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        palette = self.palette()
        group = (QPalette.ColorGroup.Disabled if not self.isEnabled()
                 else QPalette.ColorGroup.Active if self.isActiveWindow()
                 else QPalette.ColorGroup.Inactive)
        text_colour = palette.color(group, QPalette.ColorRole.Text)
        chosen_colour = palette.color(group, QPalette.ColorRole.HighlightedText)
        chosen_fill = palette.brush(group, QPalette.ColorRole.Highlight)
        alternate = palette.brush(group, QPalette.ColorRole.AlternateBase)
        grid = QColor.fromRgba(self.style().styleHint(
            QStyle.StyleHint.SH_Table_GridLineColor, option, self) & 0xFFFFFFFF)
        selection = self.selectionModel()
        chosen_rows = {index.row() for index in selection.selectedRows()} if selection else set()
        current = self.currentIndex()
        focused = self.hasFocus() and current.isValid()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        total = model.total_column()
        lefts = [header.sectionViewportPosition(c) for c in range(last_column + 1)]
        widths = [header.sectionSize(c) for c in range(last_column + 1)]
        right = lefts[last_column] + widths[last_column] - 1
        painter = QPainter(self.viewport())
        plain_font, bold_font = self.font(), QFont(self.font())
        bold_font.setBold(True)
        columns = range(first_column, last_column + 1)
        # The stage names and the totals are bold: one pass per font, not a font per cell.
        plain_columns = [c for c in columns if c not in (model.STAGE, total)]
        bold_columns = [c for c in columns if c in (model.STAGE, total)]
        rows = [(row, rows_header.sectionViewportPosition(row), rows_header.sectionSize(row))
                for row in range(first_row, last_row + 1)]
        row_left = lefts[first_column]
        draw, laid_out, seen = painter.drawStaticText, self._static, self._seen
        if len(seen) > 20_000:
            seen.clear()
        for row, top, height in rows:
            if row in chosen_rows:
                painter.fillRect(row_left, top, right - row_left, height - 1, chosen_fill)
            elif row % 2 and self.alternatingRowColors():
                painter.fillRect(row_left, top, right - row_left, height - 1, alternate)
        for font, bold, chosen_columns in ((plain_font, False, plain_columns),
                                           (bold_font, True, bold_columns)):
            painter.setFont(font)
            exact, line_height = QFontMetricsF(font), QFontMetrics(font).height()
            cells = [(column, lefts[column] + margin, widths[column] - 1 - 2 * margin,
                      column != model.STAGE) for column in chosen_columns]
            colour = None
            for row, top, height in rows:
                wanted = chosen_colour if row in chosen_rows else text_colour
                if wanted is not colour:
                    painter.setPen(wanted)
                    colour = wanted
                line = texts[row]
                for column, left, room, to_right in cells:
                    text = line[column]
                    key = (text, bold, room, height, to_right)
                    found = laid_out.get(key)
                    if found is not None:
                        static, dx, dy = found
                        draw(QPointF(left + dx, top + dy), static)
                    elif key in seen:
                        static, dx, dy = self._keep(key, font)
                        draw(QPointF(left + dx, top + dy), static)
                    else:
                        # Seen for the first time (most numbers after a keystroke are new,
                        # and many never come back): drawn straight away, laid out for
                        # keeps only when it shows again.
                        seen.add(key)
                        shown, dx, baseline = self._first_sight(
                            text, room, height, font, exact, line_height, to_right)
                        painter.drawText(QPointF(left + dx, top + baseline), shown)
        painter.setPen(grid)
        row_top, (_row, last_top, last_height) = rows[0][1], rows[-1]
        for column in columns:
            x = lefts[column] + widths[column] - 1
            painter.drawLine(x, row_top, x, last_top + last_height - 1)
        for _row, top, height in rows:
            painter.drawLine(row_left, top + height - 1, right, top + height - 1)
        if focused and first_row <= current.row() <= last_row:
            # As the item delegate draws it (QCommonStyle, CE_ItemViewItem).
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            focus.state |= (QStyle.StateFlag.State_KeyboardFocusChange
                            | QStyle.StateFlag.State_Item | QStyle.StateFlag.State_HasFocus)
            if current.row() in chosen_rows:
                focus.state |= QStyle.StateFlag.State_Selected
            focus.rect = self.visualRect(current)
            focus.backgroundColor = palette.color(
                group, QPalette.ColorRole.Highlight if current.row() in chosen_rows
                else QPalette.ColorRole.Window)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus,
                                       painter, self)
        painter.end()

    def _keep(self, key: tuple[str, bool, int, int, bool],
              font: QFont) -> tuple[QStaticText, float, int]:
        """Lay out the text of ``key`` (text, bold, room, cell height, to the right) in
        ``font`` once, cut with "…" when wider than the room, and keep it with where it goes
        in its cell: to the right or the left, centred the way QStyle.alignedRect centres
        (whole pixels)."""
        text, _bold, room, height, to_right = key
        if len(self._static) > 20_000:
            self._static.clear()  # the dict the paint holds stays the same one
        static = _static_text(text, font)
        if not _fits(static.size().width(), room):
            static = _static_text(_cut(text, font, room), font)
        size = static.size()
        kept = self._static[key] = (static, room - size.width() if to_right else 0.0,
                                    (height - 1 - round(size.height())) // 2)
        return kept

    @staticmethod
    def _first_sight(text: str, room: int, height: int, font: QFont, metrics: QFontMetricsF,
                     line_height: int, to_right: bool) -> tuple[str, float, float]:
        """What ``_keep`` keeps, for QPainter.drawText at the baseline: the text shown
        (cut to ``room``), its offset in the cell and its baseline's height in it.
        ``metrics`` and ``line_height`` are the font's (QFontMetrics.height), made once per
        paint: each text is shaped once here, and once more to be drawn."""
        width = metrics.horizontalAdvance(text)
        shown = text
        if not _fits(width, room):
            shown = _cut(text, font, room)
            width = metrics.horizontalAdvance(shown)
        return (shown, room - width if to_right else 0.0,
                (height - 1 - line_height) // 2 + metrics.ascent())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._static, self._seen = {}, set()
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


def _cut(text: str, font: QFont, room: int) -> str:
    return str(QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0)))


def _static_text(text: str, font: QFont) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(font=font)
    return static


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
