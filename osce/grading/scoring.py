"""Item results to a scorecard: weighted percent, domain and competency scores, critical
items, pass or fail, and the grader's suggested global rating."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from osce.hashing import case_hash
from osce.models.case import Case
from osce.models.rubric import Station
from osce.models.scorecard import ItemResult, NoteResult, Score, Scorecard, Status
from osce.models.transcript import Transcript


def _scores(pairs: list[tuple[str, ItemResult]]) -> list[Score]:
    earned: dict[str, float] = defaultdict(float)
    available: dict[str, float] = defaultdict(float)
    for name, item in pairs:
        earned[name] += item.weight * item.status.credit
        available[name] += item.weight
    return [Score(name=n, earned=round(earned[n], 3), available=available[n])
            for n in available]


def suggest_global(percent: float, pass_mark: float, critical_missed: bool,
                   levels: list[str]) -> str:
    """The grader's own suggestion on the station's scale; the examiner gives the rating.

    Below the pass mark (or with a critical item missed) the lower half of the scale, at or
    above it the upper half, spread evenly.
    """
    n = len(levels)
    lower, upper = levels[: n // 2], levels[n // 2:]
    if critical_missed or percent < pass_mark:
        band = lower or levels[:1]
        position = percent / pass_mark if pass_mark else 0.0
    else:
        band = upper
        position = (percent - pass_mark) / (100 - pass_mark) if pass_mark < 100 else 1.0
    return band[min(len(band) - 1, int(position * len(band)))]


def summarise(station: Station, items: list[ItemResult]) -> dict[str, Any]:
    """Every scorecard field that follows from the item results: what an educator's override
    of some items recomputes too (osce.grading.overrides)."""
    total = sum(i.weight for i in items)
    earned = sum(i.weight * i.status.credit for i in items)
    percent = round(100 * earned / total, 1) if total else 0.0
    critical = [i.id for i in items if i.critical and i.status is Status.not_met]
    return {
        "items": items,
        "domains": _scores([(i.domain.value, i) for i in items]),
        "competencies": _scores([(c, i) for i in items for c in i.competencies]),
        "critical_missed": critical, "percent": percent, "pass_mark": station.pass_mark,
        "passed": percent >= station.pass_mark and not critical,
        "suggested_global": suggest_global(percent, station.pass_mark, bool(critical),
                                           station.global_scale.levels),
    }


def assemble(case: Case, station: Station, transcript: Transcript, grader: str,
             items: list[ItemResult], note: NoteResult | None) -> Scorecard:
    return Scorecard(case_id=case.id, case_hash=case_hash(case), station_id=station.id,
                     grader=grader, note=note, **summarise(station, items))
