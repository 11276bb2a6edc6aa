"""Time to export the signed demo agreement as PDF and as DOCX, each a whole process.

Every run is a fresh ``slaworkshop export-agreement`` process (Python start-up, imports, Qt
start-up offscreen, layout, writing), as a user or a script would run it. Prints the median and
the range of several runs. Run: python bench/bench_export_agreement.py [RUNS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from slaworkshop.demo import demo_agreement  # noqa: E402
from slaworkshop.model import Signature  # noqa: E402
from slaworkshop.store import Store  # noqa: E402


def signed_demo(db: Path) -> int:
    with Store.open(db) as store:
        agreement_id = store.create(demo_agreement())
        store.sign(agreement_id, Signature("Marketing", "Laura Méndez", "Head of Marketing",
                                           "2027-01-14"))
        store.sign(agreement_id, Signature("Sales", "Daniel Ortega", "Sales Director",
                                           "2027-01-15"))
    return agreement_id


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.slaw"
        agreement_id = signed_demo(db)
        for suffix in (".pdf", ".docx"):
            out = Path(folder) / f"agreement{suffix}"
            samples = []
            for _ in range(runs):
                start = time.perf_counter()
                subprocess.run([sys.executable, str(ROOT / "main.py"), "export-agreement",
                                "--db", str(db), str(agreement_id), str(out)],
                               check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
                samples.append(time.perf_counter() - start)
            print(f"export-agreement {suffix[1:].upper():4}  runs {runs}  "
                  f"median {statistics.median(samples) * 1000:7.0f} ms  "
                  f"min {min(samples) * 1000:6.0f} ms  max {max(samples) * 1000:6.0f} ms  "
                  f"size {out.stat().st_size / 1024:6.0f} KiB")


if __name__ == "__main__":
    main()
