"""The examiners' monitor socket, both ways, as pydantic models: `/ws/circuits/{id}/monitor`.

The monitor only listens: the server pushes `clock` and `turn` messages; the client may send
`ping`. Times are epoch seconds by the server's clock, and every `clock` carries the server's
time so a device with a wrong clock still counts down right.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, TypeAdapter

from osce.examining.circuit import Phase, Status
from osce.models.transcript import Action, GuardNote, ReplyKind


class MonitorPing(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["ping"]


INCOMING: TypeAdapter[MonitorPing] = TypeAdapter(MonitorPing)


class MonitorMessage(BaseModel):
    pass


class StationNow(BaseModel):
    """One station of the circuit at this moment."""

    station_index: int
    case_id: str
    station_id: str
    title: str  # the case's title, which never gives the diagnosis away
    candidate: str | None  # username; None when the station is empty or the circuit idle
    encounter_id: str | None  # None until the round's encounter is opened (or nobody is here)


class ClockMessage(MonitorMessage):
    """Sent when the moment changes (status, round, phase, who is where) and at least once
    a second while the circuit runs."""

    type: Literal["clock"] = "clock"
    circuit_id: str
    title: str
    status: Status
    round: int | None  # 0-based; None before the start and after the finish
    rounds: int
    phase: Phase | None
    seconds_left: float | None  # of this phase, for every station alike; still while paused
    server_time: float
    stations: list[StationNow]


class TurnMessage(MonitorMessage):
    """One turn of a station's encounter in the current round. Sent when the student's turn
    is stored (`patient` null) and again once the reply is stored; a turn whose reply was
    already stored when the monitor first saw it is sent once, complete. Clients key turns
    by (encounter_id, seq), so a second message updates the first."""

    type: Literal["turn"] = "turn"
    station_index: int
    encounter_id: str
    round: int
    candidate: str
    seq: int
    action: Action
    student: str
    patient: str | None
    at: float  # when the student's turn was stored, by the server's clock
    kind: ReplyKind | None = None
    facts: list[str] = []  # fact, finding or test ids the reply disclosed
    voice: str | None = None  # LLM engines: who worded the reply
    guard: list[GuardNote] = []  # LLM engines: the guard's word on every sentence
    replay: bool = False  # part of the round's transcripts sent to a (re)connecting monitor


class MonitorError(MonitorMessage):
    type: Literal["error"] = "error"
    code: Literal["bad_json", "bad_message", "server"]
    message: str


class MonitorPong(MonitorMessage):
    type: Literal["pong"] = "pong"
