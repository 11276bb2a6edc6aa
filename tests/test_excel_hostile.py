"""Hostile and broken workbooks: each is refused (or read safely) with its own message, and the
workshop file is left exactly as it was."""

from __future__ import annotations

import hashlib
import io
import os
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from main import main
from slaworkshop.demo import demo_agreement
from slaworkshop.store import Store

BEFORE = {("Leads", "2027-01"): Decimal(170), ("Visits", "2027-01"): Decimal(9000)}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "team.slaw"
    with Store.open(path) as store:
        agreement_id = store.create(demo_agreement("en"))
        assert agreement_id == 1
        store.apply_actuals(agreement_id, BEFORE)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def actuals(db: Path) -> dict[str, dict[str, Decimal]]:
    with Store.open(db) as store:
        return store.actuals(1)


def import_refused(db: Path, workbook: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Import through the command; check it is refused and nothing was written."""
    before_hash, before_actuals = digest(db), actuals(db)
    code = main(["import-actuals", "--db", str(db), "1", str(workbook)])
    captured = capsys.readouterr()
    assert code == 3
    assert "Traceback" not in captured.err
    assert digest(db) == before_hash
    assert actuals(db) == before_actuals
    return captured.err


def valid_workbook(path: Path, rows: int = 2) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Hoja1"
    sheet.append(["KPI", "ene-2027", "feb-2027"])
    sheet.append(["Leads", 180, 190])
    for index in range(rows - 2):
        sheet.append([f"Other {index}", 1, 2])
    book.save(path)
    return path


def rewrite_part(source: Path, target: Path, part: str, change) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == part:
                data = change(data)
            new.writestr(info.filename, data)
    return target


def test_zip_bomb_is_refused(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
                             ) -> None:
    source = valid_workbook(tmp_path / "plain.xlsx")
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, old.read(info.filename))
        zeros = bytes(1024 * 1024)
        with new.open("xl/worksheets/sheet2.xml", "w") as part:
            for _ in range(200):
                part.write(zeros)
    assert bomb.stat().st_size < 1024 * 1024
    err = import_refused(db, bomb, capsys)
    assert re.search(r"bomb\.xlsx: refused: the part xl/worksheets/sheet2\.xml would expand "
                     r"from [\d,]+ bytes to 209,715,200 bytes \(a ZIP bomb\?\)", err)


def test_too_many_parts_is_refused(tmp_path: Path, db: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    source = valid_workbook(tmp_path / "plain.xlsx")
    many = tmp_path / "many.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(many, "w") as new:
        for info in old.infolist():
            new.writestr(info.filename, old.read(info.filename))
        for index in range(2100):
            new.writestr(f"xl/junk/{index}.bin", b"")
    err = import_refused(db, many, capsys)
    assert re.search(r"many\.xlsx: refused: the workbook has 21\d\d parts; a workbook has far "
                     r"fewer \(at most 2000 accepted\)", err)


def test_lying_dimension_loses_no_rows(tmp_path: Path, db: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Month", "KPI", "Value"])
    months = [f"2027-{m:02d}" for m in range(1, 13)]
    for month in months:
        sheet.append([month, "Leads", 100])
        sheet.append([month, "MQL", 50])
    honest = tmp_path / "honest.xlsx"
    book.save(honest)
    liar = rewrite_part(honest, tmp_path / "liar.xlsx", "xl/worksheets/sheet1.xml",
                        lambda xml: re.sub(rb'<dimension ref="[^"]*"/>',
                                           b'<dimension ref="A1:B2"/>', xml))
    bare = openpyxl.load_workbook(liar, read_only=True)
    assert len(list(bare.active.iter_rows(values_only=True))) == 2  # what trusting it gives
    bare.close()
    code = main(["import-actuals", "--db", str(db), "1", str(liar), "--json"])
    assert code == 0, capsys.readouterr().err
    result = actuals(db)
    assert result["Leads"] == dict.fromkeys(months, Decimal(100))
    assert result["MQL"] == dict.fromkeys(months, Decimal(50))


def test_huge_dimension_is_not_allocated(tmp_path: Path, db: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    source = valid_workbook(tmp_path / "plain.xlsx")
    huge = rewrite_part(source, tmp_path / "huge.xlsx", "xl/worksheets/sheet1.xml",
                        lambda xml: re.sub(rb'<dimension ref="[^"]*"/>',
                                           b'<dimension ref="A1:XFD1048576"/>', xml))
    assert main(["import-actuals", "--db", str(db), "1", str(huge), "--dry-run"]) == 0
    assert "1 new, 1 changed" in capsys.readouterr().out


def test_csv_is_refused(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "actuals.xlsx"
    csv.write_text("Month,KPI,Value\n2027-01,Leads,180\n", encoding="utf-8")
    err = import_refused(db, csv, capsys)
    assert "actuals.xlsx: this is a CSV or text file, not an Excel workbook; open it in Excel " \
           "or LibreOffice and save it as an .xlsx workbook" in err


def test_old_xls_is_refused(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    xls = tmp_path / "actuals.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    err = import_refused(db, xls, capsys)
    assert "actuals.xls: this is an old-format Excel workbook (.xls, Excel 97–2003) or a " \
           "password-protected workbook" in err


def test_workshop_file_is_refused(tmp_path: Path, db: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.slaw"
    other.write_bytes(db.read_bytes())
    err = import_refused(db, other, capsys)
    assert "other.slaw: this is a workshop file (an SQLite database), not an Excel workbook" in err


def test_empty_file_is_refused(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
                               ) -> None:
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    err = import_refused(db, empty, capsys)
    assert "empty.xlsx: the file is empty (0 bytes), not an Excel workbook" in err


def test_truncated_file_is_refused(tmp_path: Path, db: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    whole = valid_workbook(tmp_path / "whole.xlsx").read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole[: len(whole) // 2])
    err = import_refused(db, cut, capsys)
    assert "cut.xlsx: the file is damaged or truncated (not a complete .xlsx workbook); " \
           "export or save it again" in err


def test_zip_that_is_not_a_workbook(tmp_path: Path, db: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff")
    err = import_refused(db, other, capsys)
    assert "photos.xlsx: this is a ZIP archive but not an Excel workbook" in err


def test_formula_without_cached_value(tmp_path: Path, db: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "formula.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Hoja1"
    sheet.append(["KPI", "ene-2027", "feb-2027"])
    sheet.append(["Leads", 180, "=B2*2"])
    book.save(path)
    err = import_refused(db, path, capsys)
    assert "Hoja1!C2: a formula with no saved value; open the file in Excel or LibreOffice, " \
           "let it calculate, and save it again" in err


def test_formula_with_cached_value_is_read(tmp_path: Path, db: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    source = valid_workbook(tmp_path / "plain.xlsx")
    cached = rewrite_part(source, tmp_path / "cached.xlsx", "xl/worksheets/sheet1.xml",
                          lambda xml: xml.replace(b'<c r="C2" t="n"><v>190</v></c>',
                                                  b'<c r="C2"><f>B2+10</f><v>190</v></c>'))
    assert b"<f>B2+10</f>" in zipfile.ZipFile(cached).read("xl/worksheets/sheet1.xml")
    assert main(["import-actuals", "--db", str(db), "1", str(cached)]) == 0
    assert actuals(db)["Leads"] == {"2027-01": Decimal(180), "2027-02": Decimal(190)}


@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/workbook.xml",
                                  "[Content_Types].xml"])
def test_entity_expansion_is_refused(tmp_path: Path, db: Path,
                                     capsys: pytest.CaptureFixture[str], part: str) -> None:
    source = valid_workbook(tmp_path / "plain.xlsx")
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')
    bomb = rewrite_part(source, tmp_path / "laughs.xlsx", part,
                        lambda xml: laughs + re.sub(rb"^<\?xml[^>]*\?>", b"", xml).replace(
                            b"<v>180</v>", b"<v>&lol2;</v>"))
    err = import_refused(db, bomb, capsys)
    assert "laughs.xlsx: refused: the workbook's XML declares entities or a DTD, which a real " \
           "workbook never does (a possible attack)" in err


def test_not_a_regular_file(tmp_path: Path, db: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    err = import_refused(db, fifo, capsys)
    assert "pipe.xlsx: not a regular file" in err
    err = import_refused(db, tmp_path, capsys)
    assert "is a folder, not a file" in err


def test_missing_file(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = import_refused(db, tmp_path / "nowhere.xlsx", capsys)
    assert "nowhere.xlsx: no such file" in err


def test_garbage_inside_a_valid_zip(tmp_path: Path, db: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    source = valid_workbook(tmp_path / "plain.xlsx")
    broken = rewrite_part(source, tmp_path / "broken.xlsx", "xl/workbook.xml",
                          lambda xml: xml[: len(xml) // 2])
    err = import_refused(db, broken, capsys)
    assert "broken.xlsx: the workbook cannot be read: it is damaged or not a real .xlsx" in err


def test_bytes_helpers_never_raise_on_random_prefixes() -> None:
    from slaworkshop.excel.reader import preview_bytes

    agreement = demo_agreement("en")
    buffer = io.BytesIO()
    openpyxl.Workbook().save(buffer)
    whole = buffer.getvalue()
    for size in range(0, len(whole), max(1, len(whole) // 40)):
        preview = preview_bytes("x.xlsx", whole[:size], agreement, {})
        assert preview.errors and not preview.values()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_dtd_behind_a_comment_in_a_sheet_is_refused(tmp_path: Path, db: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      encoding: str) -> None:
    """A sheet is checked in its prolog only; a comment holding a tag must not end it."""
    source = valid_workbook(tmp_path / "plain.xlsx")
    before = digest(db)

    def hide(xml: bytes) -> bytes:
        body = re.sub(rb"^<\?xml[^>]*\?>", b"", xml).decode("utf-8")
        text = ('<?xml version="1.0"?><!-- made by <b>a tool</b> -->'
                '<!DOCTYPE worksheet [<!ENTITY e "x">]>' + body)
        return text.encode("utf-16") if encoding == "utf-16" else text.encode("utf-8")

    hidden = rewrite_part(source, tmp_path / "hidden.xlsx", "xl/worksheets/sheet1.xml", hide)
    err = import_refused(db, hidden, capsys)
    assert "hidden.xlsx: refused: the workbook's XML declares entities or a DTD" in err
    assert digest(db) == before


def test_a_comment_with_tags_alone_is_harmless(tmp_path: Path, db: Path) -> None:
    source = valid_workbook(tmp_path / "plain.xlsx")
    commented = rewrite_part(
        source, tmp_path / "commented.xlsx", "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(rb"^(<\?xml[^>]*\?>)", rb"\1<!-- made by <b>a tool</b> -->", xml))
    assert main(["import-actuals", "--db", str(db), "1", str(commented)]) == 0
    assert actuals(db)["Leads"]["2027-01"] == Decimal(180)


def test_cells_without_references_keep_their_marks(tmp_path: Path, db: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Some writers leave out each row's and cell's reference (r=); an error value and a
    formula without a value there are still errors at their places, not empty cells."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Actuals"
    sheet.append(["KPI", "2027-01", "2027-02", "2027-03"])
    sheet.append(["Leads", 180, "=B2+10", 200])
    sheet.append(["MQL", "#N/A", 70, 75])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    bare = rewrite_part(plain, tmp_path / "bare.xlsx", "xl/worksheets/sheet1.xml",
                        lambda xml: re.sub(rb'(<(?:c|row)\b[^>]*?) r="[A-Z]*\d+"', rb"\1", xml))
    xml = zipfile.ZipFile(bare).read("xl/worksheets/sheet1.xml")
    assert b' r="' not in xml.split(b"<sheetData>")[1] and b't="e"' in xml
    before = digest(db)
    err = import_refused(db, bare, capsys)
    assert "Actuals!C2: a formula with no saved value" in err
    assert 'Actuals!B3: "#N/A" is an error value, not a number' in err
    assert digest(db) == before
