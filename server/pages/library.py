"""The case library, its filters, and starting a station."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Form, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse

from osce.library import UnknownCase
from osce.models.user import User
from server.auth import check_csrf, page_user, services
from server.pages.render import page_router, render
from server.views import CaseCard, case_card

router = page_router()
Me = Annotated[User, Depends(page_user)]

DIFFICULTY = {1: "Foundation", 2: "Core", 3: "Standard", 4: "Advanced", 5: "Expert"}


def _choice(value: str, allowed: set[str]) -> str:
    """A filter value from the query string, or none: unknown values are ignored, not errors,
    because filters live in bookmarked URLs that outlive the cases."""
    return value if value in allowed else ""


@router.get("/cases")
def cases(request: Request, user: Me, specialty: str = "", difficulty: str = "",
          competency: str = "") -> Response:
    svc = services(request)
    cards = sorted((case_card(c) for c in svc.library.open_cases(svc.encounters.audience(user))),
                   key=lambda c: (c.specialty, c.difficulty, c.title))
    specialties = sorted({c.specialty for c in cards})
    levels = sorted({c.difficulty for c in cards})
    competencies = sorted({k for c in cards for k in c.competencies})
    chosen = {"specialty": _choice(specialty, set(specialties)),
              "difficulty": _choice(difficulty, {str(d) for d in levels}),
              "competency": _choice(competency, set(competencies))}
    shown = [c for c in cards if _matches(c, chosen)]
    return render(request, "cases.html", {
        "cards": shown, "total": len(cards), "chosen": chosen, "specialties": specialties,
        "levels": levels, "competencies": competencies, "difficulty_names": DIFFICULTY,
        "filtered": any(chosen.values())}, user=user)


def _matches(card: CaseCard, chosen: dict[str, str]) -> bool:
    return ((not chosen["specialty"] or card.specialty == chosen["specialty"])
            and (not chosen["difficulty"] or str(card.difficulty) == chosen["difficulty"])
            and (not chosen["competency"] or chosen["competency"] in card.competencies))


@router.post("/cases/{case_id}/start")
async def start(case_id: str, request: Request, user: Me,
                csrf: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, csrf)
    svc = services(request)
    try:
        info = await run_in_threadpool(svc.encounters.start, user, case_id)
    except UnknownCase:
        raise HTTPException(404, "There is no case with that name in the library.") from None
    return RedirectResponse(f"/encounters/{info.id}", status_code=303)
