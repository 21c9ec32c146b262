"""The transcript: a JSON-lines file, a header then one line per turn.

The grounding record on each turn is for graders and staff; student views drop it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from osce.models.common import SCHEMA_VERSION


class Action(StrEnum):
    say = "say"
    examine = "examine"
    order = "order"
    end = "end"


class ReplyKind(StrEnum):
    answer = "answer"  # case facts disclosed
    exam = "exam"  # an examination finding, in the examiner's voice
    test = "test"  # a test result, in the examiner's voice
    default = "default"  # the case author's stated default for a category
    unknown = "unknown"  # an honest "not sure": the case does not say
    refusal = "refusal"  # stays in role; declines to name a diagnosis or leave the role
    social = "social"  # greetings, consent, thanks, identity from the persona


class Wire(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GuardNote(Wire):
    """What the guard decided about one sentence of an LLM-worded reply (staff only)."""

    sentence: str
    verdict: str  # supported, social, unsupported, contradiction, leak, break
    facts: list[str] = []
    reason: str = ""
    released: bool = True  # did the student see it
    action: str = "released"  # released, regenerated, stopped


class Grounding(Wire):
    """Why the patient said what it said: the evidence trail for graders and staff."""

    kind: ReplyKind
    facts: list[str] = []  # fact, finding or test ids disclosed in this reply
    cues: list[str] = []  # fact ids whose emotional cue was dropped in this reply
    category: str | None = None  # the category a default or general answer came from
    persona: list[str] = []  # persona fields used (name, age, occupation)
    intent: str = ""  # what the engine took the student to be doing
    score: float | None = None  # match confidence of the best candidate
    withheld: list[str] = []  # facts matched but not disclosable (never, or not named)
    parts: list[str] = []  # the question parts the turn was split into
    # LLM engines only: who worded the reply ("llm", or "scripted" when the model failed or the
    # guard stopped it), and the guard's word on every sentence the model said
    voice: str | None = None
    guard: list[GuardNote] = []
    planned: list[str] = []  # the facts the case planned for this turn (LLM engines)


class TranscriptHeader(Wire):
    type: Literal["header"] = "header"
    schema_version: Literal[1] = SCHEMA_VERSION
    case_id: str
    case_hash: str
    engine: str
    encounter_id: str = ""
    started_at: str = ""


class Turn(Wire):
    type: Literal["turn"] = "turn"
    turn: int = Field(ge=1)
    action: Action
    student: str
    patient: str
    grounding: Grounding

    def line(self) -> dict[str, object]:
        """The flat line `osce practice` prints; keeps the full grounding too."""
        data = self.model_dump(mode="json")
        data["kind"] = self.grounding.kind.value
        data["facts"] = list(self.grounding.facts)
        return data


class Transcript(Wire):
    header: TranscriptHeader
    turns: list[Turn] = []

    def to_jsonl(self) -> str:
        lines = [self.header.model_dump_json()]
        lines += [Turn.model_validate(t).model_dump_json() for t in self.turns]
        return "\n".join(lines) + "\n"

    @classmethod
    def from_jsonl(cls, text: str) -> Transcript:
        import json

        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
        if not rows:
            raise ValueError("empty transcript")
        header = TranscriptHeader.model_validate(rows[0])
        turns = []
        for row in rows[1:]:
            row = {k: v for k, v in row.items() if k not in ("kind", "facts")}
            turns.append(Turn.model_validate(row))
        return cls(header=header, turns=turns)
