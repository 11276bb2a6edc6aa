"""The plan options for segments, team capacity and budget (DESIGN §4b), for `plan` and `new`.

Every problem is reported with the option as typed (``--capacity SDR=Nope@10 stage: …``), using
the core's own checks, so the command line refuses exactly what the editors refuse.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from slaworkshop.model import (
    Agreement,
    CapacityLine,
    FixedCost,
    Problem,
    RevenueObjective,
    Segment,
    Stage,
    ValidationError,
    capacity_line_problems,
    gross_margin_problem,
    negative_cost_problem,
    parse_decimal,
    parse_fraction,
    parse_rate,
    plain_number,
    segment_problems,
    share_sum_problem,
)
from slaworkshop.plan import Plan, cents, four_places

_SEGMENT_RE = re.compile(r"^(?P<name>[^=]+?)\s*=\s*(?P<share>[^@:]*?)\s*(?:@\s*(?P<deal>[^:]*?))?"
                         r"\s*(?::(?P<rates>.*))?$")
_CAPACITY_RE = re.compile(r"^(?P<role>[^=]+?)\s*=\s*(?P<stage>[^@]+?)\s*@\s*(?P<n>[^:]+?)\s*"
                          r"(?::\s*(?P<cost>.*))?$")
_PAIR_RE = re.compile(r"^(?P<name>[^=]+?)\s*=\s*(?P<value>.*)$")
# The name of a --stage option, whatever else in it is wrong.
_STAGE_NAME_RE = re.compile(r"^\s*(?P<name>[^=@~]+?)\s*(?:[=@~]|$)")


def add_depth_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("segments, team capacity and budget")
    group.add_argument("--segment", action="append", default=[],
                       metavar="NAME=SHARE[@DEAL][:STAGE=RATE,...]",
                       help="a segment with its share of the revenue (0.4 or 40%%; all shares "
                            "sum to 1), its average deal value (default --deal-value) and its "
                            "own rates from some stages")
    group.add_argument("--capacity", action="append", default=[],
                       metavar="ROLE=STAGE@N[:COST]",
                       help="a role working a stage: N units one person handles a month, and "
                            "its monthly cost per person")
    group.add_argument("--cost", action="append", default=[], metavar="STAGE=AMOUNT",
                       help="the cost of one unit of a stage (a visit, a lead)")
    group.add_argument("--fixed-cost", action="append", default=[], metavar="NAME=AMOUNT",
                       help="a cost paid every month")
    group.add_argument("--gross-margin", default=None, metavar="G",
                       help="gross margin on revenue for the ROI: 0.7 or 70%% (default 1)")


@dataclass
class PlanningDepth:
    segments: list[Segment] = field(default_factory=list)
    capacity: list[CapacityLine] = field(default_factory=list)
    stage_costs: dict[str, Decimal] = field(default_factory=dict)
    fixed_costs: list[FixedCost] = field(default_factory=list)
    gross_margin: Decimal = Decimal(1)

    def plan_options(self) -> dict[str, Any]:
        """Keyword arguments for ``compute_plan``."""
        return {"segments": self.segments, "capacity": self.capacity,
                "stage_costs": self.stage_costs, "fixed_costs": self.fixed_costs,
                "gross_margin": self.gross_margin}

    def apply(self, agreement: Agreement) -> None:
        agreement.segments, agreement.capacity = self.segments, self.capacity
        agreement.stage_costs, agreement.fixed_costs = self.stage_costs, self.fixed_costs
        agreement.gross_margin = self.gross_margin


def stage_names(args: argparse.Namespace) -> list[str]:
    names = []
    for text in args.stage:
        match = _STAGE_NAME_RE.match(text)
        if match:
            names.append(match.group("name"))
    return names


def _collect(problems: list[Problem], parse: Any, *values: Any) -> Any:
    try:
        return parse(*values)
    except ValidationError as exc:
        problems.extend(exc.problems)
        return None


def _fixed(place: str) -> Callable[[], str]:
    return lambda: place


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _twice(place: str, name: str) -> Problem:
    return Problem(place, f"“{name}” is named twice; names must be unique")


def depth_inputs(args: argparse.Namespace) -> PlanningDepth:
    """The planning depth options, checked; raises ValidationError naming each option."""
    stages = [Stage(name) for name in stage_names(args)]
    depth = PlanningDepth()
    problems: list[Problem] = []
    seen: set[str] = set()
    for text in args.segment:
        place = f"--segment {text}"
        match = _SEGMENT_RE.match(text.strip())
        if not match or not match.group("share"):
            problems.append(Problem(place, "expected NAME=SHARE[@DEAL][:STAGE=RATE,...]"))
            continue
        share = _collect(problems, parse_fraction, match.group("share"), place)
        deal = None
        if match.group("deal"):
            deal = _collect(problems, parse_decimal, match.group("deal"), place)
        rates: dict[str, Decimal] = {}
        for piece in (match.group("rates") or "").split(","):
            if not piece.strip():
                continue
            pair = _PAIR_RE.match(piece.strip())
            if not pair:
                problems.append(Problem(place, f"“{piece.strip()}”: expected STAGE=RATE"))
                continue
            rate = _collect(problems, parse_rate, pair.group("value"), place)
            if rate is not None:
                rates[pair.group("name")] = rate
        if share is None:
            continue
        segment = Segment(match.group("name"), share, deal, rates)
        if _key(segment.name) in seen:
            problems.append(_twice(place, segment.name))
        seen.add(_key(segment.name))
        problems += segment_problems(segment, stages, _fixed(place))
        depth.segments.append(segment)
    if len(depth.segments) == len(args.segment):
        problem = share_sum_problem(depth.segments, "--segment")
        if problem:
            problems.append(problem)
    seen = set()
    for text in args.capacity:
        place = f"--capacity {text}"
        match = _CAPACITY_RE.match(text.strip())
        if not match:
            problems.append(Problem(place, "expected ROLE=STAGE@N[:COST]"))
            continue
        per_person = _collect(problems, parse_decimal, match.group("n"), place)
        cost = None
        if match.group("cost"):
            cost = _collect(problems, parse_decimal, match.group("cost"), place)
        if per_person is None:
            continue
        line = CapacityLine(match.group("role"), match.group("stage"), per_person, cost)
        if _key(line.role) in seen:
            problems.append(_twice(place, line.role))
        seen.add(_key(line.role))
        problems += capacity_line_problems(line, stages, _fixed(place))
        depth.capacity.append(line)
    known = {s.name for s in stages}
    for option, values in (("--cost", args.cost), ("--fixed-cost", args.fixed_cost)):
        seen = set()
        for text in values:
            place = f"{option} {text}"
            match = _PAIR_RE.match(text.strip())
            if not match:
                problems.append(Problem(place, "expected STAGE=AMOUNT" if option == "--cost"
                                        else "expected NAME=AMOUNT"))
                continue
            name = match.group("name")
            amount = _collect(problems, parse_decimal, match.group("value"), place)
            if _key(name) in seen:
                problems.append(_twice(place, name))
            seen.add(_key(name))
            if option == "--cost" and name not in known:
                problems.append(Problem(place, f"“{name}” is not a stage of this funnel"))
            if amount is None:
                continue
            problem = negative_cost_problem(amount, place)
            if problem:
                problems.append(problem)
            if option == "--cost":
                depth.stage_costs[name] = amount
            else:
                depth.fixed_costs.append(FixedCost(name, amount))
    if args.gross_margin is not None:
        place = f"--gross-margin {args.gross_margin}"
        margin = _collect(problems, parse_fraction, args.gross_margin, place)
        if margin is not None:
            problem = gross_margin_problem(margin, place)
            if problem:
                problems.append(problem)
            depth.gross_margin = margin
    if problems:
        raise ValidationError(problems)
    return depth


def plan_inputs_with_depth(args: argparse.Namespace) -> tuple[
        tuple[RevenueObjective, list[Stage], str, int, list[Decimal]], PlanningDepth]:
    """``plan_inputs`` and ``depth_inputs``, reporting the problems of both at once."""
    from slaworkshop.commands._common import plan_inputs

    problems: list[Problem] = []
    inputs = depth = None
    try:
        inputs = plan_inputs(args)
    except ValidationError as exc:
        problems += exc.problems
    try:
        depth = depth_inputs(args)
    except ValidationError as exc:
        problems += exc.problems
    if problems or inputs is None or depth is None:
        raise ValidationError(problems)
    return inputs, depth


def format_depth(plan: Plan) -> list[str]:
    """The plan's segments, team and budget as text lines (nothing when none are given)."""
    lines: list[str] = []
    if plan.segments:
        lines += ["", "Segments:"]
        for segment in plan.segments:
            volumes = ", ".join(f"{s.name} {s.annual}" for s in segment.stages)
            lines.append(f"  {segment.name} ({plain_number(segment.share * 100)}%, deal value "
                         f"{segment.deal_value}): won {segment.won}; {volumes}")
    if plan.capacity:
        lines += ["", "Team capacity (people needed per month):"]
        for line in plan.capacity:
            months = " ".join(f"{v:>3}" for v in line.monthly)
            lines.append(f"  {line.role} on {line.stage} ({line.per_person} a person): "
                         f"{months}  peak {line.peak}")
    budget = plan.budget
    if budget is not None:
        lines += ["", f"Budget: {cents(budget.annual)} a year"
                  + ("" if budget.cac is None else f", CAC {cents(budget.cac)}")
                  + ("" if budget.roi is None else f", ROI {four_places(budget.roi)}")]
        lines.append("  by month: " + " ".join(cents(m) for m in budget.monthly))
        lines.append("  per unit: " + ", ".join(f"{name} {four_places(v)}"
                                               for name, v in budget.cost_per.items()))
    return lines
