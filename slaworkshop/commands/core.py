"""plan, new, demo, list, show."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from slaworkshop.commands._common import (
    add_agreement_id,
    add_db_option,
    add_plan_options,
    open_store,
    parties_from_stages,
    print_json,
)
from slaworkshop.commands._depth import (
    add_depth_options,
    format_depth,
    plan_inputs_with_depth,
)
from slaworkshop.demo import demo_agreement
from slaworkshop.model import Agreement, check_agreement
from slaworkshop.plan import Plan, compute_plan, plan_for, what_if
from slaworkshop.serialize import agreement_to_dict


def register(subparsers: Any) -> None:
    plan = subparsers.add_parser("plan", help="compute a plan and print it; store nothing")
    add_plan_options(plan)
    add_depth_options(plan)
    plan.add_argument("--what-if", metavar="VOLUME", default=None,
                      help="also show the forward what-if from this top-of-funnel volume")
    plan.add_argument("--json", action="store_true", help="print JSON")
    plan.set_defaults(func=cmd_plan)

    new = subparsers.add_parser("new", help="create a draft agreement; print its id")
    add_db_option(new)
    new.add_argument("--title", required=True, help="the agreement's title")
    new.add_argument("--organisation", default="", help="the organisation")
    new.add_argument("--currency", default="EUR", help="three-letter currency code (EUR)")
    add_plan_options(new)
    add_depth_options(new)
    new.set_defaults(func=cmd_new)

    demo = subparsers.add_parser("demo", help="add the demo agreement; print its id")
    add_db_option(demo)
    demo.add_argument("--lang", choices=("en", "es"), default="en",
                      help="language of the demo agreement")
    demo.add_argument("--segments", action="store_true",
                      help="add the demo planned by segment, with team capacity and a budget")
    demo.set_defaults(func=cmd_demo)

    listing = subparsers.add_parser("list", help="list the agreements in the workshop file")
    add_db_option(listing)
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=cmd_list)

    show = subparsers.add_parser("show", help="show an agreement, its plan and its actuals")
    add_db_option(show)
    add_agreement_id(show)
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=cmd_show)


def format_plan(plan: Plan) -> list[str]:
    name_width = max(len("Stage"), *(len(s.name) for s in plan.stages))
    header = f"{'Stage':<{name_width}}  {'Rate':>7}  {'Annual':>8}  {'Before':>6}  " + "  ".join(
        f"{m:>7}" for m in plan.months)
    lines = [f"Won customers: {plan.won}  (revenue {plan.revenue}, deal value "
             f"{plan.deal_value}, marketing share {plan.marketing_share})", header]
    for stage in plan.stages:
        rate = "" if stage.rate_to_next is None else f"{stage.rate_to_next * 100:.4g}%"
        months = "  ".join(f"{v:>7}" for v in stage.monthly)
        lines.append(f"{stage.name:<{name_width}}  {rate:>7}  {stage.annual:>8}  "
                     f"{stage.before_start:>6}  {months}")
    return lines


def cmd_plan(args: argparse.Namespace) -> int:
    (objective, stages, start, months, weights), depth = plan_inputs_with_depth(args)
    plan = compute_plan(objective, stages, start, months, weights, **depth.plan_options())
    forward = None
    if args.what_if is not None:
        from slaworkshop.model import parse_decimal

        planned = Agreement(title="plan", objective=objective, stages=stages, start=start,
                            months=months, seasonality=weights)
        depth.apply(planned)
        forward = what_if(planned, parse_decimal(args.what_if, "--what-if"), plan=plan)
    if args.json:
        data = plan.to_json()
        if forward is not None:
            data["what_if"] = forward.to_json()
        print_json(data)
        return 0
    print("\n".join(format_plan(plan) + format_depth(plan)))
    if forward is not None:
        print()
        print(f"What if the top of the funnel brings {args.what_if}:")
        for stage in forward.total.stages:
            print(f"  {stage.name}: {stage.expected}")
        print(f"  Expected revenue: {forward.total.revenue} (objective {forward.objective}, "
              f"gap {forward.gap})")
        for segment in forward.segments:
            print(f"  {segment.name}: " + ", ".join(
                f"{s.name} {s.expected}" for s in segment.forward.stages)
                + f"; revenue {segment.forward.revenue}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    (objective, stages, start, months, weights), depth = plan_inputs_with_depth(args)
    agreement = Agreement(title=args.title, organisation=args.organisation,
                          currency=args.currency.upper(), objective=objective, stages=stages,
                          start=start, months=months, seasonality=weights,
                          parties=parties_from_stages(stages))
    depth.apply(agreement)
    check_agreement(agreement)
    with open_store(args) as store:
        print(store.create(agreement))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        seeded = getattr(args, "seeded_demo_id", None)
        if args.segments:
            print(store.create(demo_agreement(args.lang, "segments")))
        else:
            print(seeded if seeded is not None else store.create(demo_agreement(args.lang)))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        summaries = store.list_agreements()
    if args.json:
        print_json([{"id": s.id, "title": s.title, "organisation": s.organisation,
                     "start": s.start, "months": s.months, "status": s.status.value,
                     "revision": s.revision, "supersedes": s.supersedes,
                     "fingerprint": s.fingerprint} for s in summaries])
        return 0
    if not summaries:
        print("No agreements in this workshop file.")
        return 0
    width = max(len(s.title) for s in summaries)
    for s in summaries:
        print(f"{s.id:>4}  {s.title:<{width}}  {s.start} +{s.months}m  rev {s.revision}  "
              f"{s.status.value}")
    return 0


def agreement_json(agreement: Agreement, actuals: dict[str, dict[str, Decimal]]
                   ) -> dict[str, Any]:
    data = agreement_to_dict(agreement)
    plan = plan_for(agreement)
    definitions = {s["name"]: s for s in data["stages"]}
    data["stages"] = [{**s.to_json(), "aliases": definitions[s.name]["aliases"]}
                      for s in plan.stages]
    data["won"] = plan.won
    data["months_list"] = list(plan.months)
    overrides = {s.name: s.rates for s in agreement.segments}
    data["segments"] = [{**s.to_json(), "rates": {k: str(v) for k, v in
                                                  overrides[s.name].items()}}
                        for s in plan.segments]
    data["capacity"] = [c.to_json() for c in plan.capacity]
    data["budget"] = None if plan.budget is None else plan.budget.to_json()
    data["kpis"] = [{"name": k.name, "kind": k.kind.value, "owner": k.owner,
                     "unit": k.unit.value, "direction": k.direction.value,
                     "targets": [None if t is None else str(t) for t in k.targets],
                     "aliases": k.aliases} for k in agreement.kpis()]
    for signature in data["signatures"]:
        signature["has_image"] = signature.pop("image") is not None
    data["actuals"] = {kpi: {month: _number(v) for month, v in months.items()}
                       for kpi, months in actuals.items()}
    return data


def _number(value: Decimal) -> int | float:
    # JSON numbers for actuals, as DESIGN §7 asks; integral values stay exact integers.
    return int(value) if value == value.to_integral_value() else float(value)


def cmd_show(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        agreement = store.load(args.id)
        actuals = store.actuals(args.id)
    if args.json:
        print_json(agreement_json(agreement, actuals))
        return 0
    print(f"{agreement.title}  (id {agreement.id}, revision {agreement.revision}, "
          f"{agreement.status.value})")
    if agreement.organisation:
        print(f"Organisation: {agreement.organisation}")
    print(f"Period: {agreement.start}, {agreement.months} months; currency {agreement.currency}")
    if agreement.fingerprint:
        print(f"Fingerprint: {agreement.fingerprint}")
    for party in agreement.parties:
        details = ", ".join(t for t in (party.representative, party.role) if t)
        print(f"Party: {party.name}" + (f" — {details}" if details else ""))
    print()
    plan = plan_for(agreement)
    print("\n".join(format_plan(plan) + format_depth(plan)))
    if agreement.protocols:
        print()
        for protocol in agreement.protocols:
            print(f"Protocol: {protocol.title} ({protocol.from_party} → {protocol.to_party})")
    if actuals:
        print()
        print(f"Actuals recorded for {len(actuals)} KPIs.")
    return 0
