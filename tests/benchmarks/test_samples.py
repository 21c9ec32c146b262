"""Fixed small samples of the benchmarks, so `make test` notices a regression.

These are floors under today's measured figures, not the targets: the full figures come
from `python -m benchmarks.understanding` and `python -m benchmarks.latency`.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.questions import load_questions, run
from osce.engine.scripted.engine import ScriptedEngine
from retrieval.index import GroundingIndex


def test_labelled_set_is_large_split_and_labelled_with_real_ids(library) -> None:
    items = load_questions()
    assert len(items) >= 400
    splits = {i.split for i in items}
    assert splits == {"tune", "test"}
    assert sum(i.split == "test" for i in items) >= 150
    for item in items:
        case = library.case(item.case)
        assert set(item.question.expect) | set(item.question.also) <= case.fact_ids, item
    assert sum(not i.question.expect for i in items) >= 40  # questions that must get no fact
    assert sum(bool(i.question.context) for i in items) >= 40  # follow-ups in context


def test_understanding_sample_on_frozen_half(embedder, library, tmp_path: Path) -> None:
    frozen = [i for i in load_questions() if i.split == "test"][::3]  # every third: fixed
    engine = ScriptedEngine(embedder, GroundingIndex(tmp_path, embedder))
    report = run(engine, library, frozen)
    assert report.rate("top1", only_single=True) >= 0.55
    assert report.none_answered <= max(2, report.none_total // 3)
