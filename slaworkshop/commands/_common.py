"""What several subcommands share: the workshop file option, plan options, output."""

from __future__ import annotations

import argparse
import json
import re
import sys
from decimal import Decimal
from typing import Any

from slaworkshop import bounds
from slaworkshop.model import (
    DEFAULT_MONTHS,
    Party,
    Problem,
    RevenueObjective,
    Stage,
    ValidationError,
    parse_decimal,
    parse_fraction,
    parse_rate,
    validate_objective,
    validate_period,
)
from slaworkshop.store import Store, default_path


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH",
                        help="workshop file (default: the one in your data folder, created with "
                             "the demo agreement on first use)")


def open_store(args: argparse.Namespace, *, create: bool = False,
               read_only: bool = False) -> Store:
    """Open ``--db`` or the default file; the default file starts with the demo agreement.

    A ``--db`` that does not exist is refused (a mistyped path must not become a new file)
    unless ``create`` (``new`` and ``demo``)."""
    if args.db:
        return Store.open(args.db, create=create, read_only=read_only)
    path = default_path()
    first_use = not path.exists()
    store = Store.open(path, create=True, read_only=read_only and not first_use)
    if first_use:
        from slaworkshop.demo import demo_agreement  # a new file only

        args.seeded_demo_id = store.create(demo_agreement(getattr(args, "lang", None) or "en"))
    return store


def agreement_id(text: str) -> int:
    """An id as the file can hold it (a 64-bit integer), else a usage error naming it."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text[:40]}” is not an agreement id") from None
    if not 0 <= value <= bounds.MAX_ID:
        raise argparse.ArgumentTypeError(f"{text[:40]} is not an agreement id (see `list`)")
    return value


def add_agreement_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", type=agreement_id, metavar="ID",
                        help="the agreement's id (see `list`)")


_STAGE_RE = re.compile(
    r"^(?P<name>[^=@~]+?)\s*(?:=\s*(?P<rate>[^@~]*?))?\s*(?:@\s*(?P<party>[^~]*?))?\s*"
    r"(?:~\s*(?P<lag>.*))?$")


def add_plan_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("plan options")
    group.add_argument("--revenue", required=True, metavar="R", help="revenue target")
    group.add_argument("--deal-value", required=True, metavar="D", help="average deal value")
    group.add_argument("--marketing-share", default="1", metavar="S",
                       help="share of new revenue from marketing-sourced leads: 0.6 or 60%% "
                            "(default 1)")
    group.add_argument("--start", default=None, metavar="YYYY-MM",
                       help="first month of the period (default: next January)")
    group.add_argument("--months", default=DEFAULT_MONTHS, type=int, metavar="N",
                       help="number of months (default 12)")
    group.add_argument("--seasonality", default=None, metavar="W1,W2,...",
                       help="one weight per month (default: all equal)")
    group.add_argument("--stage", action="append", default=[], metavar="NAME=RATE[@PARTY][~LAG]",
                       help="a funnel stage, top first, with its conversion rate to the next "
                            "stage (0.25 or 25%%), owning party and lag in months; the last stage "
                            "(won customers) has no rate: NAME[@PARTY]")


def _default_start() -> str:
    import datetime as dt

    return f"{dt.date.today().year + 1}-01"


def parse_share(text: str) -> Decimal:
    return parse_fraction(text, "--marketing-share")


def parse_stage(text: str, last: bool) -> Stage:
    match = _STAGE_RE.match(text.strip())
    place = f"--stage {text}"
    if not match or not match.group("name").strip():
        raise ValidationError([Problem(place, "expected NAME=RATE[@PARTY][~LAG], or "
                                              "NAME[@PARTY] for the last stage")])
    name = match.group("name").strip()
    rate_text = match.group("rate")
    rate = None
    if rate_text is not None and rate_text.strip():
        rate = parse_rate(rate_text.strip(), place)
    elif not last:
        raise ValidationError([Problem(place, f"stage “{name}” needs a conversion rate to the "
                                              "next stage (NAME=RATE)")])
    lag = 0
    if match.group("lag") is not None:
        try:
            lag = int(match.group("lag"))
        except ValueError:
            raise ValidationError([Problem(place, f"the lag “{match.group('lag')}” is not a "
                                                  "whole number of months")]) from None
    return Stage(name=name, rate=rate, owner=(match.group("party") or "").strip(), lag=lag)


def plan_inputs(args: argparse.Namespace) -> tuple[RevenueObjective, list[Stage], str, int,
                                                   list[Decimal]]:
    problems: list[Problem] = []
    objective_parts: dict[str, Decimal] = {}
    for key, option in (("revenue", "--revenue"), ("deal_value", "--deal-value")):
        try:
            objective_parts[key] = parse_decimal(getattr(args, key), option)
        except ValidationError as exc:
            problems += exc.problems
    try:
        share = parse_share(args.marketing_share)
    except ValidationError as exc:
        problems += exc.problems
        share = Decimal(1)
    stages = []
    if not args.stage:
        problems.append(Problem("--stage", "give the funnel stages, top first, e.g. "
                                           "--stage Visits=2%@Marketing ... --stage Customers"))
    for index, text in enumerate(args.stage):
        try:
            stages.append(parse_stage(text, last=index == len(args.stage) - 1))
        except ValidationError as exc:
            problems += exc.problems
    # A period out of range is refused before anything is built for its months.
    problems += validate_period(args.start or _default_start(), args.months)
    weights: list[Decimal] = []
    if args.seasonality:
        for piece in args.seasonality.split(","):
            try:
                weights.append(parse_decimal(piece, "--seasonality"))
            except ValidationError as exc:
                problems += exc.problems
    if problems:
        # Report the objective's range problems too, for the values that did parse.
        partial = RevenueObjective(objective_parts.get("revenue", Decimal(1)),
                                   objective_parts.get("deal_value", Decimal(1)), share)
        problems += validate_objective(partial)
        raise ValidationError(problems)
    objective = RevenueObjective(objective_parts["revenue"], objective_parts["deal_value"], share)
    return objective, stages, args.start or _default_start(), args.months, weights


def parties_from_stages(stages: list[Stage]) -> list[Party]:
    names: list[str] = []
    for stage in stages:
        if stage.owner and stage.owner not in names:
            names.append(stage.owner)
    return [Party(name) for name in names]


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")

