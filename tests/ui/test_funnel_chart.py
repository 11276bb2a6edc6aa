"""The funnel chart shows each stage's annual target and owner, and updates in place."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from slaworkshop.demo import demo_agreement
from slaworkshop.model import Stage
from slaworkshop.plan import plan_for
from ui.plan.funnel_chart import FunnelChart, format_rate, log_widths


def shown_chart(qtbot, width=640, height=420, *, presenter=False):
    widget = FunnelChart(presenter=presenter)
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def chart(qtbot, english):
    return shown_chart(qtbot)


def test_labels_show_formatted_targets_and_owners(chart):
    agreement = demo_agreement()
    plan = plan_for(agreement)
    chart.set_plan(plan, agreement)
    labels = chart.bar_labels()
    assert [s.annual for s in plan.stages] == [50000, 1000, 400, 200, 100, 30]
    assert len(labels) == 6
    assert "Visits" in labels[0] and "50,000" in labels[0] and "Marketing" in labels[0]
    assert "SQL" in labels[3] and "200" in labels[3] and "Sales" in labels[3]
    assert "Customers" in labels[5] and "30" in labels[5] and "Sales" in labels[5]
    assert chart.rate_labels() == ["↓ 2 %", "↓ 40 %", "↓ 50 %", "↓ 50 % (1 month later)",
                                   "↓ 30 % (1 month later)"]


def test_widths_are_monotone_in_targets_and_keep_small_stages_visible(chart):
    agreement = demo_agreement()
    chart.set_plan(plan_for(agreement), agreement)
    widths = chart.bar_widths()
    assert widths == sorted(widths, reverse=True)
    assert len(set(widths)) == len(widths)
    assert widths[0] == pytest.approx(1.0)
    # 30 customers against 50,000 visits still get a bar over a tenth of the widest.
    assert widths[-1] > 0.1
    assert log_widths([5, 5, 1]) == [1.0, 1.0, pytest.approx(0.14)]


def test_a_new_plan_is_drawn_as_a_fresh_chart_would_draw_it(chart, qtbot):
    agreement = demo_agreement()
    chart.set_plan(plan_for(agreement), agreement)
    first_rects = chart.bar_rects()
    items = [chart._bars, *chart._labels, *chart._values, *chart._rates]
    agreement.objective.revenue = Decimal("2400000")
    agreement.stages[0].rate = Decimal("0.01")
    plan = plan_for(agreement)
    chart.set_plan(plan, agreement)
    fresh = shown_chart(qtbot)
    fresh.set_plan(plan, agreement)
    assert "200,000" in chart.bar_labels()[0]
    assert "60" in chart.bar_labels()[-1]
    assert chart.rate_labels()[0] == "↓ 1 %"
    assert (chart.bar_labels(), chart.rate_labels()) == (fresh.bar_labels(), fresh.rate_labels())
    # The bars moved with the new targets (Visits grew fourfold, Leads twofold: Leads' bar is
    # narrower against the widest)...
    assert chart.bar_rects() != first_rects
    assert chart.bar_rects()[1].width() < first_rects[1].width()
    # ...to where a chart drawn afresh puts them, and every pixel matches.
    assert chart.bar_rects() == fresh.bar_rects()
    assert chart.grab().toImage() == fresh.grab().toImage()
    # Contract of the live edit path (an edit redraws within a frame): the chart updates its
    # items in place; it does not build new ones for a plan with the same stages.
    now = [chart._bars, *chart._labels, *chart._values, *chart._rates]
    assert all(a is b for a, b in zip(now, items, strict=True))


def test_stage_count_change_rebuilds_text_items(chart):
    agreement = demo_agreement()
    chart.set_plan(plan_for(agreement), agreement)
    agreement.stages = agreement.stages[2:]
    chart.set_plan(plan_for(agreement), agreement)
    assert len(chart.bar_labels()) == 4
    assert len(chart.bar_widths()) == 4
    assert len(chart.rate_labels()) == 3
    assert len(chart.bar_rects()) == 4
    # Items of the stages that went are removed from the view, not just hidden.
    assert len(chart._labels) == 4 and len(chart._rates) == 3


def test_a_stage_added_below_moves_every_text_where_a_fresh_chart_has_it(chart, qtbot):
    """The rates and labels above keep their texts but not their places."""
    agreement = demo_agreement()
    chart.set_plan(plan_for(agreement), agreement)
    agreement.stages[-1].rate = Decimal("0.5")
    agreement.stages.append(Stage("Renewals", None, "Sales"))
    plan = plan_for(agreement)
    chart.set_plan(plan, agreement)
    fresh = shown_chart(qtbot)
    fresh.set_plan(plan, agreement)
    assert len(chart.rate_labels()) == 6
    places = [[item.pos() for item in items] for items in (chart._labels, chart._rates)]
    assert places == [[item.pos() for item in items] for items in (fresh._labels, fresh._rates)]
    assert chart.grab().toImage() == fresh.grab().toImage()


def test_cleared_chart_says_why(chart):
    agreement = demo_agreement()
    chart.set_plan(plan_for(agreement), agreement)
    agreement.stages[1].rate = Decimal("1.5")
    chart.set_plan(None, agreement)
    assert chart.bar_labels() == []
    assert "stage “Leads” rate" in chart.message()
    assert "at most 1" in chart.message()
    chart.set_plan(None, None)
    assert chart.message() == "No agreement is selected."


def test_no_mouse_interaction_or_menu(chart, qtbot):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    agreement = demo_agreement()
    chart.set_plan(plan_for(agreement), agreement)
    viewport = chart._plot.viewport()
    before = (chart._view.viewRange(), _on_screen(chart, chart._values[0]))
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(centre, viewport.mapToGlobal(centre), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, wheel)  # a scroll wheel does not zoom
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=viewport.rect().center())
    qtbot.mouseMove(viewport, viewport.rect().center() + QPoint(80, 40))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton,  # nor a drag pan
                       pos=viewport.rect().center() + QPoint(80, 40))
    assert (chart._view.viewRange(), _on_screen(chart, chart._values[0])) == before
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=viewport.rect().center())
    assert QApplication.activePopupWidget() is None  # and no context menu


def test_presenter_mode_uses_large_type(qtbot, english):
    agreement = demo_agreement()
    plan = plan_for(agreement)
    normal, big = shown_chart(qtbot, 1280, 720), shown_chart(qtbot, 1280, 720, presenter=True)
    for chart in (normal, big):
        chart.set_plan(plan, agreement)
    assert all(b >= 1.8 * n for b, n in zip(big.font_sizes(), normal.font_sizes(), strict=True))
    # The targets are drawn taller on screen.
    assert _on_screen(big, big._values[0]).height() > \
        1.6 * _on_screen(normal, normal._values[0]).height()


def test_rates_keep_their_decimals(english):
    locale = QLocale()
    assert format_rate(locale, Decimal("0.025")) == "2.5 %"
    assert format_rate(locale, Decimal("0.5")) == "50 %"
    assert format_rate(locale, Decimal("0.12345")) == "12.35 %"


def test_owner_without_party_gets_a_label(chart):
    agreement = demo_agreement()
    agreement.stages = [Stage("Leads", Decimal("0.5")), Stage("Customers")]
    agreement.parties = []
    chart.set_plan(plan_for(agreement), agreement)
    assert "no owner" in chart.bar_labels()[0]


def test_long_funnel_scales_type_down_to_fit_each_stage(qtbot, english):
    from PySide6.QtGui import QFontMetricsF

    widget = shown_chart(qtbot, 1000, 420, presenter=True)
    agreement = demo_agreement()
    agreement.stages = [Stage(f"Stage {i}", Decimal("0.5"), "Sales") for i in range(9)]
    agreement.stages.append(Stage("Customers", None, "Sales"))
    agreement.custom_kpis, agreement.protocols = [], []
    widget.set_plan(plan_for(agreement), agreement)
    label_size, value_size, rate_size = widget.font_sizes()
    assert label_size < 20 and value_size < 24 and rate_size < 17
    slot = widget._view.height() / 10
    assert QFontMetricsF(widget._label_font).lineSpacing() * 2 <= slot
    assert len(widget.bar_labels()) == 10


def _on_screen(chart, item):
    """Where ``item`` is drawn, in the chart view's pixels."""
    view = chart._plot
    return item.deviceTransform(view.viewportTransform()).mapRect(item.boundingRect())


