"""A small mutation check: flip one operator or constant at a time in the named functions of a
module, run the given tests, and count the mutants the tests kill.

    python tools/mutate_simple.py slaworkshop/model.py Agreement.add_stage split_aliases \\
        -- tests/test_agreement_edits.py

Mutations: comparisons (== !=, < >=, > <=, is / is not, in / not in), + -, and / or,
True / False, the integers 0 / 1, and ``not x`` → ``x``. Each mutant is the module written back
with ``ast.unparse`` (comments and layout are lost, meaning is not); the file is restored after
every run, also on Ctrl-C. Prints each surviving mutant and the kill rate.
"""

from __future__ import annotations

import argparse
import ast
import copy
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

SWAP_COMPARE: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.Lt: ast.GtE, ast.GtE: ast.Lt,
    ast.Gt: ast.LtE, ast.LtE: ast.Gt, ast.Is: ast.IsNot, ast.IsNot: ast.Is,
    ast.In: ast.NotIn, ast.NotIn: ast.In,
}
SWAP_BIN: dict[type[ast.operator], type[ast.operator]] = {ast.Add: ast.Sub, ast.Sub: ast.Add}
SWAP_BOOL: dict[type[ast.boolop], type[ast.boolop]] = {ast.And: ast.Or, ast.Or: ast.And}


def targets(tree: ast.Module, names: set[str]) -> Iterator[ast.AST]:
    """The function bodies named ``f`` or ``Class.f``."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in names:
            yield node
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and f"{node.name}.{item.name}" in names:
                    yield item


def points(function: ast.AST) -> Iterator[tuple[ast.AST, str]]:
    for node in ast.walk(function):
        if isinstance(node, ast.Compare):
            for index, op in enumerate(node.ops):
                if type(op) in SWAP_COMPARE:
                    yield node, f"compare:{index}"
        elif isinstance(node, ast.BinOp) and type(node.op) in SWAP_BIN:
            yield node, "binop"
        elif isinstance(node, ast.BoolOp):
            yield node, "boolop"
        elif isinstance(node, ast.Constant) and (node.value is True or node.value is False
                                                 or (type(node.value) is int
                                                     and node.value in (0, 1))):
            yield node, "constant"
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            yield node, "not"


def mutate(node: ast.AST, kind: str) -> str:
    """Change ``node`` in place; return a description."""
    line = getattr(node, "lineno", 0)
    if kind.startswith("compare:") and isinstance(node, ast.Compare):
        index = int(kind.partition(":")[2])
        old = node.ops[index]
        node.ops[index] = SWAP_COMPARE[type(old)]()
        return f"line {line}: {type(old).__name__} → {type(node.ops[index]).__name__}"
    if isinstance(node, ast.BinOp):
        old_op = node.op
        node.op = SWAP_BIN[type(old_op)]()
        return f"line {line}: {type(old_op).__name__} → {type(node.op).__name__}"
    if isinstance(node, ast.BoolOp):
        old_bool = node.op
        node.op = SWAP_BOOL[type(old_bool)]()
        return f"line {line}: {type(old_bool).__name__} → {type(node.op).__name__}"
    if isinstance(node, ast.Constant):
        old_value = node.value
        node.value = (not old_value) if isinstance(old_value, bool) else 1 - old_value
        return f"line {line}: {old_value!r} → {node.value!r}"
    if isinstance(node, ast.UnaryOp):
        node.op = ast.UAdd()  # `+x` on a bool is its int: as truthy as x
        return f"line {line}: not x → x"
    raise ValueError(kind)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("module", type=Path)
    parser.add_argument("functions", nargs="+", help="f or Class.f")
    parser.add_argument("--tests", nargs="+", required=True)
    args = parser.parse_args()
    source = args.module.read_text(encoding="utf-8")
    tree = ast.parse(source)
    found = [(f, p) for f in targets(tree, set(args.functions)) for p in points(f)]
    missing = set(args.functions) - {
        name for name in args.functions if any(True for _ in targets(tree, {name}))}
    if missing:
        print(f"no such function: {', '.join(sorted(missing))}", file=sys.stderr)
        return 2
    killed, survivors = 0, []
    try:
        for number in range(len(found)):
            mutant = copy.deepcopy(tree)
            chosen = [(f, p) for f in targets(mutant, set(args.functions))
                      for p in points(f)][number]
            description = mutate(*chosen[1])
            args.module.write_text(ast.unparse(mutant) + "\n", encoding="utf-8")
            result = subprocess.run(
                [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                 "-p", "no:randomly", *args.tests],
                capture_output=True, text=True, check=False)
            if result.returncode == 0:
                survivors.append(description)
                print(f"SURVIVED {description}", flush=True)
            else:
                killed += 1
    finally:
        args.module.write_text(source, encoding="utf-8")
    total = len(found)
    rate = killed / total if total else 1.0
    print(f"{args.module}: {killed}/{total} mutants killed ({rate:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
