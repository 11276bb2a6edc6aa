"""Benchmarks of the actuals import; prints figures (run: python bench/bench_import.py).

1. A typical month: the demo agreement's own export with twelve months filled, imported by the
   ``import-actuals`` command as a whole process, against the cost of starting Python and
   importing the libraries.
2. A big sheet: a long table of 100,000 rows, most for KPIs the agreement does not have. The full
   import (preview and apply) against a bare openpyxl read-only pass and a bare python-calamine
   pass over the same file; time (best of three, each in a fresh process) and peak memory.
3. Whole processes against calamine (the target of issue 12: at most 2x): ``import-actuals
   --dry-run`` on a month's file (the demo export) and on a HubSpot-like records export of
   100,000 contacts (a date per stage), each against a process that only imports python-calamine
   and reads the same file, in the same run; median of several runs each. Also section 2's long
   table of 100,000 rows, which the app reads row by row (no child-side counting).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BIG_ROWS = 100_000
RUNS = 5


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _timed(command: list[str], runs: int = RUNS) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, env=_env(), stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.0f} ms (min {min(values) * 1000:.0f})"


def _import_time_of(module: str) -> float:
    """Cumulative import time of ``module`` in seconds, from ``python -X importtime``."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                          env=_env(), capture_output=True, text=True, check=True)
    for line in done.stderr.splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and parts[2] == module:
            return int(parts[1]) / 1e6
    return float("nan")


def typical_month(folder: Path) -> None:
    from slaworkshop.demo import demo_agreement
    from slaworkshop.excel.writer import write_export
    from slaworkshop.store import Store

    source_db = folder / "source.slaw"
    with Store.open(source_db) as store:
        agreement_id = store.create(demo_agreement("en"))
        agreement = store.load(agreement_id)
        values = {}
        for kpi in agreement.kpis():
            if kpi.kind.value == "conversion":
                continue
            for index, month in enumerate(agreement.month_list):
                values[(kpi.name, month)] = Decimal(100 + index * 7 + len(kpi.name))
        store.apply_actuals(agreement_id, values)
        workbook = folder / "export.xlsx"
        write_export(agreement, store.actuals(agreement_id), workbook)
    empty_db = folder / "empty.slaw"
    with Store.open(empty_db) as store:
        store.create(demo_agreement("en"))

    main = [sys.executable, str(ROOT / "main.py")]
    times = []
    for run in range(RUNS):
        target = folder / f"run{run}.slaw"
        shutil.copy(empty_db, target)
        times += _timed([*main, "import-actuals", "--db", str(target), "1", str(workbook)], 1)
    unchanged = _timed([*main, "import-actuals", "--db", str(source_db), "1", str(workbook)])
    bare_python = _timed([sys.executable, "-c", "pass"])
    cli_start = _timed([*main, "--version"])
    with_openpyxl = _timed([sys.executable, "-c", "import openpyxl"])
    all_imports = _timed([sys.executable, "-c", "import main, openpyxl, "
                          "slaworkshop.excel.reader, slaworkshop.excel.writer, "
                          "slaworkshop.commands.core, slaworkshop.commands.excel"])
    print("1. Typical month: the demo agreement's export, 12 months x 9 KPIs (108 values)")
    print(f"   import-actuals, whole process, 108 new values:  {_ms(times)}")
    print(f"   import-actuals, whole process, all unchanged:   {_ms(unchanged)}")
    print(f"   python -c pass (interpreter start-up):          {_ms(bare_python)}")
    print(f"   slaworkshop --version (start-up + CLI imports): {_ms(cli_start)}")
    print(f"   python -c 'import openpyxl':                    {_ms(with_openpyxl)}")
    print(f"   start-up + every library the import needs:      {_ms(all_imports)}")
    print(f"   -X importtime: openpyxl {_import_time_of('openpyxl') * 1000:.0f} ms, "
          f"slaworkshop.cli {_import_time_of('slaworkshop.cli') * 1000:.0f} ms")
    from slaworkshop.excel.reader import apply_preview, preview_import

    in_process = []
    for run in range(RUNS):
        target = folder / f"inproc{run}.slaw"
        shutil.copy(empty_db, target)
        with Store.open(target) as store:
            start = time.perf_counter()
            preview = preview_import(workbook, store.load(1), store.actuals(1))
            apply_preview(store, 1, preview)
            in_process.append(time.perf_counter() - start)
            assert preview.new == 108, preview.errors
    print(f"   in process, libraries loaded: check + read + preview + apply: {_ms(in_process)}")


