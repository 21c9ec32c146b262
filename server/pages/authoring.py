"""Educators' authoring pages: the list of drafts, the editor, versions and their diffs,
the suite reports, and publishing. The editor itself talks to server/api_author.py."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Depends, Form, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse

from osce.authoring.service import AuthoringError
from osce.models.case import Category, Disclosure, Polarity, Sex
from osce.models.rubric import Domain
from osce.models.user import Role, User
from osce.store.versions import SaveConflict, UnknownVersion
from server.auth import check_csrf, require, services
from server.pages.render import flash, page_router, render
from server.services import Services

router = page_router()
Author = Annotated[User, Depends(require(Role.educator, Role.admin))]
KindIn = Literal["case", "rubric"]


def _published(svc: Services) -> dict[str, list[str]]:
    return {case_id: sorted(cohorts) for case_id, cohorts in svc.library.audience.items()}


@router.get("/author")
async def documents(request: Request, user: Author) -> Response:
    svc = services(request)
    docs = await run_in_threadpool(svc.authoring.versions.documents)
    return render(request, "author.html", {"docs": docs, "published": _published(svc),
                                           "library": sorted(svc.library.case_paths)},
                  user=user)


@router.get("/author/suite-runs/{run_id}")
async def suite_report(run_id: int, request: Request, user: Author) -> Response:
    found = await run_in_threadpool(services(request).authoring.publications.run, run_id)
    if found is None:
        raise HTTPException(404, "There is no such suite run.")
    # the report is our own HTML, written from the run: shown as it is, in its own page
    return HTMLResponse(found[1], headers={"Content-Security-Policy": "default-src 'none'; "
                                           "style-src 'unsafe-inline'; img-src data:"})


@router.post("/author/new")
async def new(request: Request, user: Author, csrf: Annotated[str, Form()] = "",
              kind: Annotated[KindIn, Form()] = "case",
              doc_id: Annotated[str, Form(max_length=100)] = "",
              case_id: Annotated[str, Form(max_length=100)] = "") -> Response:
    check_csrf(request, csrf)
    svc = services(request)
    try:
        await run_in_threadpool(svc.authoring.create, kind, doc_id.strip(), user.username,
                                case_id.strip())
    except AuthoringError as exc:
        flash(request, f"Nothing was created: {exc}.", "error")
        return RedirectResponse("/author", status_code=303)
    return RedirectResponse(f"/author/{kind}/{doc_id.strip()}", status_code=303)


def _editor(svc: Services, kind: str, doc_id: str, number: int | None) -> dict:
    try:
        history = svc.authoring.versions.history(kind, doc_id)
        shown = svc.authoring.versions.get(kind, doc_id, number)
    except UnknownVersion:
        raise HTTPException(404, f"There is no {kind} draft called {doc_id!r}.") from None
    ctx: dict = {"kind": kind, "doc_id": doc_id, "version": shown, "latest": history[0],
                 "history": history}
    if kind == "case":
        runs = svc.authoring.publications.runs([v.id for v in history])
        ctx["runs"] = {r.version_id: r for r in reversed(runs)}  # newest run per version
        ctx["cohorts"] = svc.cohorts.all()
        ctx["audience"] = sorted(svc.library.audience.get(doc_id, ()))
        ctx["rubric"] = svc.authoring.rubric_for(doc_id)
        ctx["server_engine"] = getattr(svc.encounters.engine, "name", "engine")
        ctx["has_planner"] = hasattr(svc.encounters.engine, "planner")
    ctx["choices"] = {"category": [c.value for c in Category],
                      "disclosure": [d.value for d in Disclosure],
                      "polarity": [p.value for p in Polarity], "sex": [s.value for s in Sex],
                      "domain": [d.value for d in Domain]}
    return ctx


@router.get("/author/{kind}/{doc_id}")
async def editor(kind: KindIn, doc_id: str, request: Request, user: Author,
                 version: int | None = None) -> Response:
    svc = services(request)
    ctx = await run_in_threadpool(_editor, svc, kind, doc_id, version)
    return render(request, "author_edit.html", ctx, user=user)


@router.get("/author/{kind}/{doc_id}/versions")
async def versions(kind: KindIn, doc_id: str, request: Request, user: Author) -> Response:
    svc = services(request)
    history = await run_in_threadpool(svc.authoring.versions.history, kind, doc_id)
    if not history:
        raise HTTPException(404, f"There is no {kind} draft called {doc_id!r}.")
    return render(request, "author_versions.html", {"kind": kind, "doc_id": doc_id,
                                                    "history": history}, user=user)


@router.get("/author/{kind}/{doc_id}/diff")
async def compare(kind: KindIn, doc_id: str, request: Request, user: Author, a: int,
                  b: int) -> Response:
    svc = services(request)
    try:
        lines = await run_in_threadpool(svc.authoring.compare, kind, doc_id, a, b)
    except UnknownVersion as exc:
        raise HTTPException(404, str(exc)) from None
    return render(request, "author_diff.html", {"kind": kind, "doc_id": doc_id, "a": a,
                                                "b": b, "lines": lines}, user=user)


@router.post("/author/{kind}/{doc_id}/restore")
async def restore(kind: KindIn, doc_id: str, request: Request, user: Author,
                  number: Annotated[int, Form()], base: Annotated[int, Form()],
                  csrf: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, csrf)
    svc = services(request)
    try:
        saved = await run_in_threadpool(svc.authoring.restore, kind, doc_id, number, base,
                                        user.username)
    except UnknownVersion as exc:
        raise HTTPException(404, str(exc)) from None
    except SaveConflict as exc:
        flash(request, f"Not restored: {exc}. Look at the newest version first.", "error")
    else:
        flash(request, f"Version {number} restored as version {saved.version.number}.")
    return RedirectResponse(f"/author/{kind}/{doc_id}", status_code=303)


@router.post("/author/case/{doc_id}/publish")
async def publish(doc_id: str, request: Request, user: Author,
                  number: Annotated[int, Form()], csrf: Annotated[str, Form()] = "",
                  cohorts: Annotated[list[str] | None, Form()] = None,
                  reason: Annotated[str, Form(max_length=2000)] = "") -> Response:
    check_csrf(request, csrf)
    svc = services(request)
    chosen = [c for c in cohorts or [] if c]
    try:
        await run_in_threadpool(svc.authoring.publish, doc_id, number, chosen, reason,
                                user.username)
    except UnknownVersion as exc:
        raise HTTPException(404, str(exc)) from None
    except AuthoringError as exc:
        flash(request, f"Not published: {exc}.", "error")
    else:
        flash(request, f"Version {number} published to {', '.join(chosen)}." if chosen else
              f"{doc_id} withdrawn: no cohort sees it now.")
    return RedirectResponse(f"/author/case/{doc_id}", status_code=303)
