"""The judge measured against hand labels, for every report to print beside its figures.

Two label sets, kept apart because they test different things:
- `evals/judge/written.jsonl`: whole answers written by hand the way a strong model errs
  (and gets it right), each labelled pass or fail with its problem classes, read against the
  probe's expectation: the judge's own job.
- `evals/guard/e2e/delivered.jsonl`: every sentence SmolLM2 delivered in the guard's
  end-to-end runs, labelled by hand; here each is judged as a one-sentence answer and only
  its sentence class counts (SmolLM2's own answers, as the issue asks).
The figure is cached in the data folder under a hash of the labels and the judge's code, so
a run pays for it once per change.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from osce.evals.judge import Expectation, Judge
from osce.evals.metrics import proportion
from osce.evals.results import ClassFigure, JudgeCalibration
from osce.library import ROOT
from osce.models.case import Case
from osce.models.suite import ProbeKind

WRITTEN = ROOT / "evals" / "judge" / "written.jsonl"
# SmolLM2's own answers to probes of the bundled suites, labelled by hand the same way
SMOLLM2_ANSWERS = ROOT / "evals" / "judge" / "smollm2.jsonl"
SMOLLM2 = ROOT / "evals" / "guard" / "e2e" / "delivered.jsonl"
# the guard's end-to-end figure, written by `python -m benchmarks.guard_e2e --rescore`
GUARD_E2E = ROOT / "benchmarks" / "data" / "guard-e2e" / "figures.txt"
ANSWER_CLASSES = ("unsupported", "contradiction", "leak", "break", "missing",
                  "accepts_premise", "asserts_off_script")
SENTENCE_CLASSES = ("unsupported", "contradiction", "leak", "break")
_CODE = ("osce/evals/judge.py", "osce/guard")


@dataclass(frozen=True)
class Labelled:
    """One hand-labelled answer and the judge's reading of it."""

    id: str
    source: str
    truth: frozenset[str]  # the problem classes a person found ("fail" if any)
    said: frozenset[str]  # the judge's


def half(label_id: str) -> str:
    """"tune" or "frozen", fixed by the id: the judge is developed on the tune half only
    and reported on the frozen one."""
    return "tune" if hashlib.sha256(label_id.encode()).digest()[0] % 2 == 0 else "frozen"


def written_rows(path: Path = WRITTEN, split: str = "frozen") -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [r for r in rows if split == "both" or half(r["id"]) == split]


def judge_written(judge: Judge, cases: dict[str, Case], rows: list[dict],
                  source: str = "written") -> list[Labelled]:
    """Whole answers labelled by hand, read by the judge against their expectation."""
    out = []
    for row in rows:
        case = cases.get(row["case"])
        if case is None:
            continue
        e = row["expect"]
        expect = Expectation(kind=ProbeKind(row["kind"]), facts=tuple(e["facts"]),
                             forbidden=tuple(e["forbidden"]), off_script=e["off_script"],
                             premise=e["premise"], against=tuple(e["against"]),
                             match=row.get("match", "all"))
        verdict = judge.judge(case, row["question"], row["answer"], expect)
        truth = set(row["label"]["classes"]) | ({"fail"} if not row["label"]["pass"] else set())
        said = {c if c != "says_never" else "leak" for c in verdict.classes}
        said |= {"fail"} if not verdict.passed else set()
        out.append(Labelled(row["id"], source, frozenset(truth), frozenset(said)))
    return out


def _smollm2(judge: Judge, cases: dict[str, Case], path: Path) -> list[Labelled]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        case = cases.get(row["case"])
        if case is None:
            continue
        expect = Expectation(kind=ProbeKind.in_script, facts=tuple(row["planned"]))
        verdict = judge.judge(case, row["question"], row["sentence"], expect,
                              tuple(row["disclosed"]))
        truth = {row["label"]} & set(SENTENCE_CLASSES)
        said = {s.verdict for s in verdict.sentences} & set(SENTENCE_CLASSES)
        out.append(Labelled(row["id"], "smollm2", frozenset(truth), frozenset(said)))
    return out


