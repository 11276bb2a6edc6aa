"""Meeting mode: a month change (← or →) repainted, and the report PDF with its pictures.

A meeting window at 1280×720 on the demo agreement with three months of actuals; each step
recomputes the month's report, updates the funnels and the tiles in place and repaints the
window (``repaint()``, the whole slide, as the projector shows it). Prints median and p95 over
the steps, for the funnel slide and for a party's tiles, and the time to write the report PDF
(pictures and tables). Run: QT_QPA_PLATFORM=offscreen python bench/bench_meeting.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from slaworkshop.tracking import monthly_report
from tests.meeting_fixture import meeting_actuals, meeting_store
from ui.session import AgreementSession
from ui.tracking.meeting import MeetingWindow
from ui.tracking.report_pdf import write_report_pdf

STEPS = 120


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95) - 1]


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        store, agreement_id = meeting_store(Path(folder) / "meeting.slaw")
        session = AgreementSession(store)
        session.select(agreement_id)
        meeting = MeetingWindow(session)
        meeting.resize(1280, 720)
        meeting.show()
        app.processEvents()
        for slide, name in ((0, "funnel slide"), (3, "Sales' tiles")):
            meeting.set_slide(slide)
            app.processEvents()
            times = []
            for step in range(STEPS):
                start = time.perf_counter()
                meeting.step_month(-1 if step % 4 < 2 else 1)
                meeting.repaint()
                times.append((time.perf_counter() - start) * 1000)
            print(f"month change, {name}: median {statistics.median(times):.1f} ms, "
                  f"p95 {p95(times):.1f} ms over {STEPS}")
        meeting.close()
        report = monthly_report(session.agreement, meeting_actuals(), "2027-03")
        times = []
        for _ in range(5):
            start = time.perf_counter()
            write_report_pdf(report, Path(folder) / "march.pdf")
            times.append((time.perf_counter() - start) * 1000)
        size = (Path(folder) / "march.pdf").stat().st_size
        print(f"report PDF with pictures: median {statistics.median(times):.0f} ms, "
              f"{size / 1024:.0f} KiB")
        store.close()


if __name__ == "__main__":
    main()
