"""Matching what people type (KPI names, column headers) to the agreement's names.

Names are compared folded: case, accents, punctuation and spacing do not count, so
``Website  visits``, ``website-visits`` and ``WEBSITE VISITS`` are the same name, and
``Métrica`` matches ``metrica``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
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


def _singular(word: str) -> str:
    if len(word) > 5 and word.endswith(("des", "nes")):
        return word[:-2]  # oportunidades, conversiones
    if len(word) > 2 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def match_key(text: str) -> str:
    """The form labels are matched in: ``name_key`` with every word singular, so "Marketing
    Qualified Lead" and "Marketing qualified leads" are the same label."""
    return " ".join(_singular(word) for word in name_key(text).split())


# The usual funnel stages as CRMs name them (HubSpot lifecycle stages in English and Spanish,
# Salesforce lead and opportunity stages), as match keys. A stage of the agreement whose name or
# alias is one of them also matches the others.
CRM_STAGES: tuple[frozenset[str], ...] = tuple(
    frozenset(match_key(label) for label in labels) for labels in (
        ("visit", "website visit", "session", "visitor", "visita", "sesion", "visitante",
         "trafico", "traffic"),
        ("subscriber", "suscriptor"),
        ("lead", "new lead", "nuevo lead", "prospect", "prospecto", "contact", "contacto",
         "new contact", "open not contacted", "open"),
        ("mql", "marketing qualified lead", "lead calificado para marketing",
         "lead cualificado para marketing", "lead cualificado de marketing",
         "lead calificado por marketing", "lead calificado de marketing"),
        ("sal", "sales accepted lead", "lead aceptado por ventas", "working contacted"),
        ("sql", "sales qualified lead", "lead calificado para ventas",
         "lead cualificado para ventas", "lead cualificado de ventas",
         "lead calificado por ventas", "lead calificado de ventas", "qualified",
         "closed converted"),
        ("opportunity", "oportunidad", "deal", "negocio", "prospecting", "qualification",
         "needs analysis"),
        ("proposal", "proposal price quote", "quote", "propuesta", "presupuesto",
         "cotizacion", "value proposition", "negotiation review", "negociacion"),
        ("customer", "cliente", "closed won", "won", "cerrado ganado", "cerrada ganada",
         "ganado", "ganada", "new customer", "nuevo cliente", "won deal", "negocio ganado"),
        ("evangelist", "evangelizador"),
    ))


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

    def __init__(self, agreement: Agreement,
                 mapping: Mapping[str, str] | None = None) -> None:
        """``mapping``: labels the user mapped to KPI names (saved ones and ``--map``); they
        win over everything else."""
        self.importable: dict[str, Kpi] = {}
        self.conversions: dict[str, Kpi] = {}
        kpis = agreement.kpis()
        by_name = {kpi.name: kpi for kpi in kpis if kpi.kind is not KpiKind.CONVERSION}
        for label, kpi_name in (mapping or {}).items():
            if kpi_name in by_name and match_key(label):
                self.importable[match_key(label)] = by_name[kpi_name]
        # Names first, then aliases, so an alias never hides another KPI's own name.
        for kpi in kpis:
            target = self.conversions if kpi.kind is KpiKind.CONVERSION else self.importable
            target.setdefault(match_key(kpi.name), kpi)
        for kpi in kpis:
            if kpi.kind is not KpiKind.CONVERSION:
                for alias in kpi.aliases:
                    key = match_key(alias)
                    if key and key not in self.conversions:
                        self.importable.setdefault(key, kpi)
        # Then the CRM's names of a stage the agreement has (once: a concept two KPIs claim
        # is left to the user to map).
        claims: dict[int, set[str]] = {}
        for key, kpi in list(self.importable.items()):
            for number, labels in enumerate(CRM_STAGES):
                if key in labels:
                    claims.setdefault(number, set()).add(kpi.name)
        for number, names in claims.items():
            if len(names) == 1:
                kpi = by_name[next(iter(names))]
                for key in CRM_STAGES[number]:
                    if key not in self.conversions:
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
                        key = match_key(pattern.format(a, b))
                        if key not in self.importable:
                            self.conversions.setdefault(key, conversion)
        self._cache: dict[str, KpiMatch] = {}

    def match(self, label: str) -> KpiMatch:
        found = self._cache.get(label)
        if found is not None:
            return found
        key = match_key(label)
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

# A CRM summary report: a month or date column, a stage label column and a count column.
SUMMARY_MONTH_HEADERS = MONTH_HEADERS | frozenset({
    "created date", "create date", "created month", "close date", "close month", "day",
    "week", "fecha de creacion", "fecha de cierre", "mes de creacion", "dia", "semana"})
LABEL_HEADERS = frozenset({
    "stage", "stages", "lifecycle stage", "lead status", "deal stage", "stage name",
    "opportunity stage", "status", "lead stage", "etapa", "etapas", "etapa del ciclo de vida",
    "fase", "estado", "estado del lead", "estado de lead", "etapa del negocio", "etapa del lead"})
COUNT_HEADERS = frozenset({
    "count", "total", "record count", "recuento", "number", "numero", "sum", "suma", "records",
    "registros", "cantidad de registros", "count of records"})
_COUNT_PREFIXES = ("count of ", "recuento de ", "number of ", "numero de ", "sum of ",
                   "suma de ", "total ", "cantidad de ")


def count_header(text: object) -> bool:
    """``Count``, ``Count of Contacts``, ``Record Count``, ``Recuento de Contactos`` …"""
    if not isinstance(text, str):
        return False
    key = name_key(text)
    return key in COUNT_HEADERS or key.startswith(_COUNT_PREFIXES)


# A records export: a date column per stage. HubSpot writes "Became a Lead Date" (Spanish
# "Fecha en que se convirtió en lead") and "Date entered "MQL" (…)"; people write "MQL date".
_STAGE_DATE_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"^became an? (.+) date$",
    r"^date entered (.+?)(?: \(.*| pipeline.*| lifecycle stage.*)?$",
    r"^fecha en que se convirti[oó] en (.+)$",
    r"^fecha de entrada (?:a|en) (.+?)(?: \(.*| pipeline.*)?$",
))
_PLAIN_DATE_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"^(.+) date$", r"^(.+) fecha$", r"^fecha (?:de |del )?(.+)$"))


def stage_date_header(text: object) -> tuple[str, bool] | None:
    """The stage a date column names and whether the header says so for sure (``Became a …
    Date``) or only by its shape (``MQL date``); None for any other header."""
    if not isinstance(text, str):
        return None
    plain = " ".join(text.replace('"', " ").replace("“", " ").replace("”", " ").split())
    for pattern in _STAGE_DATE_PATTERNS:
        found = pattern.match(plain)
        if found:
            return found.group(1).strip(), True
    for pattern in _PLAIN_DATE_PATTERNS:
        found = pattern.match(plain)
        if found:
            return found.group(1).strip(), False
    return None
