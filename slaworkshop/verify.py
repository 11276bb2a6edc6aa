"""Check a document or a fingerprint against the workshop file.

A signed revision's fingerprint is stored when it is sealed. Verifying finds the revision with
that fingerprint and recomputes it from the stored content (and the chain of earlier
revisions): if someone changed the file behind the app's back, the two no longer agree.

Exported PDFs carry the fingerprint in their metadata (``sha256:<64 hex digits>`` in the
creator field, which Qt writes both in the document information dictionary, as UTF-16, and in
the XMP packet, as plain text), so reading it back needs no PDF library. Exported DOCX files
carry it in their keywords (``docProps/core.xml``).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from slaworkshop.fingerprint import fingerprint as compute_fingerprint
from slaworkshop.fingerprint import seal as compute_seal
from slaworkshop.model import Agreement, Signature, Status
from slaworkshop.store import Store

FULL_LENGTH = 64
# The grouped form printed for people (fingerprint.short) has 16 digits.
MIN_PREFIX = 16
PDF_MARKER = "sha256:"
# A document larger than this is not one of ours; do not read it all into memory.
MAX_PDF_BYTES = 64 * 1024 * 1024
MAX_CORE_XML_BYTES = 64 * 1024

_HEX_RE = re.compile(r"^[0-9a-f]+$")
_ASCII_RE = re.compile(rb"sha256:([0-9a-fA-F]{64})")
_UTF16_RE = re.compile(
    b"".join(b"\x00" + bytes([c]) for c in PDF_MARKER.encode("ascii"))
    + rb"((?:\x00[0-9a-fA-F]){64})")


class VerifyError(Exception):
    """Verification failed; the message explains why in plain words."""


@dataclass(frozen=True)
class Verified:
    agreement: Agreement
    fingerprint: str
    superseded_by: int | None
    # False for revisions sealed by a version that did not yet seal the signatures.
    signatures_sealed: bool = True

    @property
    def signatures(self) -> list[Signature]:
        return self.agreement.signatures


def normalise(text: str) -> str:
    """Lower-case hex digits with the spaces, colons and dashes of grouped forms removed."""
    cleaned = re.sub(r"[\s:\-]", "", text.strip().lower())
    if cleaned.startswith("sha256"):
        cleaned = cleaned[len("sha256"):]
    return cleaned


def looks_like_fingerprint(text: str) -> bool:
    cleaned = normalise(text)
    return len(cleaned) >= MIN_PREFIX and bool(_HEX_RE.match(cleaned))


def fingerprint_from_pdf(path: Path) -> str:
    """The fingerprint an exported PDF carries in its metadata."""
    try:
        size = path.stat().st_size
        if size > MAX_PDF_BYTES:
            raise VerifyError(f"{path}: {size} bytes is too large for an exported agreement")
        data = path.read_bytes()
    except FileNotFoundError:
        raise VerifyError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise VerifyError(f"{path}: is a folder, not a PDF") from None
    except OSError as exc:
        raise VerifyError(f"{path}: cannot be read ({exc.strerror})") from None
    if not data.startswith(b"%PDF-"):
        raise VerifyError(f"{path}: not a PDF file")
    found = {m.group(1).decode("ascii").lower() for m in _ASCII_RE.finditer(data)}
    found |= {m.group(1)[1::2].decode("ascii").lower() for m in _UTF16_RE.finditer(data)}
    if not found:
        raise VerifyError(f"{path}: this PDF carries no SLA Workshop fingerprint; it was not "
                          "exported by SLA Workshop, or its metadata was removed")
    if len(found) > 1:
        raise VerifyError(f"{path}: this PDF carries {len(found)} different fingerprints; its "
                          "metadata was edited")
    return found.pop()


def fingerprint_from_docx(path: Path) -> str:
    """The fingerprint an exported DOCX carries in its keywords (docProps/core.xml)."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("docProps/core.xml")
            # A core-properties part is a few hundred bytes; refuse to inflate a bomb.
            if info.file_size > MAX_CORE_XML_BYTES:
                raise VerifyError(f"{path}: docProps/core.xml is {info.file_size} bytes; not a "
                                  "document exported by SLA Workshop")
            data = archive.read(info)
    except FileNotFoundError:
        raise VerifyError(f"{path}: no such file") from None
    except KeyError:
        raise VerifyError(f"{path}: this document has no properties part "
                          "(docProps/core.xml), so no fingerprint") from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise VerifyError(f"{path}: not a DOCX document ({exc})") from None
    found = {m.group(1).decode("ascii").lower() for m in _ASCII_RE.finditer(data)}
    if len(found) != 1:
        raise VerifyError(f"{path}: this document carries no SLA Workshop fingerprint in its "
                          "keywords; it was not exported by SLA Workshop, or they were edited")
    return found.pop()


