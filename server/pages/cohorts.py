"""Staff pages for cohorts: the cohorts, one cohort's learners as a sortable, filterable table
(and its CSV), and one learner's course over time."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import Depends, Form, HTTPException, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse

from osce.learner.cohort import (
    BY_KEY,
    COLUMNS,
    DEFAULT_SORT,
    LearnerRow,
    RowFilter,
    filter_rows,
    learner_row,
    sort_rows,
    to_csv,
)
from osce.learner.flags import at_risk
from osce.learner.mastery import MASTERY
from osce.models.user import Role, User
from osce.store.cohorts import CohortError
from server.auth import STAFF, check_csrf, require, services
from server.pages.chart import mastery_chart
from server.pages.progress import Competency, encounter_rows
from server.pages.render import SECURITY_HEADERS, flash, page_router, render
from server.services import Services

router = page_router()
Staff = Annotated[User, Depends(require(*STAFF))]
COHORTS = "/staff/cohorts"
# every student, whatever cohorts exist: a built-in view, so its name cannot be a cohort's
EVERYONE = "everyone"


def cohort_url(name: str) -> str:
    return f"{COHORTS}/{quote(name, safe='')}"


@dataclass(frozen=True)
class TableView:
    """What the query string asks of the table; the CSV link carries the same."""

    sort: str
    descending: bool
    filter: RowFilter

    def params(self, **changes: str) -> str:
        params = {"sort": self.sort, "dir": "desc" if self.descending else "asc",
                  "q": self.filter.q, "risk": "1" if self.filter.at_risk else "",
                  "competency": self.filter.competency,
                  "below": "" if self.filter.below is None else f"{self.filter.below * 100:g}",
                  **changes}
        return urlencode({k: v for k, v in params.items() if v})

    def sort_link(self, key: str) -> str:
        """A header's link: the other direction when it already sorts the table."""
        flip = key == self.sort and not self.descending
        return "?" + self.params(sort=key, dir="desc" if flip else "asc")

    def aria_sort(self, key: str) -> str:
        if key != self.sort:
            return "none"
        return "descending" if self.descending else "ascending"


def _percent(value: str) -> float | None:
    """A mastery level typed as a percentage; anything else means no level, not an error,
    since filters live in bookmarked URLs."""
    try:
        number = float(value)
    except ValueError:
        return None
    return number / 100 if 0 <= number <= 100 else None


def table_view(sort: str = DEFAULT_SORT, direction: Annotated[str, Query(alias="dir")] = "asc",
               q: str = "", risk: str = "", competency: str = "",
               below: str = "") -> TableView:
    """The query string as a dependency: the page and its CSV read it alike."""
    return TableView(sort if sort in BY_KEY else DEFAULT_SORT, direction == "desc",
                     RowFilter(q=q.strip()[:64], at_risk=risk == "1",
                               competency=competency.strip()[:100],
                               below=_percent(below.strip())))


View = Annotated[TableView, Depends(table_view)]


# -- gathering ----------------------------------------------------------------------------

def _members(svc: Services, name: str) -> list[User]:
    if name == EVERYONE:
        return [u for u in svc.users.all() if u.role is Role.student]
    cohort = svc.cohorts.get(name)
    if cohort is None:
        raise HTTPException(404, f"There is no cohort called {name!r}.")
    return cohort.members


def _row(svc: Services, user: User) -> LearnerRow:
    # the learner model knows learners only by pseudonym, never by username
    return learner_row(user, svc.encounters.store.of_owner(user.id),
                       svc.learners.attempts(user.pseudonym),
                       svc.learners.ratings(user.pseudonym))


def _table(svc: Services, name: str, view: TableView) -> tuple[list[User], list[LearnerRow],
                                                               list[str]]:
    members = _members(svc, name)
    rows = [_row(svc, u) for u in members]
    competencies = sorted({c for r in rows for c in r.mastery})
    shown = sort_rows(filter_rows(rows, view.filter), view.sort, view.descending)
    return members, shown, competencies


def _cohort_context(svc: Services, name: str, view: TableView) -> dict[str, Any]:
    members, rows, competencies = _table(svc, name, view)
    inside = {u.id for u in members}
    candidates = [u.username for u in svc.users.all()
                  if u.role is Role.student and u.id not in inside]
    return {"name": name, "builtin": name == EVERYONE, "url": cohort_url(name),
            "rows": rows, "total": len(members), "columns": COLUMNS, "view": view,
            "competencies": competencies, "candidates": candidates,
            "csv": f"{cohort_url(name)}/csv?{view.params()}", "target": MASTERY}


# -- the cohorts --------------------------------------------------------------------------

@router.get(COHORTS)
async def cohorts(request: Request, user: Staff) -> Response:
    svc = services(request)
    listed = await run_in_threadpool(svc.cohorts.all)
    students = await run_in_threadpool(lambda: sum(u.role is Role.student
                                                   for u in svc.users.all()))
    return render(request, "cohorts.html", {"cohorts": listed, "students": students,
                                            "everyone": EVERYONE, "cohort_url": cohort_url},
                  user=user)


