"""Mock OSCE circuits run by the server: the circuit's clock drives its encounters.

The plan and the clock state live in the store; every answer is worked out from them and the
clock's `now` (osce/examining/circuit.py), so a restart mid-circuit loses nothing and keeps
time. Each round, every candidate at a station gets an encounter whose deadlines are the
round's bells: the door opens when reading time ends, the station ends when station time
does, whatever stage the candidate has reached. A pause holds every deadline and every
conversation; a resume gives back the time that was left.
"""

from __future__ import annotations

from dataclasses import dataclass

from osce.encounters.clock import Clock
from osce.encounters.service import EncounterService, NotCircuit
from osce.examining import circuit as timing
from osce.examining.circuit import (
    CandidateView,
    CircuitMoment,
    CircuitPlan,
    Phase,
    StationSlot,
    Status,
)
from osce.hashing import case_hash, content_hash
from osce.models.encounter import EncounterInfo, Stage
from osce.models.rubric import Station
from osce.models.scorecard import Status as Mark
from osce.models.user import Role, User
from osce.store.circuits import Circuit, CircuitEncounter, CircuitStore, ExaminerMarks
from osce.store.users import UserStore


class CircuitRefused(ValueError):
    """A request the circuit cannot carry out in its state; nothing was changed."""


@dataclass
class CircuitService:
    store: CircuitStore
    encounters: EncounterService
    users: UserStore
    clock: Clock

    # -- building ---------------------------------------------------------------------------

    def station(self, slot: StationSlot) -> Station:
        for rubric in self.encounters.library.rubrics.values():
            for station in rubric.stations:
                if station.id == slot.station_id and station.case == slot.case_id:
                    return station
        raise CircuitRefused(f"no rubric station {slot.station_id!r} for case {slot.case_id!r}")

    def stations_available(self) -> list[StationSlot]:
        """Every (case, rubric station) pair a circuit can use: cases that are graded."""
        return [StationSlot(case_id=s.case, station_id=s.id)
                for r in self.encounters.library.rubrics.values() for s in r.stations
                if s.case in self.encounters.library.cases]

    def create(self, plan: CircuitPlan, by: User) -> Circuit:
        for slot in plan.stations:
            self.station(slot)  # every station is one that can be graded
        self._check_candidates(plan.candidates)
        try:
            return self.store.create(plan, by.username, self.clock.now())
        except ValueError as exc:
            raise CircuitRefused(str(exc)) from None

    def _check_candidates(self, candidates: list[str]) -> None:
        for candidate in candidates:
            user = self.users.by_username(candidate)
            if user is None or user.role is not Role.student or user.disabled:
                raise CircuitRefused(f"{candidate!r} is not a student's username")

    def enrol(self, circuit_id: str, usernames: list[str]) -> Circuit:
        found = self.store.get(circuit_id)
        if found.clock.started_at is not None:
            raise CircuitRefused("candidates are enrolled before the circuit starts")
        added = [u for u in usernames if u not in found.plan.candidates]
        self._check_candidates(added)
        plan = found.plan.model_copy(update={"candidates": [*found.plan.candidates, *added]})
        return self.store.save(circuit_id, plan=CircuitPlan.model_validate(plan.model_dump()))

    # -- the clock ---------------------------------------------------------------------------

    def start(self, circuit_id: str) -> Circuit:
        found = self.store.get(circuit_id)
        if not found.plan.candidates:
            raise CircuitRefused("enrol candidates before starting")
        clock = self._clock_op(timing.start, found)
        started = self.store.save(circuit_id, clock=clock)
        self.tick_one(started)
        return started

    def pause(self, circuit_id: str) -> Circuit:
        found = self.store.get(circuit_id)
        paused = self.store.save(circuit_id, clock=self._clock_op(timing.pause, found))
        for info in self._live(paused):  # held: no bell rings while the circuit is paused
            self.encounters.store.set_deadline(info.id, None)
        return paused

    def resume(self, circuit_id: str) -> Circuit:
        found = self.store.get(circuit_id)
        resumed = self.store.save(circuit_id, clock=self._clock_op(timing.resume, found))
        for info in self._live(resumed):
            self.encounters.store.set_deadline(info.id, self.deadline(info, info.stage))
        self.tick_one(resumed)
        return resumed

    def _clock_op(self, op, found: Circuit):
        try:
            return op(found.clock, self.clock.now())
        except ValueError as exc:
            raise CircuitRefused(str(exc)) from None

    def moment(self, found: Circuit) -> CircuitMoment:
        return timing.where(found.plan, found.clock, self.clock.now())

    def _live(self, found: Circuit) -> list[EncounterInfo]:
        out = []
        for link in self.store.links(found.id):
            info = self.encounters.store.get(link.encounter_id)
            if info.stage is not Stage.done:
                out.append(info)
        return out

    # -- the encounters ------------------------------------------------------------------------

    def tick(self) -> int:
        """Give every candidate of every running circuit their encounter for this round and
        apply the bells that have rung (the server's sweeper calls this)."""
        made = 0
        for found in self.store.all():
            made += self.tick_one(found)
        return made

    def tick_one(self, found: Circuit) -> int:
        at = self.moment(found)
        if at.status not in (Status.running, Status.paused) or at.round is None:
            return 0
        made = 0
        have = {(link.candidate, link.round) for link in self.store.links(found.id)}
        for position in at.positions:
            if position.station is None or (position.candidate_id, at.round) in have:
                continue
            if self._open(found, position.candidate_id, position.station_index, at.round):
                made += 1
        return made

    def _open(self, found: Circuit, candidate: str, station_index: int | None,
              round_index: int) -> bool:
        assert station_index is not None
        user = self.users.by_username(candidate)
        if user is None:
            return False
        slot = found.plan.stations[station_index]
        station = self.station(slot)
        case = self.encounters.library.case(slot.case_id)
        now = self.clock.now()
        info = self.encounters.store.create(
            owner_id=user.id, learner=user.pseudonym, case_id=case.id,
            case_hash=case_hash(case), station_id=station.id,
            rubric_hash=content_hash(station), engine=self.encounters.engine.name,
            stage=Stage.door, deadline=None, now=now)
        linked = self.store.link(CircuitEncounter(
            encounter_id=info.id, circuit_id=found.id, candidate=candidate,
            station_index=station_index, round=round_index))
        if not linked:  # another process opened it first: ours is not the one of record
            self.encounters.store.delete(info.id)
            return False
        self.encounters.store.set_deadline(info.id, self.deadline(info, Stage.door))
        return True

    def deadline(self, info: EncounterInfo, stage: Stage) -> float | None:
        """The bell that ends this stage of a circuit encounter; None while paused. Raises
        NotCircuit for an encounter that is not part of a circuit."""
        link = self.store.link_of(info.id)
        if link is None:
            raise NotCircuit(info.id)
        found = self.store.get(link.circuit_id)
        now = self.clock.now()
        if found.clock.is_paused:
            return None
        if stage is Stage.done:
            return None
        spans = [s for s in timing.timeline(found.plan) if s.round == link.round]
        phase = Phase.reading if stage is Stage.door else Phase.station
        span = next(s for s in spans if s.phase is phase)
        # circuit seconds to wall time: as much later as the circuit has still to run
        return now + (span.end - timing.elapsed(found.clock, now))

    def holds(self, info: EncounterInfo) -> bool:
        return self.store.link_of(info.id) is not None

    def paused(self, info: EncounterInfo) -> bool:
        link = self.store.link_of(info.id)
        return link is not None and self.store.get(link.circuit_id).clock.is_paused

    # -- candidates and examiners -----------------------------------------------------------

    def candidate_view(self, found: Circuit, user: User) -> tuple[CandidateView, str | None]:
        """What a candidate may see: their own station now, and its encounter; nothing of
        other stations or candidates."""
        if user.username not in found.plan.candidates:
            raise LookupError(found.id)
        view = timing.candidate_view(found.plan, found.clock, self.clock.now(), user.username)
        encounter_id = None
        if view.round is not None and not view.resting:
            encounter_id = next((link.encounter_id for link in self.store.links(found.id)
                                 if link.candidate == user.username
                                 and link.round == view.round), None)
        return view, encounter_id

    def mark(self, encounter_id: str, examiner: User, items: dict[str, str],
             global_rating: str, comment: str) -> ExaminerMarks:
        link = self.store.link_of(encounter_id)
        if link is None:
            raise LookupError(encounter_id)
        found = self.store.get(link.circuit_id)
        station = self.station(found.plan.stations[link.station_index])
        known = {item.id for item in station.items}
        unknown = sorted(set(items) - known)
        if unknown:
            raise CircuitRefused(f"station {station.id!r} has no item {', '.join(unknown)}")
        try:  # an item left unticked is not met
            marks = {item.id: Mark(items.get(item.id, Mark.not_met.value))
                     for item in station.items}
        except ValueError:
            raise CircuitRefused("a mark is met, partly or not_met") from None
        if global_rating not in station.global_scale.levels:
            raise CircuitRefused(f"the global rating is one of: "
                                 f"{', '.join(station.global_scale.levels)}")
        record = ExaminerMarks(encounter_id=encounter_id, circuit_id=found.id,
                               station_id=station.id, items=marks,
                               global_rating=global_rating, comment=comment.strip()[:2000],
                               by=examiner.username, at=self.clock.now())
        self.store.save_marks(record)
        return record