def _resolve(store: Store, text: str) -> str:
    cleaned = normalise(text)
    if not _HEX_RE.match(cleaned or "-"):
        raise VerifyError(f"“{text}” is not a fingerprint: a fingerprint is 64 hexadecimal "
                          "digits (0-9, a-f), or the first 16 as printed on the pages")
    if len(cleaned) > FULL_LENGTH:
        raise VerifyError(f"“{text}” has {len(cleaned)} digits; a fingerprint has 64")
    if len(cleaned) == FULL_LENGTH:
        return cleaned
    if len(cleaned) < MIN_PREFIX:
        raise VerifyError(f"“{text}” has only {len(cleaned)} digits; give at least the first "
                          f"{MIN_PREFIX} (as printed on the pages) or all 64")
    matches = sorted({s.fingerprint for s in store.list_agreements()
                      if s.fingerprint and s.fingerprint.startswith(cleaned)})
    if not matches:
        raise VerifyError(f"no signed revision in {store.path.name} has a fingerprint starting "
                          f"with {cleaned}; the document was not signed from this file, or its "
                          "fingerprint was altered")
    if len(matches) > 1:
        raise VerifyError(f"{len(matches)} signed revisions have a fingerprint starting with "
                          f"{cleaned}; give all 64 digits")
    return matches[0]


def verify(store: Store, text: str) -> Verified:
    """Find the signed revision with this fingerprint and check the file still hashes to it."""
    wanted = _resolve(store, text)
    ids = store.find_by_fingerprint(wanted)
    if not ids:
        draft = _matching_draft(store, wanted)
        if draft is not None:
            raise VerifyError(
                f"this fingerprint belongs to the unsigned draft “{draft.title}” (revision "
                f"{draft.revision}, id {draft.id}); only signed revisions can be verified")
        raise VerifyError(f"no signed revision in {store.path.name} has the fingerprint "
                          f"{wanted}; the document was not signed from this file, or its "
                          "fingerprint was altered")
    agreement = store.load(ids[0])
    if agreement.status is Status.DRAFT:
        raise VerifyError(f"“{agreement.title}” (id {agreement.id}) is a draft but has a "
                          "fingerprint; the file was changed outside SLA Workshop")
    _check_chain(store, agreement, wanted)
    for signature in agreement.signatures:
        if signature.fingerprint != wanted:
            raise VerifyError(
                f"{signature.party}'s signature ({signature.signer}) was given to different "
                "content than the sealed revision; the file was changed outside SLA Workshop")
    missing = [p.name for p in agreement.parties
               if p.name not in {s.party for s in agreement.signatures}]
    if missing:
        raise VerifyError(f"the signatures of {', '.join(missing)} are missing from the sealed "
                          "revision; the file was changed outside SLA Workshop")
    assert agreement.id is not None
    stored_seal = store.stored_seal(agreement.id)
    if stored_seal is not None and stored_seal != compute_seal(wanted, agreement.signatures):
        raise VerifyError(
            f"the content of “{agreement.title}”, revision {agreement.revision}, still matches "
            "its fingerprint, but its signatures (names, roles, dates or drawings) are not the "
            "ones that were sealed: the file was changed outside SLA Workshop after signing")
    later = [s.id for s in store.list_agreements() if s.supersedes == agreement.id]
    return Verified(agreement, wanted, later[0] if later else None,
                    signatures_sealed=stored_seal is not None)


def _check_chain(store: Store, agreement: Agreement, wanted: str) -> None:
    """Recompute this revision's fingerprint and every earlier one's it is chained to."""
    current: Agreement | None = agreement
    expected = wanted
    seen: set[int] = set()
    while current is not None and current.id is not None and current.id not in seen:
        seen.add(current.id)
        previous = store.previous_fingerprint(current)
        recomputed = compute_fingerprint(current, previous)
        if recomputed != expected:
            which = ("its stored content" if current is agreement else
                     f"the content of the earlier revision {current.revision} it builds on")
            raise VerifyError(
                f"the fingerprint {wanted} belongs to “{agreement.title}”, revision "
                f"{agreement.revision} (id {agreement.id}), but {which} no longer hashes to "
                f"it: the workshop file was changed outside SLA Workshop after signing, so "
                f"its numbers cannot be trusted (recomputed {recomputed})")
        if current.supersedes is None or previous is None:
            return
        expected = previous
        current = store.load(current.supersedes) if store.exists(current.supersedes) else None


def _matching_draft(store: Store, wanted: str) -> Agreement | None:
    for summary in store.list_agreements():
        if summary.status is Status.DRAFT:
            draft = store.load(summary.id)
            if store.content_fingerprint(draft) == wanted:
                return draft
    return None


def verify_argument(store: Store, argument: str) -> Verified:
    """``argument`` is a fingerprint or the path of an exported PDF (or DOCX)."""
    path = Path(argument)
    if argument.lower().endswith(".docx"):
        return verify(store, fingerprint_from_docx(path))
    if argument.lower().endswith(".pdf") or (path.exists() and not looks_like_fingerprint(
            argument)):
        return verify(store, fingerprint_from_pdf(path))
    return verify(store, argument)
