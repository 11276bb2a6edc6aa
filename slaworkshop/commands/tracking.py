"""revise: start a new revision, optionally with rates re-benchmarked from the actuals."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from slaworkshop.commands._common import add_agreement_id, add_db_option, open_store, print_json
from slaworkshop.model import Status
from slaworkshop.rebenchmark import Rebenchmark, create_revision, rebenchmark
from slaworkshop.store import SealedError
from slaworkshop.tracking import decimal_text


def register(subparsers: Any) -> None:
    revise = subparsers.add_parser(
        "revise", help="start a new draft revision of a signed agreement; print its id",
        description="Start a new draft revision of a signed agreement and print its id. With "
                    "--rebenchmark-through, the new revision covers the rest of the period, "
                    "with conversion rates re-benchmarked from the year-to-date actuals and "
                    "targets recomputed from the revenue still to win; the old and new rates "
                    "and targets are shown side by side on stderr (or in --json).")
    add_db_option(revise)
    add_agreement_id(revise)
    revise.add_argument("--rebenchmark-through", metavar="YYYY-MM", default=None,
                        help="last closed month whose actuals set the new rates")
    revise.add_argument("--json", action="store_true",
                        help="print the new id and the comparison as JSON")
    revise.set_defaults(func=cmd_revise)


def comparison_lines(proposal: Rebenchmark) -> list[str]:
    """Old and new rates and targets side by side, for the months the new revision covers."""
    revised = proposal.revised
    lines = [
        f"Re-benchmarked from the actuals {proposal.original.start} to {proposal.through}.",
        f"New period: {revised.start}, {revised.months} months.",
        f"Won so far: {proposal.won_so_far} customers ({proposal.revenue_won} "
        f"{proposal.original.currency}); revenue target for the rest: "
        f"{proposal.remaining_revenue} {proposal.original.currency} "
        f"(was {proposal.original.objective.revenue} for the whole period).",
        "Targets are for the months of the new period; the pipeline at start is what stages "
        "with a lag must already hold when it begins.",
    ]
    width = max(len("Stage"), *(len(s.stage) for s in proposal.stages))
    lines.append(f"{'Stage':<{width}}  {'Old rate':>9}  {'New rate':>9}  {'Old target':>10}  "
                 f"{'New target':>10}  {'Pipeline at start':>17}")
    for stage in proposal.stages:
        old = "" if stage.old_rate is None else f"{decimal_text(stage.old_rate * 100)} %"
        new = "" if stage.new_rate is None else f"{decimal_text(stage.new_rate * 100)} %"
        lines.append(f"{stage.stage:<{width}}  {old:>9}  {new:>9}  {stage.old_remaining:>10}  "
                     f"{stage.new_in_period:>10}  {stage.new_before_start:>17}")
    for rate in proposal.rates:
        if rate.kept_because:
            lines.append(f"{rate.kpi}: agreed rate kept ({rate.kept_because})")
    return lines


def proposal_json(proposal: Rebenchmark, new_id: int) -> dict[str, object]:
    return {
        "id": new_id,
        "supersedes": proposal.original.id,
        "through": proposal.through,
        "start": proposal.revised.start,
        "months": proposal.revised.months,
        "won_so_far": str(proposal.won_so_far),
        "revenue_won": str(proposal.revenue_won),
        "remaining_revenue": str(proposal.remaining_revenue),
        "won": proposal.new_plan.won,
        "rates": [{"kpi": r.kpi, "stage": r.stage, "old": str(r.old_rate),
                   "new": str(r.new_rate),
                   "measured": None if r.measured is None else decimal_text(r.measured, 6),
                   "months_measured": r.months_measured, "kept_because": r.kept_because or None}
                  for r in proposal.rates],
        "stages": [{"name": s.stage, "old_rate": None if s.old_rate is None else str(s.old_rate),
                    "new_rate": None if s.new_rate is None else str(s.new_rate),
                    "old_remaining": s.old_remaining, "new_annual": s.new_annual,
                    "new_in_period": s.new_in_period, "new_before_start": s.new_before_start}
                   for s in proposal.stages],
    }


def cmd_revise(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.rebenchmark_through is None:
            new_id = store.revise(args.id)
            if args.json:
                print_json({"id": new_id, "supersedes": args.id})
            else:
                print(new_id)
            return 0
        original = store.load(args.id)
        if original.status is not Status.SIGNED:
            raise SealedError("only a signed revision can be revised; edit the draft instead")
        proposal = rebenchmark(original, store.actuals(args.id), args.rebenchmark_through)
        new_id = create_revision(store, proposal)
    if args.json:
        print_json(proposal_json(proposal, new_id))
        return 0
    for line in comparison_lines(proposal):
        print(line, file=sys.stderr)
    print(new_id)
    return 0
