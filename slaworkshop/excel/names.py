"""Matching what people type (KPI names, column headers) to the agreement's names.

Names are compared folded: case, accents, punctuation and spacing do not count, so
``Website  visits``, ``website-visits`` and ``WEBSITE VISITS`` are the same name, and
``Métrica`` matches ``metrica``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from slaworkshop.model import Agreement, Kpi, KpiKind

_NOT_WORD = re.compile(r"[^0-9a-z%]+")


def fold(text: str) -> str:
    """Lower case without accents: ``Métrica`` → ``metrica`` (punctuation kept)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def name_key(text: str) -> str:
    """The form names are compared in: folded, words separated by one space."""
    return _NOT_WORD.sub(" ", fold(text)).strip()


class Match(StrEnum):
    IMPORTED = "imported"
    CONVERSION = "conversion"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class KpiMatch:
    kind: Match
    kpi: Kpi | None = None


class KpiMatcher:
    """Finds the KPI a row label names: by name or alias, ignoring case, accents and spacing."""

    def __init__(self, agreement: Agreement) -> None:
        self.importable: dict[str, Kpi] = {}
        self.conversions: dict[str, Kpi] = {}
        kpis = agreement.kpis()
        # Names first, then aliases, so an alias never hides another KPI's own name.
        for kpi in kpis:
            target = self.conversions if kpi.kind is KpiKind.CONVERSION else self.importable
            target.setdefault(name_key(kpi.name), kpi)
        for kpi in kpis:
            if kpi.kind is not KpiKind.CONVERSION:
                for alias in kpi.aliases:
                    key = name_key(alias)
                    if key and key not in self.conversions:
                        self.importable.setdefault(key, kpi)
        for upper, lower in zip(agreement.stages, agreement.stages[1:], strict=False):
            conversion = next((k for k in kpis if k.kind is KpiKind.CONVERSION
                               and k.stage == upper.name), None)
            if conversion is None:
                continue
            uppers = [upper.name, *upper.aliases]
            lowers = [lower.name, *lower.aliases]
            for a in uppers:
                for b in lowers:
                    for pattern in ("{} {}", "{} to {}", "{} a {}", "{} {} rate",
                                    "{} to {} rate", "conversion {} {}", "{} {} %"):
                        key = name_key(pattern.format(a, b))
                        if key not in self.importable:
                            self.conversions.setdefault(key, conversion)
        self._cache: dict[str, KpiMatch] = {}

    def match(self, label: str) -> KpiMatch:
        found = self._cache.get(label)
        if found is not None:
            return found
        key = name_key(label)
        kpi = self.importable.get(key)
        if kpi is not None:
            found = KpiMatch(Match.IMPORTED, kpi)
        elif key in self.conversions:
            found = KpiMatch(Match.CONVERSION, self.conversions[key])
        else:
            found = KpiMatch(Match.UNKNOWN)
        if len(self._cache) < 100_000:
            self._cache[label] = found
        return found


def header_is(text: object, words: frozenset[str]) -> bool:
    return isinstance(text, str) and name_key(text) in words


MONTH_HEADERS = frozenset({"month", "mes", "period", "periodo", "date", "fecha"})
KPI_HEADERS = frozenset({"kpi", "kpis", "indicador", "indicadores", "metrica", "metricas",
                         "metric", "metrics", "measure", "medida", "name", "nombre"})
VALUE_HEADERS = frozenset({"value", "valor", "actual", "actuals", "real", "reales", "amount",
                           "cantidad", "result", "resultado"})
