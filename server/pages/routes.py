"""The HTML pages, gathered into the one router the app includes."""

from __future__ import annotations

from fastapi import APIRouter

from server.pages import account, admin, authoring, cohorts, encounter, library, progress, review

router = APIRouter(include_in_schema=False)
for part in (account, library, encounter, progress, admin, cohorts, review, authoring):
    router.include_router(part.router)
