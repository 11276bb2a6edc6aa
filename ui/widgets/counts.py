"""Counts in words with Qt's plural forms ("1 month", "2 months"; "1 mes", "2 meses"),
for code outside a QObject.

pyside6-lupdate marks a message as having plural forms only in ``self.tr(text, "", n)``, not in
``QCoreApplication.translate(context, text, "", n)``; the counts are said here, in one class.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Counts(QObject):
    def months(self, n: int) -> str:
        return self.tr("%n month(s)", "", n)

    def months_later(self, n: int) -> str:
        return self.tr("%n month(s) later", "", n)


def months(n: int) -> str:
    return Counts().months(n)


def months_later(n: int) -> str:
    return Counts().months_later(n)
