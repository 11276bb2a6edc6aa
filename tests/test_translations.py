"""The Spanish translation: complete and current, and its placeholders match the sources."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "i18n" / "slaworkshop_es.ts"
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")


def tool_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def has_lupdate() -> bool:
    folder = str(Path(sys.executable).parent)
    return bool(shutil.which("pyside6-lupdate", path=folder) or shutil.which("pyside6-lupdate"))


@pytest.mark.skipif(not has_lupdate(), reason="pyside6-lupdate is not installed")
def test_every_string_has_a_finished_spanish_translation(
        capsys: pytest.CaptureFixture[str]) -> None:
    """lupdate over the current sources finds nothing missing or unfinished, and the committed
    .qm is compiled from the committed .ts."""
    code = tool_module().check()
    listed = capsys.readouterr().out.strip().splitlines()
    assert code == 0 and not listed, (
        f"{len(listed)} translation problems:\n" + "\n".join(listed[:200]))


def messages() -> list[tuple[str, str, list[str]]]:
    """(context, source, [translations]) of every finished message in the .ts file."""
    found = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                    "unfinished", "vanished", "obsolete"):
                continue
            forms = [n.text or "" for n in translation.iter("numerusform")] or \
                [translation.text or ""]
            if any(forms):
                found.append((name, message.findtext("source", ""), forms))
    return found


def test_the_translation_file_is_well_formed() -> None:
    assert TS_FILE.exists()
    root = ET.parse(TS_FILE).getroot()
    assert root.tag == "TS" and root.get("language", "").startswith("es")


def test_translations_keep_the_placeholders_of_their_source() -> None:
    wrong = []
    for context, source, forms in messages():
        expected = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            got = sorted(set(PLACEHOLDER.findall(form)))
            # %n is optional in a plural form ("un día" for one).
            if [p for p in got if p != "%n"] != [p for p in expected if p != "%n"]:
                wrong.append(f"{context}: {source!r} -> {form!r}: {got} != {expected}")
    assert not wrong, "\n".join(wrong)


def test_placeholder_check_catches_a_dropped_placeholder() -> None:
    source, form = "Revenue %1, average deal %2", "Ingresos %1, negocio medio"
    assert sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(form)))
    assert PLACEHOLDER.findall("{where} name") == ["{where}"]


def test_no_translation_call_hides_inside_an_f_string() -> None:
    """pyside6-lupdate does not look inside f-string braces: such strings are never translated."""
    root = Path(__file__).resolve().parent.parent
    hidden = re.compile(r"f[\"'][^\"']*\{[^}]*(?:\btr|translate)\(")
    offenders = [f"{path.relative_to(root)}:{number}"
                 for path in sorted((root / "ui").rglob("*.py"))
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if hidden.search(line)]
    assert offenders == []
