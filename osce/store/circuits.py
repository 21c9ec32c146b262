"""Circuits, the encounters their candidates had at each station, and examiners' marks."""

from __future__ import annotations

from pydantic import BaseModel
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from osce.examining.circuit import CircuitPlan, ClockState
from osce.models.scorecard import Status
from osce.store.tables import CircuitEncounterRow, CircuitRow, ExaminerMarkRow


class UnknownCircuit(LookupError):
    pass


class Circuit(BaseModel):
    plan: CircuitPlan
    clock: ClockState
    created_by: str
    created_at: float

    @property
    def id(self) -> str:
        return self.plan.id


class CircuitEncounter(BaseModel):
    encounter_id: str
    circuit_id: str
    candidate: str
    station_index: int
    round: int


class ExaminerMarks(BaseModel):
    encounter_id: str
    circuit_id: str
    station_id: str
    items: dict[str, Status]
    global_rating: str
    comment: str = ""
    by: str
    at: float


def _circuit(row: CircuitRow) -> Circuit:
    return Circuit(plan=CircuitPlan.model_validate(row.plan),
                   clock=ClockState.model_validate(row.clock), created_by=row.created_by,
                   created_at=row.created_at)


def _link(row: CircuitEncounterRow) -> CircuitEncounter:
    return CircuitEncounter(encounter_id=row.encounter_id, circuit_id=row.circuit_id,
                            candidate=row.candidate, station_index=row.station_index,
                            round=row.round)


def _marks(row: ExaminerMarkRow) -> ExaminerMarks:
    return ExaminerMarks(encounter_id=row.encounter_id, circuit_id=row.circuit_id,
                         station_id=row.station_id, items=dict(row.items),
                         global_rating=row.global_rating, comment=row.comment, by=row.by,
                         at=row.at)


class CircuitStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def create(self, plan: CircuitPlan, by: str, now: float) -> Circuit:
        try:
            with self.sessions.begin() as s:
                s.add(CircuitRow(id=plan.id, plan=plan.model_dump(mode="json"),
                                 clock=ClockState().model_dump(mode="json"), created_by=by,
                                 created_at=now))
        except IntegrityError:
            raise ValueError(f"there is already a circuit {plan.id!r}") from None
        return self.get(plan.id)

    def get(self, circuit_id: str) -> Circuit:
        with self.sessions() as s:
            row = s.get(CircuitRow, circuit_id)
            if row is None:
                raise UnknownCircuit(circuit_id)
            return _circuit(row)

    def all(self) -> list[Circuit]:
        with self.sessions() as s:
            return [_circuit(r) for r in s.scalars(select(CircuitRow)
                                                   .order_by(CircuitRow.created_at.desc()))]

    def save(self, circuit_id: str, plan: CircuitPlan | None = None,
             clock: ClockState | None = None) -> Circuit:
        values: dict = {}
        if plan is not None:
            values["plan"] = plan.model_dump(mode="json")
        if clock is not None:
            values["clock"] = clock.model_dump(mode="json")
        with self.sessions.begin() as s:
            s.execute(update(CircuitRow).where(CircuitRow.id == circuit_id).values(**values))
        return self.get(circuit_id)

    def link(self, link: CircuitEncounter) -> bool:
        """Record a candidate's encounter for a round; False if one was recorded first."""
        try:
            with self.sessions.begin() as s:
                s.add(CircuitEncounterRow(**link.model_dump()))
        except IntegrityError:
            return False
        return True

    def links(self, circuit_id: str) -> list[CircuitEncounter]:
        with self.sessions() as s:
            return [_link(r) for r in s.scalars(
                select(CircuitEncounterRow).where(CircuitEncounterRow.circuit_id == circuit_id)
                .order_by(CircuitEncounterRow.round, CircuitEncounterRow.station_index))]

    def link_of(self, encounter_id: str) -> CircuitEncounter | None:
        with self.sessions() as s:
            row = s.get(CircuitEncounterRow, encounter_id)
            return None if row is None else _link(row)

    def save_marks(self, marks: ExaminerMarks) -> None:
        with self.sessions.begin() as s:
            s.merge(ExaminerMarkRow(**{**marks.model_dump(mode="json")}))

    def marks(self, circuit_id: str | None = None, station_id: str | None = None
              ) -> list[ExaminerMarks]:
        query = select(ExaminerMarkRow)
        if circuit_id is not None:
            query = query.where(ExaminerMarkRow.circuit_id == circuit_id)
        if station_id is not None:
            query = query.where(ExaminerMarkRow.station_id == station_id)
        with self.sessions() as s:
            return [_marks(r) for r in s.scalars(query.order_by(ExaminerMarkRow.at))]

    def marks_for(self, encounter_id: str) -> ExaminerMarks | None:
        with self.sessions() as s:
            row = s.get(ExaminerMarkRow, encounter_id)
            return None if row is None else _marks(row)
