from __future__ import annotations

import pytest

from osce.guard.checker import CaseGuard
from osce.guard.models import Context, Verdict


@pytest.fixture(scope="module")
def guard(embedder) -> CaseGuard:
    return CaseGuard(embedder)


def verdict_of(guard, library, case, sentence, planned=(), disclosed=(), question="") -> Verdict:
    """The guard's verdict on one sentence said in a bundled case's turn."""
    context = Context(case=library.case(case), planned=tuple(planned),
                      disclosed=tuple(disclosed), question=question)
    return guard.check(context, sentence).verdict


def said_after_opening(guard, library, case, planned, question, sentence) -> Verdict:
    """As the sets run a turn: the presenting complaint disclosed by the opening question."""
    opening = [f.id for f in library.case(case).facts if f.id.startswith("pc-")][:1]
    return verdict_of(guard, library, case, sentence, planned=planned,
                      disclosed=[f for f in opening if f not in planned], question=question)
