"""The domain model's own behaviour: copies, renames, validation of a whole agreement."""

from __future__ import annotations

from decimal import Decimal

from slaworkshop.demo import demo_agreement
from slaworkshop.model import validate_agreement
from slaworkshop.serialize import agreement_from_dict, agreement_to_dict


def test_copy_is_deep() -> None:
    original = demo_agreement()
    before = agreement_to_dict(original)
    copy = original.copy()
    copy.stages[0].aliases.append("x")
    copy.stages[1].rate = Decimal("0.9")
    copy.parties[0].name = "Growth"
    copy.seasonality[0] = Decimal(99)
    copy.custom_kpis[0].targets[0] = Decimal(1)
    copy.custom_kpis[0].aliases.clear()
    copy.protocols[0].title = "Changed"
    copy.objective.revenue = Decimal(1)
    copy.thresholds.amber = Decimal("0.5")
    assert agreement_to_dict(original) == before
    assert agreement_to_dict(original.copy()) == before


def test_copy_of_the_planning_depth_and_signatures_is_deep_and_equal() -> None:
    from slaworkshop.model import CapacityLine, FixedCost, Segment, Signature

    original = demo_agreement()
    original.segments = [Segment("SMB", Decimal("0.6"), None, {"Visits": Decimal("0.03")}),
                         Segment("Enterprise", Decimal("0.4"), Decimal(60000))]
    original.capacity = [CapacityLine("SDR", "SQL", Decimal(40), Decimal(4000))]
    original.stage_costs = {"Visits": Decimal("0.5")}
    original.fixed_costs = [FixedCost("Tools", Decimal(900))]
    original.signatures = [Signature("Marketing", "Ana", "CMO", "2027-01-04", b"png")]
    before = agreement_to_dict(original)
    copy = original.copy()
    assert copy == original and repr(copy) == repr(original)
    assert all(type(a) is type(b) for a, b in zip(copy.stages + copy.segments,
                                                  original.stages + original.segments,
                                                  strict=True))
    copy.segments[0].rates["Leads"] = Decimal("0.5")
    copy.segments[1].share = Decimal("0.3")
    copy.capacity[0].per_person = Decimal(1)
    copy.stage_costs["Leads"] = Decimal(3)
    copy.fixed_costs[0].amount = Decimal(1)
    copy.signatures[0].signer = "Someone else"
    copy.signatures.clear()
    assert agreement_to_dict(original) == before
    # Nothing mutable is shared between the two: not one list, dict or part.
    for name, value in vars(original).items():
        if isinstance(value, (list, dict)) or hasattr(value, "__dataclass_fields__"):
            assert getattr(copy, name) is not value, name


def test_serialize_round_trip() -> None:
    original = demo_agreement("es")
    assert agreement_to_dict(agreement_from_dict(agreement_to_dict(original))) == \
        agreement_to_dict(original)


def test_a_whole_agreement_reports_every_problem_with_its_field() -> None:
    agreement = demo_agreement()
    agreement.title = " "
    agreement.currency = "EURO"
    agreement.stages[0].owner = "Finance"
    agreement.protocols[1].kpi = "Nonexistent"
    agreement.custom_kpis[0].targets = [Decimal(1)] * 3
    agreement.review_month = "July"
    fields = [str(p.field) for p in validate_agreement(agreement)]
    assert fields == ["title", "currency", "stage “Visits” owner",
                      "KPI “Hours to first contact” targets",
                      "protocol “First contact with a new SQL” KPI", "review month"]


def test_renaming_a_kpi_follows_into_protocols() -> None:
    agreement = demo_agreement()
    agreement.rename_kpi(0, "Response hours")
    assert agreement.protocols[1].kpi == "Response hours"
    assert validate_agreement(agreement) == []


def test_renaming_or_removing_a_party_follows_into_owners_and_protocols() -> None:
    agreement = demo_agreement()
    agreement.rename_party(1, "Business Development")
    assert [s.owner for s in agreement.stages][3:] == ["Business Development"] * 3
    assert agreement.custom_kpis[0].owner == "Business Development"
    assert agreement.protocols[1].from_party == "Business Development"
    assert agreement.protocols[0].to_party == "Business Development"
    assert validate_agreement(agreement) == []
    agreement.remove_party(0)
    assert [s.owner for s in agreement.stages][:3] == ["", "", ""]
    assert agreement.protocols[0].from_party == ""


def test_removing_a_kpi_leaves_its_protocol_unmeasured() -> None:
    agreement = demo_agreement()
    agreement.remove_kpi(0)
    assert [k.name for k in agreement.custom_kpis] == ["Follow-up attempts per SQL",
                                                      "Rejected leads with a reason"]
    assert agreement.protocols[1].kpi == ""
    assert agreement.protocols[1].kpi_target is None  # no target left for a KPI that went
    assert validate_agreement(agreement) == []


def test_unnamed_kpis_and_protocols_are_named_by_number() -> None:
    agreement = demo_agreement()
    agreement.custom_kpis[1].name = " "
    agreement.custom_kpis[2].targets = [None, Decimal(-1), *[None] * (agreement.months - 2)]
    agreement.protocols[0].title = ""
    agreement.custom_kpis[0].targets = [Decimal(0), Decimal("0.5")] * (agreement.months // 2)
    problems = [(str(p.field), str(p.message)) for p in validate_agreement(agreement)]
    assert problems == [
        ("KPI 2 name", "a KPI needs a name"),
        ("KPI “Rejected leads with a reason” targets", "targets cannot be negative"),
        ("protocol 1 title", "a handoff protocol needs a title"),
        # The protocol measured by the KPI whose name was blanked now names no KPI.
        ("protocol “Follow-up attempts” KPI",
         "“Follow-up attempts per SQL” is not a KPI of this agreement"),
    ]


def test_new_draft_keeps_the_content_and_drops_what_signing_gave() -> None:
    from slaworkshop.demo import demo_agreement
    from slaworkshop.model import Signature, Status
    from slaworkshop.serialize import content_dict

    signed = demo_agreement("en")
    signed.id, signed.revision, signed.status = 7, 2, Status.SIGNED
    signed.fingerprint = "ab" * 32
    signed.signatures = [Signature("Marketing", "Laura Méndez")]
    revision = signed.new_draft(3, supersedes=7)
    assert (revision.id, revision.status, revision.revision, revision.supersedes,
            revision.fingerprint, revision.signatures) == (None, Status.DRAFT, 3, 7, None, [])
    assert content_dict(revision) == content_dict(signed) | {"revision": 3}
    revision.stages[0].aliases.append("Web sessions")  # a copy: the original is untouched
    assert "Web sessions" not in signed.stages[0].aliases
    duplicate = signed.new_draft()
    assert (duplicate.revision, duplicate.supersedes) == (1, None)
