"""The clock of a mock OSCE circuit: the plan, the rotation, pauses, and where everyone is now.

Pure: every answer is a function of (plan, clock state, now), so a server that reloads the
plan and the state from its store after a restart answers exactly as before. `now` is epoch
seconds (`time.time()`); plan durations are whole seconds.

Rotation. A circuit has S = max(stations, candidates) slots and runs S rounds. In round r
(0-based) candidate i is at slot (i + r) mod S, so every candidate visits every slot exactly
once and no two candidates share a slot in a round. Slots past the last station are rest
stations: with more candidates than stations, as in a real OSCE, the extra candidates rest
for a round instead of doubling up. With fewer candidates than stations some stations are
simply empty in each round.

Timing. Each round is reading time then station time then changeover; there is no
changeover after the last round, and none at all when it is zero. Phases are half-open: at
the exact second a phase ends, the next one has begun.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from pydantic import Field, NonNegativeInt, PositiveInt, model_validator

from osce.models.common import Identifier, NonEmpty, Strict

CandidateId = Annotated[str, Field(min_length=1, max_length=200)]


class CircuitError(ValueError):
    """A clock operation that makes no sense in the circuit's current state."""


class Phase(StrEnum):
    reading = "reading"
    station = "station"
    changeover = "changeover"


class Status(StrEnum):
    not_started = "not_started"
    running = "running"
    paused = "paused"
    finished = "finished"


class StationSlot(Strict):
    """One station of the circuit: a case and the rubric station marked in it."""

    case_id: Identifier
    station_id: Identifier


class CircuitPlan(Strict):
    id: Identifier
    title: NonEmpty
    stations: list[StationSlot] = Field(min_length=1)
    reading_seconds: PositiveInt
    station_seconds: PositiveInt
    changeover_seconds: NonNegativeInt
    # may be empty while the examiner is still enrolling
    candidates: list[CandidateId] = []

    @model_validator(mode="after")
    def _distinct(self) -> CircuitPlan:
        if len(set(self.candidates)) != len(self.candidates):
            raise ValueError("a candidate is enrolled twice")
        # the rotation would send everyone through the same station twice
        if len(set(self.stations)) != len(self.stations):
            raise ValueError("a station appears twice in the circuit")
        return self

    @property
    def slots(self) -> int:
        """Stations plus rest stations; also the number of rounds."""
        return max(len(self.stations), len(self.candidates))

    @property
    def rounds(self) -> int:
        return self.slots

    @property
    def total_seconds(self) -> int:
        """Circuit time from the start to the end of the last station."""
        return (self.rounds * (self.reading_seconds + self.station_seconds)
                + (self.rounds - 1) * self.changeover_seconds)


def slot_of(plan: CircuitPlan, candidate_index: int, round_index: int) -> int:
    return (candidate_index + round_index) % plan.slots


def station_at(plan: CircuitPlan, slot: int) -> StationSlot | None:
    """The station at a slot, or None for a rest slot."""
    return plan.stations[slot] if slot < len(plan.stations) else None


def occupant(plan: CircuitPlan, station_index: int, round_index: int) -> str | None:
    """Who is at a slot in a round: the inverse of `slot_of`."""
    i = (station_index - round_index) % plan.slots
    return plan.candidates[i] if i < len(plan.candidates) else None


def rotation(plan: CircuitPlan) -> list[list[int]]:
    """rotation[r][i]: the slot of candidate i in round r, for printing the timetable."""
    return [[slot_of(plan, i, r) for i in range(len(plan.candidates))]
            for r in range(plan.rounds)]


@dataclass(frozen=True)
class PhaseSpan:
    round: int
    phase: Phase
    start: int  # circuit seconds since the start, pauses excluded
    end: int


def timeline(plan: CircuitPlan) -> list[PhaseSpan]:
    spans: list[PhaseSpan] = []
    t = 0
    for r in range(plan.rounds):
        steps = [(Phase.reading, plan.reading_seconds), (Phase.station, plan.station_seconds)]
        if r < plan.rounds - 1 and plan.changeover_seconds:
            steps.append((Phase.changeover, plan.changeover_seconds))
        for phase, length in steps:
            spans.append(PhaseSpan(r, phase, t, t + length))
            t += length
    return spans


