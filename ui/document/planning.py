"""The agreement document's sections for segments, team capacity and budget (DESIGN §4b).

Blocks in the style of ``content.py`` (which calls ``planning_blocks`` after the targets),
kept apart so that the plain agreement's sections stay as they are. Nothing is added when the
agreement has no segments, capacity or costs.
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QCoreApplication

from slaworkshop.model import Agreement
from slaworkshop.plan import Plan, round_half_away
from ui.document.content import Block, Facts, Formatter, Heading, Paragraph, Table, arg
from ui.widgets.numbers import money

# lupdate finds the texts by this name too (context first); the alias keeps the tables readable.
translate = QCoreApplication.translate


def _money(f: Formatter, value: Fraction) -> str:
    # Rounded half away from zero, as DESIGN §4b shows money, then written in the locale.
    return f.money(round_half_away(value, 2))


def _money4(f: Formatter, value: Fraction) -> str:
    """A cost per unit, to 4 decimals (a visit may cost €0.0046)."""
    return money(round_half_away(value, 4), f.currency, f.locale, 4)


def planning_blocks(agreement: Agreement, plan: Plan, f: Formatter) -> list[Block]:
    blocks: list[Block] = []
    if plan.segments:
        blocks += _segments(agreement, plan, f)
    if plan.capacity:
        blocks += _capacity(plan, f)
    if plan.budget is not None:
        blocks += _budget(agreement, plan, f)
    return blocks


def _segments(agreement: Agreement, plan: Plan, f: Formatter) -> list[Block]:
    blocks: list[Block] = [
        Heading(translate("Document", "Segments"), 2),
        Paragraph(
            translate(
                "Document",
                "The revenue objective is split into segments. Each segment has its own "
                "average deal value and, where stated, its own conversion rates; its "
                "targets are worked out on their own and the agreement's targets above "
                "are their sums.",
            )
        ),
    ]
    rows = [
        [s.name, f.percent(s.share), f.money(s.deal_value), f.count(s.won), f.money(s.revenue_won)]
        for s in plan.segments
    ]
    rows.append(
        [
            translate("Document", "Total"),
            f.percent(sum(s.share for s in plan.segments)),
            "—",
            f.count(plan.won),
            f.money(plan.planned_revenue),
        ]
    )
    blocks.append(
        Table(
            [
                translate("Document", "Segment"),
                translate("Document", "Share of revenue"),
                translate("Document", "Average deal value"),
                translate("Document", "New customers"),
                translate("Document", "Revenue at the deal value"),
            ],
            rows,
            [False, True, True, True, True],
            total_row=True,
            widths=[30, 16, 20, 14, 20],
        )
    )
    headers = (
        [translate("Document", "Stage")]
        + [s.name for s in plan.segments]
        + [translate("Document", "Total")]
    )
    stage_rows = [
        [stage.name]
        + [f.count(s.stages[index].annual) for s in plan.segments]
        + [f.count(stage.annual)]
        for index, stage in enumerate(plan.stages)
    ]
    first = 22
    rest = (100 - first) // (len(plan.segments) + 1)
    blocks.append(Heading(translate("Document", "Annual targets by segment"), 3))
    blocks.append(
        Table(
            headers,
            stage_rows,
            [False] + [True] * (len(plan.segments) + 1),
            widths=[first] + [rest] * (len(plan.segments) + 1),
        )
    )
    overrides = [
        (segment.name, stage, rate)
        for segment in agreement.segments
        for stage, rate in segment.rates.items()
    ]
    if overrides:
        agreed = {s.name: s.rate for s in agreement.stages}
        blocks.append(Heading(translate("Document", "Conversion rates of their own"), 3))
        blocks.append(
            Table(
                [
                    translate("Document", "Segment"),
                    translate("Document", "From stage"),
                    translate("Document", "Segment's rate"),
                    translate("Document", "Agreement's rate"),
                ],
                [
                    [
                        name,
                        stage,
                        f.percent(rate),
                        f.percent(agreed[stage]) if agreed.get(stage) is not None else "—",
                    ]
                    for name, stage, rate in overrides
                ],
                [False, False, True, True],
                widths=[30, 26, 22, 22],
            )
        )
    return blocks


def _capacity(plan: Plan, f: Formatter) -> list[Block]:
    blocks: list[Block] = [
        Heading(translate("Document", "Team capacity"), 2),
        Paragraph(
            translate(
                "Document",
                "The people each stage's monthly targets take: a month's volume divided "
                "by what one person handles in a month, rounded up.",
            )
        ),
        Table(
            [
                translate("Document", "Role"),
                translate("Document", "Works on"),
                translate("Document", "Per person a month"),
                translate("Document", "Cost per person a month"),
                translate("Document", "People at peak"),
            ],
            [
                [
                    c.role,
                    c.stage,
                    f.decimal(c.per_person),
                    "—" if c.cost_per_person is None else f.money(c.cost_per_person),
                    f.count(c.peak),
                ]
                for c in plan.capacity
            ],
            [False, False, True, True, True],
            widths=[26, 22, 16, 20, 16],
        ),
    ]
    rows = [
        [f.month(month)] + [f.count(c.monthly[index]) for c in plan.capacity]
        for index, month in enumerate(plan.months)
    ]
    first = 26
    rest = (100 - first) // len(plan.capacity)
    blocks.append(Heading(translate("Document", "People needed by month"), 3))
    blocks.append(
        Table(
            [translate("Document", "Month")] + [c.role for c in plan.capacity],
            rows,
            [False] + [True] * len(plan.capacity),
            widths=[first] + [rest] * len(plan.capacity),
        )
    )
    lagged = sorted(
        {
            c.stage
            for c in plan.capacity
            if (stage := plan.stage(c.stage)) is not None and stage.lead_months
        }
    )
    if lagged:
        blocks.append(
            Paragraph(
                arg(
                    translate(
                        "Document",
                        "%1: in the last months of the period this work serves the next period's "
                        "customers, so no one is planned for it here.",
                    ),
                    ", ".join(lagged),
                ),
                "note",
            )
        )
    return blocks


def _budget(agreement: Agreement, plan: Plan, f: Formatter) -> list[Block]:
    budget = plan.budget
    assert budget is not None
    facts = [(translate("Document", "Annual budget"), _money(f, budget.annual))]
    if budget.cac is not None:
        facts.append(
            (translate("Document", "Cost of acquiring a customer (CAC)"), _money(f, budget.cac))
        )
    facts.append(
        (translate("Document", "Revenue won at the deal values"), f.money(budget.revenue_won))
    )
    facts.append((translate("Document", "Gross margin"), f.percent(budget.gross_margin)))
    facts.append(
        (
            translate("Document", "Return on the budget (ROI)"),
            "—" if budget.roi is None else f.percent(round_half_away(budget.roi, 4)),
        )
    )
    blocks: list[Block] = [
        Heading(translate("Document", "Budget"), 2),
        Paragraph(
            translate(
                "Document",
                "What the plan costs: the cost of each unit of the costed stages, the "
                "fixed monthly costs and the team. ROI is the revenue won times the "
                "gross margin, less the budget, over the budget.",
            )
        ),
        Facts(facts),
    ]
    costs = [
        [translate("Document", "Cost per unit"), stage, _money4(f, Fraction(amount))]
        for stage, amount in agreement.stage_costs.items()
    ]
    costs += [
        [translate("Document", "Fixed, a month"), cost.name, f.money(cost.amount)]
        for cost in agreement.fixed_costs
    ]
    if costs:
        blocks.append(Heading(translate("Document", "Costs"), 3))
        blocks.append(
            Table(
                [
                    translate("Document", "Kind"),
                    translate("Document", "What"),
                    translate("Document", "Amount"),
                ],
                costs,
                [False, False, True],
                widths=[26, 48, 26],
            )
        )
    rows = [
        [
            f.month(month),
            _money(f, budget.monthly_units[index]),
            _money(f, budget.monthly_fixed),
            _money(f, budget.monthly_people[index]),
            _money(f, total),
        ]
        for index, (month, total) in enumerate(zip(plan.months, budget.monthly, strict=True))
    ]
    rows.append(
        [
            translate("Document", "Year"),
            _money(f, sum(budget.monthly_units, Fraction(0))),
            _money(f, budget.monthly_fixed * len(plan.months)),
            _money(f, sum(budget.monthly_people, Fraction(0))),
            _money(f, budget.annual),
        ]
    )
    blocks.append(Heading(translate("Document", "Budget by month"), 3))
    blocks.append(
        Table(
            [
                translate("Document", "Month"),
                translate("Document", "Stage costs"),
                translate("Document", "Fixed costs"),
                translate("Document", "Team"),
                translate("Document", "Total"),
            ],
            rows,
            [False, True, True, True, True],
            total_row=True,
            widths=[24, 19, 19, 19, 19],
        )
    )
    blocks.append(Heading(translate("Document", "Budget per unit of each stage"), 3))
    blocks.append(
        Table(
            [
                translate("Document", "Stage"),
                translate("Document", "Volume in the period"),
                translate("Document", "Budget per unit"),
            ],
            [
                [s.name, f.count(s.in_period), _money4(f, budget.cost_per[s.name])]
                for s in plan.stages
                if s.name in budget.cost_per
            ],
            [False, True, True],
            widths=[40, 30, 30],
        )
    )
    return blocks
