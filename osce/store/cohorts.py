"""Cohorts: named groups of students that cases are published to and educators follow."""

from __future__ import annotations

import re

from pydantic import BaseModel
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from osce.models.user import User
from osce.store.tables import CohortMemberRow, CohortRow, UserRow
from osce.store.users import _user

COHORT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}")


class CohortError(ValueError):
    pass


class Cohort(BaseModel):
    id: int
    name: str
    members: list[User] = []


class CohortStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def create(self, name: str, now: float) -> Cohort:
        name = name.strip()
        if not COHORT_NAME.fullmatch(name):
            raise CohortError(f"bad cohort name {name!r}: 1-64 letters, digits, spaces and . _ -")
        try:
            with self.sessions.begin() as s:
                row = CohortRow(name=name, created_at=now)
                s.add(row)
                s.flush()
                return Cohort(id=row.id, name=row.name)
        except IntegrityError:
            raise CohortError(f"there is already a cohort called {name!r}") from None

    def all(self) -> list[Cohort]:
        with self.sessions() as s:
            rows = list(s.scalars(select(CohortRow).order_by(CohortRow.name)))
            members = s.execute(select(CohortMemberRow.cohort_id, UserRow)
                                .join(UserRow, UserRow.id == CohortMemberRow.user_id)
                                .order_by(UserRow.username)).all()
        return [Cohort(id=r.id, name=r.name,
                       members=[_user(u) for cid, u in members if cid == r.id]) for r in rows]

    def get(self, name: str) -> Cohort | None:
        return next((c for c in self.all() if c.name == name), None)

    def add(self, name: str, user: User) -> None:
        with self.sessions.begin() as s:
            cohort = s.scalar(select(CohortRow).where(CohortRow.name == name))
            if cohort is None:
                raise CohortError(f"no cohort called {name!r}")
            if s.get(CohortMemberRow, (cohort.id, user.id)) is None:
                s.add(CohortMemberRow(cohort_id=cohort.id, user_id=user.id))

    def remove(self, name: str, user: User) -> None:
        with self.sessions.begin() as s:
            cohort = s.scalar(select(CohortRow).where(CohortRow.name == name))
            if cohort is not None:
                s.execute(delete(CohortMemberRow).where(CohortMemberRow.cohort_id == cohort.id,
                                                        CohortMemberRow.user_id == user.id))

    def of_user(self, user_id: int) -> set[str]:
        """The names of the cohorts a user belongs to."""
        with self.sessions() as s:
            return set(s.scalars(select(CohortRow.name)
                                 .join(CohortMemberRow, CohortMemberRow.cohort_id == CohortRow.id)
                                 .where(CohortMemberRow.user_id == user_id)))
