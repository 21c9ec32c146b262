"""One evaluation run, end to end: suites through an engine, judged, measured, written down.

The folder a run writes to holds its checkpoint (`progress.jsonl`), `result.json` and
`report.html`; running again into the same folder resumes, and a folder that holds another
engine's run is refused rather than mixed.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from osce.engine.protocol import PatientEngine
from osce.evals import metrics
from osce.evals.judge import Judge
from osce.evals.results import JudgeCalibration, ProbeResult, RunConfig, RunResult
from osce.evals.runner import Checkpoint, run_suites
from osce.hashing import case_hash
from osce.models.case import Case
from osce.models.suite import Suite

CONFIG = "run.json"
RESULT = "result.json"
REPORT = "report.html"


class RunMismatch(ValueError):
    """The output folder holds a run made with another engine, policy or judge."""


def _claim(out: Path, config: RunConfig) -> None:
    out.mkdir(parents=True, exist_ok=True)
    path = out / CONFIG
    mine = config.model_dump(exclude={"suites"})
    if path.exists():
        theirs = {k: v for k, v in json.loads(path.read_text()).items() if k != "suites"}
        if theirs != mine:
            raise RunMismatch(f"{out} holds a run with {theirs}; this run is {mine}: "
                              "use another --out folder")
    path.write_text(config.model_dump_json(indent=2))


def notes_for(suites: list[tuple[Suite, Case]]) -> list[str]:
    return [f"suite {s.id} was written for another version of case {c.id} "
            f"({s.case_hash} then, {case_hash(c)} now): its expectations may be out of date"
            for s, c in suites if s.case_hash and s.case_hash != case_hash(c)]


def evaluate(engine: PatientEngine, judge: Judge, suites: list[tuple[Suite, Case]],
             out: Path, config: RunConfig, concurrency: int = 1,
             progress: Callable[[ProbeResult], None] | None = None,
             calibration: JudgeCalibration | None = None) -> RunResult:
    _claim(out, config)
    started = datetime.now(UTC)
    clock = time.perf_counter()
    results = asyncio.run(run_suites(engine, judge, suites, Checkpoint(out), concurrency,
                                     progress))
    run = RunResult(
        config=config, started_at=started.isoformat(timespec="seconds"),
        finished_at=datetime.now(UTC).isoformat(timespec="seconds"),
        seconds=round(time.perf_counter() - clock, 2),
        metrics=metrics.compute(results), per_case=metrics.by(results, "case"),
        per_kind=metrics.by(results, "kind"), judge=calibration, notes=notes_for(suites),
        probes=results)
    write(run, out)
    return run


def write(run: RunResult, out: Path) -> None:
    from osce.evals.report import write_report

    (out / RESULT).write_text(run.model_dump_json(), encoding="utf-8")
    write_report(run, out / REPORT)


def summary(run: RunResult) -> str:
    """The metrics as the terminal shows them."""
    lines = [f"{len(run.probes)} probes, engine {run.config.engine}"
             + (f", guard {run.config.guard}" if run.config.guard else "")
             + f", {run.seconds:.1f} s"]
    for m in run.metrics:
        if m.value is None:
            lines.append(f"  {m.label:44s} —")
            continue
        unit = "%" if m.unit == "percent" else " per 100 sentences"
        lines.append(f"  {m.label:44s} {m.value:6.2f}{unit}  (95% CI {m.low:.2f}–{m.high:.2f};"
                     f" {m.numerator}/{m.denominator})")
    errors = sum(r.error is not None for r in run.probes)
    if errors:
        lines.append(f"  {errors} probe(s) failed in the engine (see the report); run again "
                     "into the same folder to retry them")
    lines += [f"  note: {n}" for n in run.notes]
    return "\n".join(lines)
