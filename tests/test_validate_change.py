"""A live edit is checked with ``validate_change``: only the rules that read a part the edit
changed run again. Whatever the edit breaks, alone or with others, it must find exactly
the problems ``validate_agreement`` finds: every part of the agreement has edits here that
break it, and edits of one part that break the rules of another (a party removed that
stages, KPIs and protocols name; a stage renamed that a protocol's KPI was derived from)."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from slaworkshop.demo import demo_agreement
from slaworkshop.model import (
    _PART_NAMES,
    STAGE_PARTS,
    Agreement,
    CapacityLine,
    Direction,
    FixedCost,
    Kpi,
    KpiKind,
    Segment,
    Stage,
    Unit,
    validate_agreement,
    validate_change,
)

D = Decimal
Edit = Callable[[Agreement], None]


def _deep() -> Agreement:
    """The demo with every part of planning depth and a spend KPI: valid."""
    agreement = demo_agreement("en")
    agreement.segments = [Segment("SMB", D("0.7")),
                          Segment("Enterprise", D("0.3"), D(25000), {"SQL": D("0.2")})]
    agreement.capacity = [CapacityLine("SDR", "SQL", D(20), D(3000))]
    agreement.stage_costs = {"Visits": D("0.5")}
    agreement.fixed_costs = [FixedCost("Tools", D(1200))]
    agreement.gross_margin = D("0.6")
    agreement.custom_kpis.append(Kpi("Ad spend", KpiKind.CUSTOM, "Marketing", Unit.CURRENCY,
                                     Direction.LOWER, [D(1000)] * agreement.months))
    agreement.spend_kpi = "Ad spend"
    return agreement


def _set(part: str, value: object) -> Edit:
    return lambda a: setattr(a, part, value)


def _row(part: str, index: int = 0, **fields: object) -> Edit:
    """Set ``fields`` of row ``index`` of a list part (a stage, a KPI, a protocol...)."""
    def edit(a: Agreement) -> None:
        row = getattr(a, part)[index]
        for name, value in fields.items():
            setattr(row, name, value)
    return edit


def _stage(index: int, **fields: object) -> Edit:
    return _row("stages", index, **fields)


def _kpi(**fields: object) -> Edit:
    return _row("custom_kpis", **fields)


def _protocol(**fields: object) -> Edit:
    return _row("protocols", **fields)


def _segment(**fields: object) -> Edit:
    return _row("segments", **fields)


def _drop_party(a: Agreement) -> None:
    a.parties = a.parties[1:]  # stages, KPIs and protocols still name it


def _rename_stage(a: Agreement) -> None:
    a.stages[1].name = "Prospects"  # KPIs, protocols, segments and costs named "Leads"


def _duplicate_stage_name(a: Agreement) -> None:
    a.stages[2].name = a.stages[1].name


def _kpi_named_as_a_stage(a: Agreement) -> None:
    a.custom_kpis[0].name = a.stages[0].name


LONG = "x" * 5000

# What each part's edits are; every part a rule reads has some.
EDITS: dict[str, list[Edit]] = {
    "title": [_set("title", ""), _set("title", LONG), _set("title", "Another title")],
    "currency": [_set("currency", "EU"), _set("currency", ""), _set("currency", "USD")],
    "organisation": [_set("organisation", LONG), _set("organisation", "Acme")],
    "reporting_cadence": [_set("reporting_cadence", LONG), _set("reporting_cadence", "weekly")],
    "objective": [lambda a: setattr(a.objective, "revenue", D(-1)),
                  lambda a: setattr(a.objective, "revenue", D("1E+40")),
                  lambda a: setattr(a.objective, "revenue", D(1_296_000)),
                  lambda a: setattr(a.objective, "deal_value", D(0)),
                  lambda a: setattr(a.objective, "marketing_share", D("1.5"))],
    "stages": [_stage(1, rate=D(0)), _stage(1, rate=D("1.5")), _stage(1, rate=None),
               _stage(1, rate=D("0.315")), _stage(2, lag=-1), _stage(2, lag=99),
               _stage(0, owner="Nobody"), _stage(0, name=""), _stage(0, aliases=[LONG]),
               _rename_stage, _duplicate_stage_name,
               lambda a: setattr(a, "stages", a.stages[:1]),
               lambda a: a.stages.append(Stage("Renewals"))],
    "start": [_set("start", "2027-13"), _set("start", "soon"), _set("start", "2028-04")],
    "months": [_set("months", 0), _set("months", 6), _set("months", 10_000)],
    "seasonality": [_set("seasonality", [D(1)] * 5), _set("seasonality", [D(-1)] * 12),
                    _set("seasonality", [D(0)] * 12), _set("seasonality", [D(2)] * 12)],
    "parties": [_drop_party, lambda a: setattr(a.parties[0], "name", ""),
                lambda a: setattr(a.parties[1], "name", a.parties[0].name),
                lambda a: setattr(a.parties[0], "representative", LONG),
                lambda a: setattr(a.parties[0], "role", "CMO")],
    "custom_kpis": [_kpi(name=""), _kpi(name=LONG), _kpi_named_as_a_stage,
                    _kpi(targets=[D(1)] * 3), _kpi(targets=[D(-5)] * 12),
                    _kpi(owner="Nobody"), _kpi(description=LONG), _kpi(aliases=[LONG]),
                    _kpi(unit=Unit.PERCENT)],
    "protocols": [_protocol(title=""), _protocol(from_party="Nobody"),
                  _protocol(kpi="No such KPI"), _protocol(kpi_target=D("1E+40")),
                  _protocol(commitment=LONG), _protocol(trigger="A new MQL")],
    "thresholds": [lambda a: setattr(a.thresholds, "amber", D(2)),
                   lambda a: setattr(a.thresholds, "amber", D(0)),
                   lambda a: setattr(a.thresholds, "green", D("1E+40"))],
    "review_month": [_set("review_month", "2027-00"), _set("review_month", "2027-06")],
    "segments": [_segment(share=D("0.9")), _segment(name=""), _segment(name=LONG),
                 _segment(rates={"Nowhere": D("0.5")}), _segment(deal_value=D(-1)),
                 _set("segments", [])],
    "capacity": [lambda a: setattr(a.capacity[0], "stage", "Nowhere"),
                 lambda a: setattr(a.capacity[0], "per_person", D(0)),
                 lambda a: setattr(a.capacity[0], "role", LONG)],
    "stage_costs": [_set("stage_costs", {"Nowhere": D(1)}),
                    _set("stage_costs", {"Visits": D(-1)})],
    "fixed_costs": [lambda a: setattr(a.fixed_costs[0], "amount", D(-1)),
                    lambda a: setattr(a.fixed_costs[0], "name", LONG)],
    "gross_margin": [_set("gross_margin", D(0)), _set("gross_margin", D("1.5")),
                     _set("gross_margin", D("0.5"))],
    "spend_kpi": [_set("spend_kpi", "No such KPI"), _set("spend_kpi", "")],
}
ALL_EDITS = [edit for edits in EDITS.values() for edit in edits]


def test_every_part_a_rule_reads_has_edits_that_break_it() -> None:
    # A part added to the agreement must get its edits here (and its rules their parts).
    bookkeeping = {"id", "fingerprint", "status", "revision", "supersedes", "signatures"}
    parts = {f.name for f in dataclasses.fields(Agreement)} - bookkeeping
    assert set(EDITS) == parts
    assert set(_PART_NAMES) == parts


def test_the_stages_parts_hold_every_field_of_a_stage_once() -> None:
    # A field added to Stage must be given to one of the parts the rules read.
    fields = [name for part in STAGE_PARTS.values() for name in part]
    assert sorted(fields) == sorted(f.name for f in dataclasses.fields(Stage))


def test_the_starting_agreements_are_valid() -> None:
    assert validate_agreement(demo_agreement("en")) == []
    assert validate_agreement(_deep()) == []


@settings(max_examples=400, deadline=None)
@given(deep=st.booleans(), edits=st.lists(st.sampled_from(ALL_EDITS), min_size=1, max_size=3))
def test_the_changed_rules_find_what_every_rule_finds(deep: bool, edits: list[Edit]) -> None:
    before = _deep() if deep else demo_agreement("en")
    after = before.copy()
    for edit in edits:
        with contextlib.suppress(IndexError):  # an earlier edit left no such row
            edit(after)
    assert validate_change(before, after) == validate_agreement(after)


def test_each_edit_alone_finds_what_every_rule_finds() -> None:
    broken = 0
    for deep in (False, True):
        for edit in ALL_EDITS:
            before = _deep() if deep else demo_agreement("en")
            after = before.copy()
            try:
                edit(after)
            except IndexError:  # the demo has no segments, capacity or fixed costs
                continue
            expected = validate_agreement(after)
            broken += bool(expected)
            assert validate_change(before, after) == expected
    # Most edits break a rule: the comparison is not between two empty lists.
    assert broken > len(ALL_EDITS)
