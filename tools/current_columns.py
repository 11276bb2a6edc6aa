"""Rewrite ``CURRENT_COLUMNS`` in slaworkshop/store.py from the schema the migrations make.

    python tools/current_columns.py

Run it after appending a migration step; ``tests/test_migrations.py`` fails until the table
written out in the store matches the migrated schema (the store checks files against it on open
without importing sqlite-utils).
"""

from __future__ import annotations

import re
import sqlite3
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from slaworkshop import store  # noqa: E402


def current_columns() -> str:
    memory = sqlite3.connect(":memory:", isolation_level=None)
    store.migrate(memory, 0, store.SCHEMA_VERSION)
    lines = ["CURRENT_COLUMNS: dict[str, tuple[str, ...]] = {"]
    for table in store.AGREEMENT_TABLES:
        names = [row[1] for row in memory.execute(f"PRAGMA table_info({table})")]
        head = f'    "{table}": ('
        body = textwrap.wrap(", ".join(f'"{n}"' for n in names), width=100 - len(head) - 2,
                             break_long_words=False, break_on_hyphens=False)
        lines.append(head + ("\n" + " " * len(head)).join(body) + "),")
    lines.append("}")
    return "\n".join(lines)


def main() -> int:
    path = ROOT / "slaworkshop" / "store.py"
    text = path.read_text(encoding="utf-8")
    new, count = re.subn(r"CURRENT_COLUMNS: dict\[str, tuple\[str, \.\.\.\]\] = \{\n.*?\n\}",
                         lambda _m: current_columns(), text, count=1, flags=re.S)
    if count != 1:
        print("CURRENT_COLUMNS not found in slaworkshop/store.py", file=sys.stderr)
        return 1
    path.write_text(new, encoding="utf-8")
    print("store.CURRENT_COLUMNS:", "unchanged" if new == text else "rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
