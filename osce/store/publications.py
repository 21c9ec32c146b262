"""Suite runs on case versions, and publications of case versions to cohorts."""

from __future__ import annotations

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from osce.store.tables import PublicationRow, SuiteRunRow


class SuiteRun(BaseModel):
    id: int
    version_id: int
    case_hash: str
    passed: bool
    summary: dict
    at: float


class Publication(BaseModel):
    id: int
    case_id: str
    version_id: int
    rubric_version_id: int | None
    cohorts: list[str]
    suite_run_id: int | None
    reason: str
    by: str
    at: float


def _run(row: SuiteRunRow) -> SuiteRun:
    return SuiteRun(id=row.id, version_id=row.version_id, case_hash=row.case_hash,
                    passed=row.passed, summary=dict(row.summary), at=row.at)


def _publication(row: PublicationRow) -> Publication:
    return Publication(id=row.id, case_id=row.case_id, version_id=row.version_id,
                       rubric_version_id=row.rubric_version_id, cohorts=list(row.cohorts),
                       suite_run_id=row.suite_run_id, reason=row.reason, by=row.by, at=row.at)


class PublicationStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def add_run(self, version_id: int, case_hash: str, passed: bool, summary: dict,
                report: str, now: float) -> SuiteRun:
        with self.sessions.begin() as s:
            row = SuiteRunRow(version_id=version_id, case_hash=case_hash, passed=passed,
                              summary=summary, report=report, at=now)
            s.add(row)
            s.flush()
            return _run(row)

    def runs(self, version_ids: list[int]) -> list[SuiteRun]:
        """Newest first."""
        with self.sessions() as s:
            return [_run(r) for r in s.scalars(select(SuiteRunRow)
                                               .where(SuiteRunRow.version_id.in_(version_ids))
                                               .order_by(SuiteRunRow.id.desc()))]

    def latest_run(self, version_id: int) -> SuiteRun | None:
        found = self.runs([version_id])
        return found[0] if found else None

    def run(self, run_id: int) -> tuple[SuiteRun, str] | None:
        with self.sessions() as s:
            row = s.get(SuiteRunRow, run_id)
            return None if row is None else (_run(row), row.report)

    def publish(self, case_id: str, version_id: int, rubric_version_id: int | None,
                cohorts: list[str], suite_run_id: int | None, reason: str, by: str,
                now: float) -> Publication:
        with self.sessions.begin() as s:
            row = PublicationRow(case_id=case_id, version_id=version_id,
                                 rubric_version_id=rubric_version_id, cohorts=cohorts,
                                 suite_run_id=suite_run_id, reason=reason, by=by, at=now)
            s.add(row)
            s.flush()
            return _publication(row)

    def all(self) -> list[Publication]:
        """Oldest first: replaying them leaves each case as last published."""
        with self.sessions() as s:
            return [_publication(r) for r in s.scalars(select(PublicationRow)
                                                       .order_by(PublicationRow.id))]

    def current(self) -> dict[str, Publication]:
        return {p.case_id: p for p in self.all()}
