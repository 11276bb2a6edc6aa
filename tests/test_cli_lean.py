"""The command line imports what a command needs: ``list`` and ``show`` run without Qt,
pyqtgraph, numpy, openpyxl or the other commands' modules, and say the same as before."""

from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from main import COMMAND_PACKAGES, main
from slaworkshop.cli import build_parser, command_modules

ROOT = Path(__file__).resolve().parent.parent
# shutil: argparse's help formatter imports it (with zlib, bz2 and lzma) for the terminal's width.
HEAVY = ("PySide6", "shiboken6", "pyqtgraph", "numpy", "openpyxl", "docx", "python_calamine",
         "ui", "shutil")

PROBE = """
import sys
import main
code = main.main(sys.argv[1:])
loaded = sorted(m for m in sys.modules
                if m.split(".")[0] in {heavy!r} or m.startswith("slaworkshop.commands."))
print("LOADED", " ".join(loaded))
sys.exit(code)
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lean") / "w.slaw"
    assert main(["demo", "--db", str(path)]) == 0
    return path


@pytest.mark.parametrize("command", [["list"], ["show", "1"], ["show", "1", "--json"]])
def test_list_and_show_load_no_rendering_or_workbook_code(db: Path, command: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *command, "--db", str(db)],
        capture_output=True, text=True, check=False, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    output, _, loaded = done.stdout.rpartition("LOADED")
    # What the user gets is still there...
    assert "Sales & Marketing SLA 2027" in output
    # ...and only the module of that command was imported, nothing that renders or reads
    # workbooks.
    assert loaded.split() == ["slaworkshop.commands._common", "slaworkshop.commands._depth",
                              "slaworkshop.commands.core"]


def _registered(module_name: str) -> set[str]:
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers()
    importlib.import_module(module_name).register(subparsers)
    return set(subparsers.choices)


def test_every_command_is_in_its_packages_table() -> None:
    # A command missing from a table still works (everything is imported), but slowly: the
    # tables must name each command's module.
    for package_name in COMMAND_PACKAGES:
        table = importlib.import_module(package_name).COMMANDS  # type: ignore[attr-defined]
        found = {command: name.rpartition(".")[2]
                 for name in command_modules([package_name])
                 for command in _registered(name)}
        assert table == found


def test_help_still_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    for command in ("plan", "list", "show", "sign", "verify", "revise", "import-actuals",
                    "export-agreement", "template", "export-actuals", "report"):
        assert command in text
    # One command's parser is the same as in the full parser.
    only = build_parser(COMMAND_PACKAGES, "show")
    assert only.parse_args(["show", "3", "--db", "x.slaw"]).id == 3
    # A name no table knows: every command is offered, as before.
    with pytest.raises(SystemExit) as exit_info:
        main(["lsit"])
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert "invalid choice: 'lsit'" in error and "export-agreement" in error


def test_help_wraps_at_the_terminal_width(monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COLUMNS", "50")
    with pytest.raises(SystemExit):
        main(["list", "--help"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["usage: slaworkshop list [-h] [--db PATH]", " " * 24 + "[--json]"]
    assert max(map(len, lines)) <= 48
    monkeypatch.setenv("COLUMNS", "120")
    with pytest.raises(SystemExit):
        main(["list", "--help"])
    assert capsys.readouterr().out.startswith(
        "usage: slaworkshop list [-h] [--db PATH] [--json]\n")
