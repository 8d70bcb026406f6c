"""A bar chart (QtCharts) of a few series over categories: grouped, stacked or horizontal, with
whole-number or money axes, a legend when there are several series, a tooltip on hover, and a
signal when a bar is clicked (to open the records behind it)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import QLabel, QToolTip, QWidget

STEPS = (1, 2, 5)


@dataclass(frozen=True)
class BarSeries:
    name: str
    values: Sequence[float]
    color: str


def nice_axis(largest: float, ticks: int = 5, whole: bool = True) -> tuple[float, int]:
    """A round top for a value axis and the number of intervals: whole steps for counts
    (no 0.5 people), 1-2-5 steps otherwise; a little room above the largest bar."""
    if largest <= 0:
        return (ticks if whole else 1.0), ticks
    target = largest * 1.08 / ticks
    magnitude = 10 ** math.floor(math.log10(target))
    step = next((s * magnitude for s in STEPS if s * magnitude >= target), 10 * magnitude)
    if whole:
        step = max(1, math.ceil(step))
    intervals = max(1, math.ceil(largest * 1.08 / step))
    return step * intervals, intervals


class BarChartView(QChartView):
    bar_clicked = Signal(int, int)  # series index, category index (in the order given)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._minimum = 200
        self.setMinimumHeight(self._minimum)
        self._title = ""
        self._chart = self._new_chart()
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setStyleSheet("color: #95a5a6; background: transparent;")
        self.empty_label.hide()
        self.categories: list[str] = []
        self.series_names: list[str] = []
        self.bar_sets: list[QBarSet] = []
        self.series: QAbstractBarSeries | None = None
        self._horizontal = False
        self._unit = ""
        self._decimals = 0

    def _new_chart(self) -> QChart:
        """A fresh chart for every set of bars: axes removed from a chart and replaced leave
        their old labels drawn in the scene."""
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(6, 4, 10, 4))
        chart.setBackgroundRoundness(6)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(self.font().pointSizeF() * 1.05)
        chart.setTitleFont(title_font)
        chart.setTitle(self._title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        return chart

    def set_title(self, title: str) -> None:
        self._title = title
        self._chart.setTitle(title)

    def set_empty_text(self, text: str) -> None:
        self.empty_label.setText(text)
        self.empty_label.adjustSize()
        self._place_empty_label()

    def show_bars(self, categories: Sequence[str], series: Sequence[BarSeries], *,
                  stacked: bool = False, horizontal: bool = False, decimals: int = 0,
                  unit: str = "", labels: bool = False) -> None:
        """Replace the chart's bars. ``decimals`` > 0 for money; ``labels`` writes each bar's
        value at its end (for charts with one series); ``unit`` follows a value in the
        tooltip."""
        chart = self._chart = self._new_chart()
        self.categories = list(categories)
        self.series_names = [s.name for s in series]
        self._horizontal = horizontal
        self._unit = unit
        self._decimals = decimals
        # A horizontal chart draws its first category at the bottom: give it the list reversed
        # so the first one reads at the top.
        order = list(reversed(range(len(categories)))) if horizontal else list(range(
            len(categories)))
        bars: QAbstractBarSeries
        if horizontal:
            bars = QHorizontalBarSeries()
        elif stacked:
            bars = QStackedBarSeries()
        else:
            bars = QBarSeries()
        if len(series) > 1 and not stacked:
            bars.setBarWidth(0.62)
        else:  # one or two fat bars look like a mistake
            bars.setBarWidth(0.55 if len(categories) > 2 else 0.35)
        self.bar_sets = []
        for index, item in enumerate(series):
            bar_set = QBarSet(item.name)
            bar_set.append([round(float(item.values[i]), decimals) for i in order])
            bar_set.setColor(QColor(item.color))
            bar_set.setBorderColor(QColor(item.color).darker(115))
            bar_set.setLabelColor(QColor("#2c3e50"))
            bar_set.clicked.connect(lambda i, s=index: self._on_clicked(s, i))
            bar_set.hovered.connect(lambda status, i, s=index: self._on_hovered(status, s, i))
            bars.append(bar_set)
            self.bar_sets.append(bar_set)
        if labels:
            bars.setLabelsVisible(True)
            bars.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
            bars.setLabelsFormat("@value")
        chart.addSeries(bars)
        self.series = bars

        category_axis = QBarCategoryAxis()
        category_axis.append([self.categories[i] for i in order])
        category_axis.setLabelsFont(self._axis_font())
        category_axis.setGridLineVisible(False)
        # The height left to a category label is counted with paddings that make short CJK
        # names ("欠薪") come out as "..." although they fit: the minimum height below keeps
        # room for every label instead.
        category_axis.setTruncateLabels(False)
        if not horizontal and len(categories) > 12:
            category_axis.setLabelsAngle(-90)
        value_axis = QValueAxis()
        value_axis.setLabelsFont(self._axis_font())
        totals = ([sum(float(s.values[i]) for s in series) for i in range(len(categories))]
                  if stacked else [float(v) for s in series for v in s.values])
        largest = max(totals, default=0.0)
        if labels:  # room for the value written past the longest bar
            largest *= 1.12
        top, intervals = nice_axis(largest, whole=decimals == 0)
        value_axis.setRange(0, top)
        value_axis.setTickCount(intervals + 1)
        value_axis.setLabelFormat("%d" if decimals == 0 else f"%.{self._axis_decimals(top)}f")
        value_axis.setGridLineColor(QColor("#e5e8e8"))
        if horizontal and labels:
            # Every bar carries its value: the value axis needs no labels, and the categories
            # get its height. (The unit is in the chart's title: a rotated axis title of one
            # character is elided to "...".)
            value_axis.setLabelsVisible(False)
        if horizontal:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(category_axis)
        bars.attachAxis(value_axis)
        chart.legend().setVisible(len(series) > 1)
        chart.legend().setFont(self._axis_font())
        self.empty_label.setVisible(not self.categories or largest == 0)
        self._place_empty_label()
        if horizontal:  # room for every category's label, however many there are
            line = QFontMetrics(self._axis_font()).height() + 8
            self.setMinimumHeight(max(self._minimum, 84 + line * len(self.categories)))
        else:
            self.setMinimumHeight(self._minimum)

    def set_minimum_chart_height(self, height: int) -> None:
        self._minimum = height
        self.setMinimumHeight(height)

    def value(self, series: int, category: int) -> float:
        """The bar's value, by the indexes given to show_bars."""
        position = len(self.categories) - 1 - category if self._horizontal else category
        return float(self.bar_sets[series].at(position))

    def _axis_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 0.9)
        return font

    @staticmethod
    def _axis_decimals(top: float) -> int:
        if top >= 10:
            return 0
        return 1 if top >= 1 else 2

    def _category(self, position: int) -> int:
        return len(self.categories) - 1 - position if self._horizontal else position

    def _on_clicked(self, series: int, position: int) -> None:
        self.bar_clicked.emit(series, self._category(position))

    def _on_hovered(self, status: bool, series: int, position: int) -> None:
        if not status:
            QToolTip.hideText()
            return
        category = self._category(position)
        value = self.value(series, category)
        shown = f"{value:,.{self._decimals}f}" if self._decimals else f"{value:,.0f}"
        name = self.series_names[series] if len(self.series_names) > 1 else ""
        parts = [self.categories[category], name, f"{shown} {self._unit}".strip()]
        QToolTip.showText(QCursor.pos(), "　".join(p for p in parts if p), self)

    def _place_empty_label(self) -> None:
        label = self.empty_label
        label.move((self.width() - label.width()) // 2, (self.height() - label.height()) // 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_empty_label()
