"""The borderline regression scatter: checklist score against global rating, with the fitted
line and the pass mark in force, drawn on the server as SVG coordinates (as chart.py draws
mastery): no chart library, no JavaScript, and it prints."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from osce.examining.results import StationStandard

WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 52, 24, 14, 48
SPREAD = 7.0  # pixels between points that share a level, so none hides another
MAX_SPREAD = 40.0


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    title: str


@dataclass
class Scatter:
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right_edge: int = WIDTH - RIGHT
    top: int = TOP
    bottom_edge: int = HEIGHT - BOTTOM
    dots: list[Dot] = field(default_factory=list)
    x_ticks: list[tuple[float, str]] = field(default_factory=list)
    y_ticks: list[tuple[float, str]] = field(default_factory=list)
    line: tuple[float, float, float, float] | None = None  # x1, y1, x2, y2
    pass_y: float = 0.0
    pass_label: str = ""
    borderline_x: float = 0.0


def _x(level: float, levels: int) -> float:
    """Levels are spread evenly with half a step of margin at each end."""
    step = (WIDTH - LEFT - RIGHT) / levels
    return LEFT + step * (level + 0.5)


def _y(percent: float) -> float:
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - max(0.0, min(100.0, percent)) / 100)


def _segment(intercept: float, slope: float, last: int) -> tuple[float, float] | None:
    """The levels between which the line stays within 0-100%, inside 0..last."""
    if slope == 0:
        return (0.0, float(last)) if 0 <= intercept <= 100 else None
    ends = sorted(((0 - intercept) / slope, (100 - intercept) / slope))
    low, high = max(0.0, ends[0]), min(float(last), ends[1])
    return (low, high) if low <= high else None


def brm_chart(standard: StationStandard) -> Scatter | None:
    """None while there are no ratings to plot."""
    if not standard.points:
        return None
    regression = standard.regression
    levels = regression.levels
    k = len(levels)
    chart = Scatter(x_ticks=[(_x(i, k), name) for i, name in enumerate(levels)],
                    y_ticks=[(_y(v), f"{v}%") for v in (0, 25, 50, 75, 100)],
                    pass_y=_y(standard.pass_mark),
                    pass_label=f"pass mark {standard.pass_mark:g}% ({regression.source})",
                    borderline_x=_x(regression.borderline_index, k))
    at_level: dict[str, list] = defaultdict(list)
    for p in standard.points:
        at_level[p.rating].append(p)
    for level, points in at_level.items():
        points.sort(key=lambda p: p.percent)
        step = min(SPREAD, 2 * MAX_SPREAD / max(1, len(points) - 1))
        centre = _x(levels.index(level), k)
        for j, p in enumerate(points):
            chart.dots.append(Dot(centre + (j - (len(points) - 1) / 2) * step, _y(p.percent),
                                  f"{p.candidate} ({p.circuit_id}): {p.percent:g}%, {level}"))
    if regression.slope is not None and regression.intercept is not None:
        seg = _segment(regression.intercept, regression.slope, k - 1)
        if seg is not None:
            lo, hi = seg
            chart.line = (_x(lo, k), _y(regression.intercept + regression.slope * lo),
                          _x(hi, k), _y(regression.intercept + regression.slope * hi))
    return chart