def figures(labelled: list[Labelled], source: str, classes: Iterable[str]) -> list[ClassFigure]:
    rows = [x for x in labelled if x.source == source]
    out = []
    for name in classes:
        hit = sum(name in x.truth and name in x.said for x in rows)
        said = sum(name in x.said for x in rows)
        truth = sum(name in x.truth for x in rows)
        label = f"{source}: {name}"
        out.append(ClassFigure(name=label,
                               precision=proportion(f"{label} precision", "precision", hit, said),
                               recall=proportion(f"{label} recall", "recall", hit, truth)))
    return out


def _fingerprint(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    code = [p for c in _CODE for p in sorted((ROOT / c).rglob("*.py"))] if (
        ROOT / "osce" / "guard").is_dir() else []
    for path in [*paths, *code]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _guard_e2e() -> str:
    """The guard's own figure, hand-labelled, to stand beside the judge's."""
    if not GUARD_E2E.exists():
        return "The guard's end-to-end figure has not been measured here."
    found = [re.match(r"(\w+)\s+delivered\s+(\d+).*?=\s*([\d.]+) per 100 (\[[\d., ]+\])", line)
             for line in GUARD_E2E.read_text().splitlines()]
    lines = [f"{m[1]} {m[3]} [95% CI {m[4].strip('[]').replace(', ', '-')}] of {m[2]}"
             for m in found if m]
    return ("The guard's end-to-end figure, problems SmolLM2 delivered to the student per 100 "
            "hand-labelled sentences: " + "; ".join(lines) + ".")


def calibrate(judge: Judge, cases: dict[str, Case], data_dir: Path | None = None,
              written: Path = WRITTEN, smollm2: Path = SMOLLM2,
              answers: Path = SMOLLM2_ANSWERS) -> JudgeCalibration | None:
    present = [p for p in (written, answers, smollm2) if p.exists()]
    if not present:
        return None
    cache = (data_dir / "evals" / f"calibration-{judge.name}-{_fingerprint(present)}.json"
             if data_dir is not None else None)
    if cache is not None and cache.exists():
        return JudgeCalibration.model_validate_json(cache.read_text())
    labelled: list[Labelled] = []
    if written.exists():
        labelled += judge_written(judge, cases, written_rows(written, "frozen"))
    if answers.exists():
        labelled += judge_written(judge, cases, written_rows(answers, "both"), "smollm2 answers")
    if smollm2.exists():
        labelled += _smollm2(judge, cases, smollm2)
    classes = (figures(labelled, "written", ("fail", *ANSWER_CLASSES))
               + figures(labelled, "smollm2 answers", ("fail", *ANSWER_CLASSES))
               + figures(labelled, "smollm2", SENTENCE_CLASSES))
    classes = [c for c in classes if c.recall.denominator or c.precision.denominator]
    n_written = sum(x.source == "written" for x in labelled)
    n_answers = sum(x.source == "smollm2 answers" for x in labelled)
    n_smollm2 = len(labelled) - n_written - n_answers
    result = JudgeCalibration(
        judge=judge.name, shares_guard_code=judge.shares_guard_code,
        labels=", ".join(str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p)
                         for p in present),
        answers=len(labelled), classes=classes,
        note=(f"{n_written} answers written and labelled by hand (answer level: pass or fail "
              "and each problem class; the frozen half, which the judge was not developed on); "
              f"{n_answers} answers SmolLM2-135M gave to probes of the bundled suites, labelled "
              "by hand the same way (never used to develop the judge); "
              f"{n_smollm2} sentences SmolLM2-135M said in the "
              "guard's end-to-end runs, labelled by hand (sentence class only; read while "
              "the guard was developed). " + _guard_e2e()))
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(result.model_dump_json())
    return result
