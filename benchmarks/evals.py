"""The scripted engine over every bundled case's generated suite: time per probe, cold
(a new data folder, every case indexed first) and warm (the index already built), with the
suite's metrics. `--agentclinic` runs the whole AgentClinic set from ../shared instead;
`--judge` prints the judge against its hand labels.

    python -m benchmarks.evals [--agentclinic] [--judge]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from osce.engine.scripted.engine import ScriptedEngine
from osce.evals import metrics
from osce.evals.calibration import (
    ANSWER_CLASSES,
    calibrate,
    figures,
    judge_written,
    written_rows,
)
from osce.evals.generate import generate
from osce.evals.judge import RuleJudge
from osce.evals.runner import Checkpoint, run_suites
from osce.guard.checker import CaseGuard
from osce.importers.agentclinic import import_agentclinic
from osce.library import ROOT, Library
from osce.models.case import Case
from osce.validation import load_case
from retrieval.embedder import default_embedder
from retrieval.index import GroundingIndex

AGENTCLINIC = ROOT.parent / "shared" / "data" / "agentclinic" / "agentclinic_medqa.jsonl"


def timed_run(cases: list[Case], data: Path, out: Path, label: str) -> list:
    embedder = default_embedder()
    engine = ScriptedEngine(embedder, GroundingIndex(data, embedder))
    judge = RuleJudge(guard=CaseGuard(embedder))
    suites = [(generate(case), case) for case in cases]
    start = time.perf_counter()
    results = asyncio.run(run_suites(engine, judge, suites, Checkpoint(out)))
    seconds = time.perf_counter() - start
    turns = sum(len(r.turns) for r in results)
    print(f"{label:6s} {len(cases)} cases, {len(results)} probes, {turns} turns: {seconds:6.1f} s,"
          f" {1000 * seconds / len(results):5.1f} ms per probe, {1000 * seconds / turns:5.1f} ms"
          " per turn")
    return results


def show(results: list) -> None:
    for m in metrics.compute(results):
        if m.value is None:
            continue
        unit = "%" if m.unit == "percent" else " per 100 sentences"
        print(f"  {m.label:42s} {m.value:6.2f}{unit}  [{m.low:.2f}-{m.high:.2f}]  "
              f"{m.numerator}/{m.denominator}")
    for kind, shown in metrics.by(results, "kind").items():
        print(f"  {kind:14s} probes passed {shown[0].value:6.2f}%  ({shown[0].numerator}/"
              f"{shown[0].denominator})")


def judge_tune(errors: bool) -> None:
    """The tune half of the written labels, which the judge may be developed on."""
    cases = Library.load().cases
    judge = RuleJudge()
    rows = written_rows(split="tune")
    labelled = judge_written(judge, cases, rows)
    for figure in figures(labelled, "written", ("fail", *ANSWER_CLASSES)):
        p, r = figure.precision, figure.recall
        print(f"  {figure.name:30s} precision {p.value}% ({p.numerator}/{p.denominator})   "
              f"recall {r.value}% ({r.numerator}/{r.denominator})")
    if not errors:
        return
    by_id = {row["id"]: row for row in rows}
    for item in labelled:
        if item.truth != item.said:
            row = by_id[item.id]
            print(f"- {item.id} [{row['case']}] {row['kind']}: {row['question']}\n"
                  f"    {row['answer']}\n    hand {sorted(item.truth)}  judge {sorted(item.said)}"
                  f"  ({row['label']['note']})")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.evals", description=__doc__)
    parser.add_argument("--agentclinic", action="store_true",
                        help="the 107 AgentClinic cases instead of the bundled ones")
    parser.add_argument("--judge", action="store_true", help="the judge against hand labels")
    parser.add_argument("--split", choices=["tune", "frozen"], default="frozen",
                        help="which half of the written labels (--judge); develop on tune")
    parser.add_argument("--errors", action="store_true",
                        help="with --judge --split tune: every answer the judge reads wrongly")
    args = parser.parse_args()
    import torch

    torch.set_num_threads(1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.judge:
            if args.split == "tune":
                judge_tune(args.errors)
                return
            result = calibrate(RuleJudge(), Library.load().cases)
            assert result is not None
            print(result.note)
            for figure in result.classes:
                p, r = figure.precision, figure.recall
                print(f"  {figure.name:30s} precision {p.value}% [{p.low}-{p.high}] "
                      f"({p.numerator}/{p.denominator})   recall {r.value}% [{r.low}-{r.high}] "
                      f"({r.numerator}/{r.denominator})")
            return
        if args.agentclinic:
            if not AGENTCLINIC.exists():
                raise SystemExit(f"AgentClinic data not found at {AGENTCLINIC}")
            import_agentclinic(AGENTCLINIC, folder / "ac")
            cases = [load_case(p) for p in sorted((folder / "ac" / "cases").glob("*.yaml"))]
        else:
            cases = list(Library.load().cases.values())
        timed_run(cases, folder / "data", folder / "cold", "cold")
        show(timed_run(cases, folder / "data", folder / "warm", "warm"))


if __name__ == "__main__":
    main()
