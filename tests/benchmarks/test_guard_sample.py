"""A fixed small sample of the guard benchmark: the code runs and gives figures.

No thresholds here: the figures come from `python -m benchmarks.guard`.
"""

from __future__ import annotations

import math

from benchmarks import guard as bench
from osce.guard.checker import CaseGuard


def test_split_is_fixed_by_id_and_both_halves_hold_every_class() -> None:
    items = bench.load()
    assert len(items) >= 361
    assert {i.split for i in items} == {"tune", "frozen"}
    assert bench.Item("w-0001", "written", "c", "", (), (), "s", "social").split == \
        next(i.split for i in items if i.id == "w-0001")
    for half in ("tune", "frozen"):
        assert {i.label for i in items if i.split == half} == set(bench.CLASSES)


def test_sample_run_gives_figures(embedder, library) -> None:
    items = [i for i in bench.load() if i.split == "tune"][::12]  # every twelfth: fixed
    scored = bench.run(items, CaseGuard(embedder), library)
    assert len(scored) == len(items)
    figures = bench.per_class(scored)
    assert set(figures) == set(bench.CLASSES)
    for f in figures.values():
        assert 0 <= f["recall_lo"] <= f["recall_hi"] <= 1
        if f["predicted"]:
            assert not math.isnan(f["precision"])
    text = bench.report(scored, "sample") + bench.confusion_text(scored)
    assert "precision" in text and "supported" in text


def test_held_back_counts_any_problem_verdict_for_any_problem_label() -> None:
    def scored(label: str, predicted: str) -> bench.Scored:
        return bench.Scored(bench.Item("x", "written", "c", "", (), (), "s", label), predicted, "")

    text = bench.stopped_text([scored("contradiction", "unsupported"),
                               scored("contradiction", "supported"),
                               scored("supported", "leak"), scored("social", "social")])
    assert "contradiction    1/2     50%" in text
    assert "supported        1/1    100%" in text
    assert "any problem: recall 50%" in text and "precision 50%" in text


def test_wilson_interval() -> None:
    lo, hi = bench.wilson(45, 50)
    assert 0.78 < lo < 0.9 < hi < 0.97
    assert bench.wilson(0, 0) == (0.0, 1.0)


def test_errors_never_show_the_frozen_half(capsys) -> None:
    assert bench.main(["--frozen"]) == 2
    assert "refused" in capsys.readouterr().out


def test_end_to_end_figures_count_only_hand_labels(tmp_path) -> None:
    from benchmarks import guard_e2e

    key = ("c", "q", "It's been there since Monday.")
    labels = {key: "contradiction", ("c", "q", "Hello."): "social"}
    rows = [{"case": "c", "question": "q", "sentence": s, "by": by, "guard": "supported"}
            for s, by in [(key[2], "model"), ("Hello.", "model"), ("New words.", "model"),
                          ("The case's own words.", "script")]]
    missing: dict = {}
    line = guard_e2e.figures("strict", rows, labels, missing)
    # 3 labelled (the script's sentence counts as supported), 1 problem; the guard's own
    # verdict never stands in for a label
    assert "labelled 3, problems 1 =  33.3 per 100" in line and "unlabelled=1" in line
    assert list(missing) == [("c", "q", "New words.")]
    assert "guard" not in missing[("c", "q", "New words.")]
