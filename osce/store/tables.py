"""The store's tables. Alembic migrations (migrations/) create them; this file is the model."""

from __future__ import annotations

from sqlalchemy import JSON, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    # what learners are stored under: a username never reaches the learner model or a log
    pseudonym: Mapped[str] = mapped_column(String(32), unique=True)
    created_at: Mapped[float] = mapped_column(Float)
    disabled: Mapped[bool] = mapped_column(default=False)


class EncounterRow(Base):
    __tablename__ = "encounters"

    id: Mapped[str] = mapped_column(String(48), primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    learner: Mapped[str] = mapped_column(String(32), index=True)
    case_id: Mapped[str] = mapped_column(String(100))
    case_hash: Mapped[str] = mapped_column(String(80))
    station_id: Mapped[str] = mapped_column(String(100), default="")
    rubric_hash: Mapped[str] = mapped_column(String(80), default="")
    engine: Mapped[str] = mapped_column(String(40))
    stage: Mapped[str] = mapped_column(String(16))
    # the stage's deadline in epoch seconds: every event and the sweeper enforce it
    deadline: Mapped[float | None] = mapped_column(Float, nullable=True)
    created_at: Mapped[float] = mapped_column(Float)
    ended_at: Mapped[float | None] = mapped_column(Float, nullable=True)


class TurnRow(Base):
    __tablename__ = "turns"
    __table_args__ = (UniqueConstraint("encounter_id", "client_id"),)

    encounter_id: Mapped[str] = mapped_column(
        ForeignKey("encounters.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))
    student: Mapped[str] = mapped_column(Text)
    # null until the reply is produced: an acknowledged turn without one is answered on resume
    patient: Mapped[str | None] = mapped_column(Text, nullable=True)
    grounding: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    at: Mapped[float] = mapped_column(Float)


class NoteRow(Base):
    __tablename__ = "notes"

    encounter_id: Mapped[str] = mapped_column(
        ForeignKey("encounters.id", ondelete="CASCADE"), primary_key=True)
    note: Mapped[dict] = mapped_column(JSON)
    submitted: Mapped[bool] = mapped_column(default=False)
    at: Mapped[float] = mapped_column(Float)


class ScorecardRow(Base):
    __tablename__ = "scorecards"

    encounter_id: Mapped[str] = mapped_column(
        ForeignKey("encounters.id", ondelete="CASCADE"), primary_key=True)
    scorecard: Mapped[dict] = mapped_column(JSON)  # the full (staff) scorecard
    recommendation: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    at: Mapped[float] = mapped_column(Float)


class AttemptRow(Base):
    """One graded encounter in the learner model (from the web or `osce grade --learner`)."""

    __tablename__ = "attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    learner: Mapped[str] = mapped_column(String(64), index=True)
    case_id: Mapped[str] = mapped_column(String(100))
    station_id: Mapped[str] = mapped_column(String(100))
    case_hash: Mapped[str] = mapped_column(String(80))
    at: Mapped[str] = mapped_column(String(32))
    percent: Mapped[float] = mapped_column(Float)
    passed: Mapped[bool] = mapped_column()
    critical_missed: Mapped[list] = mapped_column(JSON)
    mean_mastery: Mapped[float] = mapped_column(Float)
    mastery: Mapped[dict] = mapped_column(JSON)  # competency -> mastery after this attempt
    scorecard: Mapped[dict] = mapped_column(JSON)


class RatingRow(Base):
    __tablename__ = "ratings"

    learner: Mapped[str] = mapped_column(String(64), primary_key=True)
    competency: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[float] = mapped_column(Float)
    evidence: Mapped[int] = mapped_column(Integer)
