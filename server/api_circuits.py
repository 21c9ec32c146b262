"""The circuits API: examiners build, start, pause and resume circuits and mark stations;
a candidate asks only where they are now. Pages (server/pages/circuits.py) use the same
service."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, Field

from osce.examining.circuit import CircuitPlan
from osce.examining.service import CircuitRefused, CircuitService
from osce.models.user import Role, User
from osce.store.circuits import Circuit, UnknownCircuit
from server.auth import api_csrf, api_user, require, services
from server.services import Services

EXAMINERS = (Role.examiner, Role.educator, Role.admin)
router = APIRouter(prefix="/api/circuits")
Examiner = Annotated[User, Depends(require(*EXAMINERS))]
Me = Annotated[User, Depends(api_user)]
Svc = Annotated[Services, Depends(services)]
Csrf = [Depends(api_csrf)]


class Enrol(BaseModel):
    model_config = ConfigDict(extra="forbid")
    candidates: list[str] = Field(min_length=1, max_length=500)


class MarksIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    items: dict[str, str] = Field(max_length=200)
    global_rating: str = Field(min_length=1, max_length=64)
    comment: str = Field(default="", max_length=2000)


def found(svc: Services, circuit_id: str) -> Circuit:
    try:
        return svc.circuits.store.get(circuit_id)
    except UnknownCircuit:
        raise HTTPException(404, f"no circuit {circuit_id!r}") from None


def staff_view(circuits: CircuitService, circuit: Circuit) -> dict:
    """The whole circuit for examiners: the plan, the clock and who is where."""
    moment = circuits.moment(circuit)
    encounters = {(link.candidate, link.round): link.encounter_id
                  for link in circuits.store.links(circuit.id)}
    return {"plan": circuit.plan.model_dump(mode="json"),
            "clock": circuit.clock.model_dump(mode="json"),
            "moment": moment.model_dump(mode="json"),
            "encounters": [{"candidate": c, "round": r, "encounter_id": e}
                           for (c, r), e in sorted(encounters.items())]}


async def _act(svc: Services, action, *args) -> dict:
    try:
        circuit = await run_in_threadpool(action, *args)
    except UnknownCircuit:
        raise HTTPException(404, "no such circuit") from None
    except CircuitRefused as exc:
        raise HTTPException(409, str(exc)) from None
    return await run_in_threadpool(staff_view, svc.circuits, circuit)


@router.post("", status_code=201, dependencies=Csrf)
async def create(plan: CircuitPlan, user: Examiner, svc: Svc) -> dict:
    try:
        circuit = await run_in_threadpool(svc.circuits.create, plan, user)
    except CircuitRefused as exc:
        raise HTTPException(422, str(exc)) from None
    return await run_in_threadpool(staff_view, svc.circuits, circuit)


@router.get("/{circuit_id}", dependencies=[Depends(require(*EXAMINERS))])
async def read(circuit_id: str, svc: Svc) -> dict:
    return await run_in_threadpool(lambda: staff_view(svc.circuits, found(svc, circuit_id)))


@router.post("/{circuit_id}/enrol", dependencies=[*Csrf, Depends(require(*EXAMINERS))])
async def enrol(circuit_id: str, body: Enrol, svc: Svc) -> dict:
    return await _act(svc, svc.circuits.enrol, circuit_id, body.candidates)


@router.post("/{circuit_id}/start", dependencies=[*Csrf, Depends(require(*EXAMINERS))])
async def start(circuit_id: str, svc: Svc) -> dict:
    return await _act(svc, svc.circuits.start, circuit_id)


@router.post("/{circuit_id}/pause", dependencies=[*Csrf, Depends(require(*EXAMINERS))])
async def pause(circuit_id: str, svc: Svc) -> dict:
    return await _act(svc, svc.circuits.pause, circuit_id)


@router.post("/{circuit_id}/resume", dependencies=[*Csrf, Depends(require(*EXAMINERS))])
async def resume(circuit_id: str, svc: Svc) -> dict:
    return await _act(svc, svc.circuits.resume, circuit_id)


@router.get("/{circuit_id}/me")
async def mine(circuit_id: str, user: Me, svc: Svc) -> dict:
    """A candidate's own station now; any other circuit is, to them, no circuit at all."""
    def look() -> dict:
        circuit = found(svc, circuit_id)
        try:
            view, encounter_id = svc.circuits.candidate_view(circuit, user)
        except LookupError:
            raise HTTPException(404, f"no circuit {circuit_id!r}") from None
        card = None
        if view.station is not None:
            from server.views import case_card

            card = case_card(svc.library.case(view.station.case_id)).model_dump(mode="json")
        return {"view": view.model_dump(mode="json", exclude={"station"}), "case": card,
                "encounter_id": encounter_id}
    return await run_in_threadpool(look)


@router.post("/{circuit_id}/encounters/{encounter_id}/marks",
             dependencies=[*Csrf])
async def mark(circuit_id: str, encounter_id: str, body: MarksIn, user: Examiner,
               svc: Svc) -> dict:
    def go() -> dict:
        link = svc.circuits.store.link_of(encounter_id)
        if link is None or link.circuit_id != circuit_id:
            raise HTTPException(404, "no such station encounter in this circuit")
        try:
            marks = svc.circuits.mark(encounter_id, user, body.items, body.global_rating,
                                      body.comment)
        except CircuitRefused as exc:
            raise HTTPException(422, str(exc)) from None
        return marks.model_dump(mode="json")
    return await run_in_threadpool(go)
