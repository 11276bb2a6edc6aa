"""The main window: the agreements in the file on the left, the selected one's editors, plan
chart and monthly targets on the right. Every edit is in the file at once; nothing to save.

Extensions (``ui.window.extensions.EXTENSIONS``) add menus, tabs and drop handlers through
``menus``, ``tabs``, ``drop_handlers`` and ``show_status`` (see ``install_extensions``).
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import importlib.util
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QLocale, QSize, Qt, QTime, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from slaworkshop import __version__
from slaworkshop.model import Status, ValidationError
from slaworkshop.store import FILE_SUFFIX, StoreError, WriteError
from ui.agreement.agreement_list import AgreementList
from ui.agreement.agreement_picker import AgreementPicker
from ui.core_text import any_problem_text, error_text
from ui.editors.base import EditorBase
from ui.editors.details import DetailsEditor
from ui.editors.objective import ObjectiveEditor
from ui.editors.seasonality import SeasonalityEditor
from ui.editors.stages import StagesEditor
from ui.plan.monthly_table import MonthlyTable
from ui.plan.plan_summary import PlanSummary
from ui.session import AgreementSession
from ui.widgets.lazy_tab import LazyTab
from ui.widgets.screen_fit import fit_to_screen, keep_on_screen
from ui.widgets.steady_label import fix_to_widest
from ui.window.icon import app_icon
from ui.window.settings import Settings
from ui.window.shortcuts_dialog import give_mnemonics

if TYPE_CHECKING:
    from ui.editors.kpis import KpisEditor
    from ui.editors.parties import PartiesEditor
    from ui.editors.protocols import ProtocolsEditor
    from ui.editors.reporting import ReportingEditor
    from ui.plan.team_budget_table import TeamBudgetTable
    from ui.plan.what_if_panel import WhatIfPanel

# The editors of the tabs built when first opened: name -> (module, class).
LAZY_EDITORS = {
    "parties": ("ui.editors.parties", "PartiesEditor"),
    "protocols": ("ui.editors.protocols", "ProtocolsEditor"),
    "kpis": ("ui.editors.kpis", "KpisEditor"),
    "reporting": ("ui.editors.reporting", "ReportingEditor"),
    "segments": ("ui.editors.segments", "SegmentsEditor"),
    "capacity": ("ui.editors.capacity", "CapacityEditor"),
    "budget": ("ui.editors.budget", "BudgetEditor"),
}

# From this width up the agreement list is shown beside the plan at first.
WIDE_WINDOW = 1600

# Opens a workshop file in a window of its own: (path, read_only) -> opened?
FileOpener = Callable[[str, bool], bool]


@functools.cache
def _module_exists(name: str) -> bool:
    # Asked on every change of the session; the modules present do not change while running.
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


class MainWindow(QMainWindow):
    def __init__(self, session: AgreementSession, settings: Settings | None = None, *,
                 open_file: FileOpener | None = None, read_only_note: str | None = None,
                 extensions: Sequence[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.open_file = open_file
        self.read_only_note = read_only_note
        self.menus: dict[str, QMenu] = {}
        self.drop_handlers: list[Callable[[Path], bool]] = []
        self.presenter: QWidget | None = None
        self.on_close: list[Callable[[], None]] = []
        # Off for --screenshot, whose forced size must not become the user's window size.
        self.remember_layout = True
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.setWindowIcon(app_icon())
        session.confirm = self._confirm_clear_signatures

        self._build_central()
        self._build_menus()
        self._build_status_bar()
        self._state_shown: tuple[object, ...] = ()  # what _update_state last showed
        session.changed.connect(self._update_plan)
        session.changed.connect(self._update_state)
        session.agreementsChanged.connect(self._update_state)
        session.editRefused.connect(self._show_refusal)
        session.writeFailed.connect(self._write_failed)
        # Set while changes cannot be written; a dialog says so once, not at every keystroke.
        self._writes_failing = False
        # "Saved" only once the change is in the file: an edit is painted first and written
        # right after, in the same event-loop turn.
        session.saved.connect(self._saved)
        session.savePending.connect(self._saving)
        self._update_plan()
        self._update_state()
        # 1280×800 where the screen has room, else what its available geometry allows.
        fit_to_screen(self, QSize(1280, 800))
        self._restore_layout()
        self.install_extensions(extensions)

    # Building.
    def _build_central(self) -> None:
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.setChildrenCollapsible(False)
        self.agreement_list = AgreementList(self.session, self.main_splitter)
        # Wide enough for the list's column headers in the language shown.
        self.agreement_list.setMinimumWidth(
            max(220, self.agreement_list.minimumSizeHint().width()))
        self.main_splitter.addWidget(self.agreement_list)

        right = QWidget(self.main_splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(6)
        self.banner = QLabel(right)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel#banner { background: #fff4ce; color: #4a3b00; border: 1px solid #e0c860;"
            " border-radius: 4px; padding: 8px 12px; }")
        self.banner.hide()
        right_layout.addWidget(self.banner)
        self.tabs = QTabWidget(right)
        self.tabs.setObjectName("agreementTabs")
        self.tabs.setDocumentMode(True)
        # With the list folded away, the agreement shown is chosen from a drop-down. It sits
        # in the menu bar's free space, so the tab bar keeps its width for whole tab titles.
        self.agreement_picker = AgreementPicker(self.session, right)
        self.agreement_picker.setToolTip(self.tr("The agreement shown (View ▸ Agreement list, "
                                                 "F9, shows them all)"))
        self.menuBar().setCornerWidget(self.agreement_picker, Qt.Corner.TopRightCorner)
        right_layout.addWidget(self.tabs, 1)
        self.empty_note = QLabel(self.tr("Select an agreement on the left, or make a new one "
                                         "with Agreement ▸ New with the wizard (Ctrl+N)."))
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setWordWrap(True)
        right_layout.addWidget(self.empty_note)
        self.main_splitter.addWidget(right)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([280, 1000])
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(8, 6, 8, 0)
        central_layout.addWidget(self.main_splitter)
        self.setCentralWidget(central)

        # The Plan tab: what drives the plan on the left, the plan on the right.
        self.plan_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.plan_splitter.setObjectName("planSplitter")
        self.plan_splitter.setChildrenCollapsible(False)
        self.input_splitter = QSplitter(Qt.Orientation.Vertical)
        self.input_splitter.setObjectName("inputSplitter")
        self.input_splitter.setChildrenCollapsible(False)
        self.objective_editor = ObjectiveEditor(self.session)
        objective_area = _scrolling(self.objective_editor)
        # Room for the whole objective and its summary; error messages scroll.
        objective_area.setMinimumHeight(self.objective_editor.sizeHint().height()
                                        + self.fontMetrics().height())
        self.input_splitter.addWidget(objective_area)
        self.input_tabs = QTabWidget()
        self.input_tabs.setObjectName("planInputs")
        # Document mode, like the main tabs: no frame to repaint around the editors (≈0.7 ms of
        # every live edit's paint) and a flatter look on a projector.
        self.input_tabs.setDocumentMode(True)
        self.stages_editor = StagesEditor(self.session)
        self.seasonality_editor = SeasonalityEditor(self.session)
        self.details_editor = DetailsEditor(self.session)
        self.input_tabs.addTab(self.stages_editor, self.tr("Stages"))
        self.input_tabs.addTab(self.seasonality_editor, self.tr("Seasonality"))
        self.input_tabs.addTab(_scrolling(self.details_editor), self.tr("Title and period"))
        self.input_splitter.addWidget(self.input_tabs)
        self.input_splitter.setStretchFactor(0, 0)
        self.input_splitter.setStretchFactor(1, 1)
        self.input_splitter.setSizes([objective_area.minimumHeight(), 10_000])
        # Never narrower than the editors' buttons and headers in the language shown.
        self.input_splitter.setMinimumWidth(max(380, self.input_splitter.minimumSizeHint().width()))
        self.plan_splitter.addWidget(self.input_splitter)

        self.chart_splitter = QSplitter(Qt.Orientation.Vertical)
        self.chart_splitter.setObjectName("chartSplitter")
        self.chart_splitter.setChildrenCollapsible(False)
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setObjectName("chartTabs")
        self.chart_tabs.setDocumentMode(True)
        self.funnel_chart = self._make_chart("ui.plan.funnel_chart", "FunnelChart")
        # The month-by-month chart is built the first time its tab is chosen (start-up time).
        self.monthly_chart: QWidget | None = None
        self._monthly_holder: QWidget | None = None
        if self.funnel_chart is not None:
            self.chart_tabs.addTab(self.funnel_chart, self.tr("Funnel"))
        if _module_exists("ui.plan.monthly_chart"):
            self._monthly_holder = QWidget()
            QVBoxLayout(self._monthly_holder).setContentsMargins(0, 0, 0, 0)
            self.chart_tabs.addTab(self._monthly_holder, self.tr("By month"))
        # Team, budget and what-if beside the funnel; the summary line over them all.
        # Built when first chosen (start-up time), like the month-by-month chart.
        self._team_tab = LazyTab(lambda _parent: self._build_plan_view("team"))
        self.chart_tabs.addTab(self._team_tab, self.tr("Team and budget"))
        self._what_if_tab = LazyTab(lambda _parent: self._build_plan_view("what_if"))
        self.chart_tabs.addTab(self._what_if_tab, self.tr("What if"))
        self._plan_views: dict[str, QWidget] = {}
        self.plan_summary = PlanSummary()
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.setSpacing(0)
        charts_layout.addWidget(self.plan_summary)
        charts_layout.addWidget(self.chart_tabs, 1)
        self.chart_splitter.addWidget(charts)
        # Choosing a chart tab draws that chart if it is behind; the table stays as it is.
        self.chart_tabs.currentChanged.connect(lambda _index: self._update_shown_chart())
        self._chart_plan: dict[int, object] = {}
        self.monthly_table = MonthlyTable()
        self.chart_splitter.addWidget(self.monthly_table)
        self.chart_splitter.setStretchFactor(0, 3)
        self.chart_splitter.setStretchFactor(1, 2)
        self.chart_splitter.setSizes([440, 260])
        self.plan_splitter.addWidget(self.chart_splitter)
        self.plan_splitter.setStretchFactor(0, 0)
        self.plan_splitter.setStretchFactor(1, 1)
        self.plan_splitter.setSizes([400, 580])
        self.tabs.addTab(self.plan_splitter, self.tr("Plan"))

        # The other tabs' editors (and their modules) are built when a tab is first opened:
        # start-up and every live edit of the plan pay nothing for them until then.
        self._editor_tabs: dict[str, LazyTab] = {}
        self._built_editors: dict[str, EditorBase] = {}
        # Segments, team and budget share one tab, so that every tab title fits at 1280 px.
        self.depth_tabs = QTabWidget()
        self.depth_tabs.setObjectName("planningDepthTabs")
        self.depth_tabs.setDocumentMode(True)
        for name, title, scrolling, holder in (
                ("parties", self.tr("Parties"), False, self.tabs),
                ("protocols", self.tr("Handoff protocols"), False, self.tabs),
                ("kpis", self.tr("KPIs"), False, self.tabs),
                ("reporting", self.tr("Reporting"), True, self.tabs),
                ("segments", self.tr("Segments"), False, self.depth_tabs),
                ("capacity", self.tr("Team"), False, self.depth_tabs),
                ("budget", self.tr("Budget"), True, self.depth_tabs)):
            tab = LazyTab(functools.partial(self._build_editor, name, scrolling))
            tab.setObjectName(f"{name}Tab")
            self._editor_tabs[name] = tab
            holder.addTab(tab, title)
            if name == "reporting":
                self.tabs.addTab(self.depth_tabs, self.tr("Segments and budget"))

    def _build_plan_view(self, name: str) -> QWidget:
        if name == "team":
            from ui.plan.team_budget_table import TeamBudgetTable

            view: QWidget = TeamBudgetTable()
            shown = view
        else:
            from ui.plan.what_if_panel import WhatIfPanel

            view = WhatIfPanel()
            shown = _scrolling(view)
        self._plan_views[name] = view
        view.set_plan(self.session.plan, self.session.agreement)  # type: ignore[attr-defined]
        return shown

    @property
    def team_budget(self) -> TeamBudgetTable:
        self._team_tab.content()
        return cast("TeamBudgetTable", self._plan_views["team"])

    @property
    def what_if(self) -> WhatIfPanel:
        self._what_if_tab.content()
        return cast("WhatIfPanel", self._plan_views["what_if"])

    def _build_editor(self, name: str, scrolling: bool, parent: QWidget) -> QWidget:
        module_name, class_name = LAZY_EDITORS[name]
        editor_class = getattr(importlib.import_module(module_name), class_name)
        editor: EditorBase = editor_class(self.session)
        self._built_editors[name] = editor
        return _scrolling(editor) if scrolling else editor

    def _editor(self, name: str) -> EditorBase:
        self._editor_tabs[name].content()
        return self._built_editors[name]

    @property
    def parties_editor(self) -> PartiesEditor:
        return cast("PartiesEditor", self._editor("parties"))

    @property
    def protocols_editor(self) -> ProtocolsEditor:
        return cast("ProtocolsEditor", self._editor("protocols"))

    @property
    def kpis_editor(self) -> KpisEditor:
        return cast("KpisEditor", self._editor("kpis"))

    @property
    def reporting_editor(self) -> ReportingEditor:
        return cast("ReportingEditor", self._editor("reporting"))

    def show_tab_of(self, widget: QWidget) -> None:
        """Bring the tab holding ``widget`` (an editor, say) to the front."""
        for tabs in (self.tabs, self.depth_tabs):
            for index in range(tabs.count()):
                page = tabs.widget(index)
                if page is not None and (page is widget or page.isAncestorOf(widget)):
                    tabs.setCurrentIndex(index)

    @property
    def editors(self) -> tuple[EditorBase, ...]:
        """Every editor of the agreement (building those not built yet)."""
        return (self.objective_editor, self.details_editor, self.stages_editor,
                self.seasonality_editor, self.parties_editor, self.protocols_editor,
                self.kpis_editor, self.reporting_editor,
                *(self._editor(name) for name in ("segments", "capacity", "budget")))

    def _make_chart(self, module_name: str, class_name: str) -> QWidget | None:
        # The charts are their own modules; the window works (with the table) without them.
        if not _module_exists(module_name):
            return None
        chart_class = getattr(importlib.import_module(module_name), class_name)
        chart: QWidget = chart_class()
        chart.setMinimumHeight(220)
        return chart

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.menus["file"] = bar.addMenu(self.tr("&File"))
        self.new_file_action = file_menu.addAction(self.tr("New workshop file…"))
        self.new_file_action.triggered.connect(self.new_workshop_file)
        self.open_action = file_menu.addAction(self.tr("&Open…"))
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(lambda: self.choose_file(read_only=False))
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.open_read_only_action = file_menu.addAction(self.tr("Open read-only…"))
        self.open_read_only_action.triggered.connect(lambda: self.choose_file(read_only=True))
        self.quit_separator = file_menu.addSeparator()
        self.quit_action = file_menu.addAction(self.tr("&Quit"))
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self._fill_recent()

        edit_menu = self.menus["edit"] = bar.addMenu(self.tr("&Edit"))
        stack = self.session.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        agreement_menu = self.menus["agreement"] = bar.addMenu(self.tr("&Agreement"))
        self.wizard_action = agreement_menu.addAction(self.tr("New with the wizard…"))
        self.wizard_action.setShortcut(QKeySequence("Ctrl+N"))
        self.wizard_action.triggered.connect(self.new_with_wizard)
        self.duplicate_action = agreement_menu.addAction(self.tr("Duplicate"))
        self.duplicate_action.triggered.connect(self.duplicate_agreement)
        self.delete_action = agreement_menu.addAction(self.tr("Delete draft…"))
        self.delete_action.triggered.connect(self.delete_agreement)

        view_menu = self.menus["view"] = bar.addMenu(self.tr("&View"))
        self.list_action = view_menu.addAction(self.tr("&Agreement list"))
        self.list_action.setCheckable(True)
        self.list_action.setShortcut(QKeySequence("F9"))
        self.list_action.toggled.connect(self.show_agreement_list)
        self.presenter_action = view_menu.addAction(self.tr("Presenter mode"))
        self.presenter_action.setShortcut(QKeySequence("F5"))
        self.presenter_action.triggered.connect(self.show_presenter)
        language_menu = view_menu.addMenu(self.tr("Language"))
        current = self.settings.language() if self.settings else None
        for code, name in (("en", "English"), ("es", "Español")):
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == (current or QLocale().name()[:2]))
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))

        # The main tabs from anywhere, a table or an editor included.
        self.next_tab_action = view_menu.addAction(self.tr("Next tab"))
        self.next_tab_action.setShortcuts([QKeySequence("Ctrl+PgDown"), QKeySequence("Ctrl+Tab")])
        self.next_tab_action.triggered.connect(lambda: self.switch_tab(1))
        self.previous_tab_action = view_menu.addAction(self.tr("Previous tab"))
        self.previous_tab_action.setShortcuts([QKeySequence("Ctrl+PgUp"),
                                               QKeySequence("Ctrl+Shift+Tab")])
        self.previous_tab_action.triggered.connect(lambda: self.switch_tab(-1))

        help_menu = self.menus["help"] = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = help_menu.addAction(self.tr("Keyboard shortcuts"))
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = help_menu.addAction(self.tr("About SLA Workshop"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _build_status_bar(self) -> None:
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        self.statusBar().addPermanentWidget(self.save_state)
        # Everything the label says, written here once.
        self._save_texts = {"saving": self.tr("Saving…"),
                            "failed": self.tr("Last change not saved"),
                            "read_only": self.tr("Read-only"),
                            "saved": self.tr("All changes saved")}
        # Two of these texts follow each other on every keystroke ("Saving…", then saved):
        # at a fixed size, as wide as the widest, neither lays out the status bar again.
        fix_to_widest(self.save_state, [
            *self._save_texts.values(),
            *(self._saved_at(QTime(hour, minute)) for hour in range(24)
              for minute in (0, 8, 58))])

    def _saved_at(self, time: QTime) -> str:
        return self.tr("All changes saved (%1)").replace(
            "%1", QLocale().toString(time, QLocale.FormatType.ShortFormat))

    def install_extensions(self, names: Sequence[str] | None = None) -> None:
        """Import each extension module and call its ``install(self)``."""
        if names is None:
            from ui.window.extensions import EXTENSIONS

            names = EXTENSIONS
        for name in names:
            try:
                importlib.import_module(name).install(self)
            except Exception as exc:  # one broken extension must not stop the app
                print(f"slaworkshop: extension {name}: {type(exc).__name__}: {exc}",
                      file=sys.stderr)
        # Quit stays the last item of the File menu, below what extensions added.
        file_menu = self.menus["file"]
        if file_menu.actions() and file_menu.actions()[-1] is not self.quit_action:
            file_menu.removeAction(self.quit_separator)
            file_menu.removeAction(self.quit_action)
            file_menu.addAction(self.quit_separator)
            file_menu.addAction(self.quit_action)
        # Every item reachable with Alt and a letter, in every language.
        for menu in self.menus.values():
            give_mnemonics(menu)

    # State.
    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _show_refusal(self, problems: list[object]) -> None:
        if problems:
            self.statusBar().showMessage("; ".join(any_problem_text(p) for p in problems), 10000)

    def _write_failed(self, reason: str) -> None:
        self.save_state.setText(self._save_texts["failed"])
        self.statusBar().showMessage(reason, 15000)
        if not self._writes_failing:
            self._writes_failing = True
            text = self.tr("The change could not be written to the workshop file, so it was "
                           "not made:\n\n%1\n\nEverything saved before it is still in the "
                           "file.").replace("%1", reason)
            if isinstance(self.session.failed_write, WriteError):
                text += " " + self.tr("Free some space or reconnect the drive, then make the "
                                      "change again.")
            # Over whichever window the change came from (presenter mode is full screen).
            parent = QApplication.activeWindow() or self
            QMessageBox.warning(parent, self.tr("Change not saved"), text)

    def _saving(self) -> None:
        self.save_state.setText(self._save_texts["saving"])

    def _saved(self) -> None:
        self._writes_failing = False
        if not self.session.read_only:
            text = self._saved_at(QTime.currentTime())
            # Within the same minute the text stays; setting it again would repaint it.
            if text != self.save_state.text():
                self.save_state.setText(text)

    def _update_plan(self) -> None:
        plan, agreement = self.session.plan, self.session.agreement
        self._update_shown_chart()
        self.monthly_table.set_plan(plan, agreement)
        self.plan_summary.set_plan(plan, agreement)

    def _update_shown_chart(self) -> None:
        """Only the chart on show is redrawn while people type; the others catch up when
        their tab is chosen (and are not redrawn for a plan they already show)."""
        plan, agreement = self.session.plan, self.session.agreement
        shown: QWidget | None = self.chart_tabs.currentWidget()
        if shown is not None and shown is self._monthly_holder and self.monthly_chart is None:
            self.monthly_chart = self._make_chart("ui.plan.monthly_chart", "MonthlyChart")
            layout = self._monthly_holder.layout()
            if self.monthly_chart is not None and layout is not None:
                layout.addWidget(self.monthly_chart)
        if shown is self._monthly_holder:
            shown = self.monthly_chart
        current = self.chart_tabs.currentWidget()
        if current is self._team_tab and self._team_tab.built:
            shown = self._plan_views["team"]
        elif current is self._what_if_tab and self._what_if_tab.built:
            shown = self._plan_views["what_if"]
        if shown is None:
            return
        old = self._chart_plan.get(id(shown))
        if not (isinstance(old, tuple) and old[0] is plan and old[1] is agreement):
            shown.set_plan(plan, agreement)  # type: ignore[attr-defined]
            self._chart_plan[id(shown)] = (plan, agreement)

    def _update_state(self) -> None:
        session = self.session
        agreement = session.agreement
        path = session.store.path
        # A keystroke changes none of what the title, banner and actions show.
        shown = (path, session.read_only, self.read_only_note, session.store.read_only_reason,
                 None if agreement is None else (agreement.status, agreement.revision),
                 self.open_file is None)
        if shown == self._state_shown:
            return
        self._state_shown = shown
        title = f"{path.name} — SLA Workshop"
        if session.read_only:
            title = self.tr("%1 (read-only)").replace("%1", title)
        self.setWindowTitle(title)
        has_agreement = agreement is not None
        self.tabs.setVisible(has_agreement)
        self.empty_note.setVisible(not has_agreement)
        banner = ""
        if session.read_only:
            reason = self.read_only_note or session.store.read_only_reason or ""
            banner = self.tr("This file is read-only: %1. You can look at everything, but "
                             "nothing can be changed.").replace("%1", reason)
        elif agreement is not None and agreement.status is Status.SIGNED:
            banner = self.tr("Revision %1 is signed and sealed, so it is shown read-only. "
                             "To change it, start a new revision.").replace(
                "%1", str(agreement.revision))
        elif agreement is not None and agreement.status is Status.SUPERSEDED:
            banner = self.tr("Revision %1 has been superseded by a newer revision; it is kept "
                             "read-only for the record.").replace("%1", str(agreement.revision))
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        self.save_state.setText(self._save_texts["read_only"] if session.read_only
                                else self.save_state.text() or self._save_texts["saved"])
        writable = not session.read_only
        self.new_file_action.setEnabled(self.open_file is not None)
        self.open_action.setEnabled(self.open_file is not None)
        self.open_read_only_action.setEnabled(self.open_file is not None)
        self.wizard_action.setEnabled(writable)
        self.duplicate_action.setEnabled(writable and has_agreement)
        self.delete_action.setEnabled(writable and has_agreement and agreement is not None
                                      and agreement.is_editable)
        self.presenter_action.setEnabled(has_agreement and _module_exists("ui.plan.presenter"))

    def _confirm_clear_signatures(self, message: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Clear signatures?"), message)
        return answer == QMessageBox.StandardButton.Yes

    # Actions.
    def new_with_wizard(self) -> None:
        from ui.wizard import AgreementWizard

        wizard = AgreementWizard(self.session, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()

    def duplicate_agreement(self) -> None:
        if self.session.current_id is None:
            return
        try:
            self.session.duplicate(self.session.current_id)
        except WriteError:
            pass  # already reported (writeFailed)
        except (StoreError, ValidationError) as exc:
            QMessageBox.warning(self, self.tr("Duplicate"), error_text(exc))

    def delete_agreement(self) -> None:
        agreement = self.session.agreement
        if agreement is None or agreement.id is None or not agreement.is_editable:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete draft"),
            self.tr("Delete the draft “%1”? You can undo this with Edit ▸ Undo.").replace(
                "%1", agreement.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.delete(agreement.id)
        except WriteError:
            pass  # already reported (writeFailed)
        except (StoreError, ValidationError) as exc:
            QMessageBox.warning(self, self.tr("Delete draft"), error_text(exc))
        else:
            self.show_status(self.tr("Deleted “%1”").replace("%1", agreement.title))

    def show_presenter(self) -> None:
        if self.session.agreement is None or not _module_exists("ui.plan.presenter"):
            return
        from ui.plan.presenter import PresenterWindow

        self.presenter = PresenterWindow(self.session, self)
        self.presenter.setWindowFlag(Qt.WindowType.Window, True)
        self.presenter.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.presenter.showFullScreen()

    def choose_file(self, read_only: bool) -> None:
        if self.open_file is None:
            return
        title = self.tr("Open read-only") if read_only else self.tr("Open workshop file")
        path, _ = QFileDialog.getOpenFileName(self, title, str(self.session.store.path.parent),
                                              self._file_filter())
        if path:
            self._open(path, read_only)

    def new_workshop_file(self) -> None:
        if self.open_file is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New workshop file"),
            str(self.session.store.path.parent / f"workshop{FILE_SUFFIX}"),
            self._file_filter())
        if not path:
            return
        file = Path(path)
        if file.suffix == "":
            file = file.with_suffix(FILE_SUFFIX)
        if file.exists():
            QMessageBox.warning(self, self.tr("New workshop file"), self.tr(
                "%1 already exists. Choose another name, or open it with File ▸ Open.")
                .replace("%1", str(file)))
            return
        self._open(str(file), False)

    def _file_filter(self) -> str:
        return self.tr("SLA Workshop files (*.slaw);;All files (*)")

    def _open(self, path: str, read_only: bool) -> None:
        assert self.open_file is not None
        if self.open_file(path, read_only):
            self.close()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files() if self.settings else []
        current = str(self.session.store.path.resolve())
        for path in files:
            if path == current:
                continue
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self._open_recent(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions())
                                    and self.open_file is not None)

    def _open_recent(self, path: str) -> None:
        if not Path(path).exists():
            if self.settings:
                self.settings.remove_recent_file(path)
            QMessageBox.warning(self, self.tr("Open recent"),
                                self.tr("%1 no longer exists.").replace("%1", path))
            return
        self._open(path, False)

    def set_language(self, code: str) -> None:
        if self.settings is None:
            return
        self.settings.set_language(code)
        self.show_status(self.tr("The language changes the next time SLA Workshop starts."))

    def switch_tab(self, step: int) -> None:
        count = self.tabs.count()
        if count and self.tabs.isVisible():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    def show_shortcuts(self) -> None:
        from ui.window.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.menus.values(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About SLA Workshop"), self.tr(
            "<h3>SLA Workshop %1</h3><p>Agree, sign and keep a sales &amp; marketing "
            "service-level agreement, offline.</p><p>Workshop file: %2</p>")
            .replace("%1", __version__).replace("%2", str(self.session.store.path)))

    # Drops: extensions first (e.g. an actuals workbook), then workshop files.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.handle_dropped_file(Path(QUrl(url).toLocalFile()))
        event.acceptProposedAction()

    def handle_dropped_file(self, path: Path) -> bool:
        for handler in list(self.drop_handlers):
            if handler(path):
                return True
        if path.suffix.lower() == FILE_SUFFIX and self.open_file is not None:
            self._open(str(path), False)
            return True
        self.show_status(self.tr("%1 is not something SLA Workshop can open.")
                         .replace("%1", path.name))
        return False

    # Layout memory.
    def _splitters(self) -> dict[str, QSplitter]:
        return {"main": self.main_splitter, "plan": self.plan_splitter,
                "charts": self.chart_splitter, "inputs": self.input_splitter}

    def _restore_layout(self) -> None:
        self._restore_list()
        if self.settings is None:
            return
        geometry = self.settings.geometry("mainWindow")
        if geometry is not None:
            self.restoreGeometry(geometry)
            # Saved on a bigger screen (or with the projector unplugged since): back inside.
            keep_on_screen(self)
        self._restore_splitters()
        # Once more when first shown: a window not yet laid out at its size clamps the
        # restored sizes to the panes' minimums (which grow with longer translations).
        self._splitters_pending = True

    def show_agreement_list(self, shown: bool) -> None:
        """Show the agreement list, or fold it away (the drop-down then picks the agreement)
        so the plan gets the window's width."""
        self.agreement_list.setVisible(shown)
        self.agreement_picker.setVisible(not shown)
        if self.list_action.isChecked() != shown:
            self.list_action.setChecked(shown)
        if self.settings is not None and self.remember_layout:
            self.settings.qsettings.setValue("agreementList/shown", shown)

    def _restore_list(self) -> None:
        # Shown as last left; at first on wide screens only (at 1280 it takes the plan's room).
        remembered = self.settings.qsettings.value("agreementList/shown") \
            if self.settings is not None else None
        # Not remembered: chosen when first shown, at the size the window opens with.
        self._list_pending = remembered is None
        self.show_agreement_list(str(remembered).lower() == "true" if remembered is not None
                                 else self.width() >= WIDE_WINDOW)

    def _restore_splitters(self) -> None:
        if self.settings is None:
            return
        for name, splitter in self._splitters().items():
            state = self.settings.splitter(name)
            if state is not None:
                splitter.restoreState(state)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if getattr(self, "_list_pending", False):
            self._list_pending = False
            remember, self.remember_layout = self.remember_layout, False
            self.show_agreement_list(self.width() >= WIDE_WINDOW)
            self.remember_layout = remember
        if getattr(self, "_splitters_pending", False):
            self._splitters_pending = False
            self._restore_splitters()

    def save_layout(self) -> None:
        if self.settings is None or not self.remember_layout:
            return
        self.settings.set_geometry("mainWindow", self.saveGeometry())
        for name, splitter in self._splitters().items():
            self.settings.set_splitter(name, splitter.saveState())
        self.settings.set_last_agreement(self.session.store.path, self.session.current_id)
        self.settings.sync()

    def sizeHint(self) -> QSize:
        return QSize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Every change is in the file once the edit shown last is written: nothing to ask.
        self.session.flush()
        self.save_layout()
        if self.presenter is not None:
            with contextlib.suppress(RuntimeError):  # already closed and deleted
                self.presenter.close()
        for callback in self.on_close:
            callback()
        self.on_close.clear()
        event.accept()


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area
