"""The next case: train what is weakest, at a difficulty near a 70% expected score, come back
to what was weak after a gap, and never the case just done."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from osce.learner.mastery import MASTERY, Rating

TARGET = 0.7  # expected score the chosen case should sit near: hard enough to learn from
WEIGHT_NEED, WEIGHT_FIT, WEIGHT_SPACING = 1.0, 0.25, 0.3
SATURATION = 3.0  # rubric weight at which a station trains a competency fully


@dataclass(frozen=True)
class CaseProfile:
    id: str
    difficulty: int
    competencies: dict[str, float]  # rubric weight per competency the station exercises


@dataclass(frozen=True)
class Recommendation:
    case_id: str
    expected: float
    reasons: list[str]


def expected_score(ratings: dict[str, Rating], case: CaseProfile) -> float:
    total = sum(case.competencies.values())
    return sum(w * ratings.get(c, Rating()).expected(case.difficulty)
               for c, w in case.competencies.items()) / total


def recommend(ratings: dict[str, Rating], cases: Sequence[CaseProfile],
              recent: Sequence[str] = ()) -> Recommendation:
    """`recent` is the learner's case ids, oldest first; the last is never repeated."""
    last = recent[-1] if recent else None
    practised_recently = set(recent[-3:])
    weak = {c for c in {c for case in cases for c in case.competencies}
            if ratings.get(c, Rating()).mastery < MASTERY}
    best: tuple[float, CaseProfile] | None = None
    for case in cases:
        if case.id == last:
            continue
        # What the case can still teach: each competency's shortfall from mastery, counted
        # by how much of the station trains it (a heavy weight saturates), summed, so a case
        # that trains several weak competencies beats one that trains one.
        need = sum(min(1.0, w / SATURATION)
                   * max(0.0, MASTERY - ratings.get(c, Rating()).cautious)
                   for c, w in case.competencies.items())
        fit = abs(expected_score(ratings, case) - TARGET)
        # Spaced return: a weak competency this case trains that recent cases did not.
        spacing = 1.0 if case.id not in practised_recently and weak & set(case.competencies) \
            else 0.0
        score = WEIGHT_NEED * need - WEIGHT_FIT * fit + WEIGHT_SPACING * spacing
        if best is None or score > best[0] + 1e-12:
            best = (score, case)
    if best is None:
        raise ValueError("no case to recommend: the library has only the case just done")
    chosen = best[1]
    return Recommendation(chosen.id, expected_score(ratings, chosen),
                          _reasons(ratings, chosen, recent))


def _reasons(ratings: dict[str, Rating], case: CaseProfile, recent: Sequence[str]) -> list[str]:
    trained = sorted(case.competencies, key=lambda c: ratings.get(c, Rating()).mastery)
    weakest = [c for c in trained if ratings.get(c, Rating()).mastery < MASTERY][:3]
    reasons = []
    if not recent:
        reasons.append("a first case, pitched near 70% for someone new")
    if weakest:
        reasons.append("trains your weakest: " + ", ".join(
            f"{c} ({ratings.get(c, Rating()).mastery:.0%})" for c in weakest))
    reasons.append(f"expected score {expected_score(ratings, case):.0%}, near the "
                   f"{TARGET:.0%} that stretches without overwhelming")
    if recent:
        reasons.append(f"not the case you just did ({recent[-1]})")
    return reasons
