"""`verify FILE`: the document is checked by what it says, and every refusal of verify is
reached (forged files and forged workshop files are generated here)."""

from __future__ import annotations

import io
import re
import shutil
import sqlite3
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from forged_pdf import make_pdf
from pypdf import PdfReader, PdfWriter

from main import main
from slaworkshop.demo import demo_agreement
from slaworkshop.model import Signature
from slaworkshop.store import Store
from slaworkshop.verify import docx_text, numbers_in

DEMO_GOLDEN = "70a321426237bae011f9e72a0bbf79afdab3def80dd94a87b30c30bbe610df9a"
GROUPED = " ".join(DEMO_GOLDEN[i:i + 4] for i in range(0, 64, 4))
SHORT = GROUPED[:19]
TITLE = "Sales & Marketing SLA 2027"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _signed_file(db: Path) -> Path:
    with Store.open(db) as store:
        agreement_id = store.create(demo_agreement())
        store.sign(agreement_id, Signature("Marketing", "Laura Méndez", "Head of Marketing",
                                           "2027-01-14"))
        store.sign(agreement_id, Signature("Sales", "Daniel Ortega", "Sales Director",
                                           "2027-01-15"))
    return db


@pytest.fixture(scope="module")
def module_files(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One signed file and its exports for the whole module (exporting is the slow part)."""
    folder = tmp_path_factory.mktemp("exported")
    files = {"db": _signed_file(folder / "workshop.slaw")}
    for suffix in ("pdf", "docx"):
        out = folder / f"agreement.{suffix}"
        assert main(["export-agreement", "--db", str(files["db"]), "1", str(out)]) == 0
        files[suffix] = out
    return files


@pytest.fixture
def signed_db(module_files: dict[str, Path], tmp_path: Path) -> Path:
    """A copy of the signed file, for this test to forge as it likes."""
    db = tmp_path / "workshop.slaw"
    shutil.copyfile(module_files["db"], db)
    return db


@pytest.fixture
def exported(module_files: dict[str, Path]) -> dict[str, Path]:
    return {"pdf": module_files["pdf"], "docx": module_files["docx"]}


def refused(capsys: pytest.CaptureFixture[str], db: Path, target: Path | str) -> str:
    code, out, err = run(capsys, "verify", "--db", str(db), str(target))
    assert (code, out) == (3, ""), err
    assert err.startswith("slaworkshop: not verified: ")
    return err


def genuine_lines() -> list[str]:
    """The key content of the signed demo, as a forger would type it."""
    return [TITLE, "Laura Méndez", "Daniel Ortega", "Revenue target: EUR 1,200,000",
            "Won customers: 30", f"Fingerprint: {GROUPED}"]


def test_the_signature_page_prints_the_full_fingerprint(exported: dict[str, Path]) -> None:
    pages = [p.extract_text() for p in PdfReader(exported["pdf"]).pages]
    last = " ".join(pages[-1].split())
    assert f"Fingerprint of revision 1 (SHA-256): {GROUPED}" in last  # label, then the digits
    assert all(SHORT in " ".join(p.split()) for p in pages)


def test_the_exported_pdf_and_docx_verify(exported: dict[str, Path], signed_db: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    for path in exported.values():
        code, out, err = run(capsys, "verify", "--db", str(signed_db), str(path))
        assert (code, err) == (0, "")
        assert f"Fingerprint: {DEMO_GOLDEN}" in out


def test_exported_agreements_get_the_permissions_of_any_saved_file(
        exported: dict[str, Path]) -> None:
    import os

    mask = os.umask(0)
    os.umask(mask)
    for path in exported.values():
        assert path.stat().st_mode & 0o777 == 0o666 & ~mask
    assert not list(exported["pdf"].parent.glob(".export-*"))


def test_a_three_line_file_naming_the_fingerprint_is_not_verified(
        tmp_path: Path, signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    forged = tmp_path / "forged.pdf"
    forged.write_text(f"%PDF-1.4\n% sha256:{DEMO_GOLDEN}\n%%EOF\n")
    assert "this PDF cannot be read" in refused(capsys, signed_db, forged)


def test_a_pdf_that_names_the_fingerprint_only_in_its_metadata_is_not_verified(
        tmp_path: Path, signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(make_pdf([[TITLE, "Signed."]],
                                creator=f"SLA Workshop; fingerprint sha256:{DEMO_GOLDEN}"))
    assert "does not carry a full fingerprint" in refused(capsys, signed_db, forged)


def test_the_cover_page_alone_is_not_verified(
        exported: dict[str, Path], signed_db: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    writer = PdfWriter()
    writer.add_page(PdfReader(exported["pdf"]).pages[0])
    writer.add_metadata({"/Creator": f"SLA Workshop; fingerprint sha256:{DEMO_GOLDEN}"})
    cover = tmp_path / "cover.pdf"
    with open(cover, "wb") as handle:
        writer.write(handle)
    assert "the revenue target 1200000 of the signed revision is not in the document" in (
        refused(capsys, signed_db, cover))


def test_a_replaced_page_without_the_fingerprint_is_not_verified(
        exported: dict[str, Path], signed_db: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    original = PdfReader(exported["pdf"])
    writer = PdfWriter()
    for page in original.pages:
        writer.add_page(page)
    writer.insert_page(PdfReader(io.BytesIO(make_pdf([["Revenue target: EUR 900,000"]]))
                       ).pages[0], index=2)
    edited = tmp_path / "edited.pdf"
    with open(edited, "wb") as handle:
        writer.write(handle)
    assert "page 3 does not carry the fingerprint" in refused(capsys, signed_db, edited)


@pytest.mark.parametrize(("drop", "reason"), [
    (TITLE, f"the title “{TITLE}” of the signed revision is not in the document"),
    ("Daniel Ortega", "Sales's signer Daniel Ortega is not in the document"),
    ("Revenue target: EUR 1,200,000", "the revenue target 1200000"),
    ("Won customers: 30", "the 30 won customers of the signed revision are not"),
])
def test_a_forged_pdf_missing_key_content_is_not_verified(
        tmp_path: Path, signed_db: Path, capsys: pytest.CaptureFixture[str], drop: str,
        reason: str) -> None:
    lines = [line for line in genuine_lines() if line != drop]
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(make_pdf([lines, [f"Fingerprint: {SHORT}"]]))
    assert reason in refused(capsys, signed_db, forged)


def test_a_hand_made_pdf_with_all_the_key_content_verifies_like_a_printed_docx(
        tmp_path: Path, signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # What a word processor's "print to PDF" of our DOCX keeps: the text, no metadata.
    lines = genuine_lines()
    printed = tmp_path / "printed.pdf"
    printed.write_bytes(make_pdf([lines, ["Page 2", f"Fingerprint: {GROUPED}"]]))
    code, out, err = run(capsys, "verify", "--db", str(signed_db), str(printed))
    assert (code, err) == (0, "")
    assert "Verified:" in out


def test_metadata_that_disagrees_with_the_text_is_not_verified(
        tmp_path: Path, signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = genuine_lines()
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(make_pdf([lines], creator="SLA Workshop; fingerprint sha256:" + "b" * 64))
    assert "does not agree with the one printed in it" in refused(capsys, signed_db, forged)


def test_two_different_fingerprints_in_the_text_are_not_verified(
        tmp_path: Path, signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(make_pdf([[*genuine_lines(), "c" * 64]]))
    assert "carries 2 different fingerprints" in refused(capsys, signed_db, forged)


def test_not_a_pdf_and_a_folder_are_refused(
        tmp_path: Path, signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.pdf").write_text("just some notes")
    assert "not a PDF file" in refused(capsys, signed_db, tmp_path / "notes.pdf")
    (tmp_path / "folder.pdf").mkdir()
    assert "is a folder" in refused(capsys, signed_db, tmp_path / "folder.pdf")
    assert "no such file" in refused(capsys, signed_db, tmp_path / "missing.pdf")


def _rewrite_docx(source: Path, target: Path, change: dict[str, bytes | None]) -> None:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as edited:
        for info in original.infolist():
            if info.filename in change:
                data = change[info.filename]
                if data is not None:
                    edited.writestr(info, data)
            else:
                edited.writestr(info, original.read(info))


def test_docx_text_covers_body_headers_and_footers(exported: dict[str, Path]) -> None:
    document = docx_text(exported["docx"])
    assert document.pages and all(SHORT in page for page in document.pages)
    assert TITLE in document.text and "Daniel Ortega" in document.text
    assert document.metadata == {DEMO_GOLDEN}


def test_a_docx_whose_footer_lost_the_fingerprint_is_not_verified(
        exported: dict[str, Path], signed_db: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    with zipfile.ZipFile(exported["docx"]) as archive:
        footers = [n for n in archive.namelist() if re.fullmatch(r"word/footer\d*\.xml", n)]
        changed = {n: archive.read(n).decode().replace(GROUPED, "(removed)").encode()
                   for n in footers}
    edited = tmp_path / "edited.docx"
    _rewrite_docx(exported["docx"], edited, dict(changed))
    assert "footer 1 does not carry the fingerprint" in refused(capsys, signed_db, edited)


def test_a_docx_with_only_its_keywords_is_not_verified(
        exported: dict[str, Path], signed_db: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    body = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Signed.</w:t></w:r></w:p>'
            b"</w:body></w:document>")
    with zipfile.ZipFile(exported["docx"]) as archive:
        footers = {n: None for n in archive.namelist() if n.startswith("word/footer")}
    edited = tmp_path / "keywords.docx"
    _rewrite_docx(exported["docx"], edited, {"word/document.xml": body, **footers})
    assert "does not carry a full fingerprint" in refused(capsys, signed_db, edited)
    _rewrite_docx(exported["docx"], tmp_path / "nobody.docx", {"word/document.xml": None})
    assert "it has no word/document.xml" in refused(capsys, signed_db, tmp_path / "nobody.docx")
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 not really")
    assert "not a DOCX document" in refused(capsys, signed_db, tmp_path / "bad.docx")


def test_numbers_are_read_with_either_decimal_mark() -> None:
    from decimal import Decimal

    found = numbers_in("1.200.000,00 € y 1,200,000.00 and 30 clientes; 12\u00a0500")
    assert {Decimal(1200000), Decimal(30), Decimal(12500)} <= found


# The refusals of verify itself, reached by forging the workshop file.

def _forge(db: Path, *statements: str) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    for trigger in ("agreements_sealed_update", "signatures_sealed_update",
                    "signatures_sealed_delete"):
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for statement in statements:
        conn.execute(statement)
    conn.close()


def test_a_draft_carrying_a_fingerprint_is_refused(
        signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _forge(signed_db, "UPDATE agreements SET status = 'draft' WHERE id = 1")
    assert "is a draft but has a fingerprint" in refused(capsys, signed_db, DEMO_GOLDEN)


def test_a_signature_given_to_other_content_is_refused(
        signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _forge(signed_db, f"UPDATE signatures SET fingerprint = '{'0' * 64}' WHERE party = 'Sales'")
    assert "Sales's signature (Daniel Ortega) was given to different content" in refused(
        capsys, signed_db, DEMO_GOLDEN)


def test_a_deleted_signature_is_refused(
        signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _forge(signed_db, "DELETE FROM signatures WHERE party = 'Sales'")
    assert "the signatures of Sales are missing from the sealed revision" in refused(
        capsys, signed_db, DEMO_GOLDEN)


def test_an_ambiguous_prefix_asks_for_all_64_digits(
        signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(signed_db) as store:
        second = store.create(demo_agreement())
    twin = DEMO_GOLDEN[:16] + "f" * 48
    _forge(signed_db, f"UPDATE agreements SET status = 'signed', fingerprint = '{twin}' "
                      f"WHERE id = {second}")
    assert "2 signed revisions have a fingerprint starting with 70a321426237bae0; give all 64" \
        in refused(capsys, signed_db, DEMO_GOLDEN[:16])


def test_a_thousand_hex_digits_are_refused_not_a_crash(
        signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "has 1000 digits; a fingerprint has 64" in refused(capsys, signed_db, "a" * 1000)


def test_a_pdf_without_pages_or_with_too_many_is_refused(
        tmp_path: Path, signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.pdf").write_bytes(make_pdf([]))
    assert "this PDF has no pages" in refused(capsys, signed_db, tmp_path / "empty.pdf")
    # The documented limit: 1,000 pages.
    (tmp_path / "long.pdf").write_bytes(make_pdf([["x"]] * 1001))
    assert "1001 pages is too many" in refused(capsys, signed_db, tmp_path / "long.pdf")


def test_a_docx_without_footers_is_refused(
        exported: dict[str, Path], signed_db: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    with zipfile.ZipFile(exported["docx"]) as archive:
        footers: dict[str, bytes | None] = {
            n: None for n in archive.namelist() if n.startswith("word/footer")}
    edited = tmp_path / "nofooter.docx"
    _rewrite_docx(exported["docx"], edited, footers)
    assert "no footer carries the fingerprint" in refused(capsys, signed_db, edited)


def test_a_file_without_a_pdf_suffix_is_read_as_a_document_not_as_a_fingerprint(
        tmp_path: Path, signed_db: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    notes = tmp_path / "agreement-as-mailed-by-sales-on-friday"
    notes.write_text("just some notes")
    assert "not a PDF file" in refused(capsys, signed_db, notes)
    # A name of hexadecimal digits is a fingerprint, even when a file has that name.
    monkeypatch.chdir(tmp_path)
    (tmp_path / DEMO_GOLDEN[:16]).write_text("x")
    code, _, err = run(capsys, "verify", "--db", str(signed_db), DEMO_GOLDEN[:16])
    assert (code, err) == (0, "")


def test_the_size_limits_of_a_document_hold_at_their_edges(
        tmp_path: Path, signed_db: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from slaworkshop import verify

    # A sparse file one byte over 64 MB: refused by its size, without reading it.
    huge = tmp_path / "huge.pdf"
    with open(huge, "wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(64 * 1024 * 1024 + 1)
    assert f"{64 * 1024 * 1024 + 1} bytes is too large" in refused(capsys, signed_db, huge)
    small = tmp_path / "small.pdf"
    small.write_bytes(make_pdf([["only a line"]]))
    size = small.stat().st_size
    monkeypatch.setattr(verify, "MAX_PDF_BYTES", size)
    assert "too large" not in refused(capsys, signed_db, small)
    monkeypatch.setattr(verify, "MAX_PDF_BYTES", size - 1)
    assert f"{size} bytes is too large" in refused(capsys, signed_db, small)
    monkeypatch.undo()
    length = len(PdfReader(small).pages[0].extract_text())
    monkeypatch.setattr(verify, "MAX_TEXT_CHARS", length)
    assert "does not carry a full fingerprint" in refused(capsys, signed_db, small)
    monkeypatch.setattr(verify, "MAX_TEXT_CHARS", length - 1)
    assert "too much text for an exported agreement" in refused(capsys, signed_db, small)


def test_a_pdf_of_exactly_the_page_limit_is_read(
        tmp_path: Path, signed_db: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from slaworkshop import verify

    monkeypatch.setattr(verify, "MAX_PAGES", 3)
    (tmp_path / "three.pdf").write_bytes(make_pdf([["x"]] * 3))
    assert "does not carry a full fingerprint" in refused(capsys, signed_db,
                                                          tmp_path / "three.pdf")


def test_what_verify_returns_cannot_be_changed(
        exported: dict[str, Path], signed_db: Path) -> None:
    import dataclasses

    from slaworkshop.verify import verify_argument

    with Store.open(signed_db, read_only=True) as store:
        result = verify_argument(store, str(exported["docx"]))
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.fingerprint = "0" * 64  # type: ignore[misc]
    document = docx_text(exported["docx"])
    with pytest.raises(dataclasses.FrozenInstanceError):
        document.text = ""  # type: ignore[misc]


def test_a_long_name_that_is_no_fingerprint_is_not_read_as_a_file(
        signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Too long for a file name (the file system refuses it): it is taken as a fingerprint.
    assert "is not a fingerprint" in refused(capsys, signed_db, "x" * 1000)


def test_the_size_limit_of_a_docx_holds_at_its_edge(
        exported: dict[str, Path], signed_db: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from slaworkshop import verify

    def counted(path: Path) -> int:
        with zipfile.ZipFile(path) as archive:
            return sum(i.file_size for i in archive.infolist() if re.fullmatch(
                r"word/(document|header\d*|footer\d*)\.xml|docProps/core\.xml", i.filename))

    with zipfile.ZipFile(exported["docx"]) as archive:
        core = archive.read("docProps/core.xml")
    padded = tmp_path / "padded.docx"
    # Pad the properties so the counted parts are a multiple of 4 bytes (the limit's unit).
    padding = (-counted(exported["docx"])) % 4
    _rewrite_docx(exported["docx"], padded, {"docProps/core.xml": core + b" " * padding})
    total = counted(padded)
    assert total % 4 == 0
    monkeypatch.setattr(verify, "MAX_TEXT_CHARS", total // 4)
    code, _, err = run(capsys, "verify", "--db", str(signed_db), str(padded))
    assert (code, err) == (0, "")
    monkeypatch.setattr(verify, "MAX_TEXT_CHARS", (total - 1) // 4)
    assert "too large for an exported agreement" in refused(capsys, signed_db, padded)


def test_numbers_in_skip_digit_runs_longer_than_40() -> None:
    assert Decimal("9" * 40) in numbers_in("9" * 40)
    assert numbers_in("9" * 41) == set()
    assert numbers_in("12  500") >= {Decimal(12), Decimal(500)}


def test_a_fingerprint_s_digits_are_not_the_agreement_s_figures() -> None:
    from slaworkshop.verify import _FINGERPRINT_TEXT_RE, numbers_in

    printed = "Won customers: 31 · Fingerprint: 70a3 2142 0030 b30c 30bb e610 df9a"
    assert numbers_in(_FINGERPRINT_TEXT_RE.sub(" ", printed)) == {Decimal(31)}
    assert Decimal(30) not in numbers_in("sha256 b30c 30bb")
    assert numbers_in("EUR 1,200,000 and 30% of 1.234,5") >= {
        Decimal(1200000), Decimal(30), Decimal("1234.5")}
