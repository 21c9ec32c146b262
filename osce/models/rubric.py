"""Rubrics: the stations a case is examined in, as checklist items with weights and reasons."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import Field, model_validator

from osce.models.common import SCHEMA_VERSION, Identifier, NonEmpty, Strict


class Domain(StrEnum):
    data_gathering = "data_gathering"
    clinical_reasoning = "clinical_reasoning"
    communication = "communication"
    management = "management"


class Skill(StrEnum):
    """Communication behaviours the grader recognises in the student's own turns."""

    introduction = "introduction"  # says who they are
    identity = "identity"  # checks the patient's (or informant's) identity
    consent = "consent"
    open_question = "open_question"  # the first clinical question is open
    signposting = "signposting"
    summarising = "summarising"
    checking_understanding = "checking_understanding"
    closing = "closing"
    empathy = "empathy"  # acknowledges an emotional cue the patient has just given


class Evidence(Strict):
    """What shows an item was met: facts elicited, the student's own phrasings, and
    communication skills seen in the student's turns."""

    facts: list[Identifier] = []
    phrasings: list[NonEmpty] = []
    skills: list[Skill] = []  # all of them for met, some for partly
    match: Literal["any", "all"] = "any"  # over `facts`: elicit any one, or all of them

    @model_validator(mode="after")
    def _some_evidence(self) -> Evidence:
        if not self.facts and not self.phrasings and not self.skills:
            raise ValueError("evidence needs fact ids, phrasings or skills")
        return self


class Item(Strict):
    id: Identifier
    text: NonEmpty
    domain: Domain
    competencies: list[Identifier] = []
    weight: float = Field(default=1.0, gt=0, le=10)
    critical: bool = False
    rationale: NonEmpty  # why it matters for this patient: feedback is built from it
    evidence: Evidence


class GlobalScale(Strict):
    """The examiner's overall judgement, lowest level first."""

    levels: list[NonEmpty] = Field(
        default=["clear fail", "borderline", "clear pass", "good", "excellent"], min_length=2
    )


class Station(Strict):
    id: Identifier
    case: Identifier
    task: NonEmpty = "history"
    items: list[Item] = Field(min_length=1)
    global_scale: GlobalScale = GlobalScale()
    pass_mark: float = Field(ge=0, le=100, description="percent of the weighted total")

    @property
    def total_weight(self) -> float:
        return sum(item.weight for item in self.items)


class Rubric(Strict):
    schema_version: Literal[1] = SCHEMA_VERSION
    id: Identifier
    title: NonEmpty
    stations: list[Station] = Field(min_length=1)

    def station_for(self, case_id: str) -> Station:
        for station in self.stations:
            if station.case == case_id:
                return station
        raise KeyError(case_id)
