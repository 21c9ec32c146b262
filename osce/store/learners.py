"""The learner model's scorecards and ratings in the shared store (SQLAlchemy), so mastery
lives beside the encounters and moves to PostgreSQL with them."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from osce.learner.mastery import Rating, update
from osce.learner.store import Attempt, competency_shares
from osce.models.scorecard import Scorecard
from osce.store.tables import AttemptRow, RatingRow


def _attempt(row: AttemptRow) -> Attempt:
    return Attempt(row.id, row.learner, row.case_id, row.at, row.percent, row.passed,
                   list(row.critical_missed), row.mean_mastery)


def _mean(ratings: dict[str, Rating]) -> float:
    # fsum: the same whatever order the ratings come in, so a replay matches a recording
    return math.fsum(r.mastery for r in ratings.values()) / max(len(ratings), 1)


class MissingDifficulty(LookupError):
    """A replay needs the difficulty of every case the learner has done."""


@dataclass(frozen=True)
class Replayed:
    """The learner model as it stood right after the replaced attempt."""

    ratings: dict[str, Rating]
    history: list[str]  # the learner's case ids up to and including that attempt, oldest first


def replay_attempts(s: Session, learner_id: str, encounter_id: str, card: Scorecard,
                    difficulties: Mapping[str, int]) -> Replayed | None:
    """Put `card` in place of the encounter's attempt and recompute every attempt's mastery
    and the ratings from the first attempt on, in an open transaction. Ratings are updated
    one scorecard at a time, so a changed scorecard changes everything after it. None when
    the encounter has no attempt (graded before attempts named their encounter)."""
    rows = list(s.scalars(select(AttemptRow).where(AttemptRow.learner == learner_id)
                          .order_by(AttemptRow.id)))
    if not any(r.encounter_id == encounter_id for r in rows):
        return None
    missing = sorted({r.case_id for r in rows} - set(difficulties))
    if missing:
        raise MissingDifficulty(f"cannot replay the learner model: no difficulty for case "
                                f"{', '.join(map(repr, missing))}")
    ratings: dict[str, Rating] = {}
    replayed: Replayed | None = None
    for n, row in enumerate(rows):
        if row.encounter_id == encounter_id:
            if card.case_id != row.case_id:
                raise ValueError(f"encounter {encounter_id} was case {row.case_id!r}, "
                                 f"the scorecard is for {card.case_id!r}")
            row.scorecard = card.model_dump(mode="json")
            row.percent, row.passed = card.percent, card.passed
            row.critical_missed = list(card.critical_missed)
        shares = competency_shares(Scorecard.model_validate(row.scorecard))
        ratings = update(ratings, difficulties[row.case_id], shares)
        row.mastery = {c: r.mastery for c, r in ratings.items()}
        row.mean_mastery = _mean(ratings)
        if row.encounter_id == encounter_id:
            replayed = Replayed(dict(ratings), [r.case_id for r in rows[:n + 1]])
    s.execute(delete(RatingRow).where(RatingRow.learner == learner_id))
    s.add_all(RatingRow(learner=learner_id, competency=c, value=r.value, evidence=r.evidence)
              for c, r in ratings.items())
    return replayed


class SqlLearnerStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def record(self, learner_id: str, card: Scorecard, difficulty: int,
               encounter_id: str | None = None) -> Attempt:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.sessions.begin() as s:  # attempt and ratings together or not at all
            old = {r.competency: Rating(r.value, r.evidence) for r in
                   s.scalars(select(RatingRow).where(RatingRow.learner == learner_id))}
            ratings = update(old, difficulty, competency_shares(card))
            for competency, rating in ratings.items():
                s.merge(RatingRow(learner=learner_id, competency=competency,
                                  value=rating.value, evidence=rating.evidence))
            row = AttemptRow(learner=learner_id, case_id=card.case_id,
                             station_id=card.station_id, case_hash=card.case_hash, at=now,
                             percent=card.percent, passed=card.passed,
                             critical_missed=list(card.critical_missed),
                             mean_mastery=_mean(ratings),
                             mastery={c: r.mastery for c, r in ratings.items()},
                             scorecard=card.model_dump(mode="json"), encounter_id=encounter_id)
            s.add(row)
            s.flush()
            return _attempt(row)

    def replay(self, learner_id: str, encounter_id: str, card: Scorecard,
               difficulties: Mapping[str, int]) -> Replayed | None:
        """`replay_attempts` in a transaction of its own: attempts and ratings change
        together or not at all."""
        with self.sessions.begin() as s:
            return replay_attempts(s, learner_id, encounter_id, card, difficulties)

    def exists(self, learner_id: str) -> bool:
        with self.sessions() as s:
            return s.scalar(select(AttemptRow.id).where(AttemptRow.learner == learner_id)
                            .limit(1)) is not None

    def attempts(self, learner_id: str) -> list[Attempt]:
        with self.sessions() as s:
            return [_attempt(r) for r in s.scalars(
                select(AttemptRow).where(AttemptRow.learner == learner_id)
                .order_by(AttemptRow.id))]

    def mastery_history(self, learner_id: str) -> list[tuple[str, dict[str, float]]]:
        """(when, mastery per competency) after each attempt: the progress plot's series."""
        with self.sessions() as s:
            return [(r.at, dict(r.mastery)) for r in s.scalars(
                select(AttemptRow).where(AttemptRow.learner == learner_id)
                .order_by(AttemptRow.id))]

    def ratings(self, learner_id: str) -> dict[str, Rating]:
        with self.sessions() as s:
            return {r.competency: Rating(r.value, r.evidence) for r in
                    s.scalars(select(RatingRow).where(RatingRow.learner == learner_id))}

    def learners(self) -> list[str]:
        with self.sessions() as s:
            return list(s.scalars(select(AttemptRow.learner).distinct()
                                  .order_by(AttemptRow.learner)))

    def forget(self, learner_id: str) -> None:
        with self.sessions.begin() as s:
            s.execute(delete(AttemptRow).where(AttemptRow.learner == learner_id))
            s.execute(delete(RatingRow).where(RatingRow.learner == learner_id))
