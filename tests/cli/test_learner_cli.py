"""`osce grade --learner`, `osce next`, `osce progress` and `osce cohort` as a user runs them."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import ROOT, run

LABELLED = ROOT / "benchmarks" / "data" / "grading" / "transcripts"


def test_a_learner_grows_a_history_and_gets_a_next_case(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path)]
    unknown = run("progress", "--learner", "amy", *data)
    assert unknown.returncode != 0 and "unknown learner 'amy'" in unknown.stderr
    assert len(unknown.stderr.strip().splitlines()) == 1
    first = run("next", "--learner", "amy", *data)
    assert first.returncode == 0 and "first case" in first.stdout
    for name in ("cardio-weak-1", "derm-weak-1"):
        graded = run("grade", str(LABELLED / f"{name}.jsonl"), "--learner", "amy", *data)
        assert graded.returncode == 0, graded.stderr
    progress = run("progress", "--learner", "amy", *data)
    assert progress.returncode == 0
    assert "2 encounter(s)" in progress.stdout and "cardio-chest-pain" in progress.stdout
    nxt = run("next", "--learner", "amy", *data)
    assert nxt.returncode == 0
    assert "derm-changing-mole" not in nxt.stdout.splitlines()[0]  # not the case just done
    assert "weakest" in nxt.stdout
    cohort = run("cohort", *data)
    assert "amy" in cohort.stdout


def test_a_bad_learner_id_writes_nothing(tmp_path: Path) -> None:
    result = run("grade", str(LABELLED / "cardio-weak-1.jsonl"), "--learner", "amy; drop",
                 "--data-dir", str(tmp_path))
    assert result.returncode != 0 and "bad learner id" in result.stderr
    assert "No learners yet" in run("cohort", "--data-dir", str(tmp_path)).stdout