@router.post(COHORTS)
async def create_cohort(request: Request, user: Staff, csrf: Annotated[str, Form()] = "",
                        name: Annotated[str, Form(max_length=200)] = "") -> Response:
    check_csrf(request, csrf)
    name = name.strip()
    if name.lower() == EVERYONE:
        flash(request, f"Not created: {EVERYONE!r} is the built-in view of every student.",
              "error")
        return RedirectResponse(COHORTS, status_code=303)
    try:
        made = await run_in_threadpool(services(request).cohorts.create, name, time.time())
    except CohortError as exc:
        flash(request, f"Not created: {exc}.", "error")
        return RedirectResponse(COHORTS, status_code=303)
    flash(request, f"Created the cohort {made.name}. Add its students below.")
    return RedirectResponse(cohort_url(made.name), status_code=303)


# -- one cohort ---------------------------------------------------------------------------

@router.get(COHORTS + "/{name}")
async def cohort(name: str, request: Request, user: Staff, view: View) -> Response:
    ctx = await run_in_threadpool(_cohort_context, services(request), name, view)
    return render(request, "cohort.html", ctx, user=user)


@router.get(COHORTS + "/{name}/csv")
async def cohort_csv(name: str, request: Request, user: Staff, view: View) -> Response:
    _, rows, _ = await run_in_threadpool(_table, services(request), name, view)
    # cohort names are letters, digits, spaces and . _ -: safe in a quoted filename
    filename = f"cohort-{name.replace(' ', '-')}.csv"
    return Response(to_csv(rows), media_type="text/csv; charset=utf-8",
                    headers={**SECURITY_HEADERS,
                             "Content-Disposition": f'attachment; filename="{filename}"'})


def _changeable(svc: Services, name: str) -> None:
    if name != EVERYONE:
        _members(svc, name)  # 404 for a cohort that does not exist


@router.post(COHORTS + "/{name}/members")
async def add_member(name: str, request: Request, user: Staff,
                     csrf: Annotated[str, Form()] = "",
                     username: Annotated[str, Form(max_length=200)] = "") -> Response:
    check_csrf(request, csrf)
    svc = services(request)
    await run_in_threadpool(_changeable, svc, name)
    back = RedirectResponse(cohort_url(name), status_code=303)
    if name == EVERYONE:
        flash(request, "Every student is in this view already.", "error")
        return back
    username = username.strip()
    student = await run_in_threadpool(svc.users.by_username, username) if username else None
    if student is None:
        flash(request, f"Not added: there is no user called {username!r}.", "error")
    elif student.role is not Role.student:
        flash(request, f"Not added: {student.username} is {student.role.value}, not a student.",
              "error")
    elif name in await run_in_threadpool(svc.cohorts.of_user, student.id):
        flash(request, f"{student.username} is in {name} already.", "error")
    else:
        await run_in_threadpool(svc.cohorts.add, name, student)
        flash(request, f"Added {student.username} to {name}.")
    return back


@router.post(COHORTS + "/{name}/members/{user_id}/remove")
async def remove_member(name: str, user_id: int, request: Request, user: Staff,
                        csrf: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, csrf)
    svc = services(request)
    await run_in_threadpool(_changeable, svc, name)
    back = RedirectResponse(cohort_url(name), status_code=303)
    member = await run_in_threadpool(svc.users.get, user_id)
    if name == EVERYONE or member is None or \
            name not in await run_in_threadpool(svc.cohorts.of_user, member.id):
        flash(request, "Not removed: that student is not in this cohort.", "error")
        return back
    await run_in_threadpool(svc.cohorts.remove, name, member)
    flash(request, f"Removed {member.username} from {name}.")
    return back


# -- one learner --------------------------------------------------------------------------

def _learner_context(svc: Services, user_id: int) -> dict[str, Any]:
    learner = svc.users.get(user_id)
    if learner is None or learner.role is not Role.student:
        raise HTTPException(404, "There is no student with this number.")
    ratings = svc.learners.ratings(learner.pseudonym)
    competencies = sorted((Competency(name, r.mastery, r.cautious, r.evidence)
                           for name, r in ratings.items()), key=lambda c: c.mastery)
    return {"learner": learner,
            "flags": at_risk(svc.learners.attempts(learner.pseudonym)),
            "competencies": competencies,
            "chart": mastery_chart(svc.learners.mastery_history(learner.pseudonym)),
            "rows": encounter_rows(svc, svc.encounters.store.of_owner(learner.id)),
            "cohorts": sorted(svc.cohorts.of_user(learner.id)), "cohort_url": cohort_url,
            "target": MASTERY}


@router.get("/staff/learners/{user_id}")
async def learner(user_id: int, request: Request, user: Staff) -> Response:
    ctx = await run_in_threadpool(_learner_context, services(request), user_id)
    return render(request, "learner.html", ctx, user=user)
