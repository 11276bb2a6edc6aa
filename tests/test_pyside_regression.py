"""Guard against PySide6 builds that drop references to None (6.12.0 on CPython 3.11).

Such a build aborts the interpreter with ``Fatal Python error: none_dealloc`` after a few
thousand Qt calls that return nothing. pyproject.toml pins around it; this test makes sure a
future upgrade cannot bring the crash back unnoticed.
"""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(20000):
    label.setText(str(i))
print("ok", label.text())
"""


def test_20000_void_qt_calls_do_not_abort_the_interpreter() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                            env=env, timeout=300)
    assert "none_dealloc" not in result.stderr
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["ok", "19999"]
