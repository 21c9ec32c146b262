"""What every grader does. The deterministic rules grader is the default; an LLM judge can
stand behind the same protocol later."""

from __future__ import annotations

from typing import Protocol

from osce.models.case import Case
from osce.models.note import Note
from osce.models.rubric import Station
from osce.models.scorecard import Scorecard
from osce.models.transcript import Transcript


class Grader(Protocol):
    name: str

    def grade(self, case: Case, station: Station, transcript: Transcript,
              note: Note | None = None) -> Scorecard: ...
