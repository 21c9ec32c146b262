"""The authoring API the editor page talks to: check, save, edit, try, suite, import.

Educators and admins only; every answer is a staff view (the draft is the whole case)."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from osce.authoring.check import Checked
from osce.authoring.edit import EditError, apply_edit
from osce.authoring.service import AuthoringError, diff
from osce.authoring.suite import suite_judge
from osce.engine.protocol import Encounter, FinalReply, Utterance
from osce.hashing import case_hash
from osce.models.case import Case
from osce.models.transcript import Action, Turn
from osce.models.user import Role, User
from osce.store.versions import SaveConflict, UnknownVersion
from server.auth import api_csrf, require, services
from server.services import Services

AUTHORS = (Role.educator, Role.admin)
router = APIRouter(prefix="/api/author", dependencies=[Depends(require(*AUTHORS))])
Author = Annotated[User, Depends(require(*AUTHORS))]
Svc = Annotated[Services, Depends(services)]
Csrf = [Depends(api_csrf)]
MAX_TEXT = 400_000  # a case is a few kilobytes; an AgentClinic file a few hundred
KindIn = Literal["case", "rubric"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CheckIn(Strict):
    kind: KindIn
    doc_id: str = Field(min_length=1, max_length=100)
    text: str = Field(max_length=MAX_TEXT)


class SaveIn(Strict):
    text: str = Field(max_length=MAX_TEXT)
    base: int | None
    comment: str = Field(default="", max_length=500)


class EditIn(Strict):
    text: str = Field(max_length=MAX_TEXT)
    path: list[str | int] = Field(min_length=1, max_length=12)
    value: Any = None
    delete: bool = False


class TryIn(Strict):
    text: str = Field(max_length=MAX_TEXT)
    question: str = Field(min_length=1, max_length=1000)
    history: list[Turn] = Field(default=[], max_length=200)
    engine: Literal["server", "scripted"] = "server"


class SuiteIn(Strict):
    number: int | None = None


class ImportIn(Strict):
    filename: str = Field(default="agentclinic.jsonl", max_length=200)
    text: str = Field(min_length=1, max_length=MAX_TEXT * 10)


def checked_view(checked: Checked) -> dict:
    return {"valid": checked.valid,
            "problems": [{"line": p.line, "field": p.field, "message": p.message,
                          "text": str(p)} for p in checked.problems],
            "data": checked.data}


@router.post("/check", dependencies=Csrf)
async def check(body: CheckIn, svc: Svc) -> dict:
    checked = await run_in_threadpool(svc.authoring.check, body.kind, body.doc_id, body.text)
    return checked_view(checked)


@router.post("/edit", dependencies=Csrf)
def edit(body: EditIn) -> dict:
    try:
        return {"text": apply_edit(body.text, body.path, body.value, body.delete)}
    except EditError as exc:
        raise HTTPException(422, str(exc)) from None


@router.post("/{kind}/{doc_id}/versions", dependencies=Csrf, status_code=201)
async def save(kind: KindIn, doc_id: str, body: SaveIn, user: Author, svc: Svc):
    try:
        saved = await run_in_threadpool(svc.authoring.save, kind, doc_id, body.text, body.base,
                                        user.username, body.comment)
    except SaveConflict as exc:
        theirs = exc.theirs
        return JSONResponse(status_code=409, content={
            "detail": f"{theirs.author} saved version {theirs.number} while you were editing "
                      f"version {exc.base}. Your text is still in the editor: compare, merge "
                      "and save again.",
            "theirs": {"number": theirs.number, "author": theirs.author, "at": theirs.at,
                       "text": theirs.text},
            "diff": [{"op": d.op, "text": d.text}
                     for d in diff(theirs.text, body.text, f"version {theirs.number} "
                                   f"({theirs.author})", "your text")]})
    except UnknownVersion as exc:
        raise HTTPException(404, str(exc)) from None
    return {"number": saved.version.number, **checked_view(saved.checked)}


async def _reply(engine: Any, case: Case, history: list[Turn], question: str) -> FinalReply:
    encounter = Encounter(case=case, case_hash=case_hash(case), turns=history)
    final = None
    async for event in engine.reply(encounter, Utterance(action=Action.say, text=question)):
        if isinstance(event, FinalReply):
            final = event
    if final is None:
        raise RuntimeError("the engine gave no reply")
    return final


@router.post("/case/{doc_id}/try", dependencies=Csrf)
async def try_it(doc_id: str, body: TryIn, svc: Svc) -> dict:
    """One turn with the draft as it stands in the editor, saved or not."""
    checked = await run_in_threadpool(svc.authoring.check, "case", doc_id, body.text)
    if not isinstance(checked.model, Case) or not checked.valid:
        raise HTTPException(422, "the draft has errors; fix them to talk to the patient")
    engine = svc.encounters.engine
    if body.engine == "scripted":
        engine = getattr(engine, "planner", engine)  # an LLM engine plans with the script
    try:
        final = await asyncio.wait_for(_reply(engine, checked.model, body.history,
                                              body.question), 120)
    except (TimeoutError, RuntimeError) as exc:
        raise HTTPException(503, f"the patient engine did not answer: {exc}") from None
    turn = Turn(turn=len(body.history) + 1, action=Action.say, student=body.question,
                patient=final.text, grounding=final.grounding)
    return {"engine": getattr(engine, "name", body.engine), "turn": turn.model_dump(mode="json"),
            "notice": final.notice}


@router.post("/case/{doc_id}/suite", dependencies=Csrf)
async def suite(doc_id: str, body: SuiteIn, svc: Svc) -> dict:
    engine = svc.encounters.engine
    try:
        run, outcome = await asyncio.to_thread(
            svc.authoring.run_suite, doc_id, body.number, engine, suite_judge(),
            getattr(engine, "name", "engine"))
    except UnknownVersion as exc:
        raise HTTPException(404, str(exc)) from None
    except AuthoringError as exc:
        raise HTTPException(422, str(exc)) from None
    return {"run": run.id, "report": f"/author/suite-runs/{run.id}",
            **outcome.model_dump(mode="json")}


@router.post("/import", dependencies=Csrf)
async def import_file(body: ImportIn, user: Author, svc: Svc) -> dict:
    try:
        saved = await run_in_threadpool(svc.authoring.import_agentclinic, body.text,
                                        body.filename, user.username)
    except AuthoringError as exc:
        raise HTTPException(422, str(exc)) from None
    return {"saved": [{"kind": s.version.kind, "doc_id": s.version.doc_id,
                       "number": s.version.number, "valid": s.version.valid,
                       "url": f"/author/{s.version.kind}/{s.version.doc_id}"} for s in saved]}