@pytest.mark.parametrize("size", [(640, 420), (1100, 700)])
def test_texts_sit_on_their_bars_at_any_size(qtbot, english, size):
    from PySide6.QtCore import QRectF

    widget = shown_chart(qtbot, *size)
    agreement = demo_agreement()
    plan = plan_for(agreement)
    widget.set_plan(plan, agreement)
    count = len(plan.stages)
    for index, width in enumerate(widget.bar_widths()):
        y = count - 1 - index
        bar = widget._view.mapViewToDevice(QRectF(-width / 2, y - 0.32, width, 0.64))
        bar = bar.boundingRect()
        value, label = _on_screen(widget, widget._values[index]), _on_screen(widget,
                                                                            widget._labels[index])
        # The target is centred in its bar (the demo's bars are wide enough for it).
        assert abs(value.center().x() - bar.center().x()) < 1.5
        assert abs(value.center().y() - bar.center().y()) < 1.5
        assert bar.contains(value)
        # The stage name and owner stand left of the bars, level with their own bar.
        assert label.right() < bar.left() + 1 and label.left() >= 0
        assert abs(label.center().y() - bar.center().y()) < 1.5
        # Text keeps its size in pixels, upright, whatever the view's scale.
        drawn = widget._values[index].deviceTransform(widget._plot.viewportTransform())
        assert (drawn.m11(), drawn.m22()) == (pytest.approx(1), pytest.approx(1))
        assert value.height() == pytest.approx(
            widget._values[index].boundingRect().height(), abs=0.5)
    rates = [_on_screen(widget, r) for r in widget._rates[: count - 1]]
    for index, rate in enumerate(rates):
        # Each rate sits in the gap between its two bars.
        above = widget._view.mapViewToDevice(QRectF(0, count - 1 - index - 0.32, 0.1, 0.01))
        below = widget._view.mapViewToDevice(QRectF(0, count - 2 - index + 0.32, 0.1, 0.01))
        assert above.boundingRect().top() < rate.center().y() < below.boundingRect().top() or \
            below.boundingRect().bottom() < rate.center().y() < above.boundingRect().bottom()


