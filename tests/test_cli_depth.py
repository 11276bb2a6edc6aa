"""`plan`, `new` and `show` with segments, team capacity and budget (DESIGN §4b)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from main import main

BASE = ["--revenue", "100000", "--deal-value", "10000", "--start", "2027-01", "--months", "3",
        "--stage", "Leads=0.5@Marketing", "--stage", "SQL=0.25@Sales", "--stage", "Won@Sales"]
DEPTH = ["--segment", "SMB=70%", "--segment", "Enterprise=0.3@25000:SQL=20%",
         "--capacity", "SDR=SQL@7.5:4000", "--capacity", "AE=Won@2",
         "--cost", "Leads=12.5", "--fixed-cost", "CRM=300", "--gross-margin", "50%"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_plan_json_without_the_new_options_has_empty_segments_capacity_and_no_budget(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plan", *BASE, "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["segments"], data["capacity"], data["budget"]) == ([], [], None)
    assert [s["annual"] for s in data["stages"]] == [80, 40, 10]


def test_plan_json_with_segments_capacity_and_budget(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "plan", *BASE, *DEPTH, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    # Totals are the sums of the segments: SMB 56/28/7, Enterprise 20/10/2.
    assert data["won"] == 9
    assert [(s["annual"], s["monthly"], s["rate_to_next"]) for s in data["stages"]] == [
        (76, [26, 26, 24], "0.5"), (38, [14, 12, 12], "0.25"), (9, [4, 3, 2], None)]
    assert [(s["name"], s["won"]) for s in data["segments"]] == [("SMB", 7), ("Enterprise", 2)]
    enterprise = data["segments"][1]["stages"]
    assert [(s["annual"], s["rate_to_next"]) for s in enterprise] == [
        (20, "0.5"), (10, "0.2"), (2, None)]
    assert data["capacity"] == [
        {"role": "SDR", "stage": "SQL", "per_person": "7.5", "cost_per_person": "4000.00",
         "monthly": [2, 2, 2], "peak": 2},
        {"role": "AE", "stage": "Won", "per_person": "2", "cost_per_person": None,
         "monthly": [2, 2, 1], "peak": 2}]
    # Month 1: 26 leads × 12.50 + 300 + 2 SDRs × 4 000 = 8 625.
    budget = data["budget"]
    assert budget["monthly"] == ["8625.00", "8625.00", "8600.00"]
    assert budget["annual"] == "25850.00"
    assert budget["cac"] == "2872.22"  # 25 850 / 9
    assert budget["cost_per"] == {"Leads": "340.1316", "SQL": "680.2632", "Won": "2872.2222"}
    # Revenue won 7 × 10 000 + 2 × 25 000 = 120 000; (60 000 − 25 850) / 25 850.
    assert budget["roi"] == "1.3211"


def test_a_zero_cost_is_a_cost(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "plan", *BASE, "--cost", "Leads=0", "--fixed-cost", "Tools=0",
                         "--json")
    assert (code, err) == (0, "")
    budget = json.loads(out)["budget"]
    assert (budget["annual"], budget["roi"]) == ("0.00", None)


def test_plan_what_if_with_segments(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plan", *BASE, *DEPTH, "--what-if", "76", "--json")
    what_if = json.loads(out)["what_if"]
    assert code == 0
    assert [s["expected"] for s in what_if["stages"]] == ["76.0", "38.0", "9.0"]
    assert [(s["name"], s["won"], s["revenue"]) for s in what_if["segments"]] == [
        ("SMB", "7.0", "70000.0"), ("Enterprise", "2.0", "50000.0")]
    assert what_if["gap"] == "20000.0"
    code, out, _ = run(capsys, "plan", *BASE, *DEPTH, "--what-if", "76")
    assert "Enterprise: Leads 20.0, SQL 10.0, Won 2.0; revenue 50000.0" in out


def test_plan_text_shows_segments_team_and_budget(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plan", *BASE, *DEPTH)
    assert code == 0
    assert "  Enterprise (30%, deal value 25000): won 2; Leads 20, SQL 10, Won 2" in out
    assert "  SDR on SQL (7.5 a person):   2   2   2  peak 2" in out
    assert "Budget: 25850.00 a year, CAC 2872.22, ROI 1.3211" in out


ISSUE_EXAMPLES = ["--segment", "SMB=70%@12000", "--segment", "Ent=20%@60000",
                  "--capacity", "SDR=Nope@10", "--cost", "Leads=-3", "--gross-margin", "140%"]


def test_the_issue_s_bad_input_exits_3_one_line_each_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.slaw"
    run(capsys, "demo", "--db", str(db))
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    for command in (["plan"], ["new", "--db", str(db), "--title", "Bad"]):
        code, out, err = run(capsys, *command, *BASE, *ISSUE_EXAMPLES)
        assert (code, out) == (3, "")
        assert err.splitlines() == [
            "slaworkshop: --segment: the segment shares must add up to exactly 1 (100%); they "
            "add up to 0.9 (90%)",
            "slaworkshop: --capacity SDR=Nope@10 stage: “Nope” is not a stage of this funnel",
            "slaworkshop: --cost Leads=-3: a cost cannot be negative, got -3",
            "slaworkshop: --gross-margin 140%: the gross margin must be from 0 to 1 (100%), "
            "got 1.4"]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(("args", "line"), [
    (["--segment", "SMB"], "--segment SMB: expected NAME=SHARE[@DEAL][:STAGE=RATE,...]"),
    (["--segment", "SMB=abc"], "--segment SMB=abc: “abc” is not a number"),
    (["--segment", "SMB=0", "--segment", "B=1"],
     "--segment SMB=0 share: a segment's share must be more than 0 and at most 1 (100%), got 0"),
    (["--segment", "SMB=1@-5"],
     "--segment SMB=1@-5 deal value: the average deal value must be more than 0, got -5"),
    (["--segment", "SMB=1:Nope=0.5"],
     "--segment SMB=1:Nope=0.5 rate from “Nope”: “Nope” is not a stage of this funnel"),
    (["--segment", "SMB=1:SQL=0"], "--segment SMB=1:SQL=0: a conversion rate must be more than"),
    (["--segment", "SMB=1:Won=0.5"],
     "--segment SMB=1:Won=0.5 rate from “Won”: the last stage (won customers) has no conversion"),
    (["--segment", "SMB=1:SQL"], "--segment SMB=1:SQL: “SQL”: expected STAGE=RATE"),
    (["--segment", "A=0.5", "--segment", "a=0.5"],
     "--segment a=0.5: “a” is named twice; names must be unique"),
    (["--capacity", "SDR=SQL"], "--capacity SDR=SQL: expected ROLE=STAGE@N[:COST]"),
    (["--capacity", "SDR=SQL@0"], "--capacity SDR=SQL@0 units per person: the units one person "
                                  "handles a month must be more than 0, got 0"),
    (["--capacity", "SDR=SQL@5:-1"],
     "--capacity SDR=SQL@5:-1 cost per person: a cost cannot be negative, got -1"),
    (["--capacity", "SDR=SQL@x"], "--capacity SDR=SQL@x: “x” is not a number"),
    (["--capacity", "SDR=SQL@5", "--capacity", "SDR=Leads@5"],
     "--capacity SDR=Leads@5: “SDR” is named twice; names must be unique"),
    (["--cost", "Nope=3"], "--cost Nope=3: “Nope” is not a stage of this funnel"),
    (["--cost", "Leads"], "--cost Leads: expected STAGE=AMOUNT"),
    (["--cost", "Leads=1", "--cost", "Leads=2"],
     "--cost Leads=2: “Leads” is named twice; names must be unique"),
    (["--fixed-cost", "CRM=-300"], "--fixed-cost CRM=-300: a cost cannot be negative, got -300"),
    (["--fixed-cost", "CRM"], "--fixed-cost CRM: expected NAME=AMOUNT"),
    (["--gross-margin", "-1"], "--gross-margin -1: the gross margin must be from 0 to 1"),
    (["--gross-margin", "lots"], "--gross-margin lots: “lots” is not a number"),
])
def test_each_bad_option_is_named_with_its_value(capsys: pytest.CaptureFixture[str],
                                                 args: list[str], line: str) -> None:
    code, out, err = run(capsys, "plan", *BASE, *args)
    assert (code, out) == (3, "")
    assert any(line in e for e in err.splitlines()), err


def test_bad_stages_and_bad_depth_are_reported_together(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "plan", "--revenue", "-1", "--deal-value", "10", "--stage",
                       "Leads=2", "--stage", "Won", "--cost", "Leads=-1")
    assert code == 3
    assert "--stage Leads=2: a conversion rate must be" in err
    assert "--cost Leads=-1: a cost cannot be negative, got -1" in err


def test_new_stores_the_planning_depth_and_show_json_has_the_plan_s_figures(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "w.slaw")
    code, out, err = run(capsys, "new", "--db", db, "--title", "Segments", *BASE, *DEPTH)
    assert (code, err) == (0, "")
    agreement_id = out.strip()
    _, out, _ = run(capsys, "plan", *BASE, *DEPTH, "--json")
    planned = json.loads(out)
    code, out, _ = run(capsys, "show", "--db", db, agreement_id, "--json")
    shown = json.loads(out)
    assert code == 0
    assert shown["won"] == planned["won"] == 9
    assert shown["capacity"] == planned["capacity"]
    assert shown["budget"] == planned["budget"]
    assert [{k: v for k, v in s.items() if k != "rates"} for s in shown["segments"]] == \
        planned["segments"]
    assert shown["segments"][1]["rates"] == {"SQL": "0.2"}
    assert shown["stage_costs"] == {"Leads": "12.5"}
    assert shown["fixed_costs"] == [{"name": "CRM", "amount": "300"}]
    assert shown["gross_margin"] == "0.5"
    code, out, _ = run(capsys, "show", "--db", db, agreement_id)
    assert "Budget: 25850.00 a year" in out


def test_the_segments_demo_in_both_languages(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from slaworkshop.demo import demo_agreement
    from slaworkshop.model import validate_agreement
    from slaworkshop.plan import plan_for

    plans = []
    for language in ("en", "es"):
        agreement = demo_agreement(language, "segments")
        assert validate_agreement(agreement) == []
        assert len(agreement.segments) == 2 and agreement.spend_kpi
        plans.append(plan_for(agreement))
    english, spanish = plans
    # The same figures in both languages: 118 SMB and 18 enterprise customers.
    assert [s.won for s in english.segments] == [s.won for s in spanish.segments] == [118, 18]
    assert [c.peak for c in english.capacity] == [c.peak for c in spanish.capacity] == [3, 4]
    assert english.budget is not None and spanish.budget is not None
    en_budget, es_budget = english.budget.to_json(), spanish.budget.to_json()
    assert list(en_budget.pop("cost_per").values()) == list(es_budget.pop("cost_per").values())
    assert en_budget == es_budget
    assert en_budget["annual"] == "738192.00"
    db = str(tmp_path / "w.slaw")
    code, out, _ = run(capsys, "demo", "--db", db, "--segments", "--lang", "es")
    assert code == 0
    code, out, _ = run(capsys, "show", "--db", db, out.strip(), "--json")
    shown = json.loads(out)
    assert shown["title"] == "Plan de ingresos 2027 por segmento"
    assert [s["name"] for s in shown["segments"]] == ["Pymes inbound", "Grandes cuentas outbound"]
