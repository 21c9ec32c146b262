"""One scripted engine and one judge for the evaluation tests, on a data folder of their own."""

from __future__ import annotations

import pytest

from osce.engine.scripted.engine import ScriptedEngine
from osce.evals.judge import RuleJudge
from osce.guard.checker import CaseGuard
from retrieval.index import GroundingIndex


@pytest.fixture(scope="session")
def scripted(embedder, tmp_path_factory) -> ScriptedEngine:
    return ScriptedEngine(embedder, GroundingIndex(tmp_path_factory.mktemp("evals-data"),
                                                   embedder))


@pytest.fixture(scope="session")
def judge(embedder) -> RuleJudge:
    return RuleJudge(guard=CaseGuard(embedder))
