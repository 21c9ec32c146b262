"""One station, one URL: `/encounters/{id}` shows the stage the encounter is in (the door, the
interview, the note or the results), so a reload or a link always lands on the right step."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import Depends, Form, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse

from osce.encounters.service import EncounterError, NotYours
from osce.models.encounter import EncounterInfo, Stage
from osce.models.note import Note
from osce.models.user import User
from server.auth import check_csrf, page_user, services
from server.pages.render import flash, page_router, render
from server.pages.review import review_context
from server.pages.scorecard import results_context
from server.services import Services
from server.views import case_card, encounter_view

router = page_router()
Me = Annotated[User, Depends(page_user)]
MAX_LINES, MAX_LINE, MAX_SUMMARY = 30, 300, 4000
NUMBERED = re.compile(r"^\d{1,2}[.)]\s+")  # "1. " or "2) ": the order is the number
TEMPLATE = {Stage.door: "door.html", Stage.interview: "interview.html", Stage.note: "note.html",
            Stage.done: "results.html"}


def _open(svc: Services, encounter_id: str, user: User) -> EncounterInfo:
    try:
        return svc.encounters.open(encounter_id, user)
    except NotYours:
        # someone else's encounter looks exactly like one that does not exist
        raise HTTPException(404, "There is no encounter at this address, or it is not "
                                 "yours.") from None


def _own(svc: Services, encounter_id: str, user: User) -> EncounterInfo:
    info = _open(svc, encounter_id, user)
    if info.owner_id != user.id:
        raise HTTPException(403, "Only the student doing this station can act in it.")
    return info


def _context(svc: Services, info: EncounterInfo, user: User) -> dict[str, Any]:
    case = svc.library.case(info.case_id)
    view = encounter_view(info, case, svc.encounters.store.turns(info.id), user,
                          svc.clock.now())
    # who answers: a parent or carer speaks for some patients
    speaker = case.persona.name if case.informant.role.value == "patient" else \
        case.informant.name
    ctx: dict[str, Any] = {"info": info, "view": view, "card": case_card(case),
                           "speaker": speaker,
                           "asker": "You" if info.owner_id == user.id else "Student",
                           "in_circuit": info.stage is Stage.door
                           and svc.encounters.in_circuit(info)}
    if info.stage is Stage.note:
        saved = svc.encounters.store.note(info.id)
        ctx["note"] = saved[0] if saved else Note()
    if info.stage is Stage.done:
        found = svc.encounters.results(info)
        if found is not None:
            card = found.scorecard if user.role.is_staff else \
                found.scorecard.student_view(svc.library.case(info.case_id).answer_key())
            ctx["results"] = results_context(card, user.role.is_staff)
            ctx["recommendation"] = found.recommendation
    if user.role.is_staff:
        saved = svc.encounters.store.note(info.id)
        ctx["saved_note"] = saved[0] if saved else None
        ctx["diagnosis"] = case.diagnosis.primary
        ctx["review"] = review_context(svc, info) if info.stage is Stage.done else None
    return ctx


@router.get("/encounters/{encounter_id}")
async def encounter(encounter_id: str, request: Request, user: Me) -> Response:
    svc = services(request)
    info = await run_in_threadpool(_open, svc, encounter_id, user)
    ctx = await run_in_threadpool(_context, svc, info, user)
    if info.owner_id != user.id:  # staff reading a student's station: never its live controls
        return render(request, "staff_encounter.html", ctx, user=user)
    return render(request, TEMPLATE[info.stage], ctx, user=user)


@router.post("/encounters/{encounter_id}/enter")
async def enter(encounter_id: str, request: Request, user: Me,
                csrf: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, csrf)
    svc = services(request)
    info = await run_in_threadpool(_own, svc, encounter_id, user)
    try:
        await run_in_threadpool(svc.encounters.enter, info)
    except EncounterError as exc:  # a circuit's door opens at its bell
        flash(request, f"{str(exc)[:1].upper()}{str(exc)[1:]}.", "error")
    return RedirectResponse(f"/encounters/{encounter_id}", status_code=303)


def _lines(text: str) -> list[str]:
    """One item a line; list markers a student types out of habit are dropped."""
    items = [NUMBERED.sub("", line.strip().lstrip("-*•").strip()) for line in text.splitlines()]
    return [i[:MAX_LINE] for i in items if i][:MAX_LINES]


@router.post("/encounters/{encounter_id}/note")
async def note(encounter_id: str, request: Request, user: Me,
               csrf: Annotated[str, Form()] = "", summary: Annotated[str, Form()] = "",
               differential: Annotated[str, Form()] = "",
               investigations: Annotated[str, Form()] = "", plan: Annotated[str, Form()] = "",
               action: Annotated[str, Form()] = "save") -> Response:
    check_csrf(request, csrf)
    svc = services(request)
    info = await run_in_threadpool(_own, svc, encounter_id, user)
    written = Note(summary=summary.strip()[:MAX_SUMMARY], differential=_lines(differential),
                   investigations=_lines(investigations), plan=_lines(plan))
    submit = action == "submit"
    try:
        await run_in_threadpool(svc.encounters.save_note, info, written, submit)
    except EncounterError as exc:
        flash(request, f"Your note was not saved: {exc}.", "error")
    else:
        if not submit:
            flash(request, "Draft saved.")
    return RedirectResponse(f"/encounters/{encounter_id}", status_code=303)