def test_a_target_too_wide_for_its_bar_stands_right_of_it(qtbot, english):
    from PySide6.QtCore import QRectF

    # Presenter type in a narrow chart: the lower stages' bars get narrower than their targets
    # (the narrowest width that does so depends on the fonts installed).
    agreement = demo_agreement()
    agreement.objective.revenue = Decimal("12000000")
    plan = plan_for(agreement)
    index = len(plan.stages) - 1
    for width in (320, 280, 240, 200):
        widget = shown_chart(qtbot, width, 420, presenter=True)
        widget.set_plan(plan, agreement)
        bar_width = widget.bar_widths()[index]
        bar = widget._view.mapViewToDevice(
            QRectF(-bar_width / 2, -0.32, bar_width, 0.64)).boundingRect()
        value = _on_screen(widget, widget._values[index])
        if value.width() + 8 > bar.width():
            break
    else:
        pytest.fail("no chart width made the last target wider than its bar")
    assert bar.right() < value.left() < bar.right() + 8
    assert abs(value.center().y() - bar.center().y()) < 1.5
    # Outside the bar it is drawn in the text colour, not the bar's contrast colour.
    assert widget._values[index].colour == widget._foreground
    # The same chart updated in place: back inside its bar (a smaller target), the target
    # takes the bar's contrast colour again, and out again the text colour; each time as a
    # chart drawn afresh draws it.
    wide = demo_agreement()  # every stage near the top's size: every bar near full width
    for stage in wide.stages[:-1]:
        stage.rate = Decimal("0.9")
    for shown in (wide, agreement):
        widget.set_plan(plan_for(shown), shown)
        fresh = shown_chart(qtbot, widget.width(), 420, presenter=True)
        fresh.set_plan(plan_for(shown), shown)
        assert widget._values[index].colour == fresh._values[index].colour
        assert widget.grab().toImage() == fresh.grab().toImage()
        if shown is wide:
            assert widget._values[index].colour != widget._foreground
    assert widget._values[index].colour == widget._foreground


