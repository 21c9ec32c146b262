"""A live encounter as the store holds it: its stage, its deadline and its turns."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel

from osce.models.transcript import Action, Grounding


class Stage(StrEnum):
    door = "door"  # reading the instructions at the door
    interview = "interview"  # with the patient; the station clock runs
    note = "note"  # writing the post-encounter note
    done = "done"  # graded

    @property
    def next(self) -> Stage:
        order = list(Stage)
        return order[min(order.index(self) + 1, len(order) - 1)]


class EncounterInfo(BaseModel):
    id: str
    owner_id: int
    learner: str
    case_id: str
    case_hash: str
    station_id: str = ""
    rubric_hash: str = ""
    engine: str
    stage: Stage
    deadline: float | None = None
    created_at: float
    ended_at: float | None = None


class StoredTurn(BaseModel):
    seq: int
    client_id: str
    action: Action
    student: str
    patient: str | None = None  # None: acknowledged, reply not yet produced
    grounding: Grounding | None = None
    at: float
