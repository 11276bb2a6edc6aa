"""Refresh the translation files from the sources, and compile them.

    python tools/update_translations.py            # lupdate + lrelease
    python tools/update_translations.py --check    # fail when a string is missing or unfinished

English has a translation file too, of the plural forms only ("%n month(s)" → "1 month",
"2 months"); its forms are written from the source text, so it never needs a hand.

Sources: main.py, ui/ and slaworkshop/ (the core marks its messages with QT_TRANSLATE_NOOP).
The compiled .qm files are committed; a test checks they match the .ts files.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("es",)
# Languages whose file holds only the messages with plural forms, filled from the source.
PLURAL_ONLY = ("en",)


def sources() -> list[str]:
    files = [ROOT / "main.py", *sorted((ROOT / "ui").rglob("*.py")),
             *sorted((ROOT / "slaworkshop").rglob("*.py"))]
    return [str(f) for f in files]


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or \
        shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found; install PySide6")
    return found


def lupdate(ts_file: Path, plural_only: bool = False) -> None:
    subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    *(["-pluralonly"] if plural_only else []), *sources(), "-ts",
                    str(ts_file)], check=True)
    if plural_only:
        fill_english_plurals(ts_file)


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural of an English source with "(s)"-style endings:
    "%n month(s) later" → ("%n month later", "%n months later")."""
    return re.sub(r"\((\w+)\)", "", source), re.sub(r"\((\w+)\)", r"\1", source)


def fill_english_plurals(ts_file: Path) -> None:
    tree = ET.parse(ts_file)
    root = tree.getroot()
    root.set("language", "en")
    root.set("sourcelanguage", "en")
    for message in root.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        translation.attrib.pop("type", None)
        for text in english_forms(message.findtext("source", "")):
            ET.SubElement(translation, "numerusform").text = text
    ET.indent(tree)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def unfinished(ts_file: Path) -> list[str]:
    """Source texts without a finished translation."""
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            numerus = list(translation.iter("numerusform"))
            text = "".join(n.text or "" for n in numerus) if numerus else (translation.text or "")
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text:
                if translation.get("type") in ("vanished", "obsolete"):
                    continue
                missing.append(f"{name}: {message.findtext('source', '')}")
    return missing


def check() -> int:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            committed = I18N / f"slaworkshop_{language}.ts"
            fresh = Path(tmp) / committed.name
            if committed.exists():
                shutil.copy(committed, fresh)
            lupdate(fresh)
            problems += [f"{language}: {m}" for m in unfinished(fresh)]
            qm = Path(tmp) / f"slaworkshop_{language}.qm"
            lrelease(committed, qm)
            current = I18N / qm.name
            if not current.exists() or current.read_bytes() != qm.read_bytes():
                problems.append(f"{language}: {current.name} is not compiled from the current "
                                f"{committed.name}; run tools/update_translations.py")
        for language in PLURAL_ONLY:
            committed = I18N / f"slaworkshop_{language}.ts"
            fresh = Path(tmp) / committed.name
            lupdate(fresh, plural_only=True)
            if not committed.exists() or _messages(committed) != _messages(fresh):
                problems.append(f"{language}: {committed.name} misses plural forms of the "
                                "current sources; run tools/update_translations.py")
            qm = Path(tmp) / f"slaworkshop_{language}.qm"
            lrelease(committed if committed.exists() else fresh, qm)
            current = I18N / qm.name
            if not current.exists() or current.read_bytes() != qm.read_bytes():
                problems.append(f"{language}: {current.name} is not compiled from the current "
                                f"{committed.name}; run tools/update_translations.py")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def _messages(ts_file: Path) -> set[tuple[str, str, tuple[str, ...]]]:
    """(context, source, forms) of every message with plural forms."""
    found = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in message.iter("numerusform"))
                found.add((name, message.findtext("source", ""), forms))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        return check()
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts_file = I18N / f"slaworkshop_{language}.ts"
        lupdate(ts_file)
        lrelease(ts_file, I18N / f"slaworkshop_{language}.qm")
        left = unfinished(ts_file)
        print(f"{ts_file.name}: {len(left)} unfinished")
    for language in PLURAL_ONLY:
        ts_file = I18N / f"slaworkshop_{language}.ts"
        ts_file.unlink(missing_ok=True)  # written afresh: its forms come from the sources
        lupdate(ts_file, plural_only=True)
        lrelease(ts_file, I18N / f"slaworkshop_{language}.qm")
        print(f"{ts_file.name}: {len(_messages(ts_file))} plural forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
