"""Wizard page 7: the whole draft in one view, and the monthly targets it gives."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtWidgets import QSplitter, QTextBrowser, QVBoxLayout

from slaworkshop.model import KpiKind, Problem, Unit, ValidationError
from slaworkshop.periods import add_months
from slaworkshop.plan import Plan, plan_for
from ui.models.tracking_format import month_name
from ui.plan.funnel_chart import format_count, format_rate
from ui.plan.monthly_chart import MonthlyChart
from ui.plan.plan_summary import summary_text
from ui.widgets.numbers import money as money_text
from ui.wizard.models import unit_name
from ui.wizard.page import DraftPage, WizardHost


class SummaryPage(DraftPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr(
            "Check the agreement. Finish creates it as a draft that the parties can still "
            "change, then sign."))
        self.summary = QTextBrowser()
        self.summary.setOpenLinks(False)
        self.chart = MonthlyChart()
        splitter = QSplitter()
        splitter.addWidget(self.summary)
        splitter.addWidget(self.chart)
        splitter.setSizes([480, 720])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems_label)

    def load(self) -> None:
        try:
            plan: Plan | None = plan_for(self.draft)
        except ValidationError:
            plan = None
        self.chart.set_plan(plan, self.draft)
        self.summary.setHtml(self.html(plan))
        self.show_problems(self.page_problems())

    def store(self) -> None:
        """Nothing to edit here."""

    def owns(self, problem: Problem) -> bool:
        return True

    def target_text(self, value: Decimal, unit: Unit, currency: str) -> str:
        number = self.locale().toString(float(value), "g", 12)
        if unit is Unit.PERCENT:
            return self.tr("%1 %").replace("%1", number)
        if unit is Unit.CURRENCY:
            return money_text(value, currency, self.locale())
        if unit is Unit.COUNT:
            return number
        return f"{number} {unit_name(unit)}"

    def depth_html(self, plan: Plan) -> str:
        """The segments, the team and the budget, when the optional steps gave any."""
        locale = self.locale()
        lines = [self.tr("%1: %2 of the objective, %3 customers").replace("%1", escape(s.name))
                 .replace("%2", format_rate(locale, s.share))
                 .replace("%3", format_count(locale, s.won)) for s in plan.segments]
        figures = summary_text(plan, self.draft, locale)
        if figures:
            lines.append(escape(figures))
        if not lines:
            return ""
        items = "".join(f"<li>{line}</li>" for line in lines)
        title = self.tr("Segments, team and budget")
        return f"<h3>{title}</h3><ul>{items}</ul>"

    def html(self, plan: Plan | None) -> str:
        draft = self.draft
        locale = self.locale()
        # Literal self.tr() calls (not inside f-strings) so that lupdate finds every one.
        heading = {
            "parties": self.tr("Parties"), "objective": self.tr("Revenue objective"),
            "funnel": self.tr("Funnel"), "stage": self.tr("Stage"), "owner": self.tr("Owner"),
            "year": self.tr("A year"), "next": self.tr("To next"),
            "protocols": self.tr("Handoff protocols"), "kpis": self.tr("KPIs by owner"),
            "reporting": self.tr("Reporting"),
        }
        objective = draft.objective
        parts = [f"<h2>{escape(draft.title)}</h2>"]
        if draft.organisation:
            parts.append(f"<p>{escape(draft.organisation)}</p>")
        first, last = draft.start, add_months(draft.start, draft.months - 1)
        parts.append("<p>" + self.tr("%1 to %2 (%n month(s))", "", draft.months)
                     .replace("%1", month_name(first, locale, long=True))
                     .replace("%2", month_name(last, locale, long=True)) + "</p>")
        parts.append(f"<h3>{heading['parties']}</h3><ul>")
        for party in draft.parties:
            who = ", ".join(x for x in (party.representative, party.role) if x)
            after = f" — {escape(who)}" if who else ""
            parts.append(f"<li><b>{escape(party.name)}</b>{after}</li>")
        parts.append("</ul>")
        money = escape(money_text(Decimal(int(objective.revenue)), draft.currency, locale))
        deal = escape(money_text(Decimal(int(objective.deal_value)), draft.currency, locale))
        parts.append(f"<h3>{heading['objective']}</h3><p>")
        parts.append(self.tr("Revenue %1, average deal %2, %3 from marketing leads.")
                     .replace("%1", money).replace("%2", deal)
                     .replace("%3", format_rate(locale, objective.marketing_share)))
        parts.append("</p>")
        if plan is not None:
            parts.append(f"<h3>{heading['funnel']}</h3><table cellspacing='0' cellpadding='3'>")
            parts.append(f"<tr><th align='left'>{heading['stage']}</th>"
                         f"<th align='left'>{heading['owner']}</th>"
                         f"<th align='right'>{heading['year']}</th>"
                         f"<th align='right'>{heading['next']}</th></tr>")
            for stage in plan.stages:
                rate = ("" if stage.rate_to_next is None
                        else format_rate(locale, stage.rate_to_next))
                if stage.lag:
                    rate += " " + self.tr("+%1 mo").replace("%1", str(stage.lag))
                parts.append(f"<tr><td>{escape(stage.name)}</td><td>{escape(stage.owner)}</td>"
                             f"<td align='right'>{format_count(locale, stage.annual)}</td>"
                             f"<td align='right'>{rate}</td></tr>")
            parts.append("</table>")
            parts.append(self.depth_html(plan))
        parts.append(f"<h3>{heading['protocols']}</h3><ul>")
        kpis = {k.name: k for k in draft.kpis()}
        for protocol in draft.protocols:
            measure = ""
            kpi = kpis.get(protocol.kpi)
            if kpi is not None and kpi.kind is KpiKind.CUSTOM and protocol.kpi_target is not None:
                measure = self.tr("Measured by %1, target %2").replace("%1", escape(kpi.name)) \
                    .replace("%2", self.target_text(protocol.kpi_target, kpi.unit,
                                                    draft.currency))
            elif protocol.kpi:
                measure = self.tr("Measured by %1").replace("%1", escape(protocol.kpi))
            parts.append(f"<li><b>{escape(protocol.title)}</b> ({escape(protocol.from_party)} → "
                         f"{escape(protocol.to_party)}): {escape(protocol.commitment)}"
                         f"{'<br/><i>' + measure + '</i>' if measure else ''}</li>")
        parts.append("</ul>")
        parts.append(f"<h3>{heading['kpis']}</h3><ul>")
        for party in draft.parties:
            owned = [k.name for k in draft.kpis() if k.owner == party.name]
            if owned:
                parts.append(f"<li><b>{escape(party.name)}</b>: {escape(', '.join(owned))}</li>")
        parts.append("</ul>")
        parts.append(f"<h3>{heading['reporting']}</h3><p>{escape(draft.reporting_cadence)}</p>")
        if draft.review_month:
            parts.append("<p>" + self.tr("Review in %1.").replace(
                "%1", month_name(draft.review_month, locale, long=True)) + "</p>")
        return "".join(parts)
