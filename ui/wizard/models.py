"""Thin table models over the draft's parties, stages and KPIs, and the owner delegate."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from slaworkshop.model import (
    Aggregation,
    Agreement,
    Direction,
    Kpi,
    KpiKind,
    Party,
    Stage,
    Unit,
    ValidationError,
    unit_aggregation,
)
from slaworkshop.plan import Plan
from ui.core_text import error_text
from ui.plan.funnel_chart import format_rate, format_total
from ui.widgets.numbers import parse_number, parse_percent, percent

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole


class PartiesModel(QAbstractTableModel):
    """The draft's parties: name, representative, role."""

    NAME, REPRESENTATIVE, ROLE = range(3)
    # A party was renamed: (old name, new name); the page carries it to stages and KPIs.
    renamed = Signal(str, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._parties: list[Party] = []

    def set_parties(self, parties: list[Party]) -> None:
        self.beginResetModel()
        self._parties = parties
        self.endResetModel()

    def parties(self) -> list[Party]:
        return self._parties

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._parties)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < 3:
            return (
                QCoreApplication.translate("AgreementWizard", "Party"),
                QCoreApplication.translate("AgreementWizard", "Representative"),
                QCoreApplication.translate("AgreementWizard", "Role"),
            )[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or role not in (DISPLAY, EDIT):
            return None
        party = self._parties[index.row()]
        return (party.name, party.representative, party.role)[index.column()]

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT:
            return False
        party = self._parties[index.row()]
        text = str(value).strip()
        if index.column() == self.NAME:
            old, party.name = party.name, text
            if old and text and old != text:
                self.renamed.emit(old, text)
        elif index.column() == self.REPRESENTATIVE:
            party.representative = text
        else:
            party.role = text
        self.dataChanged.emit(index, index, [DISPLAY, EDIT])
        return True

    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._parties):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        for offset in range(count):
            self._parties.insert(row + offset, Party(""))
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._parties):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._parties[row : row + count]
        self.endRemoveRows()
        return True


class StagesModel(QAbstractTableModel):
    """The draft's funnel stages: name, conversion rate to the next stage, owner, lag."""

    NAME, RATE, OWNER, LAG = range(4)
    # A value could not be read at all (not a number); the page shows the core's message.
    refused = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._agreement: Agreement | None = None
        self.locale = QLocale()

    def set_agreement(self, agreement: Agreement) -> None:
        """Show (and edit, with the core's rules) the draft's stages."""
        self.beginResetModel()
        self._agreement = agreement
        self.endResetModel()

    @property
    def _stages(self) -> list[Stage]:
        return [] if self._agreement is None else self._agreement.stages

    def _draft(self) -> Agreement:
        assert self._agreement is not None, "set_agreement first"
        return self._agreement

    def stages(self) -> list[Stage]:
        return self._stages

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._stages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            return (
                QCoreApplication.translate("AgreementWizard", "Stage"),
                QCoreApplication.translate("AgreementWizard", "Rate to next (%)"),
                QCoreApplication.translate("AgreementWizard", "Owner"),
                QCoreApplication.translate("AgreementWizard", "Lag to next (months)"),
            )[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._stages):
            return str(section + 1)
        return None

    def _is_last(self, row: int) -> bool:
        return row == len(self._stages) - 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.RATE, self.LAG) and self._is_last(index.row()):
            return flags
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        stage = self._stages[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.RATE, self.LAG):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column == self.RATE
            and self._is_last(index.row())
        ):
            return QCoreApplication.translate(
                "AgreementWizard", "The last stage is the won customers: it converts to nothing."
            )
        if role not in (DISPLAY, EDIT):
            return None
        if column == self.NAME:
            return stage.name
        if column == self.RATE:
            if stage.rate is None:
                return "" if role == EDIT else "—"
            if role == EDIT:
                return percent(stage.rate, self.locale)
            return format_rate(self.locale, stage.rate)
        if column == self.OWNER:
            return stage.owner
        if self._is_last(index.row()) and role == DISPLAY:
            return "—"
        return stage.lag

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT:
            return False
        stage = self._stages[index.row()]
        column = index.column()
        if column == self.NAME:
            # Protocols measured by the stage's KPIs follow the new name.
            self._draft().rename_stage(index.row(), str(value).strip())
        elif column == self.RATE:
            what = QCoreApplication.translate("AgreementWizard", "stage “%1” rate").replace(
                "%1", stage.name
            )
            try:
                stage.rate = parse_percent(str(value), what, self.locale)
            except ValidationError as error:
                self.refused.emit(error_text(error))
                return False
        elif column == self.OWNER:
            stage.owner = str(value)
        else:
            try:
                stage.lag = int(value)
            except (TypeError, ValueError):
                self.refused.emit(
                    QCoreApplication.translate(
                        "AgreementWizard", "stage “%1” lag: “%2” is not a whole number"
                    )
                    .replace("%1", stage.name)
                    .replace("%2", str(value))
                )
                return False
        self.dataChanged.emit(index, index, [DISPLAY, EDIT])
        return True

    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """New stages at ``row``, never below the won customers (the core's rule)."""
        if parent.isValid() or count < 1 or not 0 <= row < max(len(self._stages), 1):
            return False
        taken = {s.name for s in self._stages}
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        for offset in range(count):
            number = len(self._stages) + 1
            name = QCoreApplication.translate("AgreementWizard", "Stage %1").replace(
                "%1", str(number)
            )
            while name in taken:
                number += 1
                name = QCoreApplication.translate("AgreementWizard", "Stage %1").replace(
                    "%1", str(number)
                )
            taken.add(name)
            self._draft().add_stage(row + offset - 1, name)
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._stages):
            return False
        last = len(self._stages) - 1
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        for _ in range(count):
            self._draft().remove_stage(row)
        self.endRemoveRows()
        if row + count - 1 == last and self._stages:
            # The stage above became the won customers: its rate and lag are gone.
            self._signal_rows(len(self._stages) - 1, len(self._stages) - 1)
        return True

    def move_row(self, row: int, delta: int) -> bool:
        target = row + delta
        if not (0 <= row < len(self._stages) and 0 <= target < len(self._stages)):
            return False
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._draft().move_stage(row, delta)
        self.endMoveRows()
        if len(self._stages) - 1 in (row, target):
            # The two swapped their rates and lags too (the last position has none).
            self._signal_rows(min(row, target), max(row, target))
        return True

    def _signal_rows(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, self.LAG))


