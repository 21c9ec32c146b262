"""The next case: the one most likely to be still needed, never the case just done.

A learner is done when every competency is mastered, and a competency that only one case
trains can only be practised there, so what matters is which case's competencies are most
likely still below mastery. Each case is scored by that chance; a case whose competencies are
all probably mastered scores near zero and is not repeated.

Levels are pooled: a competency's starting level is read beside the learner's general level
(what their other competencies started at), so a competency not yet seen, or seen once with a
single item, is judged from how this learner does elsewhere rather than from a fixed prior.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist

from osce.learner.mastery import (
    GAIN_SD,
    GENERAL_SD,
    MASTERY,
    NOMINAL_POINTS,
    PRIOR_VARIANCE,
    SPREAD,
    Rating,
    case_offset,
    course,
    dose,
    logistic,
    logit,
)

TARGET = 0.7  # between cases equally needed: the one whose expected score is nearest this
POOL_RISK = 0.5  # per logit of assumed gain, how much less a level says about the general one
TIE = 0.01  # needs this close are equal: then the case nearest TARGET


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


@dataclass(frozen=True)
class Estimate:
    """A competency's current level, pooled with the learner's other competencies."""

    mean: float  # logits at a standard case
    sd: float
    evidence: int

    @property
    def below(self) -> float:
        """The chance that the competency is still below mastery."""
        return NormalDist().cdf((logit(MASTERY) - self.mean) / self.sd)

    def expected(self, difficulty: int) -> float:
        return logistic(self.mean - case_offset(difficulty))


def expected_score(ratings: dict[str, Rating], case: CaseProfile) -> float:
    total = sum(case.competencies.values())
    return sum(w * ratings.get(c, Rating()).expected(case.difficulty)
               for c, w in case.competencies.items()) / total


def estimates(ratings: dict[str, Rating], cases: Sequence[CaseProfile],
              recent: Sequence[str] = ()) -> dict[str, Estimate]:
    """Every competency the cases exercise or the learner has a rating in, pooled."""
    history = _points_by_competency(cases, recent)
    typical = _typical_points(cases)
    # A rating is the mode of a Gaussian over the starting level under the wide prior that
    # `update` starts from, and its variance depends only on the stations behind it: undo
    # that prior to get what the competency's own evidence says, then pool the competencies.
    evidence: dict[str, tuple[float, float, float]] = {}  # start, its precision, gained
    general_precision, general_sum = 1.0 / GENERAL_SD**2, 0.0
    for competency, rating in ratings.items():
        if rating.evidence <= 0:
            continue
        points = history.get(competency, [])
        if len(points) != rating.evidence:  # history and ratings disagree: trust the ratings
            points = [points[-1] if points else typical.get(competency, NOMINAL_POINTS)] \
                * rating.evidence
        path = course(points)
        precision = max(1e-9, 1.0 / path.variance - 1.0 / PRIOR_VARIANCE)
        # the rating is the level its latest station showed; that station's gain came after
        posterior = rating.value - course(points[:-1]).gained
        start = posterior / path.variance / precision
        evidence[competency] = (start, precision, path.gained)
        # a start read through many assumed gains says less about the general level
        spread = 1.0 / precision + SPREAD**2 + (POOL_RISK * path.gain_at_evidence) ** 2
        general_precision += 1.0 / spread
        general_sum += start / spread
    general, general_var = general_sum / general_precision, 1.0 / general_precision
    prior_var = SPREAD**2 + general_var
    out = {}
    for competency in sorted({c for case in cases for c in case.competencies} | set(evidence)):
        if competency in evidence:
            start, precision, gained = evidence[competency]
            var = 1.0 / (1.0 / prior_var + precision)
            mean = var * (general / prior_var + precision * start) + gained
            sd = math.sqrt(var + (GAIN_SD * gained) ** 2)
            out[competency] = Estimate(mean, sd, ratings[competency].evidence)
        else:
            out[competency] = Estimate(general, math.sqrt(prior_var), 0)
    return out


def _points_by_competency(cases: Sequence[CaseProfile],
                          recent: Sequence[str]) -> dict[str, list[float]]:
    """The rubric points each station in `recent` examined each competency with, in order."""
    by_id = {c.id: c for c in cases}
    points: dict[str, list[float]] = {}
    for case_id in recent:
        case = by_id.get(case_id)
        for competency, weight in case.competencies.items() if case else ():
            points.setdefault(competency, []).append(weight)
    return points


def _typical_points(cases: Sequence[CaseProfile]) -> dict[str, float]:
    weights: dict[str, list[float]] = {}
    for case in cases:
        for competency, weight in case.competencies.items():
            weights.setdefault(competency, []).append(weight)
    return {c: sum(w) / len(w) for c, w in weights.items()}


def need(estimates: dict[str, Estimate], case: CaseProfile) -> float:
    """The chance that this case still has something to teach: that at least one competency
    it trains is below mastery, each counted by how much of the station trains it."""
    unneeded = 1.0
    for competency, weight in case.competencies.items():
        unneeded *= 1.0 - estimates[competency].below * dose(weight)
    return 1.0 - unneeded


def _expected(estimates: dict[str, Estimate], case: CaseProfile) -> float:
    total = sum(case.competencies.values())
    return sum(w * estimates[c].expected(case.difficulty)
               for c, w in case.competencies.items()) / total


def recommend(ratings: dict[str, Rating], cases: Sequence[CaseProfile],
              recent: Sequence[str] = ()) -> Recommendation:
    """`recent` is the learner's case ids, oldest first (all of them: the policy reads which
    stations trained each competency from it); the last is never repeated."""
    last = recent[-1] if recent else None
    levels = estimates(ratings, cases, recent)
    options = [(need(levels, case), case) for case in cases if case.id != last]
    if not options:
        raise ValueError("no case to recommend: the library has only the case just done")
    most = max(score for score, _ in options)
    chosen = min((case for score, case in options if score >= most - TIE),
                 key=lambda case: abs(_expected(levels, case) - TARGET))
    return Recommendation(chosen.id, _expected(levels, chosen), _reasons(levels, chosen, recent))


def _reasons(levels: dict[str, Estimate], case: CaseProfile,
             recent: Sequence[str]) -> list[str]:
    trained = sorted(case.competencies, key=lambda c: -levels[c].below)
    weakest = [c for c in trained if levels[c].below >= 0.5][:3] or trained[:1]
    reasons = []
    if not recent:
        reasons.append(f"a first case, to see where you stand in its {len(case.competencies)} "
                       "competencies")
    reasons.append("trains your weakest: " + ", ".join(
        f"{c} (not yet examined)" if levels[c].evidence == 0 else
        f"{c} ({levels[c].below:.0%} chance it is below mastery)" for c in weakest))
    reasons.append(f"expected score {_expected(levels, case):.0%}")
    if recent:
        reasons.append(f"not the case you just did ({recent[-1]})")
    return reasons