# --- the clock ------------------------------------------------------------------------------

Pause = tuple[float, float | None]  # (paused_at, resumed_at); None while still paused


class ClockState(Strict):
    started_at: float | None = None
    pauses: tuple[Pause, ...] = ()

    @model_validator(mode="after")
    def _ordered(self) -> ClockState:
        if self.pauses and self.started_at is None:
            raise ValueError("paused before it started")
        last = self.started_at
        for n, (paused_at, resumed_at) in enumerate(self.pauses):
            if last is not None and paused_at < last:
                raise ValueError("pauses must follow the start and each other in time")
            if resumed_at is None:
                if n != len(self.pauses) - 1:
                    raise ValueError("only the last pause may still be open")
            elif resumed_at < paused_at:
                raise ValueError("resumed before it was paused")
            last = resumed_at
        return self

    @property
    def is_paused(self) -> bool:
        """Paused as of the last recorded event."""
        return bool(self.pauses) and self.pauses[-1][1] is None

    def last_event(self) -> float | None:
        if self.pauses:
            paused_at, resumed_at = self.pauses[-1]
            return paused_at if resumed_at is None else resumed_at
        return self.started_at


def start(state: ClockState, now: float) -> ClockState:
    if state.started_at is not None:
        raise CircuitError("the circuit has already started")
    return ClockState(started_at=now)


def pause(state: ClockState, now: float) -> ClockState:
    _check_order(state, now)
    if state.is_paused:
        raise CircuitError("the circuit is already paused")
    return ClockState(started_at=state.started_at, pauses=(*state.pauses, (now, None)))


def resume(state: ClockState, now: float) -> ClockState:
    _check_order(state, now)
    if not state.is_paused:
        raise CircuitError("the circuit is not paused")
    paused_at = state.pauses[-1][0]
    return ClockState(started_at=state.started_at,
                      pauses=(*state.pauses[:-1], (paused_at, now)))


def _check_order(state: ClockState, now: float) -> None:
    last = state.last_event()
    if last is None:
        raise CircuitError("the circuit has not started")
    if now < last:
        # a wall clock stepped backwards; recording it would rewrite history
        raise CircuitError("that time is before the circuit's last start, pause or resume")


def elapsed(state: ClockState, now: float) -> float:
    """Circuit seconds run by `now`: wall time since the start less time spent paused.

    Pauses count only up to `now`, so an open pause freezes the clock at its start and the
    answer for any past moment is what it was then.
    """
    if state.started_at is None or now <= state.started_at:
        return 0.0
    paused = sum((now if until is None else min(until, now)) - since
                 for since, until in state.pauses if since < now)
    return now - state.started_at - paused


def _paused_at(state: ClockState, now: float) -> bool:
    return any(since <= now and (until is None or now < until)
               for since, until in state.pauses)


# --- where everyone is ----------------------------------------------------------------------


class Position(Strict):
    candidate_id: str
    slot: int
    station_index: int | None  # None: resting this round
    station: StationSlot | None


class CircuitMoment(Strict):
    """The whole circuit at one moment, for the examiner.

    round, phase and seconds_left are None before the start and after the finish; while
    paused they hold still. positions is empty unless the circuit is running or paused.
    """

    status: Status
    elapsed: float
    round: int | None = None
    phase: Phase | None = None
    seconds_left: float | None = None
    positions: tuple[Position, ...] = ()


class CandidateView(Strict):
    """What one candidate may see: their own station and clock, nothing about the others.

    station is None before the start, after the finish and on a rest round (resting). During
    changeover it is still the station the candidate is leaving.
    """

    candidate_id: str
    status: Status
    round: int | None = None
    rounds: int
    phase: Phase | None = None
    seconds_left: float | None = None
    station: StationSlot | None = None
    resting: bool = False


