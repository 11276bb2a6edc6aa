"""The fingerprint: a golden value, stable across runs, and sensitive to every content field."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from slaworkshop.demo import demo_agreement
from slaworkshop.fingerprint import canonical_json, fingerprint, short
from slaworkshop.model import Agreement, Direction, Signature, Status, Unit

ROOT = Path(__file__).resolve().parent.parent
# SHA-256 of the canonical JSON of the demo agreement (resources/demo/agreement.en.json).
DEMO_GOLDEN = "70a321426237bae011f9e72a0bbf79afdab3def80dd94a87b30c30bbe610df9a"
DEMO_CHAINED_GOLDEN = "6d8a990930799fd6069685f9183f5991a33672536898dee19707939cc66cdd1a"


def test_demo_fingerprint_equals_the_golden_value() -> None:
    assert fingerprint(demo_agreement(), None) == DEMO_GOLDEN
    assert fingerprint(demo_agreement(), "0" * 64) == DEMO_CHAINED_GOLDEN
    assert short(DEMO_GOLDEN) == "70a3 2142 6237 bae0"


def test_fingerprint_is_the_same_in_another_process_with_another_hash_seed() -> None:
    code = ("from slaworkshop.demo import demo_agreement\n"
            "from slaworkshop.fingerprint import fingerprint\n"
            "print(fingerprint(demo_agreement(), None))\n")
    for seed in ("1", "12345"):
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                cwd=ROOT, check=True, env={"PYTHONHASHSEED": seed,
                                                           "PATH": "/usr/bin:/bin"})
        assert result.stdout.strip() == DEMO_GOLDEN


def test_canonical_json_is_sorted_compact_utf8_and_refuses_floats() -> None:
    assert canonical_json({"b": "é", "a": [1, None]}) == '{"a":[1,null],"b":"é"}'.encode()
    with pytest.raises(TypeError):
        canonical_json({"rate": 0.25})


Mutation = Callable[[Agreement], None]


def _set(path: str, value: object) -> Mutation:
    def mutate(agreement: Agreement) -> None:
        target: object = agreement
        *parents, last = path.split(".")
        for part in parents:
            target = target[int(part)] if part.isdigit() else getattr(target, part)  # type: ignore[index]
        if last.isdigit():
            target[int(last)] = value  # type: ignore[index]
        else:
            setattr(target, last, value)
    return mutate


CONTENT_CHANGES: dict[str, Mutation] = {
    "title": _set("title", "Another title"),
    "organisation": _set("organisation", "Another Ltd"),
    "currency": _set("currency", "USD"),
    "start": _set("start", "2028-01"),
    "months": _set("months", 6),
    "revision": _set("revision", 2),
    "revenue": _set("objective.revenue", Decimal("1200001")),
    "deal value": _set("objective.deal_value", Decimal("24001")),
    "marketing share": _set("objective.marketing_share", Decimal("0.61")),
    "party name": _set("parties.0.name", "Growth"),
    "party representative": _set("parties.0.representative", "Somebody Else"),
    "party role": _set("parties.1.role", "CEO"),
    "stage name": _set("stages.2.name", "Marketing qualified"),
    "stage rate": _set("stages.0.rate", Decimal("0.021")),
    "stage owner": _set("stages.3.owner", "Marketing"),
    "stage lag": _set("stages.3.lag", 2),
    "stage aliases": _set("stages.0.aliases", ["Sessions"]),
    "seasonality": _set("seasonality.7", Decimal("5")),
    "protocol title": _set("protocols.0.title", "MQL definition"),
    "protocol from": _set("protocols.1.from_party", "Marketing"),
    "protocol to": _set("protocols.1.to_party", "Sales"),
    "protocol trigger": _set("protocols.0.trigger", "Lead score 70"),
    "protocol commitment": _set("protocols.1.commitment", "Within 48 business hours."),
    "protocol kpi": _set("protocols.0.kpi", "SQL"),
    "protocol kpi target": _set("protocols.1.kpi_target", Decimal("48")),
    "kpi name": _set("custom_kpis.0.name", "Response hours"),
    "kpi owner": _set("custom_kpis.0.owner", "Marketing"),
    "kpi unit": _set("custom_kpis.0.unit", Unit.DAYS),
    "kpi direction": _set("custom_kpis.1.direction", Direction.LOWER),
    "kpi target": _set("custom_kpis.0.targets.11", Decimal("12")),
    "kpi aliases": _set("custom_kpis.1.aliases", []),
    "kpi description": _set("custom_kpis.2.description", "Share with a reason."),
    "green threshold": _set("thresholds.green", Decimal("0.95")),
    "amber threshold": _set("thresholds.amber", Decimal("0.8")),
    "reporting cadence": _set("reporting_cadence", "Every other week."),
    "review month": _set("review_month", "2027-06"),
}


@pytest.mark.parametrize("mutate", CONTENT_CHANGES.values(), ids=CONTENT_CHANGES.keys())
def test_every_content_field_changes_the_fingerprint(mutate: Mutation) -> None:
    agreement = demo_agreement()
    mutate(agreement)
    assert fingerprint(agreement, None) != DEMO_GOLDEN


def test_the_previous_revision_changes_the_fingerprint() -> None:
    assert fingerprint(demo_agreement(), "f" * 64) not in (DEMO_GOLDEN, DEMO_CHAINED_GOLDEN)


SIGNING_CHANGES: dict[str, Mutation] = {
    "status": _set("status", Status.SIGNED),
    "id": _set("id", 42),
    "stored fingerprint": _set("fingerprint", "0" * 64),
    "signatures": _set("signatures", [Signature("Sales", "Daniel Ortega", "", "2027-01-02",
                                                b"\x89PNG", DEMO_GOLDEN)]),
}


@pytest.mark.parametrize("mutate", SIGNING_CHANGES.values(), ids=SIGNING_CHANGES.keys())
def test_signing_state_is_not_part_of_the_content(mutate: Mutation) -> None:
    agreement = demo_agreement()
    mutate(agreement)
    assert fingerprint(agreement, None) == DEMO_GOLDEN
