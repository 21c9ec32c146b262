"""The HTML pages, gathered into the one router the app includes."""

from __future__ import annotations

from fastapi import APIRouter

from server.pages import (
    account,
    admin,
    authoring,
    circuit_results,
    circuits,
    cohorts,
    encounter,
    library,
    monitor,
    progress,
    review,
)

router = APIRouter(include_in_schema=False)
for part in (account, library, encounter, progress, admin, cohorts, review, authoring, circuits,
             monitor, circuit_results):
    router.include_router(part.router)
