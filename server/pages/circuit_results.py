"""A circuit's results for examiners: the table per candidate and station with the pass marks
in force, its CSV, a printable report per candidate, and the calibration of examiner against
grader with the borderline regression behind each pass mark."""

from __future__ import annotations

import time
from typing import Annotated

from fastapi import Depends, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool

from osce.examining.calibration import calibrate
from osce.examining.records import CircuitRecords, gather
from osce.examining.results import circuit_results, to_csv
from osce.examining.service import CircuitRefused
from osce.models.user import User
from osce.store.circuits import UnknownCircuit
from server.api_circuits import EXAMINERS
from server.auth import require, services
from server.pages.brm_chart import brm_chart
from server.pages.render import SECURITY_HEADERS, TEMPLATES, page_router, render
from server.services import Services

router = page_router()
Examiner = Annotated[User, Depends(require(*EXAMINERS))]
CIRCUIT = "/examiner/circuits/{circuit_id}"
MARKS = {"met": "Met", "partly": "Partly", "not_met": "Not met"}
SOURCES = {"regression": "borderline regression", "fixed": "the rubric's fixed mark"}


def sentence(text: str) -> str:
    """The core's reasons are clauses ("only 3 ratings of the 10 needed: ..."); shown alone
    they start a sentence. Jinja's capitalize would lower the rest, level names included."""
    return text[:1].upper() + text[1:]


TEMPLATES.env.filters["sentence"] = sentence


def _records(svc: Services, circuit_id: str) -> CircuitRecords:
    try:
        return gather(svc.circuits, circuit_id)
    except UnknownCircuit:
        raise HTTPException(404, f"There is no circuit {circuit_id!r}.") from None
    except CircuitRefused as exc:  # a station's rubric was removed from the library
        raise HTTPException(409, str(exc)) from None


def _common(svc: Services, records: CircuitRecords) -> dict:
    base = f"/examiner/circuits/{records.plan.id}"
    return {"plan": records.plan, "stations": records.stations,
            "titles": svc.library.titles(),
            "marks": MARKS, "sources": SOURCES, "base": base}


@router.get(CIRCUIT + "/results")
async def results(circuit_id: str, request: Request, user: Examiner) -> Response:
    svc = services(request)

    def work() -> dict:
        records = _records(svc, circuit_id)
        return {**_common(svc, records), "results": circuit_results(records)}
    return render(request, "circuit_results.html", await run_in_threadpool(work), user=user)


@router.get(CIRCUIT + "/results.csv")
async def results_csv(circuit_id: str, request: Request, user: Examiner) -> Response:
    svc = services(request)
    text = await run_in_threadpool(lambda: to_csv(circuit_results(_records(svc, circuit_id))))
    # the id is an Identifier (a-z, 0-9, . _ -): safe inside the quoted filename
    return Response(text, media_type="text/csv; charset=utf-8",
                    headers={**SECURITY_HEADERS, "Content-Disposition":
                             f'attachment; filename="circuit-{circuit_id}-results.csv"'})


@router.get(CIRCUIT + "/candidates/{username}/report")
async def report(circuit_id: str, username: str, request: Request, user: Examiner) -> Response:
    svc = services(request)

    def work() -> dict:
        records = _records(svc, circuit_id)
        if username not in records.plan.candidates:
            raise HTTPException(404, f"{username!r} is not a candidate in this circuit.")
        outcome = circuit_results(records)
        return {**_common(svc, records), "results": outcome, "candidate": username,
                "summary": outcome.summary(username), "rows": outcome.rows_of(username),
                "printed": time.time()}
    return render(request, "circuit_report.html", await run_in_threadpool(work), user=user)


@router.get(CIRCUIT + "/calibration")
async def calibration(circuit_id: str, request: Request, user: Examiner) -> Response:
    svc = services(request)

    def work() -> dict:
        records = _records(svc, circuit_id)
        stations = calibrate(records)
        return {**_common(svc, records), "calibrations": stations,
                "charts": [brm_chart(s.standard) for s in stations]}
    return render(request, "circuit_calibration.html", await run_in_threadpool(work), user=user)
