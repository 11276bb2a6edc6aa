"""The draft a facilitator starts from, and the handoff protocols the wizard suggests.

Everything here is plain core objects (no widgets), so the pages only copy values between
their fields and this draft. Texts are translatable because the room reads them.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from slaworkshop.model import (
    Aggregation,
    Agreement,
    Direction,
    HandoffProtocol,
    Kpi,
    KpiKind,
    Party,
    RevenueObjective,
    Stage,
    Unit,
)
from slaworkshop.periods import add_months


def next_january(today: datetime.date | None = None) -> str:
    today = today or datetime.date.today()
    return f"{today.year + 1:04d}-01"


def default_agreement(today: datetime.date | None = None) -> Agreement:
    """Believable numbers that a room can click through and then adjust."""
    start = next_january(today)
    marketing, sales = (
        QCoreApplication.translate("AgreementWizard", "Marketing"),
        QCoreApplication.translate("AgreementWizard", "Sales"),
    )
    stages = [
        Stage(QCoreApplication.translate("AgreementWizard", "Visits"), Decimal("0.02"), marketing),
        Stage(QCoreApplication.translate("AgreementWizard", "Leads"), Decimal("0.4"), marketing),
        Stage(QCoreApplication.translate("AgreementWizard", "MQL"), Decimal("0.5"), marketing),
        Stage(QCoreApplication.translate("AgreementWizard", "SQL"), Decimal("0.5"), sales),
        Stage(QCoreApplication.translate("AgreementWizard", "Proposals"), Decimal("0.3"), sales),
        Stage(QCoreApplication.translate("AgreementWizard", "Customers"), None, sales),
    ]
    return Agreement(
        title=QCoreApplication.translate("AgreementWizard", "Sales & Marketing SLA %1").replace(
            "%1", start[:4]
        ),
        objective=RevenueObjective(Decimal(1000000), Decimal(20000), Decimal(1)),
        stages=stages,
        start=start,
        parties=[
            Party(
                marketing, "", QCoreApplication.translate("AgreementWizard", "Head of Marketing")
            ),
            Party(sales, "", QCoreApplication.translate("AgreementWizard", "Sales Director")),
        ],
        reporting_cadence=QCoreApplication.translate(
            "AgreementWizard",
            "Every month Sales and Marketing present these KPIs together at the company "
            "meeting: targets against actuals, the conversion rates between stages, and what "
            "each team will change next month.",
        ),
        review_month=add_months(start, 6),
    )


@dataclass
class ProtocolSuggestion:
    """A handoff protocol the wizard offers, with the custom KPI that measures it.

    ``trigger`` and ``commitment`` may contain ``{target}`` and ``{param}``; the page fills
    them in and keeps them in step with the numbers until the user edits the text by hand.
    ``kpi_unit`` None means the protocol is measured by a derived KPI (a stage volume).
    """

    key: str
    title: str
    from_marketing: bool
    trigger: str
    commitment: str
    kpi: str
    kpi_unit: Unit | None
    direction: Direction
    target: Decimal
    description: str = ""
    param_label: str = ""
    param: int = 0
    # How the KPI's months add up, when not as its unit implies (attempts per SQL average).
    aggregation: Aggregation | None = None

    def render(self, text: str, target: Decimal, param: int) -> str:
        return text.replace("{target}", _plain(target)).replace("{param}", str(param))


def _plain(value: Decimal) -> str:
    normal = value.normalize()
    return f"{normal:f}"


def protocol_suggestions(mql_stage: str = "MQL") -> list[ProtocolSuggestion]:
    return [
        ProtocolSuggestion(
            "mql",
            QCoreApplication.translate("AgreementWizard", "What counts as an MQL"),
            True,
            QCoreApplication.translate(
                "AgreementWizard",
                "A contact from our target market reaches a lead score of {param} "
                "(downloads, pricing-page visits, newsletter clicks).",
            ),
            QCoreApplication.translate(
                "AgreementWizard",
                "Marketing passes on only contacts that meet this definition, with their "
                "activity history in the CRM.",
            ),
            mql_stage,
            None,
            Direction.HIGHER,
            Decimal(0),
            param_label=QCoreApplication.translate("AgreementWizard", "Lead-score threshold"),
            param=60,
        ),
        ProtocolSuggestion(
            "first_contact",
            QCoreApplication.translate("AgreementWizard", "First contact with a new SQL"),
            False,
            QCoreApplication.translate(
                "AgreementWizard",
                "A contact asks for a meeting or a quote, or Sales accepts an MQL.",
            ),
            QCoreApplication.translate(
                "AgreementWizard",
                "A salesperson makes the first personal contact within {target} business hours.",
            ),
            QCoreApplication.translate("AgreementWizard", "Hours to first contact"),
            Unit.HOURS,
            Direction.LOWER,
            Decimal(24),
            description=QCoreApplication.translate(
                "AgreementWizard",
                "Average business hours from an SQL's request to the first personal contact.",
            ),
        ),
        ProtocolSuggestion(
            "attempts",
            QCoreApplication.translate("AgreementWizard", "Follow-up attempts"),
            False,
            QCoreApplication.translate(
                "AgreementWizard", "An SQL has not answered the first contact."
            ),
            QCoreApplication.translate(
                "AgreementWizard",
                "Sales makes at least {target} attempts over {param} business days (phone, "
                "e-mail, social) before closing the sequence.",
            ),
            QCoreApplication.translate("AgreementWizard", "Follow-up attempts per SQL"),
            Unit.COUNT,
            Direction.HIGHER,
            Decimal(6),
            description=QCoreApplication.translate(
                "AgreementWizard", "Average number of contact attempts on SQLs that did not answer."
            ),
            param_label=QCoreApplication.translate("AgreementWizard", "Days"),
            param=10,
            aggregation=Aggregation.AVERAGE,
        ),
        ProtocolSuggestion(
            "recycle",
            QCoreApplication.translate("AgreementWizard", "Rejected leads go back to nurturing"),
            False,
            QCoreApplication.translate(
                "AgreementWizard", "Sales decides a lead is not ready to buy."
            ),
            QCoreApplication.translate(
                "AgreementWizard",
                "The lead returns to Marketing's nurturing programme with a reason from the "
                "agreed list (no budget, wrong timing, no authority, not a fit).",
            ),
            QCoreApplication.translate("AgreementWizard", "Rejected leads with a reason"),
            Unit.PERCENT,
            Direction.HIGHER,
            Decimal(100),
            description=QCoreApplication.translate(
                "AgreementWizard",
                "Share of rejected leads returned to nurturing with a recorded reason.",
            ),
        ),
        ProtocolSuggestion(
            "feedback",
            QCoreApplication.translate("AgreementWizard", "Monthly lead quality feedback"),
            False,
            QCoreApplication.translate("AgreementWizard", "The first working day of every month."),
            QCoreApplication.translate(
                "AgreementWizard",
                "Sales reviews the previous month's MQLs with Marketing and names the sources "
                "of the best and the worst leads.",
            ),
            QCoreApplication.translate("AgreementWizard", "Feedback meetings held"),
            Unit.COUNT,
            Direction.HIGHER,
            Decimal(1),
            description=QCoreApplication.translate(
                "AgreementWizard", "Lead quality feedback meetings held in the month."
            ),
        ),
    ]


def protocol_and_kpi(
    suggestion: ProtocolSuggestion,
    *,
    title: str,
    from_party: str,
    to_party: str,
    trigger: str,
    commitment: str,
    kpi: str,
    target: Decimal | None,
    months: int,
) -> tuple[HandoffProtocol, Kpi | None]:
    """The protocol and, unless it is measured by a stage volume, its custom KPI."""
    protocol = HandoffProtocol(
        title=title,
        from_party=from_party,
        to_party=to_party,
        trigger=trigger,
        commitment=commitment,
        kpi=kpi,
        kpi_target=target if suggestion.kpi_unit is not None else None,
    )
    if suggestion.kpi_unit is None or not kpi.strip():
        return protocol, None
    measure = Kpi(
        name=kpi,
        kind=KpiKind.CUSTOM,
        owner=from_party,
        unit=suggestion.kpi_unit,
        direction=suggestion.direction,
        targets=[target] * months,
        description=suggestion.description,
        aggregation=suggestion.aggregation,
    )
    return protocol, measure
