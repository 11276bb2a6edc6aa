"""The demo agreements shipped under ``resources/demo``: the standard one, and one planned by
segment with team capacity and a budget (DESIGN §4b)."""

from __future__ import annotations

import json
from pathlib import Path

from slaworkshop.model import Agreement
from slaworkshop.serialize import agreement_from_dict

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


# Demo name → file stem under resources/demo.
DEMOS = {"standard": "agreement", "segments": "segments"}


def demo_path(language: str = "en", demo: str = "standard") -> Path:
    stem = DEMOS[demo]
    path = RESOURCES / "demo" / f"{stem}.{language}.json"
    return path if path.exists() else RESOURCES / "demo" / f"{stem}.en.json"


def demo_agreement(language: str = "en", demo: str = "standard") -> Agreement:
    with open(demo_path(language, demo), encoding="utf-8") as handle:
        return agreement_from_dict(json.load(handle))
