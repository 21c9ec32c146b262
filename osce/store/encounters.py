"""Encounters, their turns, notes and scorecards. Each method is one transaction."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from osce.models.encounter import EncounterInfo, Stage, StoredTurn
from osce.models.note import Note
from osce.models.scorecard import Scorecard
from osce.models.transcript import Action, Grounding
from osce.store.tables import EncounterRow, NoteRow, ScorecardRow, TurnRow


class UnknownEncounter(LookupError):
    pass


def new_encounter_id() -> str:
    return secrets.token_urlsafe(24)  # 192 bits: unguessable


def _info(row: EncounterRow) -> EncounterInfo:
    return EncounterInfo.model_validate(row, from_attributes=True)


def _turn(row) -> StoredTurn:
    """A turn from its row: an ORM object or a plain row of the turns table alike."""
    return StoredTurn(seq=row.seq, client_id=row.client_id, action=Action(row.action),
                      student=row.student, patient=row.patient,
                      grounding=Grounding.model_validate(row.grounding) if row.grounding
                      else None, at=row.at)


# Every question reads and writes turns: plain rows of the table, not ORM objects, because
# the ORM's bookkeeping was a fifth of the server's CPU under load.
TURNS = TurnRow.__table__


@dataclass(frozen=True)
class Committed:
    turn: StoredTurn
    duplicate: bool  # the same client id was committed before (a resend after a reconnect)
    info: EncounterInfo | None = None  # the encounter as the commit left it (set by the service)


class EncounterStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def create(self, *, owner_id: int, learner: str, case_id: str, case_hash: str,
               station_id: str, rubric_hash: str, engine: str, stage: Stage,
               deadline: float | None, now: float) -> EncounterInfo:
        row = EncounterRow(id=new_encounter_id(), owner_id=owner_id, learner=learner,
                           case_id=case_id, case_hash=case_hash, station_id=station_id,
                           rubric_hash=rubric_hash, engine=engine, stage=stage.value,
                           deadline=deadline, created_at=now)
        with self.sessions.begin() as s:
            s.add(row)
        return _info(row)

    def get(self, encounter_id: str) -> EncounterInfo:
        with self.sessions() as s:
            row = s.get(EncounterRow, encounter_id)
            if row is None:
                raise UnknownEncounter(encounter_id)
            return _info(row)

    def of_owner(self, owner_id: int) -> list[EncounterInfo]:
        with self.sessions() as s:
            rows = s.scalars(select(EncounterRow).where(EncounterRow.owner_id == owner_id)
                             .order_by(EncounterRow.created_at.desc()))
            return [_info(r) for r in rows]

    def all(self) -> list[EncounterInfo]:
        with self.sessions() as s:
            rows = s.scalars(select(EncounterRow).order_by(EncounterRow.created_at.desc()))
            return [_info(r) for r in rows]

    def advance(self, encounter_id: str, from_stage: Stage, to_stage: Stage,
                deadline: float | None, now: float) -> bool:
        """Move the stage on only if it is still `from_stage`: two processes (or the sweeper
        and a student) racing to end a stage move it once."""
        values: dict[str, object] = {"stage": to_stage.value, "deadline": deadline}
        if to_stage is Stage.done:
            values["ended_at"] = now
        with self.sessions.begin() as s:
            result = s.execute(update(EncounterRow)
                               .where(EncounterRow.id == encounter_id,
                                      EncounterRow.stage == from_stage.value)
                               .values(**values))
            return result.rowcount == 1

    def set_deadline(self, encounter_id: str, deadline: float | None) -> None:
        """A circuit's bell moved (paused, resumed): the stage stays, its end moves."""
        with self.sessions.begin() as s:
            s.execute(update(EncounterRow).where(EncounterRow.id == encounter_id)
                      .values(deadline=deadline))

    def delete(self, encounter_id: str) -> None:
        with self.sessions.begin() as s:
            row = s.get(EncounterRow, encounter_id)
            if row is not None:
                s.delete(row)

    def expired(self, now: float) -> list[EncounterInfo]:
        with self.sessions() as s:
            rows = s.scalars(select(EncounterRow).where(EncounterRow.deadline.is_not(None),
                                                        EncounterRow.deadline <= now))
            return [_info(r) for r in rows]

    def commit_turn(self, encounter_id: str, client_id: str, action: Action, student: str,
                    now: float) -> Committed:
        """Store a student's turn (durably) before anything acknowledges it."""
        mine = (TURNS.c.encounter_id == encounter_id)
        try:
            with self.sessions.begin() as s:
                known = s.execute(select(TURNS).where(mine, TURNS.c.client_id == client_id)
                                  ).first()
                if known is not None:
                    return Committed(_turn(known), duplicate=True)
                seq = (s.execute(select(func.max(TURNS.c.seq)).where(mine)).scalar() or 0) + 1
                s.execute(insert(TURNS).values(encounter_id=encounter_id, seq=seq,
                                               client_id=client_id, action=action.value,
                                               student=student, at=now))
        except IntegrityError:
            # the same client id committed by a racing resend (a server without SQLite's
            # write lock, such as PostgreSQL): that one stands
            with self.sessions() as s:
                known = s.execute(select(TURNS).where(mine, TURNS.c.client_id == client_id)
                                  ).first()
                if known is None:
                    raise
                return Committed(_turn(known), duplicate=True)
        return Committed(StoredTurn(seq=seq, client_id=client_id, action=action,
                                    student=student, at=now), duplicate=False)

    def answer_turn(self, encounter_id: str, seq: int, patient: str,
                    grounding: Grounding) -> None:
        with self.sessions.begin() as s:
            s.execute(update(TURNS)
                      .where(TURNS.c.encounter_id == encounter_id, TURNS.c.seq == seq)
                      .values(patient=patient, grounding=grounding.model_dump(mode="json")))

    def turns(self, encounter_id: str, after: int = 0) -> list[StoredTurn]:
        with self.sessions() as s:
            rows = s.execute(select(TURNS).where(TURNS.c.encounter_id == encounter_id,
                                                 TURNS.c.seq > after).order_by(TURNS.c.seq))
            return [_turn(r) for r in rows]

    def save_note(self, encounter_id: str, note: Note, submitted: bool, now: float) -> None:
        with self.sessions.begin() as s:
            row = s.get(NoteRow, encounter_id)
            if row is None:
                s.add(NoteRow(encounter_id=encounter_id, note=note.model_dump(mode="json"),
                              submitted=submitted, at=now))
            elif not row.submitted:  # a submitted note is final
                row.note, row.submitted, row.at = note.model_dump(mode="json"), submitted, now

    def note(self, encounter_id: str) -> tuple[Note, bool] | None:
        with self.sessions() as s:
            row = s.get(NoteRow, encounter_id)
            return None if row is None else (Note.model_validate(row.note), row.submitted)

    def save_scorecard(self, encounter_id: str, card: Scorecard,
                       recommendation: dict | None, now: float) -> bool:
        """False when one was saved already (the sweeper and a student both finishing)."""
        try:
            with self.sessions.begin() as s:
                s.add(ScorecardRow(encounter_id=encounter_id,
                                   scorecard=card.model_dump(mode="json"),
                                   recommendation=recommendation, at=now))
        except IntegrityError:
            return False
        return True

    def set_recommendation(self, encounter_id: str, recommendation: dict) -> None:
        with self.sessions.begin() as s:
            row = s.get(ScorecardRow, encounter_id)
            if row is not None:
                row.recommendation = recommendation

    def scorecard(self, encounter_id: str) -> tuple[Scorecard, dict | None] | None:
        with self.sessions() as s:
            row = s.get(ScorecardRow, encounter_id)
            if row is None:
                return None
            return Scorecard.model_validate(row.scorecard), row.recommendation

    def delete_owner(self, owner_id: int) -> int:
        with self.sessions.begin() as s:
            rows = list(s.scalars(select(EncounterRow).where(EncounterRow.owner_id == owner_id)))
            for row in rows:
                s.delete(row)
            return len(rows)
