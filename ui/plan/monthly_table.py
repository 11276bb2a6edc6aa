"""The plan's monthly targets per stage, with the pipeline needed before the start and the
period's total."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from slaworkshop.model import Agreement
from slaworkshop.plan import Plan
from ui.models.monthly_model import MonthlyTargetsModel


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

    def set_plan(self, plan: Plan | None, agreement: Agreement | None = None) -> None:
        self.model_.set_plan(plan)
        self._fit_columns()

    def _fit_columns(self) -> None:
        model = self.model_
        plan = model.plan
        if plan is None:
            return
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
        if shape == self._shape and self._headers:
            return
        self._shape = shape
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
        if headers != self._headers:
            self._headers = headers
            for column, text in enumerate(headers):
                model.setHeaderData(column, Qt.Orientation.Horizontal, text)
        if widths != self._widths:
            self._widths = widths
            for column, width in enumerate(widths):
                self.setColumnWidth(column, width)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._headers, self._bold_metrics, self._wrap_cache = [], None, {}
            self._shape = ()
            self._fit_columns()
        super().changeEvent(event)

    def shown(self, row: int, column: int) -> str:
        """The text a person reads in a cell."""
        return str(self.model_.data(self.model_.index(row, column)) or "")


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
