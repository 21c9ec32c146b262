"""The mastery-over-time chart, drawn on the server as SVG coordinates: no chart library, no
JavaScript, and it prints."""

from __future__ import annotations

from dataclasses import dataclass, field

from osce.learner.mastery import MASTERY

# Okabe-Ito and friends: told apart by most colour-blind readers; dashes take over after that
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C564B",
           "#6A3D9A", "#B8860B", "#1F78B4"]
DASHES = ["", "6 4", "2 3"]
WIDTH, HEIGHT = 640, 280
LEFT, RIGHT, TOP, BOTTOM = 66, 16, 14, 44


@dataclass
class Series:
    name: str
    color: str
    dash: str
    points: list[tuple[float, float, float]]  # x, y, mastery
    overall: bool = False

    @property
    def path(self) -> str:
        return " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in self.points)

    @property
    def latest(self) -> float:
        return self.points[-1][2]


@dataclass
class Chart:
    width: int = WIDTH
    height: int = HEIGHT
    series: list[Series] = field(default_factory=list)
    x_ticks: list[tuple[float, str]] = field(default_factory=list)
    y_ticks: list[tuple[float, str]] = field(default_factory=list)
    target_y: float = 0.0
    left: int = LEFT
    right_edge: int = WIDTH - RIGHT
    bottom_edge: int = HEIGHT - BOTTOM


def _x(i: int, n: int) -> float:
    if n == 1:
        return (LEFT + WIDTH - RIGHT) / 2
    return LEFT + (WIDTH - LEFT - RIGHT) * i / (n - 1)


def _y(mastery: float) -> float:
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - max(0.0, min(1.0, mastery)))


def mastery_chart(history: list[tuple[str, dict[str, float]]]) -> Chart | None:
    """One line per competency over the learner's attempts (evenly spaced: the order of
    practice matters more than the days between), and a bold line for the mean."""
    if not history:
        return None
    n = len(history)
    names = sorted({c for _, mastery in history for c in mastery})
    chart = Chart(target_y=_y(MASTERY))
    for k, name in enumerate(names):
        points = [(_x(i, n), _y(m[name]), m[name]) for i, (_, m) in enumerate(history)
                  if name in m]
        chart.series.append(Series(name, PALETTE[k % len(PALETTE)],
                                   DASHES[(k // len(PALETTE)) % len(DASHES)], points))
    overall = [(_x(i, n), _y(sum(m.values()) / len(m)), sum(m.values()) / len(m))
               for i, (_, m) in enumerate(history) if m]
    chart.series.append(Series("Overall", "#1b2a3a", "", overall, overall=True))
    step = max(1, n // 8)  # at most about eight labels, so they never collide
    chart.x_ticks = [(_x(i, n), str(i + 1)) for i in range(0, n, step)]
    chart.y_ticks = [(_y(v / 100), f"{v}%") for v in (0, 25, 50, 75, 100)]
    return chart
