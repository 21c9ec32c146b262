"""Where learners' scorecards and ratings live: a small protocol, SQLite behind it.

One transaction per recorded scorecard: the attempt, the new ratings and their history are
written together or not at all. PostgreSQL can stand behind the same protocol later.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from osce.learner.mastery import Rating, Share, update
from osce.models.scorecard import Scorecard

SCHEMA = """
CREATE TABLE IF NOT EXISTS learners (id TEXT PRIMARY KEY, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS attempts (
  id INTEGER PRIMARY KEY AUTOINCREMENT, learner_id TEXT NOT NULL REFERENCES learners(id),
  case_id TEXT NOT NULL, station_id TEXT NOT NULL, case_hash TEXT NOT NULL,
  at TEXT NOT NULL, percent REAL NOT NULL, passed INTEGER NOT NULL,
  critical_missed TEXT NOT NULL, mean_mastery REAL NOT NULL, scorecard TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ratings (
  learner_id TEXT NOT NULL REFERENCES learners(id), competency TEXT NOT NULL,
  value REAL NOT NULL, evidence INTEGER NOT NULL, PRIMARY KEY (learner_id, competency));
"""


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
    def record(self, learner_id: str, card: Scorecard, difficulty: int) -> Attempt: ...
    def exists(self, learner_id: str) -> bool: ...
    def attempts(self, learner_id: str) -> list[Attempt]: ...
    def ratings(self, learner_id: str) -> dict[str, Rating]: ...
    def learners(self) -> list[str]: ...


class SqliteLearnerStore:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        with self._connect() as db:
            db.executescript(SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        db.execute("PRAGMA foreign_keys = ON")
        return db

    def record(self, learner_id: str, card: Scorecard, difficulty: int) -> Attempt:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        db = self._connect()
        try:
            with db:  # one transaction: all of it or none of it
                db.execute("INSERT OR IGNORE INTO learners VALUES (?, ?)", (learner_id, now))
                ratings = update(self._ratings(db, learner_id), difficulty,
                                 competency_shares(card))
                for competency, r in ratings.items():
                    db.execute("INSERT OR REPLACE INTO ratings VALUES (?, ?, ?, ?)",
                               (learner_id, competency, r.value, r.evidence))
                mean = sum(r.mastery for r in ratings.values()) / max(len(ratings), 1)
                cursor = db.execute(
                    "INSERT INTO attempts (learner_id, case_id, station_id, case_hash, at, "
                    "percent, passed, critical_missed, mean_mastery, scorecard) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (learner_id, card.case_id, card.station_id, card.case_hash, now,
                     card.percent, int(card.passed), json.dumps(card.critical_missed), mean,
                     card.model_dump_json()))
                attempt_id = int(cursor.lastrowid or 0)
        finally:
            db.close()
        return Attempt(attempt_id, learner_id, card.case_id, now, card.percent, card.passed,
                       list(card.critical_missed), mean)

    @staticmethod
    def _ratings(db: sqlite3.Connection, learner_id: str) -> dict[str, Rating]:
        rows = db.execute("SELECT competency, value, evidence FROM ratings WHERE learner_id = ?",
                          (learner_id,))
        return {c: Rating(v, n) for c, v, n in rows}

    def exists(self, learner_id: str) -> bool:
        with self._connect() as db:
            return db.execute("SELECT 1 FROM learners WHERE id = ?",
                              (learner_id,)).fetchone() is not None

    def ratings(self, learner_id: str) -> dict[str, Rating]:
        with self._connect() as db:
            return self._ratings(db, learner_id)

    def attempts(self, learner_id: str) -> list[Attempt]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT id, learner_id, case_id, at, percent, passed, critical_missed, "
                "mean_mastery FROM attempts WHERE learner_id = ? ORDER BY id", (learner_id,))
            return [Attempt(i, lid, c, at, p, bool(ok), json.loads(crit), m)
                    for i, lid, c, at, p, ok, crit, m in rows]

    def learners(self) -> list[str]:
        with self._connect() as db:
            return [r[0] for r in db.execute("SELECT id FROM learners ORDER BY id")]
