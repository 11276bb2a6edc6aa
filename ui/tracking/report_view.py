"""The Monthly report tab: the meeting report on screen, large enough for a projector.

Shows the same report as the PDF (one section per party: figures, what beat the target, what
missed and why), for a chosen month, with a "Large type" switch and zoom, and exports it as
PDF or xlsx.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QHideEvent,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
    QTextDocument,
    QTextOption,
    QTextTable,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.bounds import file_name
from slaworkshop.model import ValidationError
from slaworkshop.tracking import MonthlyReport, latest_reported_month, monthly_report
from ui.core_text import problem_text
from ui.session import AgreementSession
from ui.tracking.report_large import kpi_of_link, large_report_html
from ui.tracking.report_pdf import report_html, write_report_pdf
from ui.widgets.month_box import MonthBox
from ui.widgets.refresh_when_shown import RefreshWhenShown

NORMAL_PT = 10.0
LARGE_PT = 20.0
# From this size up the report is the projector's table (see report_large).
PROJECTOR_PT = 16.0
MIN_PROJECTOR_PT = 12.0


class ReportView(RefreshWhenShown):
    exported = Signal(str)

    def __init__(self, session: AgreementSession, parent: QWidget | None = None,
                 locale: QLocale | None = None,
                 status: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._locale = locale or QLocale()
        self._status = status or (lambda _text: None)
        self.report: MonthlyReport | None = None
        self._agreement_id: int | None = None
        self._actuals: dict[str, dict[str, Decimal]] = {}
        self.font_pt = NORMAL_PT
        # The size the large type is shown at (smaller than font_pt when that would not fit).
        self.shown_pt = NORMAL_PT
        # Whether the tables shown leave out columns to fit the width (see _show_report).
        self.compact = False
        self._shown_width = -1
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(120)
        self._resize_timer.timeout.connect(self._fit_to_width)
        self.month_box = MonthBox(self, self._locale)
        self.large_button = QPushButton(self.tr("Large type"), self)
        self.large_button.setCheckable(True)
        self.large_button.setToolTip(self.tr("Large type for a projector (Ctrl++ / Ctrl+- to "
                                             "zoom)"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"), self)
        self.xlsx_button = QPushButton(self.tr("Export xlsx…"), self)
        # Said when the tables leave out columns to fit a narrow view.
        self.compact_note = QLabel(self.tr("Some columns left out at this width"), self)
        self.compact_note.setToolTip(self.tr(
            "The status words and the year-to-date target and actual columns do not fit; "
            "widen the window to see them. The exported PDF and xlsx have every column."))
        self.compact_note.setStyleSheet("color: #666666;")
        self.compact_note.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Report month:"), self))
        top.addWidget(self.month_box)
        top.addSpacing(12)
        top.addWidget(self.compact_note)
        top.addStretch(1)
        for button in (self.large_button, self.pdf_button, self.xlsx_button):
            top.addWidget(button)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        # A word too long for its column widens the table; it is never broken in two.
        self.browser.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        # The KPIs whose details are open in large type (a click on the name opens them).
        self.opened: set[str] = set()
        self.browser.anchorClicked.connect(self._link_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        self.month_box.currentIndexChanged.connect(lambda _i: self._render())
        self.large_button.toggled.connect(self.set_large)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        # While hidden, a change only marks the report stale; it is rebuilt when shown.
        self._stale = False
        session.changed.connect(self.session_changed)
        # After an import (or its undo) the view shows the latest month with actuals, unless
        # the user picked a month by hand in this session.
        self._follow_data = False
        self.month_box.activated.connect(self._picked_by_hand)
        session.actualsImported.connect(self._actuals_imported)
        self.refresh()

    def current_month(self) -> str | None:
        return self.month_box.current_month()

    def set_month(self, month: str) -> None:
        self.month_box.set_month(month)

    def _picked_by_hand(self, _index: int) -> None:
        self.session.month_picked_by_hand = True

    def _actuals_imported(self) -> None:
        self._follow_data = not self.session.month_picked_by_hand

    def set_large(self, large: bool) -> None:
        self.font_pt = LARGE_PT if large else NORMAL_PT
        if self.large_button.isChecked() != large:
            self.large_button.setChecked(large)
        self._render()

    def zoom(self, steps: int) -> None:
        self.font_pt = max(6.0, min(48.0, self.font_pt + 2 * steps))
        self._render()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.zoom(1)
                return
            if event.key() == Qt.Key.Key_Minus:
                self.zoom(-1)
                return
        super().keyPressEvent(event)

    def refresh(self) -> None:
        self._stale = False
        agreement = self.session.agreement
        if agreement is None or agreement.id is None:
            self._actuals = {}
            self.month_box.set_months([], None)
        else:
            # Read once per change of the agreement; choosing a month reuses them.
            self._actuals = self.session.actuals(agreement.id)
            months = agreement.month_list
            keep = self.current_month() if self._agreement_id == agreement.id \
                and not self._follow_data else None
            self._follow_data = False
            self.month_box.set_months(months, keep if keep in months else latest_reported_month(
                agreement, self._actuals))
            self._agreement_id = agreement.id
        self._render()

    def _render(self) -> None:
        self.compact_note.hide()
        agreement = self.session.agreement
        month = self.current_month()
        enabled = False
        if agreement is None or agreement.id is None or month is None:
            self.report = None
            self.browser.setHtml("<p>" + self.tr("Select an agreement to see its report.")
                                 + "</p>")
        else:
            try:
                self.report = monthly_report(agreement, self._actuals, month)
            except ValidationError as exc:
                self.report = None
                self.browser.setPlainText(self.tr("The plan cannot be computed: %1").replace(
                    "%1", "; ".join(problem_text(p) for p in exc.problems)))
            else:
                self._show_report(self.report)
                enabled = True
        self.pdf_button.setEnabled(enabled)
        self.xlsx_button.setEnabled(enabled)

    def toggle_details(self, kpi: str) -> None:
        """Open or close the details of ``kpi`` in large type."""
        self.opened.symmetric_difference_update({kpi})
        if self.report is not None:
            scroll = self.browser.verticalScrollBar()
            where = scroll.value()
            self._show_report(self.report)
            scroll.setValue(where)

    def _link_clicked(self, url: QUrl) -> None:
        kpi = kpi_of_link(url.toString())
        if kpi is not None:
            self.toggle_details(kpi)

    def _show_report(self, report: MonthlyReport) -> None:
        """In large type, the projector's table. Otherwise the full tables when their
        headings fit the view; the compact ones (no status words, no year-to-date target and
        actual columns) when a heading would be broken inside a word or the table would be
        wider than the view, as a narrow window or a longer language does."""
        if self.font_pt >= PROJECTOR_PT:
            self.compact = True
            width = self.browser.viewport().width()
            # Never a horizontal scroll: a long KPI name or amount takes the type down a bit.
            points = self.font_pt
            while True:
                self.browser.setHtml(large_report_html(report, self._locale, points,
                                                       self.opened))
                self.browser.document().setTextWidth(width)
                # Not on screen yet, the view has no width to fit: once shown, it is fitted.
                if points <= MIN_PROJECTOR_PT or not self.isVisible() or not _does_not_fit(
                        self.browser.document(), width):
                    break
                points -= 1
            self.shown_pt = points
            self.compact_note.hide()
            self._shown_width = self.browser.viewport().width() if self.isVisible() else -1
            return
        self.browser.setHtml(report_html(report, self._locale, self.font_pt))
        # The browser sets the text width when it is resized; a view not laid out yet has none.
        width = self.browser.viewport().width()
        self.browser.document().setTextWidth(width)
        self.compact = _does_not_fit(self.browser.document(), width)
        if self.compact:
            self.browser.setHtml(report_html(report, self._locale, self.font_pt, compact=True))
        self.compact_note.setVisible(self.compact)
        # A choice made before the view was on screen (and sized) is made again when it is.
        self._shown_width = self.browser.viewport().width() if self.isVisible() else -1

    def _fit_to_width(self) -> None:
        # Only the layout of the same report changes with the width.
        if self.isVisible() and self.report is not None:
            self._show_report(self.report)

    def hideEvent(self, event: QHideEvent) -> None:
        self._resize_timer.stop()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.report is not None and self._shown_width < 0:
            self._show_report(self.report)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.report is None or self.browser.viewport().width() == self._shown_width:
            return
        if not self.compact and _does_not_fit(self.browser.document(),
                                              self.browser.viewport().width()):
            # Narrower now: no broken headings, not even while the window is being resized.
            self._show_report(self.report)
        else:
            # Wider: whether the full tables fit now is seen once the resizing stops.
            self._resize_timer.start()

    def _ask_path(self, caption: str, suffix: str, filter_text: str) -> Path | None:
        if self.report is None:
            return None
        name = file_name(f"{self.report.agreement.title} {self.report.month}", suffix)
        chosen, _filter = QFileDialog.getSaveFileName(self, caption, name, filter_text)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)

    def export_pdf(self) -> None:
        path = self._ask_path(self.tr("Export the report as PDF"), ".pdf",
                              self.tr("PDF documents (*.pdf)"))
        if path is not None and self.report is not None:
            report = self.report
            self._export(path, lambda: write_report_pdf(report, path, self._locale))

    def export_xlsx(self) -> None:
        path = self._ask_path(self.tr("Export the report as xlsx"), ".xlsx",
                              self.tr("Excel workbooks (*.xlsx)"))
        if path is not None and self.report is not None:
            from slaworkshop.report_xlsx import write_report_xlsx
            from ui.models.tracking_format import finding_text
            from ui.tracking.dashboard_text import leak_text

            report, locale = self.report, self._locale
            self._export(path, lambda: write_report_xlsx(
                report, path,
                translate=lambda text: QCoreApplication.translate("report_xlsx", text),
                sentence=lambda finding: finding_text(finding, locale),
                leak_sentence=lambda leak: leak_text(leak, locale)))

    def _export(self, path: Path, write: Callable[[], None]) -> None:
        try:
            write()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("%1 could not be written: %2")
                                .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return
        self._status(self.tr("Report saved to %1").replace("%1", str(path)))
        self.exported.emit(str(path))


def _does_not_fit(document: QTextDocument, width: int) -> bool:
    """A heading broken inside a word, or the document wider than ``width``."""
    return (_a_heading_is_broken(document)
            or document.documentLayout().documentSize().width() > width + 1)


def _a_heading_is_broken(document: QTextDocument) -> bool:
    """Whether a table heading of ``document`` is laid out on more lines than it has words,
    that is, with a word broken in two."""
    document.documentLayout().documentSize()  # lays the document out
    tables = [frame for frame in document.rootFrame().childFrames()
              if isinstance(frame, QTextTable)]
    for table in tables:
        for column in range(table.columns()):
            block = table.cellAt(0, column).firstCursorPosition().block()
            words = len(block.text().split())
            if words and block.layout().lineCount() > words:
                return True
    return False
