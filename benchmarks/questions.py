"""The labelled student questions: loading, the frozen split, and scoring one run."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict
from ruamel.yaml import YAML

from osce.engine.protocol import Encounter, Utterance
from osce.engine.scripted.engine import ScriptedEngine
from osce.hashing import case_hash
from osce.library import Library
from osce.models.transcript import Action, Turn

QUESTIONS = Path(__file__).parent / "data" / "questions"


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid")
    q: str
    context: list[str] = []
    expect: list[str]
    also: list[str] = []


class QuestionFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    case: str
    questions: list[Question]


@dataclass(frozen=True)
class Labelled:
    case: str
    question: Question

    @property
    def split(self) -> str:
        """Fixed by the text alone, so the frozen half never moves while tuning."""
        digest = hashlib.sha256(f"{self.case}\n{self.question.q}".encode()).digest()
        return "tune" if digest[0] % 2 == 0 else "test"


def load_questions(folder: Path = QUESTIONS) -> list[Labelled]:
    items = []
    for path in sorted(folder.glob("*.yaml")):
        data = QuestionFile.model_validate(YAML(typ="safe").load(path.read_text()))
        items += [Labelled(data.case, q) for q in data.questions]
    return items


@dataclass
class Outcome:
    item: Labelled
    predicted: list[str]

    @property
    def correct(self) -> bool:
        q = self.item.question
        got = set(self.predicted)
        return set(q.expect) <= got <= set(q.expect) | set(q.also)

    @property
    def top1(self) -> bool:
        """The first fact disclosed is the one asked for (or none, for a `none` question)."""
        q = self.item.question
        if not q.expect:
            return not self.predicted
        return bool(self.predicted) and self.predicted[0] in set(q.expect) | set(q.also)

    @property
    def none_answered(self) -> bool:
        return not self.item.question.expect and bool(self.predicted)


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def rate(self, attr: str, only_single: bool = False) -> float:
        chosen = [o for o in self.outcomes
                  if not only_single or len(o.item.question.expect) <= 1]
        return sum(getattr(o, attr) for o in chosen) / max(len(chosen), 1)

    @property
    def none_answered(self) -> int:
        return sum(o.none_answered for o in self.outcomes)

    @property
    def none_total(self) -> int:
        return sum(not o.item.question.expect for o in self.outcomes)


def ask(engine: ScriptedEngine, library: Library, item: Labelled) -> Outcome:
    case = library.case(item.case)
    encounter = Encounter(case, case_hash(case))
    for text in [*item.question.context, item.question.q]:
        final = engine.answer(encounter, Utterance(action=Action.say, text=text))
        encounter.turns.append(Turn(turn=len(encounter.turns) + 1, action=Action.say,
                                    student=text, patient=final.text, grounding=final.grounding))
    facts = [f for f in encounter.turns[-1].grounding.facts if f in case.fact_ids]
    return Outcome(item, facts)


def run(engine: ScriptedEngine, library: Library, items: list[Labelled]) -> Report:
    return Report([ask(engine, library, item) for item in items])