def make_big_sheet(path: Path) -> None:
    import openpyxl

    from slaworkshop.demo import demo_agreement

    agreement = demo_agreement("en")
    names = [k.name for k in agreement.kpis() if k.kind.value != "conversion"]
    months = agreement.month_list
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Datos")
    sheet.append(["Mes", "Indicador", "Valor", "Fuente"])
    for row in range(BIG_ROWS):
        if row % 10 == 0:  # one row in ten is for one of the agreement's KPIs
            name = names[(row // 10) % len(names)]
            month = months[(row // (10 * len(names))) % 12]
            value = 100 + months.index(month) * 3 + len(name)
        else:
            name = f"Campaign metric {row % 997}"
            month = months[row % 12]
            value = row % 1000
        sheet.append([month, name, value, "CRM"])
    book.save(path)


def _add_dimension(source: Path, target: Path, ref: str) -> None:
    import re
    import zipfile

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(rb"<dimension [^>]*/>", b"", data, count=1)
                data = data.replace(b"<sheetData>", f'<dimension ref="{ref}"/><sheetData>'
                                    .encode(), 1)
            new.writestr(info.filename, data)


def _peak_rss_kb() -> int:
    """The process's peak resident memory. VmHWM belongs to this program image, whereas
    ru_maxrss also counts the parent's peak from before exec."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def one(kind: str, path: Path, db: Path | None, trace: bool) -> dict[str, float]:
    """One measured pass in this (fresh) process."""
    before = _peak_rss_kb()
    if kind == "openpyxl":
        import openpyxl
    elif kind == "calamine":
        import python_calamine
    else:
        import openpyxl

        from slaworkshop.excel.reader import apply_preview, preview_import
        from slaworkshop.store import Store
    baseline = _peak_rss_kb()
    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    rows = 0
    if kind == "openpyxl":
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        for sheet in book.worksheets:
            for _row in sheet.iter_rows(values_only=True):
                rows += 1
        book.close()
    elif kind == "calamine":
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        for name in book.sheet_names:
            rows += len(book.get_sheet_by_name(name).to_python())
    else:
        assert db is not None
        with Store.open(db) as store:
            agreement = store.load(1)
            preview = preview_import(path, agreement, store.actuals(1))
            assert preview.ok, preview.errors[:3]
            apply_preview(store, 1, preview)
            rows = len(preview.changes)
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    after = _peak_rss_kb()
    return {"seconds": elapsed, "rows": rows, "traced_peak": peak,
            "rss_growth_kb": after - baseline, "rss_before_kb": before, "rss_peak_kb": after}


def big_sheet(folder: Path) -> None:
    from slaworkshop.demo import demo_agreement
    from slaworkshop.store import Store

    path = folder / "big.xlsx"
    start = time.perf_counter()
    make_big_sheet(path)
    print(f"2. Big sheet: long table of {BIG_ROWS:,} rows (one in ten for the agreement's "
          f"KPIs), {path.stat().st_size / 1e6:.1f} MB, written in "
          f"{time.perf_counter() - start:.1f} s")
    # openpyxl's write-only mode leaves out <dimension>, which makes openpyxl's own read-only
    # loader parse each sheet once more to find its size; Excel always writes it. Measure both.
    with_dimension = folder / "big-dimension.xlsx"
    _add_dimension(path, with_dimension, f"A1:D{BIG_ROWS + 1}")
    db = folder / "big.slaw"
    with Store.open(db) as store:
        store.create(demo_agreement("en"))
    results: dict[str, dict[str, float]] = {}
    for kind in ("openpyxl", "openpyxl+dim", "calamine", "import", "import+dim"):
        runs = []
        source = with_dimension if kind.endswith("+dim") else path
        for run in range(3):
            target = folder / f"big{run}.slaw"
            shutil.copy(db, target)
            done = subprocess.run([sys.executable, __file__, "--one", kind.split("+")[0],
                                   str(source), str(target)], env=_env(), capture_output=True,
                                  text=True, check=True)
            runs.append(json.loads(done.stdout))
        shutil.copy(db, folder / "big-traced.slaw")
        traced = subprocess.run([sys.executable, __file__, "--one", kind.split("+")[0],
                                 str(source), str(folder / "big-traced.slaw"), "--trace"],
                                env=_env(), capture_output=True, text=True, check=True)
        best = min(runs, key=lambda r: r["seconds"])
        best["traced_peak"] = json.loads(traced.stdout)["traced_peak"]
        results[kind] = best
    labels = {"openpyxl": "bare openpyxl read-only pass",
              "openpyxl+dim": "  the same, sheet with <dimension>",
              "calamine": "bare python-calamine pass",
              "import": "full import (check, read, preview, apply)",
              "import+dim": "  the same, sheet with <dimension>"}
    for kind, result in results.items():
        print(f"   {labels[kind]:<44} {result['seconds']:6.2f} s   "
              f"process peak RSS {result['rss_peak_kb'] / 1024:6.1f} MB "
              f"(+{result['rss_growth_kb'] / 1024:.1f} over imports)   "
              f"tracemalloc peak {result['traced_peak'] / 1e6:6.1f} MB")
    for suffix in ("", "+dim"):
        ratio = results["import" + suffix]["seconds"] / results["openpyxl" + suffix]["seconds"]
        versus_calamine = results["import" + suffix]["seconds"] / results["calamine"]["seconds"]
        print(f"   {'with <dimension>: ' if suffix else ''}import / bare openpyxl = {ratio:.2f}x "
              f"(target at most 1.5x); import / calamine = {versus_calamine:.1f}x")
    print(f"   values imported: {results['import']['rows']:.0f} (KPI x month)")


RECORD_ROWS = 100_000
CALAMINE_ONLY = ("import sys, python_calamine; "
                 "book = python_calamine.CalamineWorkbook.from_path(sys.argv[1]); "
                 "[book.get_sheet_by_name(n).to_python() for n in book.sheet_names]")


def make_records(path: Path) -> None:
    """A HubSpot contacts export: one row per contact, a "Became a … Date" per stage."""
    import datetime as dt

    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Contacts")
    sheet.append(["Record ID", "Email", "Create Date", "Became a Lead Date",
                  "Became a Marketing Qualified Lead Date", "Became a Sales Qualified Lead Date",
                  "Became a Customer Date"])
    start = dt.datetime(2027, 1, 1, 9, 0)
    for row in range(RECORD_ROWS):
        created = start + dt.timedelta(minutes=row * 5)
        sheet.append([row + 1, f"contact{row}@example.com", created, created,
                      created + dt.timedelta(days=3) if row % 4 == 0 else None,
                      created + dt.timedelta(days=9) if row % 12 == 0 else None,
                      created + dt.timedelta(days=30) if row % 60 == 0 else None])
    book.save(path)


def whole_processes(folder: Path) -> None:
    from slaworkshop.demo import demo_agreement
    from slaworkshop.excel.writer import write_export
    from slaworkshop.store import Store

    db = folder / "ratio.slaw"
    with Store.open(db) as store:
        agreement_id = store.create(demo_agreement("en"))
        agreement = store.load(agreement_id)
        values = {(k.name, m): Decimal(100 + i) for k in agreement.kpis()
                  if k.kind.value != "conversion" for i, m in enumerate(agreement.month_list)}
        month = folder / "month.xlsx"
        write_export(agreement, {n: {m: v for (k, m), v in values.items() if k == n}
                                 for n in {k for k, _m in values}}, month)
    records = folder / "contacts.xlsx"
    started = time.perf_counter()
    make_records(records)
    print(f"3. Whole processes against a calamine-only process (target: at most 2x); records "
          f"file of {RECORD_ROWS:,} contacts, {records.stat().st_size / 1e6:.1f} MB, written in "
          f"{time.perf_counter() - started:.1f} s")
    long_table = folder / "long.xlsx"
    make_big_sheet(long_table)
    main = [sys.executable, str(ROOT / "main.py")]
    for label, path, runs in (("a month's file (demo export)", month, RUNS),
                              (f"{RECORD_ROWS:,} record rows", records, RUNS),
                              (f"{BIG_ROWS:,}-row long table (section 2's)", long_table, 3)):
        ours = _timed([*main, "import-actuals", "--db", str(db), "1", str(path), "--dry-run"],
                      runs)
        bare = _timed([sys.executable, "-c", CALAMINE_ONLY, str(path)], runs)
        print(f"   {label}: import-actuals --dry-run {_ms(ours)}; calamine only {_ms(bare)}; "
              f"ratio {statistics.median(ours) / statistics.median(bare):.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--one", nargs=3, metavar=("KIND", "XLSX", "DB"))
    parser.add_argument("--trace", action="store_true")
    parser.add_argument("--only", choices=("typical", "big", "ratios"))
    args = parser.parse_args()
    if args.one:
        kind, path, db = args.one
        print(json.dumps(one(kind, Path(path), Path(db), args.trace)))
        return
    with tempfile.TemporaryDirectory() as folder:
        if args.only in (None, "typical"):
            typical_month(Path(folder))
        if args.only in (None, "big"):
            big_sheet(Path(folder))
        if args.only in (None, "ratios"):
            whole_processes(Path(folder))


if __name__ == "__main__":
    main()
