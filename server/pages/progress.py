"""The learner's own progress: their stations, mastery per competency, and its course."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request, Response
from fastapi.concurrency import run_in_threadpool

from osce.encounters.review import graded
from osce.learner.mastery import MASTERY
from osce.library import UnknownCase
from osce.models.encounter import EncounterInfo, Stage
from osce.models.user import User
from server.auth import page_user, services
from server.pages.chart import mastery_chart
from server.pages.render import page_router, render
from server.services import Services

router = page_router()
Me = Annotated[User, Depends(page_user)]


@dataclass
class Row:
    info: EncounterInfo
    title: str
    percent: float | None
    passed: bool | None


@dataclass
class Competency:
    name: str
    mastery: float
    cautious: float
    evidence: int

    @property
    def mastered(self) -> bool:
        return self.cautious >= MASTERY


def _title(svc: Services, case_id: str) -> str:
    try:
        return svc.library.case(case_id).title
    except UnknownCase:  # a school's case removed since: the history stays readable
        return case_id


def encounter_rows(svc: Services, encounters: list[EncounterInfo]) -> list[Row]:
    rows = []
    for info in sorted(encounters, key=lambda e: e.created_at, reverse=True):
        # the educator's marks where they overrode the grader's (osce/encounters/review.py)
        card = graded(svc.encounters, info) if info.stage is Stage.done else None
        rows.append(Row(info, _title(svc, info.case_id), card.percent if card else None,
                        card.passed if card else None))
    return rows


def _gather(svc: Services, user: User) -> dict:
    ratings = svc.learners.ratings(user.pseudonym)
    competencies = sorted((Competency(name, r.mastery, r.cautious, r.evidence)
                           for name, r in ratings.items()), key=lambda c: -c.mastery)
    return {"rows": encounter_rows(svc, svc.encounters.store.of_owner(user.id)),
            "competencies": competencies,
            "chart": mastery_chart(svc.learners.mastery_history(user.pseudonym)),
            "target": MASTERY}


@router.get("/progress")
async def progress(request: Request, user: Me) -> Response:
    ctx = await run_in_threadpool(_gather, services(request), user)
    return render(request, "progress.html", ctx, user=user)
