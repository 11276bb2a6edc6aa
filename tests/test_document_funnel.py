"""The agreement document's funnel is drawn once per export: as vectors in the PDF (its
names and numbers are text there, sharp at any zoom), rasterised once for the DOCX."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from slaworkshop.demo import demo_agreement
from slaworkshop.plan import plan_for
from slaworkshop.store import Store
from ui.document import funnel_picture
from ui.document.export import export_agreement


@pytest.fixture
def draft(qapp: object, tmp_path: Path) -> Path:
    db = tmp_path / "w.slaw"
    with Store.open(db) as store:
        store.create(demo_agreement("en"))
    return db


@pytest.fixture
def drawings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    counted: list[int] = []
    original = funnel_picture._draw

    def counting(*args: object) -> None:
        counted.append(1)
        original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(funnel_picture, "_draw", counting)
    return counted


def test_the_pdf_funnel_is_vector_text_and_drawn_once(draft: Path, tmp_path: Path,
                                                      drawings: list[int]) -> None:
    out = tmp_path / "a.pdf"
    with Store.open(draft, read_only=True) as store:
        export_agreement(store, 1, out, "en")
    assert len(drawings) == 1
    text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-layout", str(out), "-"],
                          capture_output=True, text=True, check=True).stdout
    funnel = text[text.index("2. The funnel"):text.index("Annual target of each stage")]
    # The picture's own words and numbers, in the funnel's order, are text in the PDF.
    words = [w for w in funnel.split() if w in ("Visits", "Leads", "MQL", "SQL", "Proposals",
                                                 "Customers", "50,000", "1,000", "30")]
    assert words == ["Visits", "50,000", "Leads", "1,000", "MQL", "SQL", "Proposals",
                     "Customers", "30"]
    # No picture of it: the only image on the page is the 1×1 placeholder keeping its room.
    images = subprocess.run(["pdfimages", "-f", "2", "-l", "2", "-list", str(out)],
                            capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert all(line.split()[3:5] == ["1", "1"] for line in images), images


def test_the_docx_funnel_is_one_image_rendered_once(draft: Path, tmp_path: Path,
                                                    drawings: list[int]) -> None:
    out = tmp_path / "a.docx"
    with Store.open(draft, read_only=True) as store:
        export_agreement(store, 1, out, "en")
    assert len(drawings) == 1
    with zipfile.ZipFile(out) as archive:
        media = [n for n in archive.namelist() if n.startswith("word/media/")]
        assert len(media) == 1
        image = QImage.fromData(archive.read(media[0]))
    height = funnel_picture.funnel_height(plan_for(demo_agreement("en")))
    assert (image.width(), image.height()) == (funnel_picture.WIDTH, height)
    # Drawn, not blank: the top bar's colour is in the middle of the first bar.
    assert image.pixelColor(image.width() * 2 // 3, 60).name() == "#2f5f98"