def test_bars_follow_widths_owners_and_segments(chart):
    from slaworkshop.model import Segment
    from ui.plan.funnel_chart import PALETTE

    agreement = demo_agreement()
    chart.set_plan(plan_for(agreement), agreement)
    widths = chart.bar_widths()
    rects = chart.bar_rects()
    # Centred, each as wide as its log width, top stage first, all of one height.
    scale = rects[0].width() / widths[0]
    assert [round(r.width() / scale, 6) for r in rects] == [round(w, 6) for w in widths]
    assert all(abs(r.center().x() - rects[0].center().x()) < 0.5 for r in rects)
    assert [r.top() for r in rects] == sorted(r.top() for r in rects)
    assert len({round(r.height(), 3) for r in rects}) == 1
    assert chart.bar_colours() == [PALETTE[0].lower()] * 3 + [PALETTE[1].lower()] * 3
    # A stage handed to the other team changes colour; one stage fewer, one bar fewer.
    agreement.stages[2].owner = "Sales"
    chart.set_plan(plan_for(agreement), agreement)
    assert chart.bar_colours()[2] == PALETTE[1].lower()
    removed = agreement.stages.pop(3)
    chart.set_plan(plan_for(agreement), agreement)
    assert len(chart.bar_rects()) == len(chart.bar_colours()) == 5
    # Back to six: the new last bar has its own size and colour.
    agreement.stages.insert(3, removed)
    chart.set_plan(plan_for(agreement), agreement)
    assert [round(r.width() / scale, 6) for r in chart.bar_rects()] == [
        round(w, 6) for w in chart.bar_widths()]
    assert chart.bar_colours()[5] == PALETTE[1].lower()
    del agreement.stages[3]
    chart.set_plan(plan_for(agreement), agreement)
    # Segments: the bars give way to their parts, and come back without them.
    agreement.segments = [Segment("SMB", Decimal("0.6"), Decimal(24000)),
                          Segment("Enterprise", Decimal("0.4"), Decimal(60000))]
    chart.set_plan(plan_for(agreement), agreement)
    assert len(chart.segment_parts()) == 5
    assert not any(bar.isVisible() for bar in chart._bars)
    agreement.segments = []
    chart.set_plan(plan_for(agreement), agreement)
    assert chart.segment_parts() == []
    assert all(bar.isVisible() for bar in chart._bars)


@pytest.mark.parametrize("presenter", [False, True])
def test_targets_drawn_straight_away_look_as_from_a_kept_pixmap(qtbot, english, presenter):
    """The targets change with nearly every keystroke, so they are not kept as pixmaps
    (the labels are): the chart must look the same either way."""
    from PySide6.QtWidgets import QGraphicsItem

    agreement = demo_agreement()
    images = []
    for cached in (False, True):
        chart = shown_chart(qtbot, presenter=presenter)
        chart.set_plan(plan_for(agreement), agreement)
        if cached:
            for value in chart._values:
                value.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        assert all(v.cacheMode() is QGraphicsItem.CacheMode.NoCache for v in chart._values
                   ) is not cached
        images.append(chart.grab().toImage())
    assert images[0] == images[1]
