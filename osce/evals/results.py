"""The result of an evaluation run: every probe's conversation with its judgement, and the
metrics with their 95% intervals. One JSON file, read back by `osce eval compare`."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from osce.evals.judge import Expectation, TurnJudgement
from osce.models.common import SCHEMA_VERSION


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TurnResult(_Wire):
    question: str
    answer: str
    expect: Expectation | None = None  # None: a setup turn, asked for context, not judged
    judgement: TurnJudgement | None = None
    # the engine's own account of the turn (facts it meant to disclose, guard notes): shown
    # beside a failure for the evaluator, never used to judge it
    grounding: dict[str, object] = {}
    notice: str | None = None


class ProbeResult(_Wire):
    suite: str
    case: str
    probe: str
    kind: str
    attack: str | None = None
    passed: bool
    turns: list[TurnResult] = []
    failures: list[str] = []
    seconds: float = 0.0
    error: str | None = None  # the engine failed: not a judgement of faithfulness

    @property
    def key(self) -> str:
        return f"{self.suite}/{self.probe}"


class Metric(_Wire):
    name: str
    label: str
    value: float | None  # None where nothing was measured
    low: float | None = None
    high: float | None = None
    numerator: int = 0
    denominator: int = 0
    unit: Literal["percent", "per100"] = "percent"
    better: Literal["higher", "lower"] = "higher"


class ClassFigure(_Wire):
    """The judge against hand labels, for one class of problem."""

    name: str
    precision: Metric
    recall: Metric


class JudgeCalibration(_Wire):
    judge: str
    shares_guard_code: bool
    labels: str  # the hand-labelled file it was measured on
    answers: int = 0
    classes: list[ClassFigure] = []
    note: str = ""


class RunConfig(_Wire):
    engine: str
    guard: str | None = None  # the policy, for LLM engines
    model: str = ""  # what the engine ran on, where it says
    judge: str = "rules"
    suites: list[str] = []


class RunResult(_Wire):
    schema_version: Literal[1] = SCHEMA_VERSION
    type: Literal["osce-eval-run"] = "osce-eval-run"
    config: RunConfig
    started_at: str = ""
    finished_at: str = ""
    seconds: float = 0.0
    metrics: list[Metric] = []
    per_case: dict[str, list[Metric]] = {}
    per_kind: dict[str, list[Metric]] = {}
    judge: JudgeCalibration | None = None
    notes: list[str] = []  # e.g. a suite whose case changed since it was generated
    probes: list[ProbeResult] = []

    def metric(self, name: str) -> Metric | None:
        return next((m for m in self.metrics if m.name == name), None)
