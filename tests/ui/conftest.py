"""Fixtures shared by the GUI tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale


@pytest.fixture
def english() -> Iterator[None]:
    """Format numbers and months as in US English for the length of one test."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp: object) -> Iterator[None]:
    """The English plural forms ("1 month", "2 months"), as the app loads them in English."""
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    qm = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "slaworkshop_en.qm"
    assert translator.load(str(qm)), qm
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
