"""Show the core's messages in the user's language.

The core marks its messages with ``QT_TRANSLATE_NOOP`` and returns ``slaworkshop.text.Text``
strings that remember their English template; here the template is translated with Qt and the
parameters put back (themselves translated when they are core texts too).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from slaworkshop.model import Problem
from slaworkshop.text import Text


def translated(text: str) -> str:
    if not isinstance(text, Text):
        return str(text)
    template = QCoreApplication.translate(text.context, text.template)
    params: dict[str, Any] = {
        key: translated(value) if isinstance(value, Text) else value
        for key, value in text.params.items()
    }
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        # A broken translation must not hide the message: fall back to English.
        return str(text)


def problem_text(problem: Problem) -> str:
    """“field: message”, translated."""
    return f"{translated(problem.field)}: {translated(problem.message)}"


def problems_text(problems: Iterable[Problem]) -> str:
    return "\n".join(problem_text(p) for p in problems)