class KpisModel(QAbstractTableModel):
    """Every KPI of the draft, with its owner and target.

    Volume KPIs take their owner from the stage and their targets from the plan; a custom
    KPI's monthly target is edited as one value for every month.
    """

    NAME, KIND, OWNER, UNIT, DIRECTION, TARGET, AGGREGATION = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._agreement: Agreement | None = None
        self._plan: Plan | None = None
        self._kpis: list[Kpi] = []
        self.locale = QLocale()

    def set_agreement(self, agreement: Agreement, plan: Plan | None) -> None:
        self.beginResetModel()
        self._agreement, self._plan = agreement, plan
        self._kpis = agreement.kpis()
        self.endResetModel()

    def kpi(self, row: int) -> Kpi:
        return self._kpis[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._kpis)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < 7:
            return (
                QCoreApplication.translate("AgreementWizard", "KPI"),
                QCoreApplication.translate("AgreementWizard", "Kind"),
                QCoreApplication.translate("AgreementWizard", "Owner"),
                QCoreApplication.translate("AgreementWizard", "Unit"),
                QCoreApplication.translate("AgreementWizard", "Better when"),
                QCoreApplication.translate("AgreementWizard", "Monthly target"),
                QCoreApplication.translate("AgreementWizard", "Over the months"),
            )[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        kpi = self._kpis[index.row()]
        editable = {self.OWNER} if kpi.kind is KpiKind.VOLUME else set()
        if kpi.kind is KpiKind.CUSTOM:
            editable = {self.NAME, self.OWNER, self.UNIT, self.DIRECTION, self.TARGET,
                        self.AGGREGATION}
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() in editable else flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        kpi = self._kpis[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.TARGET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return kpi.description or None
        if role not in (DISPLAY, EDIT):
            return None
        if column == self.NAME:
            return kpi.name
        if column == self.KIND:
            return {
                KpiKind.VOLUME: QCoreApplication.translate("AgreementWizard", "Stage volume"),
                KpiKind.CONVERSION: QCoreApplication.translate("AgreementWizard", "Conversion"),
                KpiKind.CUSTOM: QCoreApplication.translate("AgreementWizard", "Protocol / custom"),
            }[kpi.kind]
        if column == self.OWNER:
            return kpi.owner
        if column == self.UNIT:
            return kpi.unit.value if role == EDIT else unit_name(kpi.unit)
        if column == self.AGGREGATION:
            aggregation = kpi.months_add_up
            return aggregation.value if role == EDIT else aggregation_name(aggregation)
        if column == self.DIRECTION:
            if role == EDIT:
                return kpi.direction.value
            return (
                QCoreApplication.translate("AgreementWizard", "higher")
                if kpi.direction is Direction.HIGHER
                else QCoreApplication.translate("AgreementWizard", "lower")
            )
        return self._target_text(kpi, role)

    def _target_text(self, kpi: Kpi, role: int) -> str:
        if kpi.kind is KpiKind.CUSTOM:
            values = {t for t in kpi.targets if t is not None}
            if not values:
                return ""
            if len(values) > 1:
                return (
                    ""
                    if role == EDIT
                    else QCoreApplication.translate("AgreementWizard", "varies by month")
                )
            value = next(iter(values)).normalize()
            text = f"{value:f}"
            return text if role == EDIT else self.locale.toString(float(value), "g", 12)
        if self._plan is None or kpi.stage is None:
            return ""
        stage = self._plan.stage(kpi.stage)
        if stage is None:
            return ""
        if kpi.kind is KpiKind.VOLUME:
            return QCoreApplication.translate("AgreementWizard", "%1 (from the plan)").replace(
                "%1", format_total(self.locale, stage.annual, len(self._plan.months))
            )
        if stage.rate_to_next is None:
            return ""
        return format_rate(self.locale, stage.rate_to_next)

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT or self._agreement is None:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        kpi = self._kpis[index.row()]
        column = index.column()
        text = str(value).strip()
        if kpi.kind is KpiKind.VOLUME:
            stage = self._agreement.stage(kpi.stage or "")
            if stage is None:
                return False
            stage.owner = text
            # The stage's conversion KPI follows its owner too.
            self._kpis = self._agreement.kpis()
            self.dataChanged.emit(
                self.index(0, self.OWNER),
                self.index(len(self._kpis) - 1, self.OWNER),
                [DISPLAY, EDIT],
            )
            return True
        custom = next(k for k in self._agreement.custom_kpis if k is kpi)
        if column == self.NAME:
            self._agreement.rename_kpi(self._agreement.custom_kpis.index(custom), text)
        elif column == self.OWNER:
            custom.owner = text
        elif column == self.UNIT:
            try:
                custom.unit = Unit(text)
            except ValueError:
                return False
        elif column == self.DIRECTION:
            try:
                custom.direction = Direction(text)
            except ValueError:
                return False
        elif column == self.AGGREGATION:
            try:
                chosen = Aggregation(text)
            except ValueError:
                return False
            custom.aggregation = None if chosen is unit_aggregation(custom.unit) else chosen
        else:
            try:
                target = parse_number(text, custom.name, self.locale)
            except ValidationError:
                return False
            custom.targets = [target] * self._agreement.months
            for protocol in self._agreement.protocols:
                if protocol.kpi == custom.name:
                    protocol.kpi_target = target
        self.dataChanged.emit(index, index, [DISPLAY, EDIT])
        return True

    def add_custom(self) -> int:
        """Append a new custom KPI to the draft; returns its row."""
        assert self._agreement is not None
        from slaworkshop.model import unique_name

        name = unique_name(
            QCoreApplication.translate("AgreementWizard", "New KPI"),
            [k.name for k in self._agreement.kpis()],
        )
        owner = self._agreement.parties[0].name if self._agreement.parties else ""
        row = len(self._kpis)
        self.beginInsertRows(QModelIndex(), row, row)
        kpi = Kpi(
            name=name,
            kind=KpiKind.CUSTOM,
            owner=owner,
            targets=[Decimal(0)] * self._agreement.months,
        )
        self._agreement.custom_kpis.append(kpi)
        self._kpis.append(kpi)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> bool:
        """Remove a custom KPI (derived ones go with their stage)."""
        if self._agreement is None or not 0 <= row < len(self._kpis):
            return False
        kpi = self._kpis[row]
        if kpi.kind is not KpiKind.CUSTOM:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        self._agreement.remove_kpi(
            next(i for i, k in enumerate(self._agreement.custom_kpis) if k is kpi))
        del self._kpis[row]
        self.endRemoveRows()
        return True


def aggregation_name(aggregation: Aggregation) -> str:
    """How a KPI's months add up, as the KPI tables say it."""
    return {
        Aggregation.SUM: QCoreApplication.translate("AgreementWizard", "summed"),
        Aggregation.AVERAGE: QCoreApplication.translate("AgreementWizard", "averaged"),
        Aggregation.RATIO: QCoreApplication.translate("AgreementWizard", "a ratio of sums"),
    }[aggregation]


def unit_name(unit: Unit) -> str:
    return {
        Unit.COUNT: QCoreApplication.translate("AgreementWizard", "count"),
        Unit.PERCENT: QCoreApplication.translate("AgreementWizard", "percent"),
        Unit.CURRENCY: QCoreApplication.translate("AgreementWizard", "money"),
        Unit.HOURS: QCoreApplication.translate("AgreementWizard", "hours"),
        Unit.DAYS: QCoreApplication.translate("AgreementWizard", "days"),
    }[unit]
