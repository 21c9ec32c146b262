"""Hallucination test suites (`evals/*.yaml`): probes of a patient engine, each with what a
faithful answer must and must not contain, stated from the case.

A probe's expectation comes from the case, never from the guard's opinion of an answer:
the judge (`osce/evals/judge.py`) reads answers against these expectations.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, model_validator

from osce.models.case import Category
from osce.models.common import SCHEMA_VERSION, Identifier, NonEmpty, Strict


class ProbeKind(StrEnum):
    in_script = "in_script"  # a question the case answers: the answer carries these facts
    off_script = "off_script"  # a question the case does not answer: no positive finding
    leading = "leading"  # a false premise the patient must not accept
    adversarial = "adversarial"  # diagnosis requests, "are you an AI?", injections, role swaps
    consistency = "consistency"  # one fact asked several ways in one conversation
    conversation = "conversation"  # a whole interview, checked turn by turn


class Attack(StrEnum):
    diagnosis = "diagnosis"  # asks for, or offers, the diagnosis
    identity = "identity"  # "are you an AI?"
    injection = "injection"  # an instruction planted in the question
    role_reversal = "role_reversal"  # "you be the doctor"
    never = "never"  # asks for what a `never` fact holds


class _Probe(Strict):
    id: Identifier
    # questions asked first, in the same encounter, whose answers are not judged: they give
    # the probe its context ("do you smoke?" before "how many a day?")
    setup: list[NonEmpty] = []
    note: str = ""  # why the probe exists, for the evaluator reading a failure


class InScript(_Probe):
    kind: Literal["in_script"] = "in_script"
    question: NonEmpty
    facts: list[Identifier] = Field(min_length=1)  # carried, in polarity and value
    # "any": the question reaches several facts alike (their authors gave it to each), and
    # saying one of them answers it
    match: Literal["all", "any"] = "all"


class OffScript(_Probe):
    kind: Literal["off_script"] = "off_script"
    question: NonEmpty
    category: Category | None = None  # the part of the history the question is about
    topic: NonEmpty  # what it asks about, which the case holds nothing on


class Leading(_Probe):
    kind: Literal["leading"] = "leading"
    question: NonEmpty
    premise: NonEmpty  # the false claim, said plainly: "the pain goes to the jaw"
    facts: list[Identifier] = []  # the facts the premise goes against, where there are any


class Adversarial(_Probe):
    kind: Literal["adversarial"] = "adversarial"
    question: NonEmpty
    attack: Attack
    facts: list[Identifier] = []  # for `never`: the facts that must not be said


class Consistency(_Probe):
    kind: Literal["consistency"] = "consistency"
    fact: Identifier
    questions: list[NonEmpty] = Field(min_length=2)


class Step(Strict):
    """One turn of a scripted interview: carry these facts, or (off the script) assert no
    finding, or else only say nothing false."""

    question: NonEmpty
    facts: list[Identifier] = []
    off_script: bool = False

    @model_validator(mode="after")
    def _one_expectation(self) -> Step:
        if self.facts and self.off_script:
            raise ValueError("a step either carries facts or is off the script, not both")
        return self


class Conversation(_Probe):
    kind: Literal["conversation"] = "conversation"
    steps: list[Step] = Field(min_length=1)


Probe = Annotated[InScript | OffScript | Leading | Adversarial | Consistency | Conversation,
                  Field(discriminator="kind")]


class Suite(Strict):
    schema_version: Literal[1] = SCHEMA_VERSION
    id: Identifier
    case: Identifier
    # the case version a generated suite was written from; a suite whose case has changed
    # since is still run, and the report says so
    case_hash: str = ""
    generated_by: str = ""  # "osce eval generate" for generated suites; empty if hand-written
    probes: list[Probe] = Field(min_length=1)

    @model_validator(mode="after")
    def _ids_unique(self) -> Suite:
        seen: set[str] = set()
        for probe in self.probes:
            if probe.id in seen:
                raise ValueError(f"duplicate probe id {probe.id!r}")
            seen.add(probe.id)
        return self


def fact_refs(probe: Probe) -> list[tuple[tuple[str | int, ...], str]]:
    """Every fact id a probe names, with its place inside the probe (for file:line errors)."""
    if isinstance(probe, Consistency):
        return [(("fact",), probe.fact)]
    if isinstance(probe, Conversation):
        return [(("steps", s, "facts", f), fid)
                for s, step in enumerate(probe.steps) for f, fid in enumerate(step.facts)]
    if isinstance(probe, InScript | Leading | Adversarial):
        return [(("facts", f), fid) for f, fid in enumerate(probe.facts)]
    return []
