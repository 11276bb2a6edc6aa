"""Translatable text from the core, which cannot use Qt's ``tr()``.

A message is written once, in English, as a template marked with ``QT_TRANSLATE_NOOP`` (Qt's
own convention, which ``pyside6-lupdate`` extracts from any Python file); ``t()`` formats it and
remembers the template and parameters, so the UI can show the same message translated with
``QCoreApplication.translate(context, template)``. The command line prints the English text.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction into the translation files; returns it unchanged."""
    return text


class Text(str):
    """English text that knows its template and parameters."""

    template: str
    params: dict[str, Any]
    context: str

    def __new__(cls, template: str, params: dict[str, Any], context: str = CONTEXT) -> Text:
        obj = super().__new__(cls, template.format(**params))
        obj.template = template
        obj.params = params
        obj.context = context
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.template, self.params, self.context))


def t(template: str, **params: Any) -> Text:
    return Text(template, params)
