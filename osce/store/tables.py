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
    # the web encounter it came from (null for `osce grade --learner`): an educator's override
    # of that encounter's marks replaces this attempt's scorecard and replays the ratings
    encounter_id: Mapped[str | None] = mapped_column(String(48), nullable=True, index=True)


class RatingRow(Base):
    __tablename__ = "ratings"

    learner: Mapped[str] = mapped_column(String(64), primary_key=True)
    competency: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[float] = mapped_column(Float)
    evidence: Mapped[int] = mapped_column(Integer)


class CohortRow(Base):
    __tablename__ = "cohorts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[float] = mapped_column(Float)


class CohortMemberRow(Base):
    __tablename__ = "cohort_members"

    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"),
                                           primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)


class VersionRow(Base):
    """One saved version of an authored case or rubric. Versions are never changed or deleted:
    a restore is a new version with an old text."""

    __tablename__ = "versions"
    # two educators saving on the same version race for the same number: one insert fails
    __table_args__ = (UniqueConstraint("kind", "doc_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(8))  # case | rubric
    doc_id: Mapped[str] = mapped_column(String(100), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    valid: Mapped[bool] = mapped_column()
    problems: Mapped[list] = mapped_column(JSON)  # "file:line: field: message" lines
    content_hash: Mapped[str] = mapped_column(String(80), default="")  # of the parsed model
    author: Mapped[str] = mapped_column(String(64))
    comment: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[float] = mapped_column(Float)


class SuiteRunRow(Base):
    """The generated hallucination suite run on one version of a case."""

    __tablename__ = "suite_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id", ondelete="CASCADE"),
                                            index=True)
    case_hash: Mapped[str] = mapped_column(String(80))
    passed: Mapped[bool] = mapped_column()
    summary: Mapped[dict] = mapped_column(JSON)  # gate checks, metrics and failures
    report: Mapped[str] = mapped_column(Text)  # the HTML report
    at: Mapped[float] = mapped_column(Float)


class PublicationRow(Base):
    """A case version (and its rubric's) made available to cohorts. The newest row per case
    is what students see; an empty cohort list withdraws it."""

    __tablename__ = "publications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(String(100), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id"))
    rubric_version_id: Mapped[int | None] = mapped_column(ForeignKey("versions.id"),
                                                          nullable=True)
    cohorts: Mapped[list] = mapped_column(JSON)  # cohort names
    suite_run_id: Mapped[int | None] = mapped_column(ForeignKey("suite_runs.id"), nullable=True)
    # why it was published although its suite failed (or was not run): kept with the record
    reason: Mapped[str] = mapped_column(Text, default="")
    by: Mapped[str] = mapped_column(String(64))
    at: Mapped[float] = mapped_column(Float)


class OverrideRow(Base):
    """An educator's mark for one rubric item of one encounter, kept beside the grader's."""

    __tablename__ = "overrides"

    encounter_id: Mapped[str] = mapped_column(
        ForeignKey("encounters.id", ondelete="CASCADE"), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    station_id: Mapped[str] = mapped_column(String(100), index=True)
    grader_status: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    comment: Mapped[str] = mapped_column(Text)
    by: Mapped[str] = mapped_column(String(64))
    at: Mapped[float] = mapped_column(Float)


class CircuitRow(Base):
    """A mock OSCE circuit: its plan and its clock, both as the pure model's JSON, so a
    restart reloads them and keeps time exactly (osce/examining/circuit.py)."""

    __tablename__ = "circuits"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    plan: Mapped[dict] = mapped_column(JSON)
    clock: Mapped[dict] = mapped_column(JSON)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[float] = mapped_column(Float)


class CircuitEncounterRow(Base):
    """Which encounter a candidate had at which station in which round of a circuit."""

    __tablename__ = "circuit_encounters"
    # one encounter per candidate per round: two processes ticking at once create one
    __table_args__ = (UniqueConstraint("circuit_id", "candidate", "round"),)

    encounter_id: Mapped[str] = mapped_column(
        ForeignKey("encounters.id", ondelete="CASCADE"), primary_key=True)
    circuit_id: Mapped[str] = mapped_column(ForeignKey("circuits.id", ondelete="CASCADE"),
                                            index=True)
    candidate: Mapped[str] = mapped_column(String(200))
    station_index: Mapped[int] = mapped_column(Integer)
    round: Mapped[int] = mapped_column(Integer)


class ExaminerMarkRow(Base):
    """The examiner's marks of one station: the marks of record, beside the grader's."""

    __tablename__ = "examiner_marks"

    encounter_id: Mapped[str] = mapped_column(
        ForeignKey("encounters.id", ondelete="CASCADE"), primary_key=True)
    circuit_id: Mapped[str] = mapped_column(String(80), index=True)
    station_id: Mapped[str] = mapped_column(String(100), index=True)
    items: Mapped[dict] = mapped_column(JSON)  # item id -> met | partly | not_met
    global_rating: Mapped[str] = mapped_column(String(64))
    comment: Mapped[str] = mapped_column(Text)
    by: Mapped[str] = mapped_column(String(64))
    at: Mapped[float] = mapped_column(Float)
