"""The JSON API. Every route answers with the caller's view: a student's never carries
hidden facts, diagnoses, rubrics or grounding."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, Field

from osce.encounters.service import EncounterError, NotYours
from osce.library import UnknownCase
from osce.models.encounter import EncounterInfo
from osce.models.note import Note
from osce.models.user import Role, User
from server.auth import STAFF, api_csrf, api_user, csrf_token, require, services
from server.services import Services
from server.views import CaseCard, EncounterView, case_card, encounter_view

router = APIRouter(prefix="/api")
Me = Annotated[User, Depends(api_user)]
Svc = Annotated[Services, Depends(services)]


class StartEncounter(BaseModel):
    model_config = ConfigDict(extra="forbid")
    case_id: str = Field(min_length=1, max_length=100)


class Started(BaseModel):
    id: str
    stage: str
    websocket: str


class NoteIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    note: Note
    submit: bool = False


class MeView(BaseModel):
    username: str
    role: Role
    csrf: str


def _open(svc: Services, encounter_id: str, user: User) -> EncounterInfo:
    try:
        return svc.encounters.open(encounter_id, user)
    except NotYours:
        raise HTTPException(404, "no such encounter") from None


def _view(svc: Services, info: EncounterInfo, user: User) -> EncounterView:
    return encounter_view(info, svc.library.case(info.case_id),
                          svc.encounters.store.turns(info.id), user, svc.clock.now())


class Credentials(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(max_length=64)
    password: str = Field(max_length=256)


@router.post("/session")
async def open_session(body: Credentials, request: Request) -> MeView:
    """Sign in from a script or a test; the pages use the sign-in form."""
    from server.signin import attempt

    user = await attempt(request, body.username, body.password)
    if user is None:
        raise HTTPException(401, "wrong username or password")
    return MeView(username=user.username, role=user.role, csrf=csrf_token(request))


@router.delete("/session", dependencies=[Depends(api_csrf)])
def close_session(request: Request) -> dict:
    request.session.clear()
    return {"signed_out": True}


@router.get("/me")
def me(user: Me, request: Request) -> MeView:
    """Who is signed in, and the CSRF token their JSON calls must carry."""
    return MeView(username=user.username, role=user.role,
                  csrf=csrf_token(request))


@router.get("/cases")
def cases(user: Me, svc: Svc) -> list[CaseCard]:
    return [case_card(c) for c in sorted(svc.library.open_cases(svc.encounters.audience(user)),
                                         key=lambda c: (c.specialty, c.difficulty, c.id))]


@router.get("/cases/{case_id}")
def case(case_id: str, user: Me, svc: Svc) -> dict:
    try:
        found = svc.library.case(case_id)
    except UnknownCase:
        raise HTTPException(404, f"no case {case_id!r}") from None
    if not svc.library.open_to(case_id, svc.encounters.audience(user)):
        raise HTTPException(404, f"no case {case_id!r}")
    if user.role.is_staff:
        return {"card": case_card(found).model_dump(), "case": found.model_dump(mode="json")}
    return {"card": case_card(found).model_dump()}


@router.post("/encounters", status_code=201, dependencies=[Depends(api_csrf)])
def start(body: StartEncounter, user: Me, svc: Svc) -> Started:
    try:
        info = svc.encounters.start(user, body.case_id)
    except UnknownCase:
        raise HTTPException(404, f"no case {body.case_id!r}") from None
    return Started(id=info.id, stage=info.stage.value, websocket=f"/ws/encounters/{info.id}")


@router.get("/encounters")
def mine(user: Me, svc: Svc) -> list[dict]:
    return [{"id": e.id, "case_id": e.case_id, "stage": e.stage.value,
             "created_at": e.created_at}
            for e in svc.encounters.store.of_owner(user.id)]


@router.get("/encounters/{encounter_id}")
def get_encounter(encounter_id: str, user: Me, svc: Svc) -> EncounterView:
    return _view(svc, _open(svc, encounter_id, user), user)


@router.post("/encounters/{encounter_id}/enter", dependencies=[Depends(api_csrf)])
def enter(encounter_id: str, user: Me, svc: Svc) -> EncounterView:
    info = _own(svc, encounter_id, user)
    try:
        return _view(svc, svc.encounters.enter(info), user)
    except EncounterError as exc:  # a circuit's door opens at its bell
        raise HTTPException(409, str(exc)) from None


@router.post("/encounters/{encounter_id}/end", dependencies=[Depends(api_csrf)])
def end(encounter_id: str, user: Me, svc: Svc) -> EncounterView:
    info = _own(svc, encounter_id, user)
    return _view(svc, svc.encounters.end_interview(info), user)


@router.post("/encounters/{encounter_id}/note", dependencies=[Depends(api_csrf)])
async def note(encounter_id: str, body: NoteIn, user: Me, svc: Svc) -> EncounterView:
    info = _own(svc, encounter_id, user)
    try:
        info = await run_in_threadpool(svc.encounters.save_note, info, body.note, body.submit)
    except EncounterError as exc:
        raise HTTPException(409, str(exc)) from None
    return _view(svc, info, user)


@router.get("/encounters/{encounter_id}/results")
def results(encounter_id: str, user: Me, svc: Svc) -> dict:
    info = _open(svc, encounter_id, user)
    found = svc.encounters.results(info)
    if found is None:
        raise HTTPException(409, "not graded yet: the station is still running")
    card = found.scorecard if user.role.is_staff else \
        found.scorecard.student_view(svc.library.case(info.case_id).answer_key())
    return {"scorecard": card.model_dump(mode="json"), "recommendation": found.recommendation}


def _own(svc: Services, encounter_id: str, user: User) -> EncounterInfo:
    """Only the owner acts on an encounter; staff may read it but not speak in it."""
    info = _open(svc, encounter_id, user)
    if info.owner_id != user.id:
        raise HTTPException(403, "only the student doing this station can act in it")
    return info


@router.get("/learner/export")
def export(user: Me, svc: Svc) -> dict:
    """Everything stored about the signed-in learner (the right of access)."""
    from server.privacy import collect

    return collect(svc.encounters.store, svc.learners, user, svc.library)


@router.get("/staff/encounters", dependencies=[Depends(require(*STAFF))])
def all_encounters(svc: Svc) -> list[dict]:
    return [e.model_dump(mode="json") for e in svc.encounters.store.all()]
