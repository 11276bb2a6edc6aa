"""Build a pseudo-translation: every string about 40 % longer, to find clipped text.

    python tools/pseudo_translate.py OUT_FOLDER     # writes OUT_FOLDER/slaworkshop_pseudo.qm

Each text becomes ``[text ~~~~]`` (leading and trailing spaces, ``%1``/``%n``/``{name}``
placeholders and ``&`` accelerators are kept as they are, inside the brackets), so a layout
that only fits the English words shows it at once. The strings come from a fresh lupdate over
the sources (the same as tools/update_translations.py), nothing under resources/ is changed.
"""

from __future__ import annotations

import argparse
import math
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import update_translations

GROWTH = 0.4
NAME = "slaworkshop_pseudo"


def pseudo(text: str) -> str:
    """``text`` about 40 % longer, its placeholders, accelerators and outer spaces intact."""
    core = text.strip()
    if not core:
        return text
    start = text.index(core)
    lead, trail = text[:start], text[start + len(core):]
    pad = max(1, math.ceil(len(core) * (1 + GROWTH)) - len(core) - 3)
    return f"{lead}[{core} {'~' * pad}]{trail}"


def pseudo_ts(source_ts: Path, out_ts: Path) -> int:
    """Fill every message of ``source_ts`` with its pseudo-translation; the number filled."""
    tree = ET.parse(source_ts)
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
        count += 1
    tree.write(out_ts, encoding="utf-8", xml_declaration=True)
    return count


def build(folder: Path) -> Path:
    """Write ``folder/slaworkshop_pseudo.qm`` from the current sources; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / f"{NAME}.ts"
        fresh.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                         '<TS version="2.1" language="en_GB"></TS>\n', encoding="utf-8")
        update_translations.lupdate(fresh)
        filled = Path(tmp) / f"{NAME}.filled.ts"
        pseudo_ts(fresh, filled)
        qm = folder / f"{NAME}.qm"
        subprocess.run([update_translations.tool("lrelease"), "-silent", str(filled),
                        "-qm", str(qm)], check=True)
    return qm


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    print(build(args.folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
