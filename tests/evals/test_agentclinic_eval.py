"""AgentClinic's cases, imported and played by the scripted engine on their generated suites.

The data lives outside the repository (`../shared/data/agentclinic/`); where it is absent the
test says so and skips. Here a fixed sample, every tenth case; the whole set runs in
`python -m benchmarks.evals --agentclinic`.
"""

from __future__ import annotations

import asyncio

import pytest

from osce.evals import metrics
from osce.evals.generate import generate
from osce.evals.runner import Checkpoint, run_suites
from osce.importers.agentclinic import import_agentclinic
from osce.validation import load_case
from tests.conftest import SHARED_AGENTCLINIC


@pytest.mark.agentclinic
def test_a_sample_of_agentclinic_cases_is_played_faithfully(scripted, judge, tmp_path):
    if not SHARED_AGENTCLINIC.exists():
        pytest.skip(f"AgentClinic data not found at {SHARED_AGENTCLINIC}: not evaluated")
    import_agentclinic(SHARED_AGENTCLINIC, tmp_path)
    cases = [load_case(p) for p in sorted((tmp_path / "cases").glob("*.yaml"))][::10]
    assert len(cases) == 11
    suites = [(generate(case, phrasings=1), case) for case in cases]
    results = asyncio.run(run_suites(scripted, judge, suites, Checkpoint(tmp_path / "run")))
    figures = {m.name: m for m in metrics.compute(results)}
    for name in ("contradiction_rate", "leak_rate", "break_rate"):
        assert figures[name].numerator == 0, name
    assert figures["unsupported_per_100"].numerator == 0
    # imported cases carry generic questions, so understanding is weaker than on ours
    assert figures["fact_accuracy"].value >= 80.0, figures["fact_accuracy"]
