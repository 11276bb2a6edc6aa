"""The demo agreement shipped under ``resources/demo``."""

from __future__ import annotations

import json
from pathlib import Path

from slaworkshop.model import Agreement
from slaworkshop.serialize import agreement_from_dict

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def demo_path(language: str = "en") -> Path:
    path = RESOURCES / "demo" / f"agreement.{language}.json"
    return path if path.exists() else RESOURCES / "demo" / "agreement.en.json"


def demo_agreement(language: str = "en") -> Agreement:
    with open(demo_path(language), encoding="utf-8") as handle:
        return agreement_from_dict(json.load(handle))
