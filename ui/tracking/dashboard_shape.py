"""The shapes of the meeting's pictures, shared by the screen (pyqtgraph) and the report PDF
(Qt's painter): how full each funnel bar is, and where a bullet chart's bands lie. Plain
Python, so the PDF draws the same pictures without loading pyqtgraph."""

from __future__ import annotations

from fractions import Fraction

from slaworkshop.dashboard import FunnelAgainstPlan
from slaworkshop.model import Direction, Thresholds
from slaworkshop.tracking import Light
from ui.plan.funnel_shape import log_widths

# A month far over its target must not run into the labels: the fill stops at this width.
FILL_CAP = 1.2
# The bullet's scale reaches past the target, so a month over it shows how far over.
HEAD_ROOM = Fraction(5, 4)


def fill_widths(funnel: FunnelAgainstPlan) -> tuple[list[float], list[float]]:
    """(outline, fill) width of each stage's bar, top to bottom.

    Outlines: the log widths of the targets. Fills: the outline × attainment (capped); a stage
    with no target gets the log width of its actual on the same scale; no actual, no fill.
    """
    targets = [int(s.target or 0) for s in funnel.stages]
    actuals = [int(s.actual or 0) for s in funnel.stages]
    # One scale for both, so a stage with no target is drawn like the rest.
    scale = log_widths(targets + actuals)
    outlines = log_widths(targets) if any(targets) else scale[: len(targets)]
    fills = []
    for index, stage in enumerate(funnel.stages):
        if stage.actual is None:
            fills.append(0.0)
        elif stage.target and stage.attainment is not None:
            fills.append(min(outlines[index] * float(stage.actual / stage.target), FILL_CAP))
        else:
            fills.append(scale[len(targets) + index] if stage.actual else 0.0)
    return outlines, fills


def bullet_bands(target: Fraction, direction: Direction, thresholds: Thresholds
                 ) -> list[tuple[Fraction, Fraction, Light]]:
    """The red, amber and green stretches of the value axis, as (from, to, light), in value
    units, up to ``HEAD_ROOM`` × the larger of the target and the amber limit."""
    green, amber = Fraction(thresholds.green), Fraction(thresholds.amber)
    if direction is Direction.LOWER:
        # Lower is better: on target up to target / green, amber up to target / amber.
        green_end, amber_end = target / green, target / amber
        end = amber_end * HEAD_ROOM
        return [(Fraction(0), green_end, Light.GREEN), (green_end, amber_end, Light.AMBER),
                (amber_end, end, Light.RED)]
    amber_start, green_start = target * amber, target * green
    end = green_start * HEAD_ROOM
    return [(Fraction(0), amber_start, Light.RED), (amber_start, green_start, Light.AMBER),
            (green_start, end, Light.GREEN)]
