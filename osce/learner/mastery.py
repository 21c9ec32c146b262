"""Mastery per competency on the logit scale, from scorecards.

Why not Bayesian knowledge tracing: BKT treats a skill as learnt or not and needs slip, guess
and learning rates per skill fitted from data we do not have; a station gives graded evidence
(items met or missed) on cases of known difficulty. A logistic model puts the learner and the
case on one scale, so it gives the expected score on any case directly.

What is estimated is where the learner *started* in each competency; the current level is
that plus an assumed gain for every station that has trained it (a power law: the first
stations teach most). Keeping the start apart from the gains is what lets the policy pool
competencies (policy.py): a general level says something about where an unseen competency
starts, nothing about how much it has been practised. The estimate is a Gaussian updated
once per scorecard. Its variance depends only on which stations examined the competency and
with how many rubric points (`course`), never on the scores, so a rating stores only its
mean and the policy recomputes the rest from the learner's case history.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

MASTERY = 0.8  # expected share of a competency's items at a standard case, to call it mastered
STANDARD_DIFFICULTY = 3
CAUTION = 1.0  # logits below the estimate for the cautious reading, shrinking with evidence

# The learner model's assumptions, in logits on the scale of a standard case.
GENERAL_SD = 1.0  # a learner's general level before any evidence, around 50% on a standard case
SPREAD = 0.5  # how far one competency typically sits from the learner's general level
FORM_SD = 0.3  # form on the day: one station's results move together, so they count as less
GAIN = 1.5  # what a station that trains a competency fully adds, the first time
GAIN_SD = 0.2  # relative uncertainty of each assumed gain
POINTS_SCALE = 1.0  # rubric points at which a station has taught ~2/3 of what it can
ITEM_INFO = 0.2  # what one item tells about the level: p(1-p) for a score near the learner's
SLIP = 0.03  # an item missed (or met) whatever the level: lapses, lucky guesses
NOMINAL_POINTS = 4.0  # rubric points assumed where a score does not say how many it is out of
PRIOR_VARIANCE = GENERAL_SD**2 + SPREAD**2  # a competency's starting level before evidence


def logistic(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def case_offset(difficulty: int) -> float:
    """A case's difficulty on the rating scale: each level half a logit."""
    return 0.5 * (difficulty - STANDARD_DIFFICULTY)


def dose(points: float) -> float:
    """How much of what it can teach a station teaches a competency worth `points` of its
    rubric: one item already teaches, a station built around the competency teaches fully."""
    return 1.0 - math.exp(-points / POINTS_SCALE)


def items(points: float) -> int:
    return max(1, round(points))


class Share(float):
    """A share of a competency's rubric points earned (0..1) that remembers how many points
    it was out of: 1 of 1 says far less than 12 of 12. Callers may treat it as a float."""

    points: float

    def __new__(cls, share: float, points: float) -> Share:
        obj = super().__new__(cls, share)
        obj.points = points
        return obj


@dataclass(frozen=True)
class Course:
    """What the model assumes about a competency after the stations that examined it."""

    variance: float  # of the starting level, given those stations' results
    gained: float  # assumed gain from their practice
    gain_at_evidence: float  # the assumed gain the evidence rests on, weighted by evidence


def course(points: Sequence[float]) -> Course:
    """The course of a competency examined by stations worth `points` each, in order. Each
    result measured the starting level plus the gains before it, so a later result is less
    sure evidence of the start than a first one."""
    precision, gained, practice, info_sum, info_gain = 1.0 / PRIOR_VARIANCE, 0.0, 0.0, 0.0, 0.0
    for p in points:
        info = _information(items(p), gained)
        precision += info
        info_sum += info
        info_gain += info * gained
        gained += _gain(p, practice)
        practice += dose(p)
    return Course(1.0 / precision, gained, info_gain / info_sum if info_sum else 0.0)


def _gain(points: float, practice: float) -> float:
    # power law of practice: the first stations on a competency teach most
    return GAIN * dose(points) / math.sqrt(1.0 + practice)


def _information(n: int, gained: float) -> float:
    base = n * ITEM_INFO
    return base / (1.0 + base * _extra_variance(gained))


def _extra_variance(gained: float) -> float:
    return FORM_SD**2 + (GAIN_SD * gained) ** 2


@dataclass(frozen=True)
class Rating:
    value: float = 0.0  # the level the latest station showed (logits, standard case)
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

    def updated(self, difficulty: int, observed: float,
                points: float = NOMINAL_POINTS) -> Rating:
        """After a station worth `points` of this competency earned `observed` of them.
        Earlier stations are taken to have been worth as much (exact for a competency one
        case examines; the policy recomputes the course from the real history)."""
        shown = course([points] * max(0, self.evidence - 1))  # before the latest station
        before = course([points] * self.evidence)
        start = self.value - shown.gained if self.evidence else 0.0
        n = items(points)
        start = _posterior_mode(start, before.variance, n, observed * n,
                                before.gained - case_offset(difficulty),
                                _extra_variance(before.gained))
        return Rating(start + before.gained, self.evidence + 1)


def _posterior_mode(mean: float, variance: float, n: int, k: float, shift: float,
                    extra: float) -> float:
    """The most likely starting level given a Normal(mean, variance) prior and k of n items
    met at logistic(level + shift); `extra` is variance beyond the items' own (form, gains)."""
    x = mean
    for _ in range(20):
        q = logistic(x + shift)
        p = SLIP + (1.0 - 2.0 * SLIP) * q
        slope = (1.0 - 2.0 * SLIP) * q * (1.0 - q)
        info = n * slope * slope / (p * (1.0 - p))
        temper = 1.0 / (1.0 + info * extra)
        score = (k - n * p) * slope / (p * (1.0 - p))
        step = (temper * score - (x - mean) / variance) / (temper * info + 1.0 / variance)
        x += max(-2.0, min(2.0, step))
        if abs(step) < 1e-6:
            break
    return x


def update(ratings: dict[str, Rating], difficulty: int,
           scores: Mapping[str, float]) -> dict[str, Rating]:
    """Ratings after one scorecard's per-competency results (shares earned, 0..1; a `Share`
    also says how many rubric points each was out of)."""
    out = dict(ratings)
    for competency, observed in scores.items():
        points = getattr(observed, "points", NOMINAL_POINTS)
        out[competency] = out.get(competency, Rating()).updated(difficulty, float(observed),
                                                                points)
    return out
