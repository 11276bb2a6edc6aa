"""Check a document or a fingerprint against the workshop file.

A signed revision's fingerprint is stored when it is sealed. Verifying finds the revision with
that fingerprint and recomputes it from the stored content (and the chain of earlier
revisions): if someone changed the file behind the app's back, the two no longer agree.

A document is checked by what it says, not by a label: its text (pypdf for a PDF; the body,
headers and footers of a DOCX) must carry the short fingerprint on every page, the full one
somewhere (the signature page prints it), and the revision's key content as the export writes
it: the title, each signer's name, the revenue target and the won customers. Exported PDFs
also carry the fingerprint in their metadata (``sha256:<64 hex digits>`` in the creator field,
which Qt writes both in the document information dictionary, as UTF-16, and in the XMP packet),
DOCX files in their keywords (``docProps/core.xml``): where present, it must agree. So a PDF
printed from our DOCX by a word processor passes, and a file that merely names a fingerprint,
or a cover page alone, does not.
"""

from __future__ import annotations

import html
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from slaworkshop.fingerprint import fingerprint as compute_fingerprint
from slaworkshop.fingerprint import seal as compute_seal
from slaworkshop.model import Agreement, Signature, Status, ValidationError
from slaworkshop.plan import plan_for
from slaworkshop.store import Store

FULL_LENGTH = 64
# The grouped form printed for people (fingerprint.short) has 16 digits.
MIN_PREFIX = 16
PDF_MARKER = "sha256:"
# A document larger than this is not one of ours; do not read it all into memory.
MAX_PDF_BYTES = 64 * 1024 * 1024

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
    signatures_sealed: bool

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
    found = _pdf_metadata_fingerprints(_read_pdf_bytes(path))
    if not found:
        raise VerifyError(f"{path}: this PDF carries no SLA Workshop fingerprint; it was not "
                          "exported by SLA Workshop, or its metadata was removed")
    if len(found) > 1:
        raise VerifyError(f"{path}: this PDF carries {len(found)} different fingerprints; its "
                          "metadata was edited")
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
    if stored_seal is None and store.seal_required(agreement.id):
        raise VerifyError(
            f"“{agreement.title}”, revision {agreement.revision}, was signed by this version "
            "of SLA Workshop but its seal over the signatures is missing: it was removed "
            "outside SLA Workshop, so the signatures cannot be trusted")
    if stored_seal is not None and stored_seal != compute_seal(wanted, agreement.signatures):
        raise VerifyError(
            f"the content of “{agreement.title}”, revision {agreement.revision}, still matches "
            "its fingerprint, but its signatures (names, roles, dates or drawings) are not the "
            "ones that were sealed: the file was changed outside SLA Workshop after signing")
    later = [s.id for s in store.list_agreements() if s.supersedes == agreement.id]
    _check_successor(store, agreement, later)
    return Verified(agreement, wanted, later[0] if later else None,
                    signatures_sealed=stored_seal is not None)


def _check_successor(store: Store, agreement: Agreement, later: list[int]) -> None:
    """A superseded revision has a signed revision that followed it."""
    if agreement.status is not Status.SUPERSEDED:
        return
    successors = [s for s in store.list_agreements() if s.id in later]
    if not any(s.status is not Status.DRAFT for s in successors):
        raise VerifyError(
            f"“{agreement.title}”, revision {agreement.revision}, is marked superseded but no "
            "signed revision follows it: the file was changed outside SLA Workshop")


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
        return verify_document(store, path, docx_text(path))
    if argument.lower().endswith(".pdf") or (_is_file(path) and not looks_like_fingerprint(
            argument)):
        return verify_document(store, path, pdf_text(path))
    return verify(store, argument)


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):  # a name too long for the file system is no file
        return False


