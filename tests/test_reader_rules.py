"""Small rules of the import readers: dates with a.m./p.m., and the signs a CSV gives of a
decimal comma."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from slaworkshop.demo import demo_agreement
from slaworkshop.excel.cellvalues import cell_datetime
from slaworkshop.excel.reader import preview_import


@pytest.mark.parametrize(("text", "expected"), [
    ("03/05/2027 1:05 pm", dt.datetime(2027, 3, 5, 13, 5)),
    ("03/05/2027 12:30 AM", dt.datetime(2027, 3, 5, 0, 30)),
    ("03/05/2027 12:30 p.m.", dt.datetime(2027, 3, 5, 12, 30)),
    ("03/05/2027 11:59:58 PM", dt.datetime(2027, 3, 5, 23, 59, 58)),
    ("25/05/2027 08:00", dt.datetime(2027, 5, 25, 8, 0)),   # the day first: no doubt
])
def test_times_with_am_and_pm(text: str, expected: dt.datetime) -> None:
    assert cell_datetime(text, day_first=False) == expected


@pytest.mark.parametrize("text", ["03/05/2027 13:30 PM", "03/05/2027 0:30 am x",
                                  "2027-02-30", "31/04/2027"])
def test_impossible_times_and_days_are_not_dates(text: str) -> None:
    assert str(cell_datetime(text, day_first=False)) == f'"{text}" is not a date'


def leads(tmp_path: Path, month: str, value: str) -> list[tuple[str, str, str]]:
    path = tmp_path / "month.csv"
    path.write_text(f"Month,KPI,Value\n{month},Leads,{value}\n", encoding="utf-8")
    preview = preview_import(path, demo_agreement("en"), {})
    assert not preview.errors, preview.errors
    return [(c.kpi, c.month, str(c.new)) for c in preview.changes]


def test_spanish_month_names_mean_a_decimal_comma(tmp_path: Path) -> None:
    """A comma-separated file with English headers, but months in Spanish: 1.234 is a
    thousand two hundred thirty-four."""
    assert leads(tmp_path, "marzo 2027", '"1.234"') == [("Leads", "2027-03", "1234")]
    assert leads(tmp_path, "ene 2027", "1.234") == [("Leads", "2027-01", "1234")]


def test_english_months_leave_the_point_a_decimal_point(tmp_path: Path) -> None:
    path = tmp_path / "month.csv"
    path.write_text("Month,KPI,Value\nMarch 2027,Leads,\"1.5\"\nApril 2027,MQL,1.234\n",
                    encoding="utf-8")
    preview = preview_import(path, demo_agreement("en"), {})
    assert [(c.kpi, c.month, str(c.new)) for c in preview.changes] == [
        ("Leads", "2027-03", "1.5"), ("MQL", "2027-04", "1.234")]
