"""Synthetic learners for proving a case-selection policy in simulation.

The specification is benchmarks/learners/README.md; this module implements it and nothing more.
A learner has a hidden skill per competency (logits). Each encounter with a case yields observed
per-competency score fractions (what a scorecard's competency results give) and changes the
hidden skills according to the arm's learning rule. A policy sees only the observed attempts.
Mastery is judged on the hidden skills, never on a policy's estimate.
"""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

import numpy as np

if TYPE_CHECKING:
    from osce.library import Library

# --- constants of the specification (README.md, "Parameters") -------------------------------

DIFFICULTY_STEP = 0.4  # logits per difficulty level; a level-3 case sits at offset 0
MASTERY = math.log(3.0)  # hidden skill at which a level-3 case's expected score is 0.75
CAP = 60  # encounters; a learner not mastered by then counts as CAP

START_MEAN = -0.3  # a learner's general level (logits)
START_LEARNER_SD = 0.4  # spread of the general level between learners
START_COMPETENCY_SD = 0.5  # spread of one learner's competencies around their general level
RATE_SD = 0.25  # log-normal spread of learning rates between learners
FORM_SD = 0.3  # a learner's form on the day: one shift shared by all competencies of an attempt

DOSE_SCALE = 1.0  # practice dose = 1 - exp(-weight / DOSE_SCALE)

# standard arm: zone of proximal development, diminishing near a ceiling
STANDARD_GAIN = 1.7
ZPD_TARGET = 0.5  # skill - offset at which a case teaches most (expected score ~0.62)
ZPD_WIDTH = 1.5
ZPD_FLOOR = 0.3  # what a case far too easy or too hard still teaches, relative to the peak
CEILING = 3.0

# mismatched arm: practice count only (power law), forgetting of what is not practised
MISMATCHED_GAIN = 1.8
FORGETTING = 0.01  # share of the distance to the starting skill lost per encounter not practised


