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


def error_text(exc: BaseException) -> str:
    """A refusal as the user reads it: a ``ValidationError``'s problems translated, one a line;
    any other error's own text (translated when it is a core text)."""
    problems = getattr(exc, "problems", None)
    if isinstance(problems, list) and all(isinstance(p, Problem) for p in problems):
        return problems_text(problems)
    if exc.args and isinstance(exc.args[0], Text):
        return translated(exc.args[0])
    return str(exc)


def any_problem_text(problem: object) -> str:
    """``problem_text`` for a Problem, its own text for anything else."""
    return problem_text(problem) if isinstance(problem, Problem) else str(problem)
