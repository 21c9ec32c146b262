"""The learner model's scorecards and ratings in the shared store (SQLAlchemy), so mastery
lives beside the encounters and moves to PostgreSQL with them."""

from __future__ import annotations

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


class SqlLearnerStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def record(self, learner_id: str, card: Scorecard, difficulty: int) -> Attempt:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.sessions.begin() as s:  # attempt and ratings together or not at all
            old = {r.competency: Rating(r.value, r.evidence) for r in
                   s.scalars(select(RatingRow).where(RatingRow.learner == learner_id))}
            ratings = update(old, difficulty, competency_shares(card))
            for competency, rating in ratings.items():
                s.merge(RatingRow(learner=learner_id, competency=competency,
                                  value=rating.value, evidence=rating.evidence))
            mean = sum(r.mastery for r in ratings.values()) / max(len(ratings), 1)
            row = AttemptRow(learner=learner_id, case_id=card.case_id,
                             station_id=card.station_id, case_hash=card.case_hash, at=now,
                             percent=card.percent, passed=card.passed,
                             critical_missed=list(card.critical_missed), mean_mastery=mean,
                             mastery={c: r.mastery for c, r in ratings.items()},
                             scorecard=card.model_dump(mode="json"))
            s.add(row)
            s.flush()
            return _attempt(row)

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
