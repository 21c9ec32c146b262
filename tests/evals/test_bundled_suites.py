"""The bundled suites in evals/suites are what `osce eval generate` writes for today's cases."""

from __future__ import annotations

from osce.evals.files import load_suites, suite_yaml
from osce.evals.generate import generate
from osce.library import ROOT

SUITES = ROOT / "evals" / "suites"


def test_every_bundled_case_has_its_current_suite(library):
    loaded = {suite.case: suite for suite, _ in load_suites([SUITES], library.cases)}
    assert set(loaded) == set(library.cases)
    for case_id, case in library.cases.items():
        fresh = generate(case)
        assert loaded[case_id] == fresh, (
            f"evals/suites is stale for {case_id}: run `osce eval generate --all --out "
            "evals/suites`")
        assert (SUITES / f"{fresh.id}.yaml").read_text() == suite_yaml(fresh)
