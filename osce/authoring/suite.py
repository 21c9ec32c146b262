"""The generated hallucination suite run on a draft case, judged and held to the gate.

The draft is played by the server's own engine, so the suite measures the patient students
will meet; the judge is the rule judge, which shares the guard's code.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel

from osce.engine.protocol import PatientEngine
from osce.evals import metrics
from osce.evals.gate import GateCheck, gate
from osce.evals.generate import generate
from osce.evals.judge import Judge, RuleJudge
from osce.evals.report import render_report
from osce.evals.results import Metric, RunConfig, RunResult
from osce.evals.runner import Checkpoint, run_suites
from osce.models.case import Case

CONCURRENCY = 16  # probes in flight: the engine answers what queues meanwhile as one batch


class SuiteOutcome(BaseModel):
    passed: bool
    checks: list[GateCheck]
    metrics: list[Metric]
    failures: list[str]  # "probe: problem" lines, the first few
    probes: int
    seconds: float


@lru_cache(maxsize=1)
def suite_judge() -> RuleJudge:
    """The rule judge on the process's one embedder, made on the first suite run: a server
    that never runs a suite never loads it."""
    from osce.guard.checker import CaseGuard
    from retrieval.embedder import default_embedder

    return RuleJudge(guard=CaseGuard(default_embedder()))


def run_draft_suite(engine: PatientEngine, judge: Judge, case: Case, engine_name: str
                    ) -> tuple[SuiteOutcome, str]:
    """Run the case's generated suite; the outcome and the HTML report. Call it off the
    event loop: it runs one of its own."""
    suite = generate(case)
    started = datetime.now(UTC)
    clock = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="osce-suite-") as folder:
        results = asyncio.run(run_suites(engine, judge, [(suite, case)],
                                         Checkpoint(Path(folder)), CONCURRENCY))
    seconds = round(time.perf_counter() - clock, 2)
    run = RunResult(config=RunConfig(engine=engine_name, judge=getattr(judge, "name", "rules"),
                                     suites=[f"generated from draft {case.id}"]),
                    started_at=started.isoformat(timespec="seconds"),
                    finished_at=datetime.now(UTC).isoformat(timespec="seconds"),
                    seconds=seconds, metrics=metrics.compute(results),
                    per_case=metrics.by(results, "case"), per_kind=metrics.by(results, "kind"),
                    probes=results)
    checks = gate(results)
    failures = [f"{r.probe}: {line}" for r in results if not r.passed
                for line in (r.failures or [r.error or "failed"])]
    outcome = SuiteOutcome(passed=all(c.passed for c in checks), checks=checks,
                           metrics=run.metrics, failures=failures[:40], probes=len(results),
                           seconds=seconds)
    return outcome, render_report(run)
