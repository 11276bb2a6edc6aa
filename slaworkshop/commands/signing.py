"""sign, verify."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from slaworkshop.cli import Refused, Rejected
from slaworkshop.commands._common import add_agreement_id, add_db_option, open_store
from slaworkshop.fingerprint import short
from slaworkshop.model import Agreement, Signature, Status
from slaworkshop.store import Store
from slaworkshop.verify import VerifyError, verify_argument


def register(subparsers: Any) -> None:
    sign = subparsers.add_parser(
        "sign", help="record a party's signature; the revision is sealed when every party "
                     "has signed")
    add_db_option(sign)
    add_agreement_id(sign)
    sign.add_argument("--party", required=True, metavar="NAME", help="the signing party")
    sign.add_argument("--signer", required=True, metavar="NAME",
                      help="the name of the person who signs for the party")
    sign.add_argument("--role", default=None, metavar="ROLE",
                      help="the signer's role (default: the party's representative role)")
    sign.add_argument("--date", default=None, metavar="YYYY-MM-DD",
                      help="date of the signature (default: today)")
    sign.set_defaults(func=cmd_sign)

    verify = subparsers.add_parser(
        "verify", help="check an exported PDF or a fingerprint against the workshop file")
    add_db_option(verify)
    verify.add_argument("target", metavar="FINGERPRINT|FILE.pdf",
                        help="the 64-digit fingerprint (or the first 16 digits printed on the "
                             "pages), or an exported PDF (or DOCX)")
    verify.set_defaults(func=cmd_verify)


def _signing_date(text: str | None) -> str:
    if text is None:
        return dt.date.today().isoformat()
    try:
        return dt.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise Rejected(f"--date {text}: not a date in the form YYYY-MM-DD") from None


def cmd_sign(args: argparse.Namespace) -> int:
    signer = args.signer.strip()
    if not signer:
        raise Rejected("--signer: the signer's name is empty")
    signed_on = _signing_date(args.date)
    with open_store(args) as store:
        agreement = store.load(args.id)
        if agreement.status is not Status.DRAFT:
            raise Refused(
                f"“{agreement.title}” revision {agreement.revision} (id {agreement.id}) is "
                f"already signed and sealed (fingerprint {agreement.fingerprint}); a sealed "
                "revision cannot be signed again or changed. Start a new revision to change it.")
        party = agreement.party(args.party)
        if party is None:
            names = ", ".join(p.name for p in agreement.parties) or "none"
            raise Rejected(f"--party {args.party}: not a party of “{agreement.title}” "
                           f"(parties: {names})")
        role = party.role if args.role is None else args.role.strip()
        sealed = store.sign(args.id, Signature(party=party.name, signer=signer, role=role,
                                               signed_on=signed_on))
        after = store.load(args.id)
    print(f"{signer} signed “{after.title}” revision {after.revision} for {party.name} "
          f"on {signed_on}.")
    if sealed:
        print(f"Every party has signed: the revision is sealed. Fingerprint: {after.fingerprint}")
    else:
        waiting = [p.name for p in after.parties
                   if p.name not in {s.party for s in after.signatures}]
        print(f"Waiting for: {', '.join(waiting)}.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    with open_store(args, create=False, read_only=True) as store:
        try:
            result = verify_argument(store, args.target)
        except VerifyError as exc:
            raise Rejected(f"not verified: {exc}") from None
        lines = _verified_lines(store, result.agreement, result.fingerprint,
                                result.superseded_by)
        agreement = result.agreement
    print("Verified: the fingerprint belongs to a signed revision and the stored content still "
          "matches it.")
    print(f"Agreement:   {agreement.title}"
          + (f" ({agreement.organisation})" if agreement.organisation else "")
          + f", id {agreement.id}")
    for line in lines:
        print(line)
    print("Signed by:" if result.signatures_sealed else
          "Signed by (sealed by an older version: the signatures themselves are not covered):")
    for signature in agreement.signatures:
        role = f", {signature.role}" if signature.role else ""
        drawn = " (drawn signature on file)" if signature.image else ""
        print(f"  {signature.party}: {signature.signer}{role}, {signature.signed_on}{drawn}")
    return 0


def _verified_lines(store: Store, agreement: Agreement, fingerprint: str,
                    superseded_by: int | None) -> list[str]:
    status = agreement.status.value
    later = next((s for s in store.list_agreements() if s.id == superseded_by), None)
    if later is not None:
        status += f" (revision {later.revision}, id {later.id}, followed it: "
        status += f"{later.status.value})"
    objective = agreement.objective
    return [f"Revision:    {agreement.revision} — {status}",
            f"Period:      {agreement.month_list[0]} to {agreement.month_list[-1]}",
            f"Objective:   revenue {objective.revenue} {agreement.currency}, average deal "
            f"{objective.deal_value} {agreement.currency}, marketing share "
            f"{objective.marketing_share}",
            f"Fingerprint: {fingerprint}",
            f"             ({short(fingerprint)} as printed on the pages)"]
