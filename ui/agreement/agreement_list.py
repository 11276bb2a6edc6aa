"""The agreements in the workshop file; selecting one makes it the session's current one."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.agreement_list_model import PERIOD, REVISION, STATUS, TITLE, AgreementListModel
from ui.session import AgreementSession
from ui.widgets.fit import keep_headers_whole


class AgreementList(QWidget):
    def __init__(self, session: AgreementSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Agreements in this file"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.model = AgreementListModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("agreementList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(True)
        self.view.setShowGrid(False)
        self.view.setTabKeyNavigation(False)  # Tab moves on to the next widget
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        # Sized here from the model's texts, once per change of the list: a header fitting
        # itself to its contents would ask every row of a file with hundreds of agreements.
        for column in (PERIOD, REVISION, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        # Uniform rows of two lines (a long title wraps once, then is elided): no row is
        # measured, however many agreements the file holds.
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.view.fontMetrics().lineSpacing() + 8)
        self._widths: list[int] = []
        layout.addWidget(self.view, 1)
        self.empty = QLabel(self.tr("No agreements yet. Use Agreement ▸ New with the wizard to "
                                    "make the first one."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.view.selectionModel().currentRowChanged.connect(self._picked)
        session.agreementsChanged.connect(self.reload)
        session.currentChanged.connect(self._follow)
        self._following = False
        self.reload()

    def reload(self) -> None:
        self._following = True
        try:
            self.model.set_rows(self.session.summaries())
            self._select(self.session.current_id)
            self._fit_columns()
        finally:
            self._following = False
        self.empty.setVisible(self.model.rowCount() == 0)

    def _fit_columns(self) -> None:
        """The period, revision and status columns as wide as their widest text."""
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        header_metrics = header.fontMetrics()
        padding = 2 * self.view.style().pixelMetric(
            self.view.style().PixelMetric.PM_FocusFrameHMargin) + metrics.averageCharWidth() + 8
        widths = []
        for column in (PERIOD, REVISION, STATUS):
            texts = {labels[column] for labels in self.model.labels}
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widths.append(max([header_metrics.horizontalAdvance(title) + 16,
                               *(metrics.horizontalAdvance(t) + padding for t in texts)]))
        if widths != self._widths:
            self._widths = widths
            for column, width in zip((PERIOD, REVISION, STATUS), widths, strict=True):
                header.resizeSection(column, width)
            keep_headers_whole(self.view)

    def _follow(self, agreement_id: int) -> None:
        self._following = True
        try:
            self._select(None if agreement_id < 0 else agreement_id)
        finally:
            self._following = False

    def _select(self, agreement_id: int | None) -> None:
        row = self.model.row_of(agreement_id)
        selection = self.view.selectionModel()
        if row is None:
            selection.clearSelection()
            return
        index = self.model.index(row, TITLE)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)

    def _picked(self, current: object, _previous: object) -> None:
        if self._following:
            return
        index = self.view.selectionModel().currentIndex()
        if not index.isValid():
            return
        agreement_id = self.model.data(index.siblingAtColumn(TITLE), Qt.ItemDataRole.UserRole)
        if agreement_id != self.session.current_id:
            self.session.select(agreement_id)

    def selected_id(self) -> int | None:
        return self.session.current_id
