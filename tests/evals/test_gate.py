"""The gate: the scripted engine plays every bundled case faithfully on its generated suite.

No contradiction, no leak, no character break, and at least 95% of the facts the in-script
probes expect said, each as judged from the case (the whole suites: about 2,000 probes).
"""

from __future__ import annotations

import asyncio

from osce.evals import metrics
from osce.evals.gate import gate
from osce.evals.generate import generate
from osce.evals.runner import Checkpoint, run_suites


def test_the_scripted_engine_passes_the_gate_on_every_bundled_case(scripted, judge, library,
                                                                    tmp_path):
    suites = [(generate(case), case) for case in library.cases.values()]
    results = asyncio.run(run_suites(scripted, judge, suites, Checkpoint(tmp_path)))
    assert len(results) == sum(len(s.probes) for s, _ in suites)
    assert not [r.key for r in results if r.error]
    figures = {m.name: m for m in metrics.compute(results)}
    problems = [(r.key, line) for r in results for line in r.failures
                if not line.split(": ", 1)[1].startswith("does not say")]
    for name in ("contradiction_rate", "leak_rate", "break_rate"):
        assert figures[name].numerator == 0, (name, problems[:10])
    in_script = [r for r in results if r.kind == "in_script"]
    accuracy = metrics.compute(in_script)[1]
    assert accuracy.name == "fact_accuracy" and accuracy.value is not None
    assert accuracy.value >= 95.0, accuracy
    # the publishing gate educators' drafts are held to says the same
    assert all(check.passed for check in gate(results)), gate(results)
    per_case = metrics.by(in_script, "case")
    assert set(per_case) == set(library.cases)
