"""Fill a .ts file's translations from JSON files of {context: {source: translation}}.

    python tools/fill_translations.py resources/i18n/slaworkshop_es.ts part1.json part2.json

Only messages whose context and source match are filled; they are marked finished. Prints
how many were filled and how many remain unfinished.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_file: Path, translations: dict[str, dict[str, str | list[str]]]
         ) -> tuple[int, int]:
    tree = ET.parse(ts_file)
    filled = left = 0
    for context in tree.getroot().iter("context"):
        table = translations.get(context.findtext("name", ""), {})
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None:
                continue
            given = table.get(source)
            texts = given if isinstance(given, list) else [given] if given else []
            if texts and all(isinstance(t, str) and t.strip() for t in texts):
                forms = list(translation.iter("numerusform"))
                if message.get("numerus") == "yes":
                    # Spanish has two plural forms, given as a list ["%n mes", "%n meses"];
                    # one text serves both.
                    if not forms:
                        forms = [ET.SubElement(translation, "numerusform") for _ in range(2)]
                    for index, form in enumerate(forms):
                        form.text = texts[min(index, len(texts) - 1)]
                else:
                    translation.text = texts[0]
                translation.attrib.pop("type", None)
                filled += 1
            elif translation.get("type") == "unfinished":
                left += 1
    ET.indent(tree, space="    ")
    with open(ts_file, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    return filled, left


def main() -> int:
    ts_file = Path(sys.argv[1])
    merged: dict[str, dict[str, str]] = {}
    for name in sys.argv[2:]:
        for context, table in json.loads(Path(name).read_text(encoding="utf-8")).items():
            merged.setdefault(context, {}).update(table)
    filled, left = fill(ts_file, merged)
    print(f"{ts_file.name}: {filled} filled, {left} still unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
