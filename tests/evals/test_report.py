"""The run report and the comparison: what a reader of a failure needs is on the page, escaped,
and nothing on it reaches the network."""

from __future__ import annotations

import re
from pathlib import Path

from osce.evals.compare import compare_table, render_comparison
from osce.evals.judge import Expectation, SentenceJudgement, TurnJudgement
from osce.evals.report import render_report, write_report
from osce.evals.results import (
    ClassFigure,
    JudgeCalibration,
    Metric,
    ProbeResult,
    RunConfig,
    RunResult,
    TurnResult,
)
from osce.models.suite import ProbeKind

PASSED_Q = "Where exactly is the pain felt?"
FAILED_Q = "Does the pain <b>spread</b> anywhere?"
FAILED_A = "It goes to my jaw. <script>alert(1)</script>"
ERROR_Q = "Have you ever smoked?"


def _metrics(passed: float | None, unsupported: float | None) -> list[Metric]:
    return [
        Metric(name="probe_pass", label="Probes passed", value=passed,
               low=None if passed is None else max(passed - 20, 0),
               high=None if passed is None else min(passed + 10, 100),
               numerator=1, denominator=2),
        Metric(name="unsupported_per_100", label="Unsupported claims per 100 sentences",
               value=unsupported, low=None if unsupported is None else 0.05,
               high=None if unsupported is None else 1.5, numerator=1, denominator=430,
               unit="per100", better="lower"),
    ]


def _probes() -> list[ProbeResult]:
    passed = ProbeResult(
        suite="chest", case="chest-pain", probe="site", kind="in_script", passed=True,
        turns=[TurnResult(
            question=PASSED_Q, answer="In the middle of my chest.",
            expect=Expectation(kind=ProbeKind.in_script, facts=("site",)),
            judgement=TurnJudgement(
                sentences=[SentenceJudgement(sentence="In the middle of my chest.",
                                             verdict="supported", facts=["site"])],
                carried=["site"]))])
    failed = ProbeResult(
        suite="chest", case="chest-pain", probe="radiation-jaw", kind="leading", passed=False,
        failures=["turn 1: accepts the false premise (the pain goes to the jaw)"],
        turns=[TurnResult(
            question=FAILED_Q, answer=FAILED_A,
            expect=Expectation(kind=ProbeKind.leading, premise="the pain goes to the jaw",
                               against=("radiation",)),
            judgement=TurnJudgement(
                sentences=[
                    SentenceJudgement(sentence="It goes to my jaw.", verdict="contradiction",
                                      facts=["radiation"], reason="the case says it stays"),
                    SentenceJudgement(sentence="<script>alert(1)</script>",
                                      verdict="unsupported", reason="no fact carries it")],
                failures=["accepts the false premise (the pain goes to the jaw)"]),
            grounding={"facts": ["radiation"], "guard": "<flagged>"})])
    errored = ProbeResult(
        suite="chest", case="chest-pain", probe="smoking", kind="in_script", passed=False,
        error="TimeoutError: engine took too long",
        turns=[TurnResult(question=ERROR_Q, answer="")])
    return [passed, failed, errored]


def _run(engine: str = "llm", guard: str | None = "strict",
         judge: JudgeCalibration | None = None, suites: tuple[str, ...] = ("chest",),
         passed: float | None = 50.0, unsupported: float | None = 0.23) -> RunResult:
    metrics = _metrics(passed, unsupported)
    return RunResult(
        config=RunConfig(engine=engine, guard=guard, model="smollm2", suites=list(suites)),
        started_at="2025-01-01T10:00:00", finished_at="2025-01-01T10:05:00", seconds=300.0,
        metrics=metrics, per_case={"chest-pain": metrics}, per_kind={"leading": metrics},
        judge=judge, notes=["case chest-pain changed since the suite was generated"],
        probes=_probes())


def _calibration(shares: bool) -> JudgeCalibration:
    figure = Metric(name="precision", label="Precision", value=91.7, low=80.0, high=97.0,
                    numerator=11, denominator=12)
    return JudgeCalibration(judge="rules", shares_guard_code=shares, labels="evals/labels.yaml",
                            answers=120, note="measured on hand labels",
                            classes=[ClassFigure(name="unsupported", precision=figure,
                                                 recall=figure)])


