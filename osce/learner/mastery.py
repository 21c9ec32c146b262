"""Mastery per competency as an Elo-style rating on the logit scale.

Why Elo and not Bayesian knowledge tracing: BKT treats a skill as learnt or not and needs
slip, guess and learning rates per skill fitted from data we do not have; a station gives
graded evidence (an item met, partly met or missed) on cases of known difficulty. An Elo
rating takes graded outcomes, puts the learner and the case on one scale, and so gives the
expected score on any case directly, which is what choosing a case near 70% needs. The step
shrinks with evidence, as in Glicko, so early encounters move the estimate most.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MASTERY = 0.8  # expected share of a competency's items at a standard case, to call it mastered
STANDARD_DIFFICULTY = 3
CAUTION = 1.0  # logits below the estimate for the cautious reading, shrinking with evidence


def logistic(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def case_offset(difficulty: int) -> float:
    """A case's difficulty on the rating scale: each level half a logit."""
    return 0.5 * (difficulty - STANDARD_DIFFICULTY)


@dataclass(frozen=True)
class Rating:
    value: float = 0.0
    evidence: int = 0  # encounters that exercised this competency

    @property
    def mastery(self) -> float:
        """Expected share of this competency's items met on a standard case."""
        return logistic(self.value)

    @property
    def cautious(self) -> float:
        """Mastery at the low end of what the evidence allows: a lucky first station with one
        or two items on a competency must not mark it learnt."""
        return logistic(self.value - CAUTION / math.sqrt(1 + self.evidence))

    def expected(self, difficulty: int) -> float:
        return logistic(self.value - case_offset(difficulty))

    def updated(self, difficulty: int, observed: float) -> Rating:
        step = max(0.25, 1.0 / math.sqrt(1 + self.evidence))
        return Rating(self.value + step * (observed - self.expected(difficulty)) * 4,
                      self.evidence + 1)


def update(ratings: dict[str, Rating], difficulty: int,
           scores: dict[str, float]) -> dict[str, Rating]:
    """Ratings after one scorecard's per-competency results (shares earned, 0..1)."""
    out = dict(ratings)
    for competency, observed in scores.items():
        out[competency] = out.get(competency, Rating()).updated(difficulty, observed)
    return out
