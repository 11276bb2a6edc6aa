"""The demo agreement with three months of actuals in which MQL → SQL misses.

January to March 2027: Visits, Leads and MQL on plan, the MQL → SQL conversion near 38 %
against the agreed 50 % (red every month), and the stages below it short as a result.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from slaworkshop.demo import demo_agreement
from slaworkshop.store import Store

MONTHS = ("2027-01", "2027-02", "2027-03")
MEETING_ACTUALS: dict[str, dict[str, Decimal]] = {
    name: {month: Decimal(value) for month, value in zip(MONTHS, values, strict=True)}
    for name, values in {
        "Visits": ("5200", "4900", "4600"),
        "Leads": ("104", "98", "92"),
        "MQL": ("42", "40", "37"),
        "SQL": ("16", "14", "14"),
        "Proposals": ("8", "7", "7"),
        "Customers": ("2", "2", "2"),
        "Hours to first contact": ("20", "26", "30"),
        "Follow-up attempts per SQL": ("6", "5", "5"),
        "Rejected leads with a reason": ("100", "95", "90"),
    }.items()
}


def meeting_actuals(language: str = "en") -> dict[str, dict[str, Decimal]]:
    """The actuals above under the KPI names of the demo in ``language`` (same order)."""
    english, local = demo_agreement("en"), demo_agreement(language)
    names = dict(zip([s.name for s in english.stages] + [k.name for k in english.custom_kpis],
                     [s.name for s in local.stages] + [k.name for k in local.custom_kpis],
                     strict=True))
    return {names[kpi]: months for kpi, months in MEETING_ACTUALS.items()}


def meeting_store(path: Path, language: str = "en") -> tuple[Store, int]:
    """A workshop file at ``path`` with the demo agreement and the three months above."""
    store = Store.open(path)
    agreement_id = store.create(demo_agreement(language))
    store.apply_actuals(agreement_id, {(kpi, month): value
                                       for kpi, months in meeting_actuals(language).items()
                                       for month, value in months.items()})
    return store, agreement_id
