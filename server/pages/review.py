"""Educators review a finished encounter: their mark over the grader's for any rubric item,
with a comment the learner reads; and which items the grader gets overridden on most.

The pages post forms; the same use case (osce/encounters/review.py) answers JSON under
/api/staff for scripts and tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from osce.encounters.review import (
    BadMark,
    Mark,
    NotReviewable,
    Reviewed,
    ReviewError,
    override,
)
from osce.encounters.service import NotYours
from osce.grading.overrides import WORDS
from osce.models.encounter import EncounterInfo
from osce.models.scorecard import ItemResult, Status
from osce.models.user import User
from osce.store.overrides import ItemCount, Override, OverrideStore
from server.auth import STAFF, api_csrf, api_user, check_csrf, require, services
from server.pages.render import flash, page_router, render
from server.services import Services

router = page_router()
api = APIRouter(prefix="/api/staff")
Staff = Annotated[User, Depends(require(*STAFF))]
Svc = Annotated[Services, Depends(services)]
MAX_MARKS = 200  # more than any station has items
FIELD_WORDS = {"item": "choose an item",
               "status": "choose met, partly met or not met",
               "comment": "write a comment for the learner (at most 2000 characters)"}


def _open(svc: Services, encounter_id: str, user: User) -> EncounterInfo:
    try:
        return svc.encounters.open(encounter_id, user)
    except NotYours:
        raise HTTPException(404, "There is no encounter at this address.") from None


def _overrides(svc: Services) -> OverrideStore:
    return OverrideStore(svc.encounters.store.sessions)


# -- the review section of the staff encounter page -----------------------------------------

@dataclass
class ReviewRow:
    item: ItemResult  # the grader's mark, reason and evidence
    override: Override | None

    @property
    def status(self) -> Status:
        """The mark that counts."""
        return self.override.status if self.override else self.item.status


@dataclass
class ReviewView:
    rows: list[ReviewRow]
    words: dict[str, str]  # status value -> words, in the form's order

    @property
    def overridden(self) -> int:
        return sum(r.override is not None for r in self.rows)


def review_context(svc: Services, info: EncounterInfo) -> ReviewView | None:
    """The grader's marks beside the educator's, item by item; None before grading."""
    found = svc.encounters.store.scorecard(info.id)
    if found is None:
        return None
    overrides = _overrides(svc).of(info.id)
    return ReviewView([ReviewRow(i, overrides.get(i.id)) for i in found[0].items],
                      {s.value: WORDS[s] for s in Status})


def _form_problem(exc: ValidationError) -> str:
    fields = sorted({str(e["loc"][0]) for e in exc.errors() if e["loc"]})
    return "; ".join(FIELD_WORDS.get(f, f) for f in fields) or "the mark was not valid"


@router.post("/staff/encounters/{encounter_id}/overrides")
async def override_form(encounter_id: str, request: Request, user: Staff,
                        csrf: Annotated[str, Form()] = "", item: Annotated[str, Form()] = "",
                        status: Annotated[str, Form()] = "",
                        comment: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, csrf)
    svc = services(request)
    info = await run_in_threadpool(_open, svc, encounter_id, user)
    back = RedirectResponse(f"/encounters/{encounter_id}", status_code=303)
    try:
        mark = Mark.model_validate({"item": item, "status": status, "comment": comment})
    except ValidationError as exc:
        flash(request, f"Mark not saved: {_form_problem(exc)}.", "error")
        return back
    try:
        done = await run_in_threadpool(override, svc.encounters, info, [mark], user)
    except ReviewError as exc:
        flash(request, f"Mark not saved: {exc}.", "error")
        return back
    words = WORDS[mark.status]
    withdrawn = mark.item not in done.overrides
    flash(request, f"Your mark stands: {words}, as the grader had it; no override is kept."
          if withdrawn else f"Saved: {words}. Now {done.scorecard.percent:g}%, "
          f"{'pass' if done.scorecard.passed else 'not passed'}; the learner sees your comment.")
    return back


# -- items by override rate -----------------------------------------------------------------

@dataclass
class CountRow:
    count: ItemCount
    title: str  # the case's title
    text: str  # the item's text


def _count_rows(svc: Services) -> list[CountRow]:
    """Every overridden item with the words of its rubric (any version in the library)."""
    texts: dict[tuple[str, str], str] = {}
    titles: dict[str, str] = {}
    stations = [*svc.library.stations_by_hash.values(),
                *(s for r in svc.library.rubrics.values() for s in r.stations)]
    for station in stations:  # the current rubrics last: their words win
        titles[station.id] = svc.library.cases[station.case].title \
            if station.case in svc.library.cases else station.case
        texts.update({(station.id, i.id): i.text for i in station.items})
    return [CountRow(c, titles.get(c.station_id, c.station_id),
                     texts.get((c.station_id, c.item_id), c.item_id))
            for c in _overrides(svc).counts()]


@router.get("/staff/overrides")
async def overrides_page(request: Request, user: Staff) -> Response:
    rows = await run_in_threadpool(_count_rows, services(request))
    return render(request, "staff_overrides.html", {"rows": rows}, user=user)


# -- JSON -----------------------------------------------------------------------------------

class MarksIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    marks: list[Mark] = Field(min_length=1, max_length=MAX_MARKS)


def _answer(info: EncounterInfo, done: Reviewed) -> dict:
    return {"encounter_id": info.id,
            "overrides": [o.model_dump(mode="json") for o in done.overrides.values()],
            "scorecard": done.scorecard.model_dump(mode="json"),
            "recommendation": done.recommendation,
            "learner_model_updated": done.replayed}


@api.post("/encounters/{encounter_id}/overrides", dependencies=[Depends(api_csrf)])
def set_overrides(encounter_id: str, body: MarksIn, user: Staff, svc: Svc) -> dict:
    info = _open(svc, encounter_id, user)
    try:
        done = override(svc.encounters, info, body.marks, user)
    except BadMark as exc:
        raise HTTPException(400, str(exc)) from None
    except NotReviewable as exc:
        raise HTTPException(409, str(exc)) from None
    return _answer(info, done)


def _staff_reader(user: Annotated[User, Depends(api_user)]) -> User:
    """To anyone but staff, reading about an encounter here looks like asking about one that
    does not exist, as everywhere else an encounter is not theirs."""
    if not user.role.is_staff:
        raise HTTPException(404, "no such encounter")
    return user


@api.get("/encounters/{encounter_id}/overrides")
def get_overrides(encounter_id: str, user: Annotated[User, Depends(_staff_reader)],
                  svc: Svc) -> dict:
    info = _open(svc, encounter_id, user)
    return {"encounter_id": info.id,
            "overrides": [o.model_dump(mode="json") for o in _overrides(svc).of(info.id)
                          .values()]}


@api.get("/overrides", dependencies=[Depends(require(*STAFF))])
def override_counts(svc: Svc) -> list[dict]:
    return [{**r.count.model_dump(), "rate": r.count.rate, "text": r.text, "case": r.title}
            for r in _count_rows(svc)]


# the API keeps its JSON errors: an included router's routes keep their own route class
router.include_router(api)