# A document far longer than any agreement is not one of ours.
MAX_PAGES = 1000
MAX_TEXT_CHARS = 20_000_000
_FULL_RE = re.compile(r"(?<![0-9a-z])([0-9a-f]{4}(?:\s?[0-9a-f]{4}){15})(?![0-9a-f])")
# A number stands apart from letters: the "30" in a fingerprint's "b30c 30bb" is none.
_NUMBER_RE = re.compile(r"(?<![0-9A-Za-z])\d(?:[\d.,\u00a0\u202f ]*\d)?(?![0-9A-Za-z])")
# Fingerprints as the pages print them (groups of four hex digits, or one run): their digit
# groups ("0030") are not figures of the agreement.
_FINGERPRINT_TEXT_RE = re.compile(r"(?i)(?<![0-9a-z])(?:[0-9a-f]{4}[ \u00a0]){3,}[0-9a-f]{4}"
                                  r"(?![0-9a-z])|(?<![0-9a-z])[0-9a-f]{16,}(?![0-9a-z])")


@dataclass(frozen=True)
class DocumentText:
    """What a document says: the text of each page (of each footer, for a DOCX), all of its
    text, and the fingerprints its metadata carries."""

    pages: Sequence[str]
    text: str
    metadata: frozenset[str]
    page_word: str = "page"


def pdf_text(path: Path) -> DocumentText:
    """The text of every page of a PDF (pypdf) and the fingerprints in its metadata."""
    import logging

    from pypdf import PdfReader

    data = _read_pdf_bytes(path)
    metadata = _pdf_metadata_fingerprints(data)
    # pypdf logs what it repairs in a damaged file; the refusal below says what matters.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    import io

    try:
        reader = PdfReader(io.BytesIO(data))
        if len(reader.pages) > MAX_PAGES:
            raise VerifyError(f"{path}: {len(reader.pages)} pages is too many for an exported "
                              "agreement")
        pages = []
        total = 0
        for page in reader.pages:
            text = page.extract_text() or ""
            total += len(text)
            if total > MAX_TEXT_CHARS:
                raise VerifyError(f"{path}: too much text for an exported agreement")
            pages.append(text)
    except VerifyError:
        raise
    except Exception as exc:  # pypdf raises many kinds on a damaged or forged file
        raise VerifyError(f"{path}: this PDF cannot be read ({type(exc).__name__}: "
                          f"{str(exc)[:200]}); it is damaged or not a real PDF") from None
    if not pages:
        raise VerifyError(f"{path}: this PDF has no pages")
    return DocumentText(pages, "\n".join(pages), frozenset(metadata))


def docx_text(path: Path) -> DocumentText:
    """The text of a DOCX's body, headers and footers (each footer standing for its pages)."""
    parts: dict[str, str] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            total = 0
            for info in archive.infolist():
                name = info.filename
                if not re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml|"
                                    r"docProps/core\.xml", name):
                    continue
                total += info.file_size
                if total > MAX_TEXT_CHARS * 4:
                    raise VerifyError(f"{path}: too large for an exported agreement")
                parts[name] = archive.read(info).decode("utf-8", "replace")
    except FileNotFoundError:
        raise VerifyError(f"{path}: no such file") from None
    except (zipfile.BadZipFile, OSError, UnicodeError) as exc:
        raise VerifyError(f"{path}: not a DOCX document ({exc})") from None
    if "word/document.xml" not in parts:
        raise VerifyError(f"{path}: not a DOCX document (it has no word/document.xml)")
    core = parts.pop("docProps/core.xml", "")
    metadata = {m.group(1).lower() for m in _ASCII_RE.finditer(core.encode("utf-8"))}
    texts = {name: _wordml_text(xml) for name, xml in parts.items()}
    footers = [text for name, text in sorted(texts.items()) if name.startswith("word/footer")
               and text.strip()]
    return DocumentText(footers, "\n".join(texts.values()),
                        frozenset(m.decode("ascii") for m in metadata), page_word="footer")


