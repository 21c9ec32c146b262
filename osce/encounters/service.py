"""An encounter from the door to the scorecard, with the store as the only state.

Nothing here knows about HTTP or websockets: the server is a thin face over these methods.
Every method re-reads the encounter, applies any deadline that has passed, and then acts, so
timers hold across restarts and across several server processes.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field, replace
from typing import Protocol

from osce.encounters.clock import Clock
from osce.encounters.review import effective
from osce.engine.protocol import Encounter, FinalReply, PatientEngine, TextPiece, Utterance
from osce.grading.feedback import give_feedback
from osce.grading.protocol import Grader
from osce.hashing import case_hash, content_hash
from osce.learner.mastery import Rating
from osce.learner.policy import recommend
from osce.learner.profiles import case_profiles
from osce.learner.store import LearnerStore
from osce.library import Library, UnknownCase
from osce.models.encounter import EncounterInfo, Stage, StoredTurn
from osce.models.note import Note
from osce.models.scorecard import Scorecard
from osce.models.transcript import Action, Transcript, TranscriptHeader, Turn
from osce.models.user import User
from osce.store.encounters import Committed, EncounterStore


class EncounterError(Exception):
    """A request that cannot be carried out in the encounter's present state."""


class NotCircuit(LookupError):
    """An encounter that is not one station of a mock OSCE circuit."""


class Timetable(Protocol):
    """A circuit's clock (osce/examining/service.py): where an encounter is one station of a
    circuit, its bells set the deadlines and its pauses hold the conversation."""

    def deadline(self, info: EncounterInfo, stage: Stage) -> float | None: ...
    def paused(self, info: EncounterInfo) -> bool: ...
    def holds(self, info: EncounterInfo) -> bool: ...


class NotYours(LookupError):
    """An encounter that does not exist or belongs to someone else: the two look the same."""


@dataclass(frozen=True)
class Timing:
    reading_seconds: float = 60.0  # at the door; the student may go in sooner
    note_seconds: float = 600.0  # to write the note; then the station is graded as it stands


@dataclass
class Results:
    scorecard: Scorecard
    recommendation: dict | None


