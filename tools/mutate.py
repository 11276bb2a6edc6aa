"""A small mutation tester: change one thing in a module, run its tests, see if they notice.

    .venv/bin/python tools/mutate.py slaworkshop/verify.py -- tests/test_verify.py
    .venv/bin/python tools/mutate.py slaworkshop/tracking.py --timeout 60 -- tests/test_tracking.py

Mutations (one per mutant, found by walking the module's syntax tree): comparisons flipped
(< ↔ <=, > ↔ >=, == ↔ !=, in ↔ not in, is ↔ is not), ``and`` ↔ ``or``, ``+`` ↔ ``-``,
``not x`` → ``x``, a check ``if …: raise/return`` dropped (its condition made False), and
constants changed (numbers + 1, True ↔ False, None in a return → a different falsy value is
not tried). Docstrings and string constants are left alone.

Each mutant is written into a copy of the project in a temporary folder (the working tree is
never touched), and pytest runs there with ``-x`` on the tests given after ``--``, in a process
forked from one that has already imported the heavy libraries, with a per-mutant timeout. A
mutant is killed when the tests fail (or time out), survived when they pass. Prints
killed/survived/total and each survivor's place, ``file:line: what changed``.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import os
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_FLIPS: dict[type[ast.AST], type[ast.AST]] = {
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In,
    ast.Is: ast.IsNot, ast.IsNot: ast.Is, ast.And: ast.Or, ast.Or: ast.And,
    ast.Add: ast.Sub, ast.Sub: ast.Add,
}
_SYMBOL = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==",
           ast.NotEq: "!=", ast.In: "in", ast.NotIn: "not in", ast.Is: "is",
           ast.IsNot: "is not", ast.And: "and", ast.Or: "or", ast.Add: "+", ast.Sub: "-"}


@dataclass(frozen=True)
class Mutant:
    index: int
    line: int
    description: str


def _is_docstring(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    parent = parents.get(node)
    return isinstance(parent, ast.Expr)


def _guard_body(node: ast.If) -> bool:
    return len(node.body) >= 1 and isinstance(node.body[0], ast.Raise | ast.Return)


def mutation_points(tree: ast.Module) -> Iterator[tuple[ast.AST, str, str]]:
    """(node, kind, description) for every place a mutation applies, in a stable order."""
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    for node in ast.walk(tree):
        # Annotations are not run (from __future__ import annotations).
        if isinstance(parents.get(node), ast.AnnAssign | ast.arg) and node is getattr(
                parents[node], "annotation", None):
            continue
        if isinstance(node, ast.Compare):
            for position, op in enumerate(node.ops):
                if type(op) in _FLIPS:
                    yield node, f"compare:{position}", (
                        f"{_SYMBOL[type(op)]} → {_SYMBOL[_FLIPS[type(op)]]}")
        elif isinstance(node, ast.BoolOp):
            yield node, "boolop", f"{_SYMBOL[type(node.op)]} → {_SYMBOL[_FLIPS[type(node.op)]]}"
        elif isinstance(node, ast.BinOp) and type(node.op) in (ast.Add, ast.Sub):
            # String building ("a" + b) is left alone: its mutant is a crash, not a behaviour.
            if not any((isinstance(side, ast.Constant) and isinstance(side.value, str))
                       or isinstance(side, ast.JoinedStr) for side in (node.left, node.right)):
                yield node, "binop", (f"{_SYMBOL[type(node.op)]} → "
                                      f"{_SYMBOL[_FLIPS[type(node.op)]]}")
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            yield node, "not", "not x → x"
        elif isinstance(node, ast.If) and _guard_body(node):
            what = "raise" if isinstance(node.body[0], ast.Raise) else "return"
            yield node, "drop-guard", f"if …: {what} dropped"
        elif isinstance(node, ast.Constant) and not _is_docstring(node, parents):
            value = node.value
            if isinstance(value, bool):
                yield node, "const", f"{value} → {not value}"
            elif isinstance(value, int):
                yield node, "const", f"{value} → {value + 1}"


def mutate(source: str, index: int) -> tuple[str, Mutant]:
    tree = ast.parse(source)
    for number, (node, kind, description) in enumerate(mutation_points(tree)):
        if number != index:
            continue
        if kind.startswith("compare:"):
            assert isinstance(node, ast.Compare)
            position = int(kind.split(":")[1])
            node.ops[position] = _FLIPS[type(node.ops[position])]()
        elif kind == "boolop":
            assert isinstance(node, ast.BoolOp)
            node.op = _FLIPS[type(node.op)]()
        elif kind == "binop":
            assert isinstance(node, ast.BinOp)
            node.op = _FLIPS[type(node.op)]()
        elif kind == "not":
            assert isinstance(node, ast.UnaryOp)
            _replace(tree, node, node.operand)
        elif kind == "drop-guard":
            assert isinstance(node, ast.If)
            node.test = ast.Constant(False)
        elif kind == "const":
            assert isinstance(node, ast.Constant)
            node.value = (not node.value) if isinstance(node.value, bool) else node.value + 1
        ast.fix_missing_locations(tree)
        return ast.unparse(tree), Mutant(index, getattr(node, "lineno", 0), description)
    raise IndexError(index)


def _replace(tree: ast.AST, old: ast.AST, new: ast.AST) -> None:
    """Put ``new`` where ``old`` is in the tree."""
    for parent in ast.walk(tree):
        for field, value in ast.iter_fields(parent):
            if value is old:
                setattr(parent, field, new)
                return
            if isinstance(value, list) and any(item is old for item in value):
                value[next(i for i, item in enumerate(value) if item is old)] = new
                return


def count(source: str) -> int:
    return sum(1 for _ in mutation_points(ast.parse(source)))


def _copy_project(target: Path) -> None:
    ignore = shutil.ignore_patterns(".venv", ".git", "__pycache__", "*.egg-info", ".mypy_cache",
                                    ".ruff_cache", "bench")
    for entry in ROOT.iterdir():
        if entry.name in (".venv", ".git") or entry.name.endswith(".egg-info"):
            continue
        if entry.is_dir():
            shutil.copytree(entry, target / entry.name, ignore=ignore)
        else:
            shutil.copy2(entry, target / entry.name)


def _run_tests(copy_root: Path, tests: list[str], timeout: float) -> bool:
    """True when the tests pass. The child is forked from this warmed-up process."""
    pid = os.fork()
    if pid == 0:  # the child: a fresh import of the project from the copy
        try:
            os.chdir(copy_root)
            sys.path.insert(0, str(copy_root))
            log = os.open(copy_root / "mutant.log", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
            os.dup2(log, 1)
            os.dup2(log, 2)
            import pytest

            code = pytest.main(["-x", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
                                *tests])
            os._exit(int(code))
        except BaseException:
            import traceback

            traceback.print_exc()
            sys.stderr.flush()
            os._exit(99)
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status) == 0
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return False  # a hang counts as noticed
        time.sleep(0.05)


def _warm_up() -> None:
    """Import the heavy libraries once, so each forked run starts fast. The project itself
    is not imported here: each child imports its mutated copy."""
    # Not pytest plugins (pytest-qt, hypothesis): pytest must import those itself to rewrite them.
    for name in ("pytest", "openpyxl", "pypdf", "docx", "PySide6.QtCore",
                 "PySide6.QtGui", "PySide6.QtWidgets", "pyqtgraph", "defusedxml"):
        with contextlib.suppress(ImportError):
            __import__(name)
    for name in list(sys.modules):
        if name in ("main", "slaworkshop", "ui", "tests") or name.startswith(
                ("slaworkshop.", "ui.", "tests.")):
            del sys.modules[name]


def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    tests: list[str] = []
    if "--" in args_list:
        split = args_list.index("--")
        args_list, tests = args_list[:split], args_list[split + 1:]
    parser = argparse.ArgumentParser(description="mutation testing of one module")
    parser.add_argument("module", help="the module to mutate, e.g. slaworkshop/verify.py")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per mutant")
    parser.add_argument("--only", default=None, help="mutant numbers to run, e.g. 3,7,10-20")
    parser.add_argument("--every", type=int, default=1,
                        help="run every Nth mutant only (a sample, when time is short)")
    parser.add_argument("--list", action="store_true", help="list the mutants and exit")
    args = parser.parse_args(args_list)
    module = Path(args.module)
    source = (ROOT / module).read_text(encoding="utf-8")
    total = count(source)
    chosen = list(range(total))
    if args.only:
        chosen = []
        for part in args.only.split(","):
            low, _, high = part.partition("-")
            chosen += list(range(int(low), int(high or low) + 1))
    chosen = chosen[::args.every]
    if args.list:
        for index in chosen:
            _mutated, mutant = mutate(source, index)
            print(f"{index:4d} {module}:{mutant.line}: {mutant.description}")
        return 0
    if not tests:
        parser.error("give the tests to run after --, e.g. -- tests/test_verify.py")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Stopped with SIGTERM: leave through the with-blocks, so the copy is removed.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    _warm_up()
    with tempfile.TemporaryDirectory(prefix="mutate-") as temporary:
        copy_root = Path(temporary)
        _copy_project(copy_root)
        target = copy_root / module
        if not _run_tests(copy_root, tests, args.timeout * 3):
            log = (copy_root / "mutant.log").read_text(errors="replace")
            print(log[-3000:], file=sys.stderr)
            print("the tests fail without any mutation; fix them first", file=sys.stderr)
            return 2
        killed, survivors = 0, []
        started = time.monotonic()
        for done, index in enumerate(chosen, start=1):
            mutated, mutant = mutate(source, index)
            target.write_text(mutated, encoding="utf-8")
            try:
                caught = not _run_tests(copy_root, tests, args.timeout)
            finally:
                target.write_text(source, encoding="utf-8")
            if caught:
                killed += 1
            else:
                survivors.append(mutant)
            print(f"[{done}/{len(chosen)}] #{index} {module}:{mutant.line} "
                  f"{mutant.description}: {'killed' if caught else 'SURVIVED'} "
                  f"({time.monotonic() - started:.0f} s)", flush=True)
    run = len(chosen)
    rate = 100 * killed / run if run else 100.0
    print(f"\n{module}: killed {killed}, survived {len(survivors)}, total {run} "
          f"({rate:.1f} % killed)")
    for mutant in survivors:
        print(f"  survivor #{mutant.index} {module}:{mutant.line}: {mutant.description}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
