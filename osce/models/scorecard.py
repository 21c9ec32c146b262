"""The scorecard: a station graded item by item, with the evidence for each judgement."""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum
from typing import Literal

from pydantic import Field

from osce.models.common import SCHEMA_VERSION
from osce.models.rubric import Domain
from osce.models.transcript import Wire


class Status(StrEnum):
    met = "met"
    partly = "partly"
    not_met = "not_met"

    @property
    def credit(self) -> float:
        return {"met": 1.0, "partly": 0.5, "not_met": 0.0}[self.value]


class TurnEvidence(Wire):
    """One student turn that counted towards an item."""

    turn: int
    student: str
    facts: list[str] = []  # fact ids the patient disclosed in reply (staff only)
    why: str = ""  # what the turn showed: "asked and was told", "phrasing", a skill


class ItemResult(Wire):
    id: str
    text: str
    domain: Domain
    competencies: list[str] = []
    weight: float
    critical: bool = False
    status: Status
    evidence: list[TurnEvidence] = []
    reason: str = ""  # one line: why this status


class Score(Wire):
    """A weighted share of what was available, for a domain or a competency."""

    name: str
    earned: float
    available: float

    @property
    def percent(self) -> float:
        return round(100 * self.earned / self.available, 1) if self.available else 0.0


class DiagnosisMatch(StrEnum):
    correct = "correct"  # the primary diagnosis or a synonym
    acceptable = "acceptable"  # one of the case's acceptable differentials
    wrong = "wrong"
    missing = "missing"  # no differential given


class NoteResult(Wire):
    leading: str = ""  # the student's first differential, as written
    leading_match: DiagnosisMatch = DiagnosisMatch.missing
    must_not_miss_named: list[str] = []
    must_not_miss_missed: list[str] = []
    investigations_matched: list[str] = []
    investigations_missed: list[str] = []
    plan_matched: list[str] = []
    plan_missed: list[str] = []


class FeedbackItem(Wire):
    """What to do next time for one missed or partly met item, and why for this patient."""

    item: str
    status: Status
    critical: bool = False
    try_asking: list[str] = []  # questions or words the student could have used
    why: str  # the item's rationale, written for this patient
    reading: str = ""  # the most relevant passage of the educator's reference notes


class Scorecard(Wire):
    schema_version: Literal[1] = SCHEMA_VERSION
    case_id: str
    case_hash: str
    station_id: str
    grader: str
    items: list[ItemResult]
    domains: list[Score] = []
    competencies: list[Score] = []
    critical_missed: list[str] = []  # critical items not met
    percent: float = Field(ge=0, le=100)
    pass_mark: float
    passed: bool
    suggested_global: str = ""  # the grader's suggestion only; the examiner's rating is theirs
    note: NoteResult | None = None
    feedback: list[FeedbackItem] = []

    def student_view(self, hidden: Sequence[str] = ()) -> Scorecard:
        """What a student may see: their own words and scores, not the answer key.

        Fact ids name hidden parts of the case, and the missed must-not-miss diagnoses,
        investigations and plan points are the case's key, which the next student of the
        same case must not be handed. `hidden` (the case's `answer_key()`) is blanked out of
        the feedback, whose rationales were written for examiners and often name the
        diagnosis.
        """
        # reasons too: an educator's override puts their comment there (grading/overrides.py)
        items = [i.model_copy(update={"evidence": [e.model_copy(update={"facts": []})
                                                   for e in i.evidence],
                                      "reason": redact(i.reason, hidden)}) for i in self.items]
        note = self.note and self.note.model_copy(update={
            "must_not_miss_missed": [], "investigations_missed": [], "plan_missed": []})
        feedback = [f.model_copy(update={
            "why": redact(f.why, hidden), "reading": redact(f.reading, hidden),
            "try_asking": [redact(t, hidden) for t in f.try_asking]}) for f in self.feedback]
        return self.model_copy(update={"items": items, "note": note, "feedback": feedback})


WITHHELD = "[diagnosis withheld]"


def redact(text: str, hidden: Sequence[str]) -> str:
    """Each hidden term, as a whole phrase in any case, replaced by a visible marker (longest
    first, so "acute myocardial infarction" goes before "myocardial infarction")."""
    for term in sorted({t for t in hidden if t.strip()}, key=len, reverse=True):
        text = re.sub(rf"(?<![A-Za-z0-9]){re.escape(term)}(?![A-Za-z0-9])", WITHHELD, text,
                      flags=re.IGNORECASE)
    return text