def logistic(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


# --- cases ------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class CaseSpec:
    """A case as the simulator sees it: its difficulty and the rubric weight per competency."""

    id: str
    difficulty: int  # 1-5
    competencies: dict[str, float]

    def __post_init__(self) -> None:
        if not 1 <= self.difficulty <= 5:
            raise ValueError(f"{self.id}: difficulty {self.difficulty} is not 1-5")
        if not self.competencies or min(self.competencies.values()) <= 0:
            raise ValueError(f"{self.id}: needs competencies with positive weights")

    @property
    def offset(self) -> float:
        """The case's difficulty on the skill scale (logits)."""
        return (self.difficulty - 3) * DIFFICULTY_STEP


def cases_from_library(library: Library | None = None) -> list[CaseSpec]:
    """One CaseSpec per rubric station: item weights summed per competency, sorted by case id.
    Defaults to the bundled library (`Library.load()`)."""
    from osce.library import Library

    lib = Library.load() if library is None else library
    specs: dict[str, CaseSpec] = {}
    for rubric in lib.rubrics.values():
        for station in rubric.stations:
            weights: dict[str, float] = {}
            for item in station.items:
                for competency in item.competencies:
                    weights[competency] = weights.get(competency, 0.0) + item.weight
            if weights:
                specs[station.case] = CaseSpec(
                    id=station.case, difficulty=lib.case(station.case).difficulty,
                    competencies=dict(sorted(weights.items())))
    return [specs[k] for k in sorted(specs)]


def curriculum(cases: list[CaseSpec]) -> list[str]:
    """Every competency any case exercises, sorted: the ones a learner must master."""
    return sorted({c for case in cases for c in case.competencies})


# --- learners and outcomes --------------------------------------------------------------------


@dataclass(frozen=True)
class Attempt:
    """One encounter as a policy observes it: per-competency fractions 0..1 earned."""

    case_id: str
    scores: dict[str, float]


@dataclass(frozen=True)
class Learner:
    """Hidden state. `practice` is the dose accumulated per competency so far."""

    skill: dict[str, float]
    start: dict[str, float]
    rate: float
    practice: dict[str, float]

    def mastered(self, threshold: float = MASTERY) -> bool:
        return all(s >= threshold for s in self.skill.values())


def new_learner(competencies: list[str], rng: np.random.Generator) -> Learner:
    general = rng.normal(START_MEAN, START_LEARNER_SD)
    skill = {c: float(general + rng.normal(0.0, START_COMPETENCY_SD)) for c in competencies}
    rate = float(math.exp(rng.normal(0.0, RATE_SD)))
    return Learner(skill=skill, start=dict(skill), rate=rate,
                   practice=dict.fromkeys(competencies, 0.0))


def items_for(weight: float) -> int:
    """The number of unit-weight checklist items a competency's weight stands for."""
    return max(1, round(weight))


def dose(weight: float) -> float:
    """How much practice a case gives a competency, from its rubric weight (saturating)."""
    return 1.0 - math.exp(-weight / DOSE_SCALE)


def attempt(learner: Learner, case: CaseSpec, rng: np.random.Generator) -> Attempt:
    """Observed scores: the day's form shifts every competency, then binomial item noise."""
    form = rng.normal(0.0, FORM_SD)
    scores = {}
    for competency, weight in case.competencies.items():
        n = items_for(weight)
        p = logistic(learner.skill[competency] + form - case.offset)
        scores[competency] = int(rng.binomial(n, p)) / n
    return Attempt(case_id=case.id, scores=scores)


# --- learning rules (arms) --------------------------------------------------------------------


def zpd(gap: float) -> float:
    """Learning by distance from the case (skill - offset): peaks a little above the learner."""
    bell = math.exp(-((gap - ZPD_TARGET) ** 2) / (2 * ZPD_WIDTH**2))
    return ZPD_FLOOR + (1.0 - ZPD_FLOOR) * bell


def headroom(skill: float) -> float:
    return max(0.0, 1.0 - math.exp(skill - CEILING))


def learn_standard(learner: Learner, case: CaseSpec) -> Learner:
    """Practice raises a competency, most when the case is just within reach, less near the
    ceiling (never past it). Competencies the case does not exercise are unchanged."""
    skill = dict(learner.skill)
    practice = dict(learner.practice)
    for competency, weight in case.competencies.items():
        s, d = skill[competency], dose(weight)
        gain = STANDARD_GAIN * d * zpd(s - case.offset) * headroom(s)
        skill[competency] = min(CEILING, s + learner.rate * gain)
        practice[competency] += d
    return replace(learner, skill=skill, practice=practice)


def learn_mismatched(learner: Learner, case: CaseSpec) -> Learner:
    """Gain depends on practice count only (power law), never on difficulty or level; every
    competency the case does not exercise decays a little towards where the learner started."""
    skill = dict(learner.skill)
    practice = dict(learner.practice)
    for competency in skill:
        if competency in case.competencies:
            d = dose(case.competencies[competency])
            gain = MISMATCHED_GAIN * d / math.sqrt(1.0 + practice[competency])
            skill[competency] += learner.rate * gain
            practice[competency] += d
        else:
            skill[competency] -= FORGETTING * (skill[competency] - learner.start[competency])
    return replace(learner, skill=skill, practice=practice)


@dataclass(frozen=True)
class Arm:
    name: str
    learn: Callable[[Learner, CaseSpec], Learner]


STANDARD = Arm("standard", learn_standard)
MISMATCHED = Arm("mismatched", learn_mismatched)
ARMS: dict[str, Arm] = {arm.name: arm for arm in (STANDARD, MISMATCHED)}


# --- policies ---------------------------------------------------------------------------------


class Policy(Protocol):
    """Picks a learner's next case from their own observed attempts (never the hidden skill).

    One instance serves every learner of a run, so derive everything from `history`. It must
    not return the case just done."""

    name: str

    def next_case(self, history: list[Attempt], cases: list[CaseSpec],
                  rng: random.Random) -> str: ...


class PolicyViolation(AssertionError):
    """A policy returned an unknown case or repeated the case just done."""


def _last(history: list[Attempt]) -> str | None:
    return history[-1].case_id if history else None


class RoundRobin:
    """Cycles through the competencies (sorted); for the one whose turn it is, the case that
    exercises it most (easier first on ties), never the case just done. A competency that only
    the case just done exercises passes its turn to the next."""

    name = "round-robin"

    def next_case(self, history: list[Attempt], cases: list[CaseSpec],
                  rng: random.Random) -> str:
        competencies = curriculum(cases)
        last = _last(history)
        options = [c for c in cases if c.id != last]
        for step in range(len(competencies)):
            competency = competencies[(len(history) + step) % len(competencies)]
            best = max(options, key=lambda c: (c.competencies.get(competency, 0.0),
                                               -c.difficulty, _reverse(c.id)))
            if best.competencies.get(competency, 0.0) > 0:
                return best.id
        return options[0].id


def _reverse(text: str) -> tuple[int, ...]:
    """Sort key that makes max() prefer the alphabetically first id on a tie."""
    return tuple(-ord(ch) for ch in text)


class RandomPolicy:
    """Any case but the one just done, uniformly."""

    name = "random"

    def next_case(self, history: list[Attempt], cases: list[CaseSpec],
                  rng: random.Random) -> str:
        last = _last(history)
        return rng.choice([c.id for c in cases if c.id != last])


# Factories by name; `python -m benchmarks.learners` runs each one. Add the adaptive policy here.
POLICIES: dict[str, Callable[[], Policy]] = {
    RoundRobin.name: RoundRobin,
    RandomPolicy.name: RandomPolicy,
}


def _adaptive() -> Policy:
    from benchmarks.learners.adaptive import Adaptive  # imports this module: load it late

    return Adaptive()


POLICIES["adaptive"] = _adaptive


# --- the runner -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LearnerRun:
    encounters: int  # until mastery, or the cap
    mastered: bool
    history: list[Attempt]
    trajectory: list[Learner]  # hidden state before any encounter, then after each


def streams(seed: int, index: int) -> tuple[np.random.Generator, np.random.Generator,
                                            random.Random]:
    """Independent streams for learner `index`: traits, outcomes, policy. The traits stream
    depends on (seed, index) only, so every policy and arm meets the same learners."""
    traits = np.random.default_rng((seed, index, 0))
    outcomes = np.random.default_rng((seed, index, 1))
    policy_seed = int(np.random.SeedSequence((seed, index, 2)).generate_state(1)[0])
    return traits, outcomes, random.Random(policy_seed)


def simulate(policy: Policy, arm: Arm, cases: list[CaseSpec], learner: Learner,
             outcomes: np.random.Generator, policy_rng: random.Random,
             cap: int = CAP) -> LearnerRun:
    """One learner until every hidden skill is at or above MASTERY, or `cap` encounters."""
    by_id = {c.id: c for c in cases}
    history: list[Attempt] = []
    trajectory = [learner]
    while not learner.mastered() and len(history) < cap:
        chosen = policy.next_case(list(history), cases, policy_rng)
        if chosen not in by_id:
            raise PolicyViolation(f"{policy.name} chose unknown case {chosen!r}")
        if chosen == _last(history):
            raise PolicyViolation(f"{policy.name} repeated the case just done: {chosen}")
        case = by_id[chosen]
        history.append(attempt(learner, case, outcomes))
        learner = arm.learn(learner, case)
        trajectory.append(learner)
    return LearnerRun(encounters=len(history), mastered=learner.mastered(),
                      history=history, trajectory=trajectory)


@dataclass(frozen=True)
class Result:
    policy: str
    arm: str
    cap: int
    encounters: tuple[int, ...]  # per learner; the cap where not mastered
    mastered: tuple[bool, ...]

    @property
    def learners(self) -> int:
        return len(self.encounters)

    @property
    def mean(self) -> float:
        return statistics.fmean(self.encounters)

    @property
    def stderr(self) -> float:
        """Standard error of the mean, over learners."""
        if len(self.encounters) < 2:
            return 0.0
        return statistics.stdev(self.encounters) / math.sqrt(len(self.encounters))

    @property
    def median(self) -> float:
        return float(statistics.median(self.encounters))

    @property
    def share_mastered(self) -> float:
        return sum(self.mastered) / len(self.mastered)


def run(policy: Policy, arm: Arm | str, learners: int = 200, seed: int = 0, cap: int = CAP,
        cases: list[CaseSpec] | None = None) -> Result:
    """Encounters to mastery for `learners` synthetic learners; deterministic for a seed."""
    arm = ARMS[arm] if isinstance(arm, str) else arm
    cases = cases_from_library() if cases is None else cases
    if len(cases) < 2:
        raise ValueError("need at least two cases: no case may follow itself")
    competencies = curriculum(cases)
    encounters, mastered = [], []
    for index in range(learners):
        traits, outcomes, policy_rng = streams(seed, index)
        result = simulate(policy, arm, cases, new_learner(competencies, traits),
                          outcomes, policy_rng, cap)
        encounters.append(result.encounters)
        mastered.append(result.mastered)
    return Result(policy=policy.name, arm=arm.name, cap=cap,
                  encounters=tuple(encounters), mastered=tuple(mastered))
