"""What each role may see. Student views are built from an allow-list of fields, so a field
added to a case later stays hidden until someone decides a student may see it."""

from __future__ import annotations

from pydantic import BaseModel

from osce.models.case import Case
from osce.models.encounter import EncounterInfo, Stage, StoredTurn
from osce.models.transcript import Action, Grounding
from osce.models.user import User


class DoorView(BaseModel):
    setting: str
    task: str
    station_minutes: int


class CaseCard(BaseModel):
    """A case as the library and the door show it to a student: never the diagnosis."""

    id: str
    title: str
    specialty: str
    difficulty: int
    competencies: list[str]
    door: DoorView
    patient: str  # "Mr ... , 58": what the door of a real station says
    informant: str = ""  # "his daughter, Ann": who will answer


def case_card(case: Case) -> CaseCard:
    p = case.persona
    informant = "" if case.informant.role.value == "patient" else \
        f"{case.informant.name} ({case.informant.relationship})"
    return CaseCard(id=case.id, title=case.title, specialty=case.specialty,
                    difficulty=case.difficulty, competencies=list(case.competencies),
                    door=DoorView(setting=case.door.setting, task=case.door.task,
                                  station_minutes=case.door.station_minutes),
                    patient=f"{p.name}, {p.age}, {p.sex.value}", informant=informant)


class TurnView(BaseModel):
    seq: int
    action: Action
    student: str
    patient: str | None
    grounding: Grounding | None = None  # staff view only


def turn_view(turn: StoredTurn, staff: bool) -> TurnView:
    return TurnView(seq=turn.seq, action=turn.action, student=turn.student,
                    patient=turn.patient, grounding=turn.grounding if staff else None)


class EncounterView(BaseModel):
    id: str
    case: CaseCard
    stage: Stage
    deadline: float | None
    server_time: float
    turns: list[TurnView]
    learner: str | None = None  # staff view only: the pseudonym, never the username
    case_hash: str | None = None  # staff view only


def encounter_view(info: EncounterInfo, case: Case, turns: list[StoredTurn], user: User,
                   now: float) -> EncounterView:
    staff = user.role.is_staff
    return EncounterView(id=info.id, case=case_card(case), stage=info.stage,
                         deadline=info.deadline, server_time=now,
                         turns=[turn_view(t, staff) for t in turns],
                         learner=info.learner if staff else None,
                         case_hash=info.case_hash if staff else None)
