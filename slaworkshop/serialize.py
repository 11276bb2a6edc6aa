"""Agreements to and from plain JSON-able dicts (decimals as strings, never floats).

Used for the demo data under ``resources/``, the fingerprint's canonical content and the
``show --json`` output.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from slaworkshop.model import (
    Aggregation,
    Agreement,
    CapacityLine,
    Direction,
    FixedCost,
    HandoffProtocol,
    Kpi,
    KpiKind,
    Party,
    Problem,
    RevenueObjective,
    Segment,
    Signature,
    Stage,
    Status,
    Thresholds,
    Unit,
    ValidationError,
    parse_decimal,
    parse_fraction,
    parse_rate,
    unit_aggregation,
)


def dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def content_dict(agreement: Agreement) -> dict[str, Any]:
    """The content of a revision: everything the parties agree to, nothing about signing."""
    return {
        "title": agreement.title,
        "organisation": agreement.organisation,
        "currency": agreement.currency,
        "start": agreement.start,
        "months": agreement.months,
        "revision": agreement.revision,
        "objective": {
            "revenue": dec(agreement.objective.revenue),
            "deal_value": dec(agreement.objective.deal_value),
            "marketing_share": dec(agreement.objective.marketing_share),
        },
        "parties": [{"name": p.name, "representative": p.representative, "role": p.role}
                    for p in agreement.parties],
        "stages": [{"name": s.name, "rate": dec(s.rate), "owner": s.owner, "lag": s.lag,
                    "aliases": list(s.aliases)} for s in agreement.stages],
        "seasonality": [dec(w) for w in agreement.seasonality],
        "protocols": [{"title": p.title, "from": p.from_party, "to": p.to_party,
                       "trigger": p.trigger, "commitment": p.commitment, "kpi": p.kpi,
                       "kpi_target": dec(p.kpi_target)} for p in agreement.protocols],
        "kpis": [_kpi_content(k) for k in agreement.custom_kpis],
        "thresholds": {"green": dec(agreement.thresholds.green),
                       "amber": dec(agreement.thresholds.amber)},
        "reporting_cadence": agreement.reporting_cadence,
        "review_month": agreement.review_month,
        **planning_depth_content(agreement),
    }


def planning_depth_content(agreement: Agreement) -> dict[str, Any]:
    """Segments, capacity and costs, each left out at its default (DESIGN §4b) so that a
    revision signed before they existed keeps its fingerprint."""
    content: dict[str, Any] = {}
    if agreement.segments:
        content["segments"] = [{"name": s.name, "share": dec(s.share),
                                "deal_value": dec(s.deal_value),
                                "rates": {stage: dec(rate) for stage, rate in s.rates.items()}}
                               for s in agreement.segments]
    if agreement.capacity:
        content["capacity"] = [{"role": c.role, "stage": c.stage, "per_person": dec(c.per_person),
                                "cost_per_person": dec(c.cost_per_person)}
                               for c in agreement.capacity]
    if agreement.stage_costs:
        content["stage_costs"] = {stage: dec(amount)
                                  for stage, amount in agreement.stage_costs.items()}
    if agreement.fixed_costs:
        content["fixed_costs"] = [{"name": f.name, "amount": dec(f.amount)}
                                  for f in agreement.fixed_costs]
    if agreement.gross_margin != 1:
        content["gross_margin"] = dec(agreement.gross_margin)
    if agreement.spend_kpi:
        content["spend_kpi"] = agreement.spend_kpi
    return content


def _kpi_content(kpi: Kpi) -> dict[str, Any]:
    content: dict[str, Any] = {
        "name": kpi.name, "owner": kpi.owner, "unit": kpi.unit.value,
        "direction": kpi.direction.value, "targets": [dec(t) for t in kpi.targets],
        "aliases": list(kpi.aliases), "description": kpi.description}
    # Left out at its default (what the unit implies), so a revision signed before KPIs had an
    # aggregation keeps its fingerprint.
    if kpi.aggregation is not None and kpi.aggregation is not unit_aggregation(kpi.unit):
        content["aggregation"] = kpi.aggregation.value
    return content


def agreement_to_dict(agreement: Agreement) -> dict[str, Any]:
    data = content_dict(agreement)
    data.update({
        "id": agreement.id,
        "status": agreement.status.value,
        "supersedes": agreement.supersedes,
        "fingerprint": agreement.fingerprint,
        "signatures": [{"party": s.party, "signer": s.signer, "role": s.role,
                        "signed_on": s.signed_on, "fingerprint": s.fingerprint,
                        "image": base64.b64encode(s.image).decode() if s.image else None}
                       for s in agreement.signatures],
    })
    return data


def _aggregation(value: Any, unit: Unit) -> Aggregation | None:
    if value in (None, ""):
        return None
    aggregation = Aggregation(str(value))
    if aggregation is Aggregation.RATIO:
        raise ValueError("a custom KPI is summed or averaged, not a ratio")
    return None if aggregation is unit_aggregation(unit) else aggregation


def _get(data: Mapping[str, Any], key: str, default: Any = None) -> Any:
    return data.get(key, default)


def _opt_dec(value: Any, what: str) -> Decimal | None:
    return None if value is None or value == "" else parse_decimal(value, what)


def _planning_depth_from_dict(data: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "segments": [Segment(
            name=str(s["name"]), share=parse_fraction(s["share"], f"segment “{s['name']}” share"),
            deal_value=_opt_dec(s.get("deal_value"), f"segment “{s['name']}” deal value"),
            rates={str(stage): parse_rate(rate, f"segment “{s['name']}” rate from “{stage}”")
                   for stage, rate in (s.get("rates") or {}).items()})
            for s in data.get("segments", [])],
        "capacity": [CapacityLine(
            role=str(c["role"]), stage=str(c["stage"]),
            per_person=parse_decimal(c["per_person"], f"capacity “{c['role']}” units per person"),
            cost_per_person=_opt_dec(c.get("cost_per_person"),
                                     f"capacity “{c['role']}” cost per person"))
            for c in data.get("capacity", [])],
        "stage_costs": {str(stage): parse_decimal(amount, f"cost per unit of “{stage}”")
                        for stage, amount in (data.get("stage_costs") or {}).items()},
        "fixed_costs": [FixedCost(str(f["name"]),
                                  parse_decimal(f["amount"], f"fixed cost “{f['name']}” amount"))
                        for f in data.get("fixed_costs", [])],
        "gross_margin": parse_fraction(data.get("gross_margin", "1"), "gross margin"),
        "spend_kpi": str(data.get("spend_kpi") or ""),
    }


def agreement_from_dict(data: Mapping[str, Any]) -> Agreement:
    """Build an agreement from a dict; structural errors become a ValidationError."""
    try:
        objective = data["objective"]
        stages = [Stage(name=str(s["name"]),
                        rate=None if s.get("rate") in (None, "") else parse_rate(
                            s["rate"], f"stage “{s['name']}” rate"),
                        owner=str(s.get("owner", "")), lag=int(s.get("lag", 0)),
                        aliases=[str(a) for a in s.get("aliases", [])])
                  for s in data["stages"]]
        thresholds = data.get("thresholds") or {}
        agreement = Agreement(
            title=str(data["title"]),
            organisation=str(_get(data, "organisation", "")),
            currency=str(_get(data, "currency", "EUR")),
            start=str(data["start"]),
            months=int(_get(data, "months", 12)),
            revision=int(_get(data, "revision", 1)),
            objective=RevenueObjective(
                revenue=parse_decimal(objective["revenue"], "revenue"),
                deal_value=parse_decimal(objective["deal_value"], "deal value"),
                marketing_share=parse_decimal(objective.get("marketing_share", "1"),
                                              "marketing share")),
            parties=[Party(str(p["name"]), str(p.get("representative", "")),
                           str(p.get("role", ""))) for p in data.get("parties", [])],
            stages=stages,
            seasonality=[parse_decimal(w, "seasonality") for w in data.get("seasonality", [])],
            protocols=[HandoffProtocol(
                title=str(p["title"]), from_party=str(p.get("from", "")),
                to_party=str(p.get("to", "")), trigger=str(p.get("trigger", "")),
                commitment=str(p.get("commitment", "")), kpi=str(p.get("kpi", "")),
                kpi_target=_opt_dec(p.get("kpi_target"), f"protocol “{p['title']}” target"))
                for p in data.get("protocols", [])],
            custom_kpis=[Kpi(
                name=str(k["name"]), kind=KpiKind.CUSTOM, owner=str(k.get("owner", "")),
                unit=Unit(k.get("unit", "count")),
                direction=Direction(k.get("direction", "higher")),
                targets=[_opt_dec(t, f"KPI “{k['name']}” targets") for t in k.get("targets", [])],
                aliases=[str(a) for a in k.get("aliases", [])],
                description=str(k.get("description", "")),
                aggregation=_aggregation(k.get("aggregation"), Unit(k.get("unit", "count"))))
                for k in data.get("kpis", [])],
            thresholds=Thresholds(
                green=parse_decimal(thresholds.get("green", "1"), "green threshold"),
                amber=parse_decimal(thresholds.get("amber", "0.9"), "amber threshold")),
            reporting_cadence=str(_get(data, "reporting_cadence", "")),
            review_month=_get(data, "review_month"),
            status=Status(_get(data, "status", "draft")),
            supersedes=_get(data, "supersedes"),
            id=_get(data, "id"),
            fingerprint=_get(data, "fingerprint"),
            signatures=[Signature(
                party=str(s["party"]), signer=str(s["signer"]), role=str(s.get("role", "")),
                signed_on=str(s.get("signed_on", "")), fingerprint=str(s.get("fingerprint", "")),
                image=base64.b64decode(s["image"]) if s.get("image") else None)
                for s in data.get("signatures", [])],
            **_planning_depth_from_dict(data),
        )
    except ValidationError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValidationError([Problem("agreement data", f"malformed agreement data: {exc}")]
                              ) from None
    return agreement
