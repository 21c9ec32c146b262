"""Educators' overrides of item marks, kept beside the grader's scorecards, and how often
each item is overridden: an item the grader often gets wrong is a rubric (or grader) to fix."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from osce.models.scorecard import Status
from osce.store.tables import EncounterRow, OverrideRow, ScorecardRow


class Override(BaseModel):
    encounter_id: str
    item_id: str
    station_id: str
    grader_status: Status
    status: Status
    comment: str
    by: str  # the educator's username
    at: float

    @property
    def direction(self) -> Literal["up", "down"]:
        """"up": the educator gave more credit than the grader."""
        return "up" if self.status.credit > self.grader_status.credit else "down"


class ItemCount(BaseModel):
    """One rubric item's overrides over every encounter graded on its station."""

    station_id: str
    item_id: str
    graded: int  # encounters graded on the station
    overridden: int
    up: int  # overrides that gave more credit than the grader
    down: int
    encounters: list[str]  # the overridden encounters, newest override first

    @property
    def rate(self) -> float:
        return self.overridden / self.graded if self.graded else 0.0


def _override(row: OverrideRow) -> Override:
    return Override.model_validate(row, from_attributes=True)


def read_overrides(s: Session, encounter_id: str) -> dict[str, Override]:
    """The encounter's overrides by item id."""
    return {r.item_id: _override(r) for r in s.scalars(
        select(OverrideRow).where(OverrideRow.encounter_id == encounter_id))}


def write_overrides(s: Session, overrides: Sequence[Override]) -> None:
    """Set each item's override in an open transaction (so a caller can change the learner
    model in the same one). A mark equal to the grader's withdraws the item's override: the
    educator agrees with the grader, and agreement is not counted against the item."""
    for o in overrides:
        known = s.get(OverrideRow, (o.encounter_id, o.item_id))
        if o.status is o.grader_status:
            if known is not None:
                s.delete(known)
        else:
            s.merge(OverrideRow(**o.model_dump(mode="json")))


class OverrideStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def set(self, overrides: Sequence[Override]) -> None:
        with self.sessions.begin() as s:
            write_overrides(s, overrides)

    def of(self, encounter_id: str) -> dict[str, Override]:
        with self.sessions() as s:
            return read_overrides(s, encounter_id)

    def counts(self) -> list[ItemCount]:
        """Every overridden item, the most often overridden (as a share of its station's
        graded encounters) first."""
        with self.sessions() as s:
            rows = [_override(r) for r in s.scalars(
                select(OverrideRow).order_by(OverrideRow.at.desc()))]
            graded: dict[str, int] = {station: n for station, n in s.execute(
                select(EncounterRow.station_id, func.count())
                .join(ScorecardRow, ScorecardRow.encounter_id == EncounterRow.id)
                .group_by(EncounterRow.station_id))}
        by_item: dict[tuple[str, str], list[Override]] = defaultdict(list)
        for o in rows:
            by_item[o.station_id, o.item_id].append(o)
        counts = [ItemCount(station_id=station, item_id=item, graded=graded.get(station, 0),
                            overridden=len(found),
                            up=sum(o.direction == "up" for o in found),
                            down=sum(o.direction == "down" for o in found),
                            encounters=[o.encounter_id for o in found])
                  for (station, item), found in by_item.items()]
        return sorted(counts, key=lambda c: (-c.rate, -c.overridden, c.station_id, c.item_id))