@dataclass
class EncounterService:
    store: EncounterStore
    learners: LearnerStore
    library: Library
    engine: PatientEngine
    grader: Grader
    clock: Clock
    timing: Timing = field(default_factory=Timing)
    notes_search: Callable | None = None
    # a user's cohorts, for the cases published only to some (None: every case is open)
    cohorts_of: Callable[[int], set[str]] | None = None
    timetable: Timetable | None = None
    # one lock per encounter in this process: replies of one encounter are produced in order
    _locks: dict[str, asyncio.Lock] = field(default_factory=dict)

    # -- lifecycle --------------------------------------------------------------------------

    def start(self, user: User, case_id: str) -> EncounterInfo:
        case = self.library.case(case_id)  # UnknownCase for a bad id
        if not self.library.open_to(case_id, self.audience(user)):
            # a case published to other cohorts looks, to this student, like no case at all
            raise UnknownCase(case_id, [c.id for c in
                                        self.library.open_cases(self.audience(user))])
        station = self.library.station_for(case_id)
        now = self.clock.now()
        return self.store.create(
            owner_id=user.id, learner=user.pseudonym, case_id=case.id, case_hash=case_hash(case),
            station_id=station.id if station else "",
            rubric_hash=content_hash(station) if station else "",
            engine=self.engine.name, stage=Stage.door,
            deadline=now + self.timing.reading_seconds, now=now)

    def open(self, encounter_id: str, user: User) -> EncounterInfo:
        """The encounter, if this user may see it (its owner, or staff), deadlines applied."""
        from osce.store.encounters import UnknownEncounter

        try:
            info = self.store.get(encounter_id)
        except UnknownEncounter:
            raise NotYours(encounter_id) from None
        if info.owner_id != user.id and not user.role.is_staff:
            raise NotYours(encounter_id)
        return self.enforce(info)

    def enforce(self, info: EncounterInfo) -> EncounterInfo:
        """Move past every stage whose deadline has passed; return the encounter as it is now."""
        for _ in range(len(Stage)):
            if info.deadline is None or info.deadline > self.clock.now():
                break
            info = self._finish_stage(info, info.stage)
        return info

    def _deadline_for(self, stage: Stage, case_id: str, start: float) -> float | None:
        if stage is Stage.interview:
            return start + self.library.case(case_id).door.station_minutes * 60
        if stage is Stage.note:
            return start + self.timing.note_seconds
        if stage is Stage.door:
            return start + self.timing.reading_seconds
        return None

    def _finish_stage(self, info: EncounterInfo, stage: Stage) -> EncounterInfo:
        if stage is Stage.done:
            return info
        if stage is Stage.note:
            self._grade(info)
        now = self.clock.now()
        # a stage ended by its deadline starts the next at the deadline, not when noticed
        start = min(now, info.deadline) if info.deadline is not None else now
        target = stage.next
        self.store.advance(info.id, stage, target, self._deadline(info, target, start), now)
        return self.store.get(info.id)

    def _deadline(self, info: EncounterInfo, stage: Stage, start: float) -> float | None:
        if self.timetable is not None:
            try:
                return self.timetable.deadline(info, stage)
            except NotCircuit:
                pass
        return self._deadline_for(stage, info.case_id, start)

    def in_circuit(self, info: EncounterInfo) -> bool:
        return self.timetable is not None and self.timetable.holds(info)

    def enter(self, info: EncounterInfo) -> EncounterInfo:
        info = self.enforce(info)
        if info.stage is Stage.door and self.in_circuit(info):
            raise EncounterError("in a circuit the bell opens the door: wait for the reading "
                                 "time to end")
        if info.stage is Stage.door:
            info = self._finish_stage(info, Stage.door)
        return info

    def sweep(self) -> int:
        """Apply every passed deadline (the background sweeper calls this)."""
        moved = 0
        for info in self.store.expired(self.clock.now()):
            self.enforce(info)
            moved += 1
        return moved

    def cohorts(self, user_id: int) -> set[str] | None:
        return None if self.cohorts_of is None else self.cohorts_of(user_id)

    def audience(self, user: User) -> set[str] | None:
        """The cohorts whose cases a user may practise; None for staff, who may try any."""
        return None if user.role.is_staff else self.cohorts(user.id)

    # -- the interview ----------------------------------------------------------------------

    def commit(self, info: EncounterInfo, client_id: str, utterance: Utterance) -> Committed:
        """Store the student's turn durably; only then may it be acknowledged."""
        info = self.enforce(info)
        # a held clock shows as a live stage with no deadline, which an encounter of its own
        # never has: only then is the circuit asked, and every other turn goes by unchecked
        if info.deadline is None and self.timetable is not None and self.timetable.paused(info):
            raise EncounterError("the circuit is paused: wait for the examiner to resume it")
        if info.stage is Stage.door:
            info = self.enter(info)  # speaking to the patient is going in
        if info.stage is not Stage.interview:
            raise EncounterError(f"the interview is over (stage: {info.stage.value})")
        committed = self.store.commit_turn(info.id, client_id, utterance.action, utterance.text,
                                           self.clock.now())
        return replace(committed, info=info)

    def unanswered(self, info: EncounterInfo) -> list[StoredTurn]:
        return [t for t in self.store.turns(info.id) if t.patient is None]

    async def reply(self, info: EncounterInfo, turn: StoredTurn) -> AsyncIterator[TextPiece |
                                                                                  FinalReply]:
        """Produce (once) and store the reply to a committed turn, streaming its pieces."""
        lock = self._locks.setdefault(info.id, asyncio.Lock())
        async with lock:
            # the store is synchronous (and fsyncs): keep it off the event loop
            stored = await asyncio.to_thread(self.store.turns, info.id)
            this = next((t for t in stored if t.seq == turn.seq), turn)
            if this.patient is not None:
                yield FinalReply(text=this.patient, grounding=this.grounding)
                return
            before = [self._as_turn(t) for t in stored
                      if t.seq < turn.seq and t.patient is not None]
            case = self.library.version(info.case_id, info.case_hash)
            encounter = Encounter(case=case, case_hash=info.case_hash, turns=before)
            final: FinalReply | None = None
            async for event in self.engine.reply(encounter,
                                                 Utterance(action=turn.action, text=turn.student)):
                if isinstance(event, FinalReply):
                    final = event
                else:
                    yield event
            if final is None:
                raise RuntimeError(f"engine {self.engine.name!r} gave no final reply")
            await asyncio.to_thread(self.store.answer_turn, info.id, turn.seq, final.text,
                                    final.grounding)
            if turn.action is Action.end:
                await asyncio.to_thread(self.end_interview, info)
            yield final

    @staticmethod
    def _as_turn(t: StoredTurn) -> Turn:
        assert t.patient is not None and t.grounding is not None
        return Turn(turn=t.seq, action=t.action, student=t.student, patient=t.patient,
                    grounding=t.grounding)

    def transcript(self, info: EncounterInfo) -> Transcript:
        header = TranscriptHeader(case_id=info.case_id, case_hash=info.case_hash,
                                  engine=info.engine, encounter_id=info.id)
        return Transcript(header=header, turns=[self._as_turn(t) for t in
                                                self.store.turns(info.id)
                                                if t.patient is not None])

    def end_interview(self, info: EncounterInfo) -> EncounterInfo:
        info = self.enforce(info)
        if info.stage in (Stage.door, Stage.interview):
            if info.stage is Stage.door:
                info = self._finish_stage(info, Stage.door)
            info = self._finish_stage(info, Stage.interview)
        return info

    # -- the note and the grade -------------------------------------------------------------

    def save_note(self, info: EncounterInfo, note: Note, submit: bool) -> EncounterInfo:
        info = self.enforce(info)
        if info.stage in (Stage.door, Stage.interview):
            raise EncounterError("the note is written after the interview")
        if info.stage is Stage.done:
            raise EncounterError("the station is over; the note can no longer change")
        self.store.save_note(info.id, note, submitted=submit, now=self.clock.now())
        if submit:
            info = self._finish_stage(info, Stage.note)
        return info

    def _grade(self, info: EncounterInfo) -> None:
        if self.store.scorecard(info.id) is not None:
            return
        case = self.library.version(info.case_id, info.case_hash)
        station = self.library.station_version(info.case_id, info.rubric_hash)
        if station is None:
            return  # a case without a rubric is practice only
        saved = self.store.note(info.id)
        card = self.grader.grade(case, station, self.transcript(info),
                                 saved[0] if saved else None)
        card = card.model_copy(update={"feedback": give_feedback(card, case, station,
                                                                 self.notes_search)})
        history = [a.case_id for a in self.learners.attempts(info.learner)]
        if self.store.save_scorecard(info.id, card, None, self.clock.now()):
            self.learners.record(info.learner, card, case.difficulty, encounter_id=info.id)
            chosen = self.next_case(info, self.learners.ratings(info.learner),
                                    [*history, case.id])
            if chosen is not None:
                self.store.set_recommendation(info.id, chosen)

    def next_case(self, info: EncounterInfo, ratings: dict[str, Rating],
                  history: list[str]) -> dict | None:
        """The case this encounter's learner should practise next, among the cases open to
        them, from their ratings; never the one just done (the end of `history`)."""
        try:
            choice = recommend(ratings, case_profiles(self.library, self.cohorts(info.owner_id)),
                               history)
        except ValueError:  # a library of only the case just done
            return None
        return {"case_id": choice.case_id, "title": self.library.case(choice.case_id).title,
                "reasons": list(choice.reasons)}

    def results(self, info: EncounterInfo) -> Results | None:
        info = self.enforce(info)
        found = self.store.scorecard(info.id)
        # an educator's marks replace the grader's in what anyone is shown (review.py)
        return None if found is None else Results(effective(self, info, found[0]), found[1])
