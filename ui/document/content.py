"""What the agreement document says, independent of the file format.

``build_content`` turns a stored revision into translated, locale-formatted blocks (headings,
paragraphs, fact lists, tables, pictures, the signature block); the PDF and DOCX writers only
lay them out. Every text goes through ``QCoreApplication.translate("Document", ...)`` so the
Spanish translation covers the document too.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QImage

from slaworkshop.fingerprint import short
from slaworkshop.model import (
    Agreement,
    Direction,
    Kpi,
    KpiKind,
    Status,
    Unit,
)
from slaworkshop.periods import add_months
from slaworkshop.plan import Plan, plan_for
from slaworkshop.store import Store, revision_chain
from ui.document.blocks import (
    MAX_SIGNATURE_PIXELS,
    Block,
    DocumentContent,
    Facts,
    Formatter,
    Heading,
    PageBreak,
    Paragraph,
    Picture,
    SignatureEntry,
    Signatures,
    Table,
    arg,
    document_locale,
)
from ui.document.funnel_picture import funnel_vector
from ui.widgets import counts


# Drawn signatures are small; anything bigger is not a signature pad image.
def grouped(fingerprint_hex: str) -> str:
    return " ".join(fingerprint_hex[i : i + 4] for i in range(0, len(fingerprint_hex), 4))


def clean_png(data: bytes | None) -> bytes | None:
    """Re-encode a stored signature image; None when it is not a sane image."""
    if not data:
        return None
    image = QImage()
    if not image.loadFromData(QByteArray(data)) or image.isNull():
        return None
    if image.width() * image.height() > MAX_SIGNATURE_PIXELS:
        return None
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs type the format as bytes; PySide6 6.11 accepts only str here.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def revision_history(store: Store, agreement: Agreement) -> list[Agreement]:
    """This revision and the ones it supersedes, oldest first (the store links the chain)."""
    ids = [s.id for s in revision_chain(store.list_agreements(), agreement.id)] \
        if agreement.id is not None else []
    earlier = ids[: ids.index(agreement.id)] if agreement.id in ids else []
    return [*(store.load(i) for i in earlier), agreement]


def build_content(store: Store, agreement_id: int, language: str = "en") -> DocumentContent:
    agreement = store.load(agreement_id)
    plan = plan_for(agreement)  # a ValidationError names what to fix first
    history = revision_history(store, agreement)
    fingerprint = agreement.fingerprint or store.content_fingerprint(agreement)
    return _Builder(agreement, plan, history, fingerprint, language).build()


class _Builder:
    def __init__(
        self,
        agreement: Agreement,
        plan: Plan,
        history: list[Agreement],
        fingerprint: str,
        language: str,
    ) -> None:
        self.a = agreement
        self.plan = plan
        self.history = history
        self.fingerprint = fingerprint
        self.language = language
        self.f = Formatter(document_locale(language), agreement.currency)
        self.draft = agreement.status is Status.DRAFT
        self.blocks: list[Block] = []

    def build(self) -> DocumentContent:
        a = self.a
        status = self.status_text(a)
        header_right = arg(
            QCoreApplication.translate("Document", "Revision %1 · %2"), a.revision, status
        )
        if self.draft:
            line = arg(
                QCoreApplication.translate("Document", "Draft fingerprint (final once signed): %1"),
                grouped(self.fingerprint),
            )
        else:
            line = arg(
                QCoreApplication.translate("Document", "Fingerprint: %1"), grouped(self.fingerprint)
            )
        self.objective()
        self.funnel()
        self.targets()
        self.planning()
        self.protocols()
        self.kpis()
        self.reporting()
        self.revisions()
        self.signatures()
        return DocumentContent(
            title=a.title,
            organisation=a.organisation,
            kicker=QCoreApplication.translate(
                "Document", "Sales and marketing service-level agreement"
            ),
            intro=QCoreApplication.translate(
                "Document",
                "This agreement sets the revenue objective for the period, the funnel "
                "targets derived from it month by month, the handoff protocols between "
                "the parties, the KPIs each party is accountable for, and how the "
                "results are reported and reviewed.",
            ),
            cover=self.cover_facts(status),
            blocks=self.blocks,
            draft=self.draft,
            fingerprint=self.fingerprint,
            fingerprint_line=line,
            header_right=header_right,
            draft_mark=QCoreApplication.translate("Document", "DRAFT"),
            page_template=QCoreApplication.translate("Document", "Page %1 of %2"),
            language=self.language,
            creator=f"SLA Workshop; fingerprint sha256:{self.fingerprint}"
            + ("; draft" if self.draft else ""),
            keywords=f"sha256:{self.fingerprint}",
        )

    def status_text(self, agreement: Agreement) -> str:
        if agreement.status is Status.DRAFT:
            return QCoreApplication.translate("Document", "Draft, not signed")
        if agreement.status is Status.SIGNED:
            return QCoreApplication.translate("Document", "Signed")
        return QCoreApplication.translate("Document", "Superseded")

    def period(self) -> str:
        months = self.a.month_list
        return arg(
            QCoreApplication.translate("Document", "%1 to %2 (%3)"),
            self.f.month(months[0]),
            self.f.month(months[-1]),
            counts.months(self.a.months),
        )

    def cover_facts(self, status: str) -> Facts:
        a = self.a
        rows = [(QCoreApplication.translate("Document", "Period"), self.period())]
        revision = str(a.revision)
        if len(self.history) > 1:
            revision = arg(
                QCoreApplication.translate("Document", "%1 (replaces revision %2)"),
                a.revision,
                self.history[-2].revision,
            )
        rows.append((QCoreApplication.translate("Document", "Revision"), revision))
        if a.status is not Status.DRAFT:
            dates = sorted(s.signed_on for s in a.signatures if s.signed_on)
            if dates:
                status = arg(
                    QCoreApplication.translate("Document", "%1 on %2"),
                    status,
                    self.f.date(dates[-1]),
                )
        rows.append((QCoreApplication.translate("Document", "Status"), status))
        for party in a.parties:
            who = party.representative or "—"
            if party.role:
                who = f"{who}, {party.role}"
            rows.append((party.name, who))
        if a.review_month:
            rows.append(
                (QCoreApplication.translate("Document", "Review"), self.f.month(a.review_month))
            )
        return Facts(rows)

    def objective(self) -> None:
        a, f, plan = self.a, self.f, self.plan
        self.blocks.append(PageBreak())
        self.blocks.append(Heading(QCoreApplication.translate("Document", "1. Revenue objective")))
        if len(plan.segments) > 1:
            # Each segment has its own deal value: no single one makes the customers.
            self.blocks.append(Paragraph(arg(
                QCoreApplication.translate(
                    "Document",
                    "For %1 the parties commit to new revenue of %2. With %3 of new revenue "
                    "coming from marketing-sourced leads, split into %4 segments each with its "
                    "own average deal value, this takes %5 new customers. Every target in "
                    "this agreement is derived backwards from that number."),
                self.period(), f.money(a.objective.revenue),
                f.percent(a.objective.marketing_share), f.count(len(plan.segments)),
                f.count(plan.won))))
        else:
            self.blocks.append(self._objective_paragraph())
        deal_value_label = QCoreApplication.translate(
            "Document", "Marketing-sourced revenue at the segments' deal values"
        ) if len(plan.segments) > 1 else QCoreApplication.translate(
            "Document", "Marketing-sourced revenue at the average deal value")
        self._objective_facts(deal_value_label)

    def _objective_paragraph(self) -> Paragraph:
        a, f, plan = self.a, self.f, self.plan
        return (
            Paragraph(
                arg(
                    QCoreApplication.translate(
                        "Document",
                        "For %1 the parties commit to new revenue of %2. At an average deal "
                        "value of %3, and with %4 of new revenue coming from "
                        "marketing-sourced leads, this takes %5 new customers. Every target "
                        "in this agreement is derived backwards from that number.",
                    ),
                    self.period(),
                    f.money(a.objective.revenue),
                    f.money(a.objective.deal_value),
                    f.percent(a.objective.marketing_share),
                    f.count(plan.won),
                )
            )
        )

    def _objective_facts(self, revenue_label: str) -> None:
        a, f, plan = self.a, self.f, self.plan
        self.blocks.append(
            Facts(
                [
                    (
                        QCoreApplication.translate("Document", "Revenue target"),
                        f.money(a.objective.revenue),
                    ),
                    (
                        QCoreApplication.translate("Document", "Average deal value"),
                        f.money(a.objective.deal_value),
                    ),
                    (
                        QCoreApplication.translate(
                            "Document", "Share from marketing-sourced leads"
                        ),
                        f.percent(a.objective.marketing_share),
                    ),
                    (
                        QCoreApplication.translate("Document", "New customers needed"),
                        f.count(plan.won),
                    ),
                    (revenue_label, f.money(plan.planned_revenue)),
                ]
            )
        )

    def funnel(self) -> None:
        self.blocks.append(Heading(QCoreApplication.translate("Document", "2. The funnel")))
        # Drawn once, as vector; the DOCX rasterises it once (Picture.png_data).
        vector, width, height = funnel_vector(self.plan, self.a, self.f.locale)
        self.blocks.append(
            Picture(
                b"",
                width,
                height,
                QCoreApplication.translate(
                    "Document",
                    "Annual target of each stage, its owner and the conversion rate to the "
                    "next stage. Bar widths are on a logarithmic scale.",
                ),
                vector=vector,
            )
        )

    def targets(self) -> None:
        f, plan = self.f, self.plan
        self.blocks.append(Heading(QCoreApplication.translate("Document", "3. Annual targets")))
        rows = []
        for stage in plan.stages:
            rate = "—" if stage.rate_to_next is None else f.percent(stage.rate_to_next)
            lag = (
                "—"
                if stage.rate_to_next is None
                else (
                    QCoreApplication.translate("Document", "same month")
                    if stage.lag == 0
                    else counts.months_later(stage.lag)
                )
            )
            rows.append(
                [
                    stage.name,
                    stage.owner or "—",
                    f.count(stage.annual),
                    rate,
                    lag,
                    f.count(stage.before_start) if stage.before_start else "—",
                ]
            )
        self.blocks.append(
            Table(
                [
                    QCoreApplication.translate("Document", "Stage"),
                    QCoreApplication.translate("Document", "Owner"),
                    QCoreApplication.translate("Document", "Annual target"),
                    QCoreApplication.translate("Document", "Conversion to next stage"),
                    QCoreApplication.translate("Document", "Next stage"),
                    QCoreApplication.translate("Document", "Pipeline at start"),
                ],
                rows,
                [False, False, True, True, False, True],
                widths=[18, 16, 16, 18, 16, 16],
            )
        )
        if any(s.before_start for s in plan.stages):
            self.blocks.append(
                Paragraph(
                    QCoreApplication.translate(
                        "Document",
                        "Where a stage converts one or more months later, the period must "
                        "start with the pipeline shown: those leads and proposals close "
                        "within the period.",
                    ),
                    "note",
                )
            )

        self.blocks.append(Heading(QCoreApplication.translate("Document", "Monthly targets"), 2))
        headers = [QCoreApplication.translate("Document", "Month")] + [s.name for s in plan.stages]
        monthly_rows = []
        if any(s.before_start for s in plan.stages):
            monthly_rows.append(
                [QCoreApplication.translate("Document", "Before the period")]
                + [f.count(s.before_start) for s in plan.stages]
            )
        for index, month in enumerate(plan.months):
            monthly_rows.append([f.month(month)] + [f.count(s.monthly[index]) for s in plan.stages])
        monthly_rows.append(
            [QCoreApplication.translate("Document", "Annual target")]
            + [f.count(s.annual) for s in plan.stages]
        )
        first = 22
        rest = (100 - first) // max(1, len(plan.stages))
        self.blocks.append(
            Table(
                headers,
                monthly_rows,
                [False] + [True] * len(plan.stages),
                total_row=True,
                widths=[first] + [rest] * len(plan.stages),
            )
        )
        self.blocks.append(
            Paragraph(
                QCoreApplication.translate(
                    "Document",
                    "Monthly targets follow the agreed seasonality; with the pipeline "
                    "before the period they add up exactly to the annual targets.",
                ),
                "note",
            )
        )

    def planning(self) -> None:
        """Segments, team capacity and budget, when the agreement has them."""
        from ui.document.planning import planning_blocks

        self.blocks += planning_blocks(self.a, self.plan, self.f)

    def protocols(self) -> None:
        self.blocks.append(Heading(QCoreApplication.translate("Document", "4. Handoff protocols")))
        if not self.a.protocols:
            self.blocks.append(
                Paragraph(
                    QCoreApplication.translate(
                        "Document", "No handoff protocols are agreed in this revision."
                    ),
                    "note",
                )
            )
        kpis = {k.name: k for k in self.a.kpis()}
        for index, protocol in enumerate(self.a.protocols, start=1):
            self.blocks.append(Heading(f"4.{index} {protocol.title}", 2))
            rows = [
                (
                    QCoreApplication.translate("Document", "From → to"),
                    f"{protocol.from_party or '—'} → {protocol.to_party or '—'}",
                )
            ]
            if protocol.trigger:
                rows.append(
                    (
                        QCoreApplication.translate("Document", "Definition or trigger"),
                        protocol.trigger,
                    )
                )
            if protocol.commitment:
                rows.append(
                    (QCoreApplication.translate("Document", "Commitment"), protocol.commitment)
                )
            if protocol.kpi:
                measured = protocol.kpi
                if protocol.kpi_target is not None:
                    kpi = kpis.get(protocol.kpi)
                    unit = kpi.unit if kpi else Unit.COUNT
                    measured = arg(
                        QCoreApplication.translate("Document", "%1, target %2"),
                        protocol.kpi,
                        self.value(protocol.kpi_target, unit),
                    )
                rows.append((QCoreApplication.translate("Document", "Measured by"), measured))
            self.blocks.append(Facts(rows))

    def value(self, value: Decimal, unit: Unit) -> str:
        f = self.f
        if unit is Unit.PERCENT:
            return f.percent(value / 100)
        if unit is Unit.CURRENCY:
            return f.money(value)
        if unit is Unit.HOURS:
            return arg(QCoreApplication.translate("Document", "%1 h"), f.decimal(value))
        if unit is Unit.DAYS:
            return arg(QCoreApplication.translate("Document", "%1 days"), f.decimal(value))
        return f.decimal(value)

    def kpi_target(self, kpi: Kpi) -> str:
        if kpi.kind is KpiKind.VOLUME:
            stage = self.plan.stage(kpi.stage or kpi.name)
            return (
                arg(
                    QCoreApplication.translate("Document", "%1 in the period"),
                    self.f.count(stage.annual),
                )
                if stage
                else "—"
            )
        if kpi.kind is KpiKind.CONVERSION:
            stage = self.plan.stage(kpi.stage or "")
            rate = stage.rate_to_next if stage else None
            return "—" if rate is None else self.f.percent(rate)
        targets = [t for t in kpi.targets if t is not None]
        if not targets:
            return QCoreApplication.translate("Document", "no target set")
        if len(set(targets)) == 1:
            return arg(
                QCoreApplication.translate("Document", "%1 every month"),
                self.value(targets[0], kpi.unit),
            )
        return arg(
            QCoreApplication.translate("Document", "%1 to %2 by month"),
            self.value(min(targets), kpi.unit),
            self.value(max(targets), kpi.unit),
        )

    def kpi_kind(self, kpi: Kpi) -> str:
        if kpi.kind is KpiKind.VOLUME:
            return QCoreApplication.translate("Document", "Volume")
        if kpi.kind is KpiKind.CONVERSION:
            return QCoreApplication.translate("Document", "Conversion rate")
        return QCoreApplication.translate("Document", "Protocol")

    def kpis(self) -> None:
        self.blocks.append(Heading(QCoreApplication.translate("Document", "5. KPIs by party")))
        self.blocks.append(
            Paragraph(
                QCoreApplication.translate(
                    "Document",
                    "Each party owns the KPIs below and reports them every month. Conversion "
                    "rates show early whether the plan works; totals only show it at the "
                    "end.",
                ),
                "body",
            )
        )
        kpis = self.a.kpis()
        owners = [p.name for p in self.a.parties]
        groups = owners + ([""] if any(k.owner not in owners for k in kpis) else [])
        for owner in groups:
            members = [k for k in kpis if (k.owner if k.owner in owners else "") == owner]
            if not members:
                continue
            party = self.a.party(owner)
            if owner and party is not None:
                who = party.representative or ""
                title = (
                    arg(QCoreApplication.translate("Document", "%1 — owner: %2"), owner, who)
                    if who
                    else owner
                )
            else:
                title = QCoreApplication.translate("Document", "Shared KPIs")
            self.blocks.append(Heading(title, 2))
            rows = []
            for kpi in members:
                better = (
                    QCoreApplication.translate("Document", "higher")
                    if kpi.direction is Direction.HIGHER
                    else QCoreApplication.translate("Document", "lower")
                )
                rows.append([kpi.name, self.kpi_kind(kpi), self.kpi_target(kpi), better])
            self.blocks.append(
                Table(
                    [
                        QCoreApplication.translate("Document", "KPI"),
                        QCoreApplication.translate("Document", "Kind"),
                        QCoreApplication.translate("Document", "Target"),
                        QCoreApplication.translate("Document", "Better when"),
                    ],
                    rows,
                    [False, False, True, False],
                    widths=[38, 18, 30, 14],
                )
            )

    def reporting(self) -> None:
        a, f = self.a, self.f
        self.blocks.append(
            Heading(QCoreApplication.translate("Document", "6. Reporting and review"))
        )
        if a.reporting_cadence:
            self.blocks.append(Paragraph(a.reporting_cadence))
        self.blocks.append(
            Paragraph(
                arg(
                    QCoreApplication.translate(
                        "Document",
                        "A KPI is green at %1 of its target or better, amber from %2, and red "
                        "below.",
                    ),
                    f.percent(a.thresholds.green),
                    f.percent(a.thresholds.amber),
                )
            )
        )
        review = a.review_month or add_months(a.start, max(1, a.months // 2))
        self.blocks.append(
            Paragraph(
                arg(
                    QCoreApplication.translate(
                        "Document",
                        "The parties review this agreement in %1, re-benchmarking the conversion "
                        "rates from the actual results so far. A review produces a new "
                        "revision, signed again; this revision stays on record.",
                    ),
                    f.month(review),
                )
            )
        )

    def revisions(self) -> None:
        self.blocks.append(Heading(QCoreApplication.translate("Document", "7. Revision history")))
        rows = []
        for revision in self.history:
            dates = sorted(s.signed_on for s in revision.signatures if s.signed_on)
            signed = (
                self.f.date(dates[-1]) if dates and revision.status is not Status.DRAFT else "—"
            )
            fp = revision.fingerprint
            if fp is None and revision is self.a:
                fp = self.fingerprint
            rows.append(
                [
                    str(revision.revision),
                    self.status_text(revision),
                    signed,
                    short(fp) if fp else "—",
                ]
            )
        self.blocks.append(
            Table(
                [
                    QCoreApplication.translate("Document", "Revision"),
                    QCoreApplication.translate("Document", "Status"),
                    QCoreApplication.translate("Document", "Signed on"),
                    QCoreApplication.translate("Document", "Fingerprint (first 16 digits)"),
                ],
                rows,
                [False, False, False, False],
                widths=[14, 26, 26, 34],
            )
        )

    def signatures(self) -> None:
        self.blocks.append(Heading(QCoreApplication.translate("Document", "8. Signatures")))
        self.blocks.append(
            Paragraph(
                arg(
                    QCoreApplication.translate(
                        "Document",
                        "By signing, each party's representative accepts revision %1 of this "
                        "agreement as identified by its fingerprint, printed at the foot of "
                        "every page.",
                    ),
                    self.a.revision,
                )
            )
        )
        signed = {s.party: s for s in self.a.signatures}
        entries = []
        for party in self.a.parties:
            signature = signed.get(party.name)
            if signature is None:
                entries.append(
                    SignatureEntry(party.name, party.representative, party.role, "", None)
                )
            else:
                entries.append(
                    SignatureEntry(
                        party.name,
                        signature.signer,
                        signature.role,
                        self.f.date(signature.signed_on),
                        clean_png(signature.image),
                    )
                )
        self.blocks.append(
            Signatures(
                entries,
                {
                    "name": QCoreApplication.translate("Document", "Name"),
                    "role": QCoreApplication.translate("Document", "Role"),
                    "date": QCoreApplication.translate("Document", "Date"),
                    "signature": QCoreApplication.translate("Document", "Signature"),
                    "unsigned": QCoreApplication.translate("Document", "Not signed yet"),
                    "for": QCoreApplication.translate("Document", "For %1"),
                },
            )
        )
        # The full fingerprint in the document's own text, so `verify` checks what the
        # document says (and a word processor's PDF of the DOCX keeps it).
        self.blocks.append(
            Paragraph(
                arg(
                    QCoreApplication.translate("Document", "Fingerprint of revision %1 (SHA-256):"),
                    self.a.revision,
                )
            )
        )
        self.blocks.append(Paragraph(grouped(self.fingerprint)))
