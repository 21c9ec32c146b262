"""The post-encounter note a student writes after the station."""

from __future__ import annotations

from pydantic import Field

from osce.models.transcript import Wire


class Note(Wire):
    summary: str = ""
    differential: list[str] = Field(default=[], description="most likely first")
    investigations: list[str] = []
    plan: list[str] = []
