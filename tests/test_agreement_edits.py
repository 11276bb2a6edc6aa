"""The edit rules every front end uses (editors, wizard, CLI): stages added, removed and moved,
the period's length changed, KPIs removed, with every reference kept consistent."""

from __future__ import annotations

from decimal import Decimal

import pytest

from slaworkshop.model import (
    DEFAULT_STAGE_RATE,
    Agreement,
    HandoffProtocol,
    Kpi,
    KpiKind,
    RevenueObjective,
    Stage,
    split_aliases,
)

D = Decimal


def funnel() -> Agreement:
    return Agreement(
        "SLA", RevenueObjective(D(600000), D(20000)),
        [Stage("Leads", D("0.2"), "Marketing", 1), Stage("Opportunities", D("0.3"), "Sales", 2),
         Stage("Customers", None, "Sales")],
        "2027-01", months=3,
        protocols=[HandoffProtocol("Follow up", "Marketing", "Sales", kpi="Leads",
                                   kpi_target=D(500)),
                   HandoffProtocol("Answer", "Sales", "Marketing", kpi="Reply time",
                                   kpi_target=D(2))],
        custom_kpis=[Kpi("Reply time", KpiKind.CUSTOM, targets=[D(2), D(3), None]),
                     Kpi("NPS", KpiKind.CUSTOM, targets=[D(40)])],
    )


def shape(agreement: Agreement) -> list[tuple[str, Decimal | None, str, int]]:
    return [(s.name, s.rate, s.owner, s.lag) for s in agreement.stages]


@pytest.mark.parametrize(("after_row", "row"), [(None, 2), (-1, 0), (0, 1), (1, 2), (2, 2),
                                                 (9, 2)])
def test_a_new_stage_never_goes_below_the_won_customers(after_row: int | None, row: int) -> None:
    agreement = funnel()
    assert agreement.add_stage(after_row, "Demos") == row
    names = [s.name for s in agreement.stages]
    assert names[row] == "Demos" and names[-1] == "Customers" and len(names) == 4
    owner = funnel().stages[min(row, 2)].owner
    assert shape(agreement)[row] == ("Demos", DEFAULT_STAGE_RATE, owner, 0)


def test_a_new_stage_takes_a_free_name_and_the_first_converts_to_nothing() -> None:
    agreement = funnel()
    agreement.add_stage(0, "leads")
    assert agreement.stages[1].name == "leads 2"
    empty = Agreement("SLA", RevenueObjective(D(1), D(1)), [], "2027-01")
    assert empty.add_stage(None, "Customers") == 0
    assert shape(empty) == [("Customers", None, "", 0)]


def test_removing_the_last_stage_makes_the_one_above_the_won_customers() -> None:
    agreement = funnel()
    agreement.remove_stage(2)
    assert shape(agreement) == [("Leads", D("0.2"), "Marketing", 1),
                                ("Opportunities", None, "Sales", 0)]


def test_removing_a_stage_unmeasures_the_protocols_its_kpis_measured() -> None:
    agreement = funnel()
    agreement.remove_stage(0)
    assert shape(agreement) == [("Opportunities", D("0.3"), "Sales", 2),
                                ("Customers", None, "Sales", 0)]
    follow_up, answer = agreement.protocols
    assert (follow_up.kpi, follow_up.kpi_target) == ("", None)
    assert (answer.kpi, answer.kpi_target) == ("Reply time", D(2))


def test_moving_a_stage_into_the_last_place_swaps_the_rates_and_lags() -> None:
    agreement = funnel()
    assert agreement.move_stage(1, +1) == 2
    assert shape(agreement) == [("Leads", D("0.2"), "Marketing", 1),
                                ("Customers", D("0.3"), "Sales", 2),
                                ("Opportunities", None, "Sales", 0)]
    assert agreement.move_stage(0, +1) == 1
    assert shape(agreement)[:2] == [("Customers", D("0.3"), "Sales", 2),
                                    ("Leads", D("0.2"), "Marketing", 1)]


@pytest.mark.parametrize(("row", "delta"), [(0, -1), (2, +1), (5, -1)])
def test_a_stage_cannot_move_past_either_end(row: int, delta: int) -> None:
    agreement = funnel()
    assert agreement.move_stage(row, delta) == row
    assert shape(agreement) == shape(funnel())


def test_a_longer_period_repeats_the_seasonality_and_carries_the_last_target_on() -> None:
    agreement = funnel()
    agreement.seasonality = [D(1), D(2), D(3)]
    agreement.set_months(5)
    assert agreement.months == 5
    assert agreement.seasonality == [D(1), D(2), D(3), D(1), D(2)]
    assert agreement.custom_kpis[0].targets == [D(2), D(3), None, None, None]
    assert agreement.custom_kpis[1].targets == [D(40)] * 5
    agreement.set_months(2)
    assert agreement.seasonality == [D(1), D(2)]
    assert agreement.custom_kpis[0].targets == [D(2), D(3)]


def test_an_even_period_stays_even() -> None:
    agreement = funnel()
    agreement.set_months(7)
    assert agreement.seasonality == []


def test_removing_a_kpi_clears_the_protocol_target_that_referred_to_it() -> None:
    agreement = funnel()
    agreement.remove_kpi(0)
    assert [k.name for k in agreement.custom_kpis] == ["NPS"]
    follow_up, answer = agreement.protocols
    assert (answer.kpi, answer.kpi_target) == ("", None)
    assert (follow_up.kpi, follow_up.kpi_target) == ("Leads", D(500))


def test_aliases_are_split_on_commas_and_semicolons_without_blanks_or_repeats() -> None:
    assert split_aliases(" Sessions ,Website  visits; sessions,, MQL ") == [
        "Sessions", "Website visits", "MQL"]
    assert split_aliases("") == []


def test_the_second_stage_moves_to_the_top_and_the_only_stage_can_go() -> None:
    agreement = funnel()
    assert agreement.move_stage(1, -1) == 0
    assert [s.name for s in agreement.stages] == ["Opportunities", "Leads", "Customers"]
    alone = Agreement("SLA", RevenueObjective(D(1), D(1)), [Stage("Customers")], "2027-01")
    alone.remove_stage(0)
    assert alone.stages == []