class StationView(Strict):
    """Who is at one station now; candidate_id is None when nobody is (or it isn't running)."""

    station_index: int
    station: StationSlot
    status: Status
    round: int | None = None
    phase: Phase | None = None
    seconds_left: float | None = None
    candidate_id: str | None = None


@dataclass(frozen=True)
class _Now:
    status: Status
    elapsed: float
    span: PhaseSpan | None  # None unless running or paused

    @property
    def seconds_left(self) -> float | None:
        return None if self.span is None else self.span.end - self.elapsed


def _locate(plan: CircuitPlan, state: ClockState, now: float) -> _Now:
    if state.started_at is None or now < state.started_at:
        return _Now(Status.not_started, 0.0, None)
    spent = elapsed(state, now)
    # finished wins over paused: a pause after the last bell changes nothing
    if spent >= plan.total_seconds:
        return _Now(Status.finished, spent, None)
    spans = timeline(plan)
    span = spans[bisect_right([s.start for s in spans], spent) - 1]
    status = Status.paused if _paused_at(state, now) else Status.running
    return _Now(status, spent, span)


def where(plan: CircuitPlan, state: ClockState, now: float) -> CircuitMoment:
    at = _locate(plan, state, now)
    if at.span is None:
        return CircuitMoment(status=at.status, elapsed=at.elapsed)
    r = at.span.round
    positions = []
    for i, candidate in enumerate(plan.candidates):
        slot = slot_of(plan, i, r)
        station = station_at(plan, slot)
        positions.append(Position(candidate_id=candidate, slot=slot,
                                  station_index=None if station is None else slot,
                                  station=station))
    return CircuitMoment(status=at.status, elapsed=at.elapsed, round=r, phase=at.span.phase,
                         seconds_left=at.seconds_left, positions=tuple(positions))


def candidate_view(plan: CircuitPlan, state: ClockState, now: float,
                   candidate_id: str) -> CandidateView:
    try:
        i = plan.candidates.index(candidate_id)
    except ValueError:
        raise KeyError(f"{candidate_id!r} is not enrolled in circuit {plan.id!r}") from None
    at = _locate(plan, state, now)
    if at.span is None:
        return CandidateView(candidate_id=candidate_id, status=at.status, rounds=plan.rounds)
    station = station_at(plan, slot_of(plan, i, at.span.round))
    return CandidateView(candidate_id=candidate_id, status=at.status, round=at.span.round,
                         rounds=plan.rounds, phase=at.span.phase,
                         seconds_left=at.seconds_left, station=station,
                         resting=station is None)


def station_view(plan: CircuitPlan, state: ClockState, now: float,
                 station_index: int) -> StationView:
    if not 0 <= station_index < len(plan.stations):
        raise IndexError(f"circuit {plan.id!r} has no station {station_index}")
    station = plan.stations[station_index]
    at = _locate(plan, state, now)
    if at.span is None:
        return StationView(station_index=station_index, station=station, status=at.status)
    return StationView(station_index=station_index, station=station, status=at.status,
                       round=at.span.round, phase=at.span.phase, seconds_left=at.seconds_left,
                       candidate_id=occupant(plan, station_index, at.span.round))


def next_change(plan: CircuitPlan, state: ClockState, now: float) -> float | None:
    """When the moment next changes on its own: a phase boundary, the finish, or a recorded
    start, pause or resume still ahead of `now`. None while paused, finished or unscheduled."""
    at = _locate(plan, state, now)
    if at.status in (Status.paused, Status.finished):
        return None
    if at.status is Status.not_started:
        return state.started_at  # None unless a start is scheduled for later
    assert at.span is not None and state.started_at is not None
    # Built from the recorded times alone, so `elapsed` at the answer subtracts them back to
    # exactly the boundary and a sweeper waking then sees the new phase.
    paused = sum(until - since for since, until in state.pauses
                 if until is not None and until <= now)
    boundary = state.started_at + paused + at.span.end
    ahead = [t for pair in state.pauses for t in pair if t is not None and t > now]
    return min([boundary, *ahead])
