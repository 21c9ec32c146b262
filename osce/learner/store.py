"""What a learner store does. The store behind it (osce/store/learners.py) keeps attempts and
ratings beside the encounters, in SQLite or PostgreSQL: one transaction per recorded
scorecard, so the attempt and the new ratings are written together or not at all."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from osce.learner.mastery import Rating, Share
from osce.models.scorecard import Scorecard


class UnknownLearner(LookupError):
    def __init__(self, learner_id: str) -> None:
        super().__init__(f"unknown learner {learner_id!r}: no scorecard has been recorded "
                         "for them (osce grade ... --learner ID records one)")


@dataclass(frozen=True)
class Attempt:
    id: int
    learner_id: str
    case_id: str
    at: str
    percent: float
    passed: bool
    critical_missed: list[str]
    mean_mastery: float  # mean mastery over the learner's competencies after this attempt


def competency_shares(card: Scorecard) -> dict[str, float]:
    """Share earned per competency, each a `Share` that keeps the points it was out of."""
    return {s.name: Share(s.earned / s.available, s.available)
            for s in card.competencies if s.available}


class LearnerStore(Protocol):
    def record(self, learner_id: str, card: Scorecard, difficulty: int,
               encounter_id: str | None = None) -> Attempt: ...
    def exists(self, learner_id: str) -> bool: ...
    def attempts(self, learner_id: str) -> list[Attempt]: ...
    def ratings(self, learner_id: str) -> dict[str, Rating]: ...
    def learners(self) -> list[str]: ...
