"""What the guard says about a sentence, and what it needs to know to say it.

A `Verdict` is one of the six classes of the labelled set (`evals/guard/`); the four
problems are what a student must not be taught. Findings go into the turn's grounding
record, which only staff see.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Protocol

from pydantic import BaseModel, ConfigDict

from osce.models.case import Case


class Verdict(StrEnum):
    supported = "supported"  # carried by a planned or already-disclosed fact
    social = "social"  # greeting, feeling in keeping with the persona, asking to repeat
    unsupported = "unsupported"  # a clinical claim no fact carries
    contradiction = "contradiction"  # disagrees with a fact or a stated default
    leak = "leak"  # a diagnosis term no disclosable fact holds, or a `never` fact's words
    break_ = "break"  # out of role: as an AI, clinician talk, obeying an injected instruction


PROBLEMS = frozenset({Verdict.unsupported, Verdict.contradiction, Verdict.leak, Verdict.break_})


class Finding(BaseModel):
    """The guard's word on one sentence, with what it rests on (for staff)."""

    model_config = ConfigDict(extra="forbid")

    sentence: str
    verdict: Verdict
    facts: list[str] = []  # the facts that carry it, or that it contradicts
    reason: str = ""  # one line a member of staff can read

    @property
    def problem(self) -> bool:
        return self.verdict in PROBLEMS


@dataclass(frozen=True)
class Context:
    """One turn as the guard sees it: the case, what the plan allows said now, what the
    student has already heard, and what the student asked (to spot obeyed injections)."""

    case: Case
    planned: tuple[str, ...] = ()
    disclosed: tuple[str, ...] = ()
    question: str = ""
    said: tuple[str, ...] = field(default=())  # sentences of this reply already released
    # the day the turn is had: a year said ("born in the 1980s") is read against it
    today: date = field(default_factory=date.today)


class SentenceGuard(Protocol):
    def check(self, context: Context, sentence: str) -> Finding: ...
