"""An educator's review of a finished encounter: their marks over the grader's, kept beside
them, fed to the learner model, and shown to the learner as feedback.

Nothing here knows about HTTP: the pages and the API are thin faces over `override`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from osce.grading.overrides import EducatorMark, apply_overrides
from osce.models.encounter import EncounterInfo, Stage
from osce.models.rubric import Station
from osce.models.scorecard import Scorecard, Status
from osce.models.user import User
from osce.store.learners import MissingDifficulty, Replayed, replay_attempts
from osce.store.overrides import Override, OverrideStore, read_overrides, write_overrides

if TYPE_CHECKING:  # the service imports this module for its results
    from osce.encounters.service import EncounterService
    from osce.library import Library
    from osce.store.encounters import EncounterStore

MAX_COMMENT = 2000


class ReviewError(Exception):
    """An override that cannot be made. Nothing was stored."""


class BadMark(ReviewError):
    """The marks themselves are wrong: an unknown item, the same item twice, no marks."""


class NotReviewable(ReviewError):
    """The encounter cannot be reviewed (yet): not finished, not graded, its rubric gone."""


class Mark(BaseModel):
    """One educator's mark as it arrives from a form or the API."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    item: str = Field(min_length=1, max_length=100)
    status: Status
    # the learner reads it, and the next educator needs to know why
    comment: str = Field(min_length=1, max_length=MAX_COMMENT)


@dataclass(frozen=True)
class Reviewed:
    scorecard: Scorecard  # the effective one: the grader's with the educator's marks
    overrides: dict[str, Override]  # every override the encounter now has, by item id
    recommendation: dict | None
    replayed: bool  # False: the encounter had no attempt in the learner model to change


def override(service: EncounterService, info: EncounterInfo, marks: Sequence[Mark],
             by_user: User) -> Reviewed:
    """Set the educator's marks on a finished, graded encounter. The overrides and the
    learner model change in one transaction; then the encounter's recommendation is made
    again from the new ratings, so the learner's next case follows the corrected marks."""
    if not by_user.role.is_staff:
        raise PermissionError("only staff may override a grader's marks")
    if not marks:
        raise BadMark("no marks given")
    repeated = sorted({m.item for m in marks if sum(n.item == m.item for n in marks) > 1})
    if repeated:
        raise BadMark(f"item {', '.join(map(repr, repeated))} is marked more than once")
    info = service.enforce(info)
    if info.stage is not Stage.done:
        raise NotReviewable(f"the encounter is not finished yet (stage: {info.stage.value})")
    found = service.store.scorecard(info.id)
    if found is None:
        raise NotReviewable("the encounter was not graded: its case has no marking scheme")
    grader = found[0]
    station = _station(service, info, grader)
    if station is None:
        raise NotReviewable(f"the rubric station {grader.station_id!r} it was graded on is "
                            "no longer in the library")
    graded = {i.id: i for i in grader.items}
    unknown = sorted(m.item for m in marks if m.item not in graded)
    if unknown:
        raise BadMark(f"no item {', '.join(map(repr, unknown))} in this station; its items: "
                      f"{', '.join(graded)}")
    now = service.clock.now()
    new = [Override(encounter_id=info.id, item_id=m.item, station_id=grader.station_id,
                    grader_status=graded[m.item].status, status=m.status, comment=m.comment,
                    by=by_user.username, at=now) for m in marks]
    difficulties = {c.id: c.difficulty for c in service.library.cases.values()}
    try:
        # the learner model lives in the same store: the marks and what they taught the
        # model are written together or not at all, and a second educator's marks at the
        # same moment are applied after these, not lost
        with service.store.sessions.begin() as s:
            kept = {**read_overrides(s, info.id), **{o.item_id: o for o in new}}
            kept = {k: o for k, o in kept.items() if o.status is not o.grader_status}
            card = apply_overrides(grader, station, educator_marks(kept.values()))
            write_overrides(s, new)
            replayed = replay_attempts(s, info.learner, info.id, card, difficulties)
    except MissingDifficulty as exc:
        raise NotReviewable(str(exc)) from None
    recommendation = found[1]
    if replayed is not None:
        recommendation = next_case(service, info, replayed) or recommendation
        if recommendation is not None:
            service.store.set_recommendation(info.id, recommendation)
    return Reviewed(card, kept, recommendation, replayed is not None)


def educator_marks(overrides: Iterable[Override]) -> dict[str, EducatorMark]:
    return {o.item_id: EducatorMark(o.status, o.comment) for o in overrides}


def _station(service: EncounterService, info: EncounterInfo, card: Scorecard) -> Station | None:
    return _graded_station(service.library, info, card)


def _graded_station(library: Library, info: EncounterInfo, card: Scorecard) -> Station | None:
    """The station as the encounter was graded on it (the current one if unchanged)."""
    station = library.station_version(info.case_id, info.rubric_hash)
    return station if station is not None and station.id == card.station_id else None


def effective(service: EncounterService, info: EncounterInfo, card: Scorecard) -> Scorecard:
    """The grader's scorecard with the encounter's overrides applied: what results show,
    to staff and (through its student view) to the learner."""
    return effective_in(service.store, service.library, info, card)


def effective_in(store: EncounterStore, library: Library, info: EncounterInfo,
                 card: Scorecard) -> Scorecard:
    """`effective` from the store and the library alone (for the command line's export)."""
    overrides = OverrideStore(store.sessions).of(info.id)
    station = _graded_station(library, info, card) if overrides else None
    if station is None:  # no overrides, or a rubric gone from the library: the grader's marks
        return card
    return apply_overrides(card, station, educator_marks(overrides.values()))


def graded(service: EncounterService, info: EncounterInfo) -> Scorecard | None:
    """The encounter's effective scorecard, None before it is graded."""
    return graded_in(service.store, service.library, info)


def graded_in(store: EncounterStore, library: Library, info: EncounterInfo) -> Scorecard | None:
    found = store.scorecard(info.id)
    return None if found is None else effective_in(store, library, info, found[0])


def next_case(service: EncounterService, info: EncounterInfo,
              replayed: Replayed) -> dict | None:
    """The recommendation as grading would have made it had the educator's marks been the
    grader's: from the ratings right after this encounter, never this case again."""
    return service.next_case(info, replayed.ratings, replayed.history)
