"""The examiners' live monitor page: every station of a circuit at once. The page draws the
empty grid; static/monitor.js fills it from `/ws/circuits/{id}/monitor`."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool

from osce.models.user import User
from osce.store.circuits import UnknownCircuit
from server.api_circuits import EXAMINERS
from server.auth import require, services
from server.pages.render import page_router, render
from server.services import Services

router = page_router()
Examiner = Annotated[User, Depends(require(*EXAMINERS))]


def _context(svc: Services, circuit_id: str) -> dict:
    try:
        circuit = svc.circuits.store.get(circuit_id)
    except UnknownCircuit:
        raise HTTPException(404, "There is no circuit at this address.") from None
    titles = svc.library.titles()
    stations = [{"index": i, "case_id": s.case_id, "station_id": s.station_id,
                 "title": titles.get(s.case_id, s.case_id)}
                for i, s in enumerate(circuit.plan.stations)]
    return {"plan": circuit.plan, "stations": stations}


@router.get("/examiner/circuits/{circuit_id}/monitor")
async def monitor(circuit_id: str, request: Request, user: Examiner) -> Response:
    ctx = await run_in_threadpool(_context, services(request), circuit_id)
    return render(request, "circuit_monitor.html", ctx, user=user)