def _wordml_text(xml: str) -> str:
    """The text of WordprocessingML: runs joined, a line per paragraph."""
    xml = re.sub(r"<w:tab/>|<w:br/>", " ", xml)
    xml = re.sub(r"</w:p>", "\n", xml)
    runs = re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>|(\n)", xml)
    return html.unescape("".join(a or b for a, b in runs))


def _read_pdf_bytes(path: Path) -> bytes:
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
    return data


def _pdf_metadata_fingerprints(data: bytes) -> set[str]:
    found = {m.group(1).decode("ascii").lower() for m in _ASCII_RE.finditer(data)}
    found |= {m.group(1)[1::2].decode("ascii").lower() for m in _UTF16_RE.finditer(data)}
    return found


def _squeezed(text: str) -> str:
    return " ".join(text.split()).casefold()


def numbers_in(text: str) -> set[Decimal]:
    """Every number the text shows, read with either decimal mark (1,234.5 or 1.234,5)."""
    found: set[Decimal] = set()
    for token in _NUMBER_RE.findall(text):
        pieces = {token.replace(" ", "").replace("\u00a0", "").replace("\u202f", ""),
                  *re.split(r"[ \u00a0\u202f]", token)}
        for piece in pieces:
            for candidate in (piece.replace(",", ""),
                              piece.replace(".", "").replace(",", ".")):
                if len(candidate) > 40 or not candidate or not candidate[0].isdigit():
                    continue
                try:
                    found.add(Decimal(candidate.rstrip(".")))
                except InvalidOperation:
                    continue
    return found


def verify_document(store: Store, path: Path, document: DocumentText) -> Verified:
    """Verify by what the document says: its fingerprints, pages and key content."""
    lowered = document.text.lower()
    in_text = {normalise(m) for m in _FULL_RE.findall(lowered)}
    if not in_text:
        raise VerifyError(
            f"{path}: the document's text does not carry a full fingerprint (the signature "
            "page prints it); it is not a complete agreement exported by SLA Workshop — a "
            "file that only names a fingerprint, or a cover page alone, cannot be verified")
    if len(in_text) > 1:
        raise VerifyError(f"{path}: the document's text carries {len(in_text)} different "
                          "fingerprints; it was edited")
    wanted = in_text.pop()
    if document.metadata and document.metadata != {wanted}:
        raise VerifyError(f"{path}: the fingerprint in the document's properties does not "
                          "agree with the one printed in it; it was edited")
    result = verify(store, wanted)
    prefix = wanted[:MIN_PREFIX]
    for number, page in enumerate(document.pages, start=1):
        if prefix not in re.sub(r"\s", "", page.lower()):
            raise VerifyError(f"{path}: {document.page_word} {number} does not carry the "
                              "fingerprint; pages were replaced or edited")
    if not document.pages:
        raise VerifyError(f"{path}: no {document.page_word} carries the fingerprint")
    _check_key_content(path, document, result.agreement)
    return result


def _check_key_content(path: Path, document: DocumentText, agreement: Agreement) -> None:
    text = _squeezed(document.text)
    if _squeezed(agreement.title) not in text:
        raise VerifyError(f"{path}: the title “{agreement.title}” of the signed revision is "
                          "not in the document")
    for signature in agreement.signatures:
        if _squeezed(signature.signer) not in text:
            raise VerifyError(f"{path}: {signature.party}'s signer {signature.signer} is not "
                              "in the document")
    numbers = numbers_in(_FINGERPRINT_TEXT_RE.sub(" ", document.text))
    if agreement.objective.revenue not in numbers:
        raise VerifyError(f"{path}: the revenue target {agreement.objective.revenue} of the "
                          "signed revision is not in the document")
    try:
        won = plan_for(agreement).won
    except ValidationError as exc:
        raise VerifyError(f"the signed revision's plan cannot be computed: {exc}") from None
    if Decimal(won) not in numbers:
        raise VerifyError(f"{path}: the {won} won customers of the signed revision are not "
                          "in the document")
