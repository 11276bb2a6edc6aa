"""Refresh the translation files from the sources, and compile them.

    python tools/update_translations.py            # lupdate + lrelease
    python tools/update_translations.py --check    # fail when a string is missing or unfinished

Sources: main.py, ui/ and slaworkshop/ (the core marks its messages with QT_TRANSLATE_NOOP).
The compiled .qm files are committed; a test checks they match the .ts files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("es",)


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


def lupdate(ts_file: Path) -> None:
    subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    *sources(), "-ts", str(ts_file)], check=True)


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
    for problem in problems:
        print(problem)
    return 1 if problems else 0


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
    return 0


if __name__ == "__main__":
    sys.exit(main())