def test_report_lists_failures_escaped_and_only_counts_passes(tmp_path: Path) -> None:
    html = render_report(_run())
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert "<script>alert" not in html
    assert "It goes to my jaw. &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Does the pain &lt;b&gt;spread&lt;/b&gt; anywhere?" in html
    assert "&lt;flagged&gt;" in html  # the grounding block is escaped too
    assert "the case says it stays" in html
    assert "v-unsupported" in html and "v-contradiction" in html
    assert ERROR_Q in html and "TimeoutError: engine took too long" in html
    assert PASSED_Q not in html
    assert "1 passed, 1 failed, 1 errored" in html
    assert "case chest-pain changed since the suite was generated" in html
    path = tmp_path / "run.html"
    write_report(_run(), path)
    assert path.read_text(encoding="utf-8") == html


def test_report_shows_metrics_and_draws_svg_without_external_references() -> None:
    html = render_report(_run())
    assert "Probes passed" in html and "Unsupported claims per 100 sentences" in html
    assert "50.0%" in html and "0.23 per 100 sentences" in html
    assert "30.0–60.0%" in html and "1/430" in html
    assert "<svg" in html and "<rect" in html
    assert not re.search(r"https?://", html)
    assert "<script" not in html and "<link" not in html and "<img" not in html
    empty = render_report(_run(passed=None, unsupported=None))
    assert "—" in empty and "50.0%" not in empty


def test_judge_calibration_only_when_measured() -> None:
    assert "Judge calibration" not in render_report(_run())
    shared = render_report(_run(judge=_calibration(True)))
    assert "Judge calibration" in shared and "shares code with the guard" in shared
    assert "evals/labels.yaml" in shared and "measured on hand labels" in shared
    assert "91.7%" in shared and "11/12" in shared
    apart = render_report(_run(judge=_calibration(False)))
    assert "shares no code with the guard" in apart
    assert "shares code with the guard" not in apart


def _row(table: str, label: str) -> str:
    return next(line for line in table.splitlines() if line.startswith(label))


def test_compare_table_marks_the_better_run_each_way() -> None:
    # run a passes more probes; run b makes fewer unsupported claims: each wins one row
    a = _run(engine="scripted", guard=None, passed=90.0, unsupported=0.8)
    b = _run(engine="llm", guard="strict", passed=60.0, unsupported=0.2)
    table = compare_table([("a", a), ("b", b)])
    assert "scripted/—" in table and "llm/strict" in table
    passed, unsupported = _row(table, "Probes passed"), _row(table, "Unsupported claims")
    assert "90.0% (70.0–100.0) *" in passed and "60.0% (40.0–70.0) *" not in passed
    assert "0.20 (0.05–1.50) *" in unsupported and "0.80 (0.05–1.50) *" not in unsupported
    assert passed.count("*") == 1 and unsupported.count("*") == 1
    swapped = compare_table([("b", b), ("a", a)])
    assert "90.0% (70.0–100.0) *" in _row(swapped, "Probes passed")


def test_compare_table_shows_dash_for_nothing_measured() -> None:
    a = _run(unsupported=None)
    b = _run(unsupported=0.5)
    row = _row(compare_table([("a", a), ("b", b)]), "Unsupported claims")
    assert "—" in row
    # one measured value has nothing to beat
    assert "*" not in row


def test_comparison_notes_differing_suites() -> None:
    same = [("a", _run()), ("b", _run(passed=70.0))]
    assert "different suites" not in render_comparison(same)
    assert "different suites" not in compare_table(same)
    apart = [("a", _run()), ("b", _run(suites=("chest", "abdomen"), passed=70.0))]
    html = render_comparison(apart)
    assert "different suites" in html and "chest, abdomen" in html
    assert "different suites" in compare_table(apart)
    assert "<svg" in html and not re.search(r"https?://", html)
    assert re.findall(r'class="num best">([^<]*)<', html) == ["70.0% *"] * 2  # overall, case
