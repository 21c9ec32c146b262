"""Mock OSCE pages: examiners build, run and mark circuits; a candidate sees only their own
station now. The live monitor and the results pages are their own modules."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Form, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse
from pydantic import ValidationError

from osce.examining.circuit import CircuitPlan, StationSlot
from osce.examining.service import CircuitRefused
from osce.models.user import User
from osce.store.circuits import UnknownCircuit
from server.api_circuits import EXAMINERS, found
from server.auth import check_csrf, page_user, require, services
from server.pages.render import flash, page_router, render
from server.services import Services
from server.views import case_card

router = page_router()
Examiner = Annotated[User, Depends(require(*EXAMINERS))]
Me = Annotated[User, Depends(page_user)]
MARKS = {"met": "Met", "partly": "Partly", "not_met": "Not met"}


def _slot(value: str) -> StationSlot:
    case_id, _, station_id = value.partition("/")
    return StationSlot(case_id=case_id, station_id=station_id)


@router.get("/examiner/circuits")
async def circuits(request: Request, user: Examiner) -> Response:
    svc = services(request)

    def gather() -> dict:
        rows = [(c, svc.circuits.moment(c)) for c in svc.circuits.store.all()]
        return {"rows": rows, "available": svc.circuits.stations_available(),
                "titles": svc.library.titles()}
    return render(request, "circuits.html", await run_in_threadpool(gather), user=user)


@router.post("/examiner/circuits")
async def create(request: Request, user: Examiner, csrf: Annotated[str, Form()] = "",
                 circuit_id: Annotated[str, Form(max_length=80)] = "",
                 title: Annotated[str, Form(max_length=200)] = "",
                 stations: Annotated[list[str] | None, Form()] = None,
                 reading_minutes: Annotated[float, Form(gt=0, le=60)] = 1,
                 station_minutes: Annotated[float, Form(gt=0, le=120)] = 8,
                 changeover_minutes: Annotated[float, Form(ge=0, le=60)] = 1,
                 candidates: Annotated[str, Form(max_length=20000)] = "") -> Response:
    check_csrf(request, csrf)
    svc = services(request)
    try:
        plan = CircuitPlan(id=circuit_id.strip(), title=title.strip(),
                           stations=[_slot(s) for s in stations or []],
                           reading_seconds=round(reading_minutes * 60),
                           station_seconds=round(station_minutes * 60),
                           changeover_seconds=round(changeover_minutes * 60),
                           candidates=[c for c in candidates.replace(",", " ").split() if c])
        await run_in_threadpool(svc.circuits.create, plan, user)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'circuit'}: {e['msg']}"
                             for e in exc.errors())
        flash(request, f"The circuit was not created: {problems}.", "error")
        return RedirectResponse("/examiner/circuits", status_code=303)
    except CircuitRefused as exc:
        flash(request, f"The circuit was not created: {exc}.", "error")
        return RedirectResponse("/examiner/circuits", status_code=303)
    return RedirectResponse(f"/examiner/circuits/{plan.id}", status_code=303)


def _circuit_context(svc: Services, circuit_id: str) -> dict:
    circuit = found(svc, circuit_id)
    moment = svc.circuits.moment(circuit)
    links = svc.circuits.store.links(circuit.id)
    marked = {m.encounter_id for m in svc.circuits.store.marks(circuit.id)}
    stages = {link.encounter_id: svc.encounters.store.get(link.encounter_id).stage.value
              for link in links}
    grid: dict[tuple[int, int], object] = {(link.round, link.station_index): link
                                          for link in links}
    return {"circuit": circuit, "plan": circuit.plan, "moment": moment, "grid": grid,
            "marked": marked, "stages": stages, "titles": svc.library.titles(),
            "rounds": range(circuit.plan.slots)}


@router.get("/examiner/circuits/{circuit_id}")
async def circuit(circuit_id: str, request: Request, user: Examiner) -> Response:
    ctx = await run_in_threadpool(_circuit_context, services(request), circuit_id)
    return render(request, "circuit.html", ctx, user=user)


@router.post("/examiner/circuits/{circuit_id}/{action}")
async def act(circuit_id: str, action: str, request: Request, user: Examiner,
              csrf: Annotated[str, Form()] = "",
              candidates: Annotated[str, Form(max_length=20000)] = "") -> Response:
    check_csrf(request, csrf)
    svc = services(request)
    actions = {"start": svc.circuits.start, "pause": svc.circuits.pause,
               "resume": svc.circuits.resume}
    try:
        if action == "enrol":
            names = [c for c in candidates.replace(",", " ").split() if c]
            await run_in_threadpool(svc.circuits.enrol, circuit_id, names)
            flash(request, f"Enrolled: {', '.join(names)}.")
        elif action in actions:
            await run_in_threadpool(actions[action], circuit_id)
            flash(request, {"start": "Started: the clock runs.", "pause": "Paused: every "
                            "station's clock is held.", "resume": "Resumed."}[action])
        else:
            raise HTTPException(404, "There is no such action.")
    except UnknownCircuit:
        raise HTTPException(404, "There is no such circuit.") from None
    except CircuitRefused as exc:
        flash(request, f"Not done: {exc}.", "error")
    return RedirectResponse(f"/examiner/circuits/{circuit_id}", status_code=303)


def _marking_context(svc: Services, circuit_id: str, encounter_id: str) -> dict:
    link = svc.circuits.store.link_of(encounter_id)
    if link is None or link.circuit_id != circuit_id:
        raise HTTPException(404, "There is no such station encounter in this circuit.")
    circuit = found(svc, circuit_id)
    slot = circuit.plan.stations[link.station_index]
    station = svc.circuits.station(slot)
    info = svc.encounters.store.get(encounter_id)
    graded = svc.encounters.store.scorecard(encounter_id)
    grader = {i.id: i for i in graded[0].items} if graded else {}
    return {"circuit": circuit, "link": link, "station": station, "info": info,
            "case": svc.library.case(slot.case_id), "turns": svc.encounters.store.turns(info.id),
            "grader": grader, "grader_card": graded[0] if graded else None,
            "marks": svc.circuits.store.marks_for(encounter_id), "words": MARKS}


@router.get("/examiner/circuits/{circuit_id}/encounters/{encounter_id}/mark")
async def marking(circuit_id: str, encounter_id: str, request: Request,
                  user: Examiner) -> Response:
    ctx = await run_in_threadpool(_marking_context, services(request), circuit_id,
                                  encounter_id)
    return render(request, "circuit_mark.html", ctx, user=user)


@router.post("/examiner/circuits/{circuit_id}/encounters/{encounter_id}/mark")
async def save_marks(circuit_id: str, encounter_id: str, request: Request,
                     user: Examiner) -> Response:
    form = await request.form()
    check_csrf(request, str(form.get("csrf", "")))
    svc = services(request)
    ctx = await run_in_threadpool(_marking_context, svc, circuit_id, encounter_id)
    items = {item.id: str(form.get(f"item-{item.id}", "not_met"))
             for item in ctx["station"].items}
    try:
        await run_in_threadpool(svc.circuits.mark, encounter_id, user, items,
                                str(form.get("global_rating", "")),
                                str(form.get("comment", ""))[:2000])
    except CircuitRefused as exc:
        flash(request, f"Marks not saved: {exc}.", "error")
    else:
        flash(request, "Marks saved: these are the marks of record.")
    return RedirectResponse(f"/examiner/circuits/{circuit_id}/encounters/{encounter_id}/mark",
                            status_code=303)


# -- the candidate ----------------------------------------------------------------------------

@router.get("/circuits")
async def my_circuits(request: Request, user: Me) -> Response:
    svc = services(request)

    def gather() -> list:
        return [(c, svc.circuits.moment(c)) for c in svc.circuits.store.all()
                if user.username in c.plan.candidates]
    return render(request, "my_circuits.html", {"rows": await run_in_threadpool(gather)},
                  user=user)


@router.get("/circuits/{circuit_id}")
async def my_station(circuit_id: str, request: Request, user: Me) -> Response:
    svc = services(request)

    def gather() -> dict:
        try:
            circuit = svc.circuits.store.get(circuit_id)
            view, encounter_id = svc.circuits.candidate_view(circuit, user)
        except (UnknownCircuit, LookupError):
            # another candidate's circuit looks like no circuit at all
            raise HTTPException(404, "There is no circuit at this address for you.") from None
        card = case_card(svc.library.case(view.station.case_id)) if view.station else None
        return {"circuit_id": circuit_id, "title": circuit.plan.title, "view": view,
                "card": card, "encounter_id": encounter_id}
    return render(request, "my_station.html", await run_in_threadpool(gather), user=user)
