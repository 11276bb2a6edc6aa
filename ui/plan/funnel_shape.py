"""What the on-screen funnel chart and the document's funnel picture share: how wide each
stage's bar is, and which colour each owning party gets. Plain Python, so the document export
draws the same funnel without loading pyqtgraph."""

from __future__ import annotations

import math
from collections.abc import Sequence

from slaworkshop.model import Agreement

# The narrowest bar, as a share of the widest: 30 customers stay visible beside 50,000 visits.
MIN_WIDTH = 0.14
# Segment parts: apart from the party colours (Okabe–Ito and Tol), on screen and on paper.
SEGMENT_PALETTE = ("#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#999933", "#882255")


def log_widths(values: Sequence[int]) -> list[float]:
    """Bar widths in (0, 1], strictly increasing with the value, logarithmic in it."""
    if not values:
        return []
    top = max(max(values), 1)
    if top <= 1:
        return [1.0 for _ in values]
    span = math.log10(top)
    return [MIN_WIDTH + (1 - MIN_WIDTH) * math.log10(max(v, 1)) / span for v in values]


def owner_colours(
    owners: Sequence[str], agreement: Agreement | None, palette: Sequence[str]
) -> dict[str, str]:
    """A fixed colour per owning party: in the agreement's party order, then by appearance;
    the last colour of ``palette`` is for stages without an owner ("")."""
    order: list[str] = [p.name for p in agreement.parties] if agreement is not None else []
    for owner in owners:
        if owner not in order:
            order.append(owner)
    colours = {name: palette[index % (len(palette) - 1)] for index, name in enumerate(order)}
    colours[""] = palette[-1]
    return colours


def segment_parts(widths: Sequence[float], totals: Sequence[int],
                  segment_counts: Sequence[Sequence[int]]) -> list[list[tuple[float, float]]]:
    """Each centred bar (``widths``) split left to right into its segments' parts, in
    proportion to their counts: ``[(x0, width), ...]`` per stage, ``x0`` from the bar's
    centre. ``segment_counts[s][i]`` is segment s's count at stage i; ``totals[i]`` their sum.
    """
    parts = []
    for index, (width, total) in enumerate(zip(widths, totals, strict=True)):
        left = -width / 2
        row = []
        for counts in segment_counts:
            part = width * counts[index] / max(total, 1)
            row.append((left, part))
            left += part
        parts.append(row)
    return parts
